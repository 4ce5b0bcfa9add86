/** The Gensee pickers as the tables name them; what each one lists is in pickerSources.ts. */
import { picker } from '../shared/fields/pickers';

export const rooms = picker('Rooms');
export const coursewares = picker('Coursewares');
export const recordings = picker('Recordings');
export const documents = picker('Documents');
