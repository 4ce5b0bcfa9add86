/** Smart Classroom Timetable operations: the 课表管理 section of the API document. */
import type { ListOperation, ParameterDefinition } from '../../shared/engine/definitions';
import { choice, date, DESTRUCTIVE, detail, PAGING, pagingParams, pathId, pick, q, req, WEEKDAY, type Op } from './common';
import { classes, classrooms, courses, lessonPeriods, teachers, terms, timetableEntries } from '../pickers';

const lessonTableFields = (): ParameterDefinition[] => [
	req(pick('cls_id', 'Class', classes, 'The class the lesson is for')),
	req(pick('course_id', 'Course', courses, 'The course taught in the lesson')),
	req(pick('teacher_id', 'Teacher', teachers, 'The teacher who gives the lesson')),
	req(pick('classroom_id', 'Classroom', classrooms, 'Where the lesson takes place')),
	req(pick('lesson_index_id', 'Lesson Period', lessonPeriods, 'When in the school day the lesson takes place')),
	req(choice('weekday', 'Weekday', 'Day of the week (星期)', WEEKDAY)),
];

export const listTimetableEntries: ListOperation = {
	resource: 'lessonTable', operation: 'list', name: 'Get Many', action: 'Get many timetable entries',
	description: 'List timetable entries of a term or of the term of a date; give Term or Date',
	method: 'GET', path: '/info/lessontables', docSection: '课表管理 › 获取课表列表',
	params: [
		...pagingParams,
		q(pick('term_id', 'Term', terms, 'Entries of this term. Give Term or Date.')),
		q(date('time', 'Date', 'Entries of the term this date falls in. Give Term or Date.')),
		q(pick('cls_id', 'Class', classes, 'Only entries of this class')),
		q(pick('classroom_id', 'Classroom', classrooms, 'Only entries in this classroom')),
		q(pick('teacher_id', 'Teacher', teachers, 'Only entries of this teacher')),
		q(choice('weekday', 'Weekday', 'Only entries on this day', WEEKDAY)),
		detail,
	],
	kind: 'list',
	list: PAGING,
	requireOneOf: [{ params: ['term_id', 'time'] }],
};

export const lessonTableOperations: Op[] = [
	{
		resource: 'lessonTable', operation: 'delete', name: 'Delete', action: 'Delete a timetable entry',
		description: 'Delete a timetable entry',
		method: 'DELETE', path: '/info/lessontable/{infoid}', docSection: '课表管理 › 删除课表信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Timetable Entry', 'The timetable entry, as Timetable › Get Many lists them', timetableEntries)],
	},
	{
		resource: 'lessonTable', operation: 'get', name: 'Get', action: 'Get a timetable entry',
		description: 'Get a timetable entry',
		method: 'GET', path: '/info/lessontable/{infoid}', docSection: '课表管理 › 获取课表信息',
		params: [pathId('infoid', 'Timetable Entry', 'The timetable entry, as Timetable › Get Many lists them', timetableEntries), detail],
	},
	{
		resource: 'lessonTable', operation: 'update', name: 'Update', action: 'Update a timetable entry',
		description: 'Update a timetable entry',
		method: 'PUT', path: '/info/lessontable/{infoid}', docSection: '课表管理 › 更新课表信息',
		columns: true, record: 'infoid',
		params: [pathId('infoid', 'Timetable Entry', 'The timetable entry, as Timetable › Get Many lists them', timetableEntries), ...lessonTableFields()],
	},
	{
		resource: 'lessonTable', operation: 'create', name: 'Create', action: 'Create a timetable entry',
		description: 'Put a lesson of a class into the timetable',
		method: 'POST', path: '/info/lessontable', docSection: '课表管理 › 新建课表信息', columns: true, params: lessonTableFields(),
	},
	listTimetableEntries,
	{
		resource: 'lessonTable', operation: 'forceBuildSnapshot', name: 'Rebuild Snapshot', action: 'Rebuild the timetable snapshot',
		description: 'Make the server regenerate the timetable data snapshot that boxes synchronise',
		method: 'PUT', path: '/info/lessontable/forcebuild/{infoid}', docSection: '课表管理 › 强制课表重新生成数据快照',
		params: [pathId('infoid', 'Timetable Entry', 'A timetable entry of the timetable to rebuild (课表id)', timetableEntries)],
	},
];
