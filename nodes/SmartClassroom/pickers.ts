/** The Smart Classroom pickers as the tables (and the trigger) name them; what each one lists is in pickerSources.ts. */
import { picker } from '../shared/fields/pickers';

export const terms = picker('Terms');
export const classes = picker('Classes');
export const classrooms = picker('Classrooms');
export const teachers = picker('Teachers');
export const students = picker('Students', { many: true });
export const persons = picker('Persons', { many: true });
export const courses = picker('Courses');
export const lessonPeriods = picker('LessonPeriods');
export const timetableEntries = picker('TimetableEntries');
export const screens = picker('Screens');
