/** The HaoYi pickers as the tables name them; what each one lists is in pickerSources.ts. */
import { picker } from '../shared/fields/pickers';

export const schools = picker('Schools');
export const subjects = picker('Subjects');
export const grades = picker('Grades');
export const teachers = picker('Teachers');
export const gathers = picker('Gathers');
export const cameras = picker('Cameras');
export const courses = picker('Courses');
export const recordings = picker('Recordings');
