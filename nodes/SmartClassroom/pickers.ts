/** The Smart Classroom pickers (n8n listSearch methods), shared by the node and the trigger. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchList } from '../shared/search';
import { smartClassroomApi } from './vendor';

const label = (...parts: unknown[]) =>
	parts
		.filter((p) => p !== undefined && p !== null && String(p).trim() !== '')
		.map(String)
		.join(' ');

const person = (entry: IDataObject, kind?: string) => ({
	name: `${label(entry.name, entry.job_number ? `· ${String(entry.job_number)}` : '', kind ? `· ${kind}` : '') || 'Person'} (${String(entry.id)})`,
	value: String(entry.id),
});
const clock = (hour: unknown, minute: unknown) => `${String(hour ?? '?')}:${String(minute ?? 0).padStart(2, '0')}`;
/** weekday codes of the timetable (0 = Monday) */
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SCREEN_TYPES: Record<number, string> = { 1: 'Camera', 2: 'Access Control Pad', 3: 'Front Desk Pad', 4: 'Cloud Offline Pad', 5: 'Behaviour Camera' };

export const smartClassroomPickers = {
	async searchTerms(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return await searchList(this, smartClassroomApi, 'term', 'list', (term: IDataObject) => ({
			name: `${label(term.term_year, term.term) || 'Term'} (${String(term.id)})`,
			value: String(term.id),
		}), filter);
	},
	async searchClasses(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return await searchList(this, smartClassroomApi, 'class', 'list', (cls: IDataObject) => ({
			name: `${label(cls.grade, cls.name) || 'Class'} (${String(cls.id)})`,
			value: String(cls.id),
		}), filter);
	},
	async searchClassrooms(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return await searchList(this, smartClassroomApi, 'classroom', 'list', (room: IDataObject) => ({
			name: `${label(room.name, room.location ? `– ${String(room.location)}` : '') || 'Classroom'} (${String(room.id)})`,
			value: String(room.id),
		}), filter);
	},
	async searchTeachers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return await searchList(this, smartClassroomApi, 'teacher', 'list', (teacher: IDataObject) => ({
			name: `${label(teacher.name, teacher.job_number ? `· ${String(teacher.job_number)}` : '') || 'Teacher'} (${String(teacher.id)})`,
			value: String(teacher.id),
		}), filter);
	},
	async searchStudents(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return await searchList(this, smartClassroomApi, 'student', 'list', person, filter);
	},
	/** students and teachers alike, for fields that take either */
	async searchPersons(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const students = await searchList(this, smartClassroomApi, 'student', 'list', (e) => person(e, 'student'), filter);
		const teachers = await searchList(this, smartClassroomApi, 'teacher', 'list', (e) => person(e, 'teacher'), filter);
		return { results: [...students.results, ...teachers.results] };
	},
	async searchCourses(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return await searchList(this, smartClassroomApi, 'course', 'list', (course: IDataObject) => ({
			name: `${label(course.name, course.code ? `· ${String(course.code)}` : '') || 'Course'} (${String(course.id)})`,
			value: String(course.id),
		}), filter);
	},
	async searchLessonPeriods(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return await searchList(this, smartClassroomApi, 'lessonIndex', 'list', (period: IDataObject) => ({
			name: `${label(`Period ${String(period.num)}`, clock(period.start_hour, period.start_min), '–', clock(period.end_hour, period.end_min), (period.term as IDataObject | undefined)?.term)} (${String(period.id)})`,
			value: String(period.id),
		}), filter);
	},
	/** the entries of every term's timetable (the list takes one term per request) */
	async searchTimetableEntries(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const terms = await searchList(this, smartClassroomApi, 'term', 'list', (term: IDataObject) => ({ name: '', value: String(term.id) }));
		return await searchList(this, smartClassroomApi, 'lessonTable', 'list', (entry: IDataObject) => ({
			name: `${WEEKDAYS[Number(entry.weekday)] ?? 'Day ?'} · period ${String(entry.lesson_index_id)} · class ${String(entry.cls_id)} · course ${String(entry.course_id)} (${String(entry.id)})`,
			value: String(entry.id),
		}), filter, { params: terms.results.map((term) => ({ term_id: term.value })) });
	},
	async searchScreens(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return await searchList(this, smartClassroomApi, 'screen', 'list', (screen: IDataObject) => ({
			name: `${label(SCREEN_TYPES[Number(screen.type)], screen.camera_position, screen.camera_address) || 'Screen'} (${String(screen.id)})`,
			value: String(screen.id),
		}), filter);
	},
};
