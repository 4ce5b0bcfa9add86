/** The Baijiayun pickers as the table names them; what each one lists is in pickerSources.ts. */
import { picker } from '../shared/fields/pickers';

export const zones = picker('Zones');
export const devices = picker('Devices');
/** the lessons of the room chosen in the node */
export const lessons = picker('Lessons', { dependsOn: ['roomId'] });
