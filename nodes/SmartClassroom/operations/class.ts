/** Smart Classroom Class operations: the 班级管理 section of the API document. */
import type { ListOperation, ParameterDefinition } from '../../shared/engine/definitions';
import { date, department, DESTRUCTIVE, detail, ids, major, PAGING, pagingParams, pathId, pick, q, req, text, type Op } from './common';
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

export const classOperations: Op[] = [
	{
		resource: 'class', operation: 'delete', name: 'Delete', action: 'Delete a class',
		description: 'Delete a class',
		method: 'DELETE', path: '/class/{infoid}', docSection: '班级管理 › 删除班级信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Class', 'The class, as Class › Get Many lists them', classes)],
	},
	{
		resource: 'class', operation: 'get', name: 'Get', action: 'Get a class',
		description: 'Get a class with its teacher and students',
		method: 'GET', path: '/class/{infoid}', docSection: '班级管理 › 获取班级信息',
		simplify: CLASS_FIELDS,
		params: [pathId('infoid', 'Class', 'The class, as Class › Get Many lists them', classes)],
	},
	{
		resource: 'class', operation: 'update', name: 'Update', action: 'Update a class',
		description: 'Update a class',
		method: 'PUT', path: '/class/{infoid}', docSection: '班级管理 › 更新班级信息',
		columns: true, record: 'infoid',
		params: [pathId('infoid', 'Class', 'The class, as Class › Get Many lists them', classes), ...classFields()],
	},
	{
		resource: 'class', operation: 'create', name: 'Create', action: 'Create a class',
		description: 'Create a class',
		method: 'POST', path: '/class', docSection: '班级管理 › 新建班级信息', columns: true, params: classFields(),
	},
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
