/** HongTu Time Plan operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { ListOperation, OperationDefinition } from '../../shared/engine/definitions';
import { TIME_PLAN_TYPES } from './codes';
import { ENTRY_OBJECT_RESULTS, ENTRY_RESULTS, UUID_FORMAT, UUID_LIST_PLACEHOLDER, paging, pick } from './common';
import { timePlans } from '../pickers';
import { entryBatch } from '../entryBatch';

export const listTimePlans: ListOperation = {
	resource: 'timePlan',
	operation: 'list',
	name: 'List',
	action: 'List time plans',
	description: 'List the time plans of one module',
	method: 'POST',
	path: '/v1/api/pass/schedule/page',
	docSection: '时间计划管理 › 时间计划列表',
	params: [
		{ name: 'pageNum', label: 'Page Number', type: 'number', in: 'body', integer: true, description: 'Page number, default 1' },
		{ name: 'name', label: 'Name', type: 'string', in: 'body', placeholder: 'e.g. Weekdays', description: 'Part of the time plan name' },
		{ name: 'pageSize', label: 'Page Size', type: 'number', in: 'body', integer: true, description: 'Page size, default 20' },
		{ name: 'type', label: 'Type', type: 'options', in: 'body', required: true, options: TIME_PLAN_TYPES, default: 1, description: 'Which module\'s time plans to list' },
	],
	kind: 'list',
	list: { itemsPath: 'list', paging: paging('pageNum') },
};

export const timePlanOperations: OperationDefinition[] = [
	{
		resource: 'timePlan',
		operation: 'batchAdd',
		name: 'Batch Add',
		action: 'Batch add time plans',
		description: 'Batch add time plans; input items are gathered into as few calls as the box allows, each item gets its own result',
		method: 'POST',
		path: '/v1/api/pass/schedule/addBatch',
		docSection: '时间计划管理 › 添加时间计划集合',
		params: [
			{ name: 'uuid', label: 'UUID', type: 'string', in: 'body', required: true, placeholder: UUID_FORMAT.placeholder, description: 'UUID you give the new time plan: unique, 1 to 40 characters without special characters. A new ID, so no operation lists it.' },
			{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Weekdays 8 to 18', description: 'Time plan name: unique, 1 to 32 characters without special characters' },
			{ name: 'holiday', label: 'Holiday', type: 'json', in: 'body', default: '[]', description: 'Holidays, as a JSON array of {"date": "2020-10-01", "state": true, "during": [{"from": "08:00", "to": "12:00"}]}: state switches the plan on or off that day, and during is required when it is on. Not for security or event plans.' },
			{ name: 'workDay', label: 'Work Day', type: 'json', in: 'body', required: true, default: '[]', description: 'Weekly plan, as a JSON array of {"week": 1, "during": [{"from": "08:00", "to": "18:00"}]}, one entry per weekday (week 1 to 7)' },
			{ name: 'type', label: 'Type', type: 'options', in: 'body', required: true, options: TIME_PLAN_TYPES, default: 1, description: 'Which module the plan serves' },
		],
		kind: 'custom',
		runner: entryBatch({ param: 'scheduleList', maxPerCall: 100, results: ENTRY_OBJECT_RESULTS }),
	},
	{
		resource: 'timePlan',
		operation: 'update',
		name: 'Update',
		action: 'Update a time plan',
		description: 'Update a time plan\'s name, holidays and weekly plan',
		method: 'POST',
		path: '/v1/api/pass/schedule/update',
		docSection: '时间计划管理 › 修改时间计划',
		params: [
			{ name: 'uuid', label: 'Time Plan', type: 'string', in: 'body', required: true, ...pick(timePlans), description: 'The time plan to update' },
			{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Weekdays 8 to 18', description: 'Time plan name: unique, 1 to 32 characters without special characters' },
			{ name: 'holiday', label: 'Holiday', type: 'json', in: 'body', default: '[]', description: 'Holidays, as a JSON array of {"date": "2020-10-01", "state": true, "during": [{"from": "08:00", "to": "12:00"}]}: state switches the plan on or off that day, and during is required when it is on. Not for security or event plans.' },
			{ name: 'workDay', label: 'Work Day', type: 'json', in: 'body', required: true, default: '[]', description: 'Weekly plan, as a JSON array of {"week": 1, "during": [{"from": "08:00", "to": "18:00"}]}, one entry per weekday (week 1 to 7)' },
		],
	},
	{
		resource: 'timePlan',
		operation: 'batchDelete',
		name: 'Batch Delete',
		action: 'Batch delete time plans',
		description: 'Batch delete time plans; input items are gathered into as few calls as the box allows, each item gets its own result',
		method: 'POST',
		path: '/v1/api/pass/schedule/delete',
		docSection: '时间计划管理 › 批量删除时间计划',
		params: [
			{ name: 'uuidList', label: 'UUIDs', type: 'idList', picker: timePlans, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', required: true, description: 'UUIDs of the time plans to delete; Time Plan › List lists them' },
		],
		kind: 'listBatch',
		batch: { param: 'uuidList', maxPerCall: 100, splittable: true, entryResults: ENTRY_RESULTS },
	},
	listTimePlans,
	{
		resource: 'timePlan',
		operation: 'batchGet',
		name: 'Get Many by UUID',
		action: 'Get many time plans by UUID',
		description: 'Get several time plans with their weekly plans and holidays',
		method: 'POST',
		path: '/v1/api/pass/schedule/details',
		docSection: '时间计划管理 › 查询时间计划详情列表',
		params: [
			{ name: 'uuidList', label: 'UUIDs', type: 'idList', picker: timePlans, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', required: true, description: 'UUIDs of the time plans; Time Plan › List lists them' },
		],
	},
];
