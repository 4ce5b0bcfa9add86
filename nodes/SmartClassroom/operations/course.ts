/** Smart Classroom Course operations: the 课程管理 section of the API document. */
import type { ListOperation, ParameterDefinition } from '../../shared/engine/definitions';
import { department, DESTRUCTIVE, major, PAGING, pagingParams, pathId, q, req, text, type Op } from './common';
import { courses } from '../pickers';

const courseFields = (): ParameterDefinition[] => [
	req(text('name', 'Name', 'Course name (课程名称)', { placeholder: 'e.g. Mathematics' })),
	req(text('code', 'Code', 'Course code (课程编号)')),
	major,
	department,
];

export const listCourses: ListOperation = {
	resource: 'course', operation: 'list', name: 'Get Many', action: 'Get many courses',
	description: 'List courses, optionally by name or code',
	method: 'GET', path: '/info/courses', docSection: '课程管理 › 获取课程列表',
	params: [...pagingParams, q(text('name', 'Name', 'Only courses with this name', { placeholder: 'e.g. Mathematics' })), q(text('code', 'Code', 'Only the course with this code'))],
	kind: 'list',
	list: PAGING,
};

export const courseOperations: Op[] = [
	{
		resource: 'course', operation: 'delete', name: 'Delete', action: 'Delete a course',
		description: 'Delete a course',
		method: 'DELETE', path: '/info/course/{infoid}', docSection: '课程管理 › 删除课程信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Course', 'The course, as Course › Get Many lists them', courses)],
	},
	{
		resource: 'course', operation: 'get', name: 'Get', action: 'Get a course',
		description: 'Get a course',
		method: 'GET', path: '/info/course/{infoid}', docSection: '课程管理 › 获取课程信息',
		params: [pathId('infoid', 'Course', 'The course, as Course › Get Many lists them', courses)],
	},
	{
		resource: 'course', operation: 'update', name: 'Update', action: 'Update a course',
		description: 'Update a course',
		method: 'PUT', path: '/info/course/{infoid}', docSection: '课程管理 › 更新课程信息',
		params: [pathId('infoid', 'Course', 'The course, as Course › Get Many lists them', courses), ...courseFields()],
	},
	{
		resource: 'course', operation: 'create', name: 'Create', action: 'Create a course',
		description: 'Create a course',
		method: 'POST', path: '/info/course', docSection: '课程管理 › 新建课程信息', params: courseFields(),
	},
	listCourses,
];
