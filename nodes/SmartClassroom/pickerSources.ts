/** What each Smart Classroom picker lists: which list finds the IDs, and how a record reads in the list. */
import type { IDataObject } from 'n8n-workflow';

import { fetchList } from '../shared/engine/paging';
import { requestFor } from '../shared/engine/request';
import type { Picker } from '../shared/fields/pickers';
import { classes, classrooms, courses, lessonPeriods, persons, screens, students, teachers, terms, timetableEntries } from './pickers';
import { listClasses } from './operations/class';
import { listClassrooms } from './operations/classroom';
import { listCourses } from './operations/course';
import { listLessonPeriods } from './operations/lessonIndex';
import { listTimetableEntries } from './operations/lessonTable';
import { listScreens } from './operations/screen';
import { listStudents } from './operations/student';
import { listTeachers } from './operations/teacher';
import { listTerms } from './operations/term';

const label = (...parts: unknown[]) =>
	parts
		.filter((p) => p !== undefined && p !== null && String(p).trim() !== '')
		.map(String)
		.join(' ');

const person = (entry: IDataObject, kind?: string) =>
	`${label(entry.name, entry.job_number ? `· ${String(entry.job_number)}` : '', kind ? `· ${kind}` : '') || 'Person'} (${String(entry.id)})`;
const clock = (hour: unknown, minute: unknown) => `${String(hour ?? '?')}:${String(minute ?? 0).padStart(2, '0')}`;
const id = (entry: IDataObject) => String(entry.id);
/** weekday codes of the timetable (0 = Monday) */
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SCREEN_TYPES: Record<number, string> = { 1: 'Camera', 2: 'Access Control Pad', 3: 'Front Desk Pad', 4: 'Cloud Offline Pad', 5: 'Behaviour Camera' };

export const smartClassroomPickers: Picker[] = [
	{ ref: terms, sources: [{ list: listTerms, label: (term) => `${label(term.term_year, term.term) || 'Term'} (${id(term)})`, value: id }] },
	{ ref: classes, sources: [{ list: listClasses, label: (cls) => `${label(cls.grade, cls.name) || 'Class'} (${id(cls)})`, value: id }] },
	{
		ref: classrooms,
		sources: [{ list: listClassrooms, label: (room) => `${label(room.name, room.location ? `– ${String(room.location)}` : '') || 'Classroom'} (${id(room)})`, value: id }],
	},
	{
		ref: teachers,
		sources: [{ list: listTeachers, label: (teacher) => `${label(teacher.name, teacher.job_number ? `· ${String(teacher.job_number)}` : '') || 'Teacher'} (${id(teacher)})`, value: id }],
	},
	{ ref: students, sources: [{ list: listStudents, label: (student) => person(student), value: id }] },
	/** Students and teachers alike, for fields that take either. */
	{
		ref: persons,
		sources: [
			{ list: listStudents, label: (student) => person(student, 'student'), value: id },
			{ list: listTeachers, label: (teacher) => person(teacher, 'teacher'), value: id },
		],
	},
	{ ref: courses, sources: [{ list: listCourses, label: (course) => `${label(course.name, course.code ? `· ${String(course.code)}` : '') || 'Course'} (${id(course)})`, value: id }] },
	{
		ref: lessonPeriods,
		sources: [
			{
				list: listLessonPeriods,
				label: (period) =>
					`${label(`Period ${String(period.num)}`, clock(period.start_hour, period.start_min), '–', clock(period.end_hour, period.end_min), (period.term as IDataObject | undefined)?.term)} (${id(period)})`,
				value: id,
			},
		],
	},
	/** The entries of every term's timetable (the list takes one term per request). */
	{
		ref: timetableEntries,
		sources: [
			{
				list: listTimetableEntries,
				listings: async (_ctx, transport) => ((await fetchList(transport, listTerms, requestFor(listTerms), true, Infinity)) as IDataObject[]).map((term) => ({ term_id: id(term) })),
				label: (entry) =>
					`${WEEKDAYS[Number(entry.weekday)] ?? 'Day ?'} · period ${String(entry.lesson_index_id)} · class ${String(entry.cls_id)} · course ${String(entry.course_id)} (${id(entry)})`,
				value: id,
			},
		],
	},
	{
		ref: screens,
		sources: [{ list: listScreens, label: (screen) => `${label(SCREEN_TYPES[Number(screen.type)], screen.camera_position, screen.camera_address) || 'Screen'} (${id(screen)})`, value: id }],
	},
];
