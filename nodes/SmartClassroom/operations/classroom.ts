/** Smart Classroom Classroom operations: the 教室管理 section of the API document. */
import type { ListOperation, ParameterDefinition } from '../../shared/engine/definitions';
import { DESTRUCTIVE, integer, pathId, req, text, type Op } from './common';
import { classrooms } from '../pickers';

const classroomFields = (): ParameterDefinition[] => [
	req(text('name', 'Name', 'Classroom name (教室名称)', { placeholder: 'e.g. Room 101' })),
	req(text('location', 'Location', 'Classroom location (教室位置)')),
	integer('size', 'Capacity', 'Number of seats (教室容量), greater than 0', { minValue: 1, maxValue: 2147483647 }),
];

export const listClassrooms: ListOperation = {
	resource: 'classroom', operation: 'list', name: 'Get Many', action: 'Get many classrooms',
	description: 'List all classrooms; the server returns them in one answer',
	method: 'GET', path: '/info/classrooms', docSection: '教室管理 › 获取教室列表', params: [],
	kind: 'list',
	list: { itemsPath: 'list' },
};

export const classroomOperations: Op[] = [
	{
		resource: 'classroom', operation: 'delete', name: 'Delete', action: 'Delete a classroom',
		description: 'Delete a classroom',
		method: 'DELETE', path: '/info/classroom/{infoid}', docSection: '教室管理 › 删除教室信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Classroom', 'The classroom, as Classroom › Get Many lists them', classrooms)],
	},
	{
		resource: 'classroom', operation: 'get', name: 'Get', action: 'Get a classroom',
		description: 'Get a classroom',
		method: 'GET', path: '/info/classroom/{infoid}', docSection: '教室管理 › 获取教室信息',
		params: [pathId('infoid', 'Classroom', 'The classroom, as Classroom › Get Many lists them', classrooms)],
	},
	{
		resource: 'classroom', operation: 'update', name: 'Update', action: 'Update a classroom',
		description: 'Update a classroom',
		method: 'PUT', path: '/info/classroom/{infoid}', docSection: '教室管理 › 更新教室信息',
		params: [pathId('infoid', 'Classroom', 'The classroom, as Classroom › Get Many lists them', classrooms), ...classroomFields()],
	},
	{
		resource: 'classroom', operation: 'create', name: 'Create', action: 'Create a classroom',
		description: 'Create a classroom',
		method: 'POST', path: '/info/classroom', docSection: '教室管理 › 新建教室信息', params: classroomFields(),
	},
	listClassrooms,
];
