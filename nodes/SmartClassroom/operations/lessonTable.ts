/** Smart Classroom Timetable operations: the 课表管理 section of the API document. */
import { NodeOperationError } from 'n8n-workflow';

import type { CallOperation, CreateOperation, ListOperation, ListedRecordSet, ParameterDefinition, Prepare, SyncOperation } from '../../shared/engine/definitions';
import { syncOperation } from '../../shared/engine/sync';
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

const deleteTimetableEntry: CallOperation = {
	resource: 'lessonTable', operation: 'delete', name: 'Delete', action: 'Delete a timetable entry',
	description: 'Delete a timetable entry',
	method: 'DELETE', path: '/info/lessontable/{infoid}', docSection: '课表管理 › 删除课表信息', notice: DESTRUCTIVE,
	params: [pathId('infoid', 'Timetable Entry', 'The timetable entry, as Timetable › Get Many lists them', timetableEntries)],
};

const updateTimetableEntry: CallOperation = {
	resource: 'lessonTable', operation: 'update', name: 'Update', action: 'Update a timetable entry',
	description: 'Update a timetable entry',
	method: 'PUT', path: '/info/lessontable/{infoid}', docSection: '课表管理 › 更新课表信息',
	columns: true, record: 'infoid',
	params: [pathId('infoid', 'Timetable Entry', 'The timetable entry, as Timetable › Get Many lists them', timetableEntries), ...lessonTableFields()],
};

const createTimetableEntry: CallOperation = {
	resource: 'lessonTable', operation: 'create', name: 'Create', action: 'Create a timetable entry',
	description: 'Put a lesson of a class into the timetable',
	method: 'POST', path: '/info/lessontable', docSection: '课表管理 › 新建课表信息', columns: true, params: lessonTableFields(),
};

/**
 * The week's lessons of a term. LessonTableRequest names no term (the server files a lesson under its lesson
 * period's term), so Sync Week takes the term as a field of its own, never sent: it scopes the list, and a lost
 * create is looked up in it. A class has one lesson per weekday and lesson period (-20212 班级、教师、教室已有课).
 */
const term = req({ ...pick('term_id', 'Term', terms, 'The term (学期) whose weekly timetable is made equal to the input items. The server files each lesson under its lesson period\'s term: give lesson periods of this term.'), in: 'local' });
const onlyClass = { ...pick('only_cls_id', 'Only Class', classes, 'Sync the lessons of this class alone, leaving the term\'s other classes as they are. Every input item must then be a lesson of this class.'), in: 'local' as const };

/** Timetable › Create with a lost-answer guard: the lesson a lost answer created is found in the term's list. */
const createLesson: CreateOperation = {
	...createTimetableEntry,
	params: [term, ...lessonTableFields()],
	kind: 'create',
	create: {
		list: listTimetableEntries,
		idField: 'id',
		matchFields: { cls_id: 'cls_id', weekday: 'weekday', lesson_index_id: 'lesson_index_id' },
		unique: true,
		filter: { term_id: 'term_id', cls_id: 'cls_id', weekday: 'weekday' },
	},
};

export const lessonSet: ListedRecordSet = {
	noun: 'lesson',
	list: listTimetableEntries,
	scope: { term_id: 'term_id', cls_id: 'only_cls_id' },
	idField: 'id',
	keys: [
		{
			param: 'cls_id',
			with: [
				{ param: 'weekday', field: 'weekday' },
				{ param: 'lesson_index_id', field: 'lesson_index_id' },
			],
			field: 'cls_id',
			label: 'Class, Weekday and Lesson Period',
			description: 'A class has one lesson per weekday and lesson period: a changed course, teacher or classroom is an update of that lesson',
		},
	],
	fields: { cls_id: 'cls_id', weekday: 'weekday', lesson_index_id: 'lesson_index_id', course_id: 'course_id', teacher_id: 'teacher_id', classroom_id: 'classroom_id' },
	create: createLesson,
	// every field of LessonTableRequest is required: the update sends the lesson as listed with the changed fields
	update: { op: updateTimetableEntry, idParam: 'infoid', body: 'merged' },
	// -20175 课表不存在: a removal sent again after a lost answer finds the lesson gone
	remove: { op: deleteTimetableEntry, idParam: 'infoid', goneCodes: [-20175] },
};

/** Only Class: an item of another class would be created outside the lessons the sync reads. */
const ofOnlyClass: Prepare = (ctx, values, itemIndex) => {
	if (values.only_cls_id !== undefined && String(values.only_cls_id) !== String(values.cls_id))
		throw new NodeOperationError(ctx.getNode(), `Item ${itemIndex} is a lesson of class ${String(values.cls_id)}, but Only Class is ${String(values.only_cls_id)}`, {
			itemIndex,
			description: 'Leave out the lessons of other classes (e.g. with a Filter node), or clear Only Class to sync the whole term.',
		});
	return values;
};

const syncWeek: SyncOperation = {
	...syncOperation(lessonSet, { plural: 'lessons', where: 'the server' }),
	operation: 'syncWeek',
	name: 'Sync Week',
	action: 'Sync the week\'s lessons of a term',
	description: 'Make the weekly timetable of a term equal to the input lessons: create, update a changed course, teacher or classroom, and keep or remove the others; Dry Run shows the plan',
	params: [term, onlyClass, ...lessonTableFields()],
	prepare: ofOnlyClass,
};

export const lessonTableOperations: Op[] = [
	deleteTimetableEntry,
	{
		resource: 'lessonTable', operation: 'get', name: 'Get', action: 'Get a timetable entry',
		description: 'Get a timetable entry',
		method: 'GET', path: '/info/lessontable/{infoid}', docSection: '课表管理 › 获取课表信息',
		params: [pathId('infoid', 'Timetable Entry', 'The timetable entry, as Timetable › Get Many lists them', timetableEntries), detail],
	},
	updateTimetableEntry,
	createTimetableEntry,
	syncWeek,
	listTimetableEntries,
	{
		resource: 'lessonTable', operation: 'forceBuildSnapshot', name: 'Rebuild Snapshot', action: 'Rebuild the timetable snapshot',
		description: 'Make the server regenerate the timetable data snapshot that boxes synchronise',
		method: 'PUT', path: '/info/lessontable/forcebuild/{infoid}', docSection: '课表管理 › 强制课表重新生成数据快照',
		params: [pathId('infoid', 'Timetable Entry', 'A timetable entry of the timetable to rebuild (课表id)', timetableEntries)],
	},
];
