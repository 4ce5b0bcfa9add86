/** The HaoYi pickers as the tables name them; what each one lists is in pickerSources.ts. */
import { picker } from '../shared/fields/pickers';

export const schools = picker('Schools');
export const subjects = picker('Subjects');
export const grades = picker('Grades');
export const teachers = picker('Teachers');
export const gathers = picker('Gathers');
export const cameras = picker('Cameras');
/** the recording tasks of the camera chosen in the node */
export const courses = picker('Courses', { dependsOn: ['cameraId'] });
export const recordings = picker('Recordings');
