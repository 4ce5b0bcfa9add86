/** Smart Classroom Class operations: the 班级管理 section of the API document. */
import type { CallOperation, CreateOperation, ListOperation, ParameterDefinition, RecordSetTrait } from '../../shared/engine/definitions';
import { recordSetOperations } from '../../shared/engine/sync';
import { date, department, DESTRUCTIVE, detail, ids, listedDay, listedIds, major, PAGING, pagingParams, pathId, pick, q, req, text, type Op } from './common';
import { classes, students, teachers } from '../pickers';

const classFields = (): ParameterDefinition[] => [
	req(text('name', 'Name', 'Class name (班级名称)', { placeholder: 'e.g. Class 1' })),
	req(text('grade', 'Grade', 'Grade or year (年级)')),
	text('code', 'Code', 'Class code (班级代码)'),
	pick('teacher_id', 'Head Teacher', teachers, 'The teacher in charge of the class'),
	ids('student_id', 'Student IDs', 'Students of the class (学生ID), as Student › Get Many lists them', { picker: students }),
	date('begin_time', 'Start Date', 'Date the class started (开班日期)'),
	text('program', 'Program', 'Length of schooling (学制)'),
	major,
	department,
];

/** what Simplify keeps of a class */
const CLASS_FIELDS = ['id', 'name', 'code', 'grade', 'major', 'department', 'program', 'begin_time', 'teacher_id', 'num'];

export const listClasses: ListOperation = {
	resource: 'class', operation: 'list', name: 'Get Many', action: 'Get many classes',
	description: 'List classes, optionally by name',
	method: 'GET', path: '/classes', docSection: '班级管理 › 获取班级列表',
	simplify: CLASS_FIELDS,
	params: [...pagingParams, q(text('name', 'Name', 'Only classes with this name', { placeholder: 'e.g. Class 1' })), detail],
	kind: 'list',
	list: PAGING,
};

const deleteClass: CallOperation = {
	resource: 'class', operation: 'delete', name: 'Delete', action: 'Delete a class',
	description: 'Delete a class',
	method: 'DELETE', path: '/class/{infoid}', docSection: '班级管理 › 删除班级信息', notice: DESTRUCTIVE,
	params: [pathId('infoid', 'Class', 'The class, as Class › Get Many lists them', classes)],
};

const updateClass: CallOperation = {
	resource: 'class', operation: 'update', name: 'Update', action: 'Update a class',
	description: 'Update a class',
	method: 'PUT', path: '/class/{infoid}', docSection: '班级管理 › 更新班级信息',
	columns: true, record: 'infoid',
	params: [pathId('infoid', 'Class', 'The class, as Class › Get Many lists them', classes), ...classFields()],
};

const createClass: CreateOperation = {
	resource: 'class', operation: 'create', name: 'Create', action: 'Create a class',
	description: 'Create a class',
	method: 'POST', path: '/class', docSection: '班级管理 › 新建班级信息', columns: true, params: classFields(),
	// a class is refused twice (-20193 班级已存在): after a lost answer it is looked up by name and grade
	kind: 'create',
	create: { list: listClasses, idField: 'id', matchFields: { name: 'name', grade: 'grade' }, unique: true, filter: { name: 'name' } },
};

/**
 * Classes by name within their grade (Create or Update, Sync): ClsRequest requires both, and the server refuses a
 * second class of the same name and grade (-20193). Compared as Get Many lists them: begin_time as an integer,
 * the students as a list.
 */
export const classSet: RecordSetTrait = {
	noun: 'class record',
	list: listClasses,
	idField: 'id',
	keys: [
		{
			param: 'name',
			with: [{ param: 'grade', field: 'grade' }],
			field: 'name',
			label: 'Name and Grade',
			description: 'The class name (班级名称) within its grade (年级): each item gives both, and the server keeps them unique',
			search: 'name',
		},
	],
	fields: {
		name: 'name',
		grade: 'grade',
		code: 'code',
		teacher_id: 'teacher_id',
		student_id: { field: 'students', read: listedIds },
		begin_time: { field: 'begin_time', read: listedDay },
		program: 'program',
		major: 'major',
		department: 'department',
	},
	create: createClass,
	// ClsRequest requires the name and the grade: the update sends the class as listed with the changed fields
	update: { op: updateClass, idParam: 'infoid', body: 'merged' },
	// -20176 班级不存在: a removal sent again after a lost answer finds the class gone
	remove: { op: deleteClass, idParam: 'infoid', goneCodes: [-20176] },
};

export const classOperations: Op[] = [
	deleteClass,
	{
		resource: 'class', operation: 'get', name: 'Get', action: 'Get a class',
		description: 'Get a class with its teacher and students',
		method: 'GET', path: '/class/{infoid}', docSection: '班级管理 › 获取班级信息',
		simplify: CLASS_FIELDS,
		params: [pathId('infoid', 'Class', 'The class, as Class › Get Many lists them', classes)],
	},
	updateClass,
	createClass,
	...recordSetOperations(classSet, { plural: 'classes', where: 'the server' }),
	listClasses,
	{
		resource: 'class', operation: 'bindStudents', name: 'Add Students', action: 'Add students to a class',
		description: 'Bind students to a class',
		method: 'PUT', path: '/class/bind/{infoid}', docSection: '班级管理 › 绑定学生',
		params: [pathId('infoid', 'Class', 'The class, as Class › Get Many lists them', classes), req(ids('student_id', 'Student IDs', 'Students to add (学生ID), as Student › Get Many lists them', { picker: students }))],
	},
	{
		resource: 'class', operation: 'unbindStudents', name: 'Remove Students', action: 'Remove students from a class',
		description: 'Unbind students from a class',
		method: 'PUT', path: '/class/unbind/{infoid}', docSection: '班级管理 › 解绑学生',
		params: [pathId('infoid', 'Class', 'The class, as Class › Get Many lists them', classes), req(ids('student_id', 'Student IDs', 'Students to remove (学生ID), as Student › Get Many lists them', { picker: students }))],
	},
];
