/** HongTu Time Plan operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { OperationDefinition } from '../../shared/operations';
import { ENTRY_OBJECT_RESULTS, ENTRY_RESULTS, paging } from './common';

export const timePlanOperations: OperationDefinition[] = [
	{
		resource: 'timePlan',
		operation: 'batchAdd',
		name: 'Batch Add',
		action: 'Batch add time schedules',
		description: 'Batch add time schedules; input items are gathered into as few calls as the box allows, each item gets its own result',
		method: 'POST',
		path: '/v1/api/pass/schedule/addBatch',
		docSection: '时间计划管理 › 添加时间计划集合',
		params: [
			{ name: 'uuid', label: 'UUID', type: 'string', in: 'body', required: true, description: 'Schedule uuid, caller-assigned, unique, length 1-40, no special characters' },
			{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, description: 'Schedule name, unique, length 1-32, no special characters' },
			{ name: 'holiday', label: 'Holiday', type: 'json', in: 'body', default: '[]', description: 'object[] - holidays (not supported for security or event schedules). Entries have: date (required), state (required), during.' },
			{ name: 'workDay', label: 'Work Day', type: 'json', in: 'body', required: true, default: '[]', description: 'object[] - weekly plan. Entries have: week (required), during (required).' },
			{ name: 'type', label: 'Type', type: 'number', in: 'body', required: true, integer: true, description: 'Purpose: 1 pass, 2 security, 3 event' },
		],
		batch: { param: 'scheduleList', entries: 'item', maxPerCall: 100, splittable: true, entryResults: ENTRY_OBJECT_RESULTS },
	},
	{
		resource: 'timePlan',
		operation: 'update',
		name: 'Update',
		action: 'Update a time schedule',
		description: 'Update a time schedule',
		method: 'POST',
		path: '/v1/api/pass/schedule/update',
		docSection: '时间计划管理 › 修改时间计划',
		params: [
			{ name: 'uuid', label: 'UUID', type: 'string', in: 'body', required: true, description: 'Schedule uuid, caller-assigned, unique, length 1-40, no special characters' },
			{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, description: 'Schedule name, unique, length 1-32, no special characters' },
			{ name: 'holiday', label: 'Holiday', type: 'json', in: 'body', default: '[]', description: 'object[] - holidays (not supported for security or event schedules). Entries have: date (required), state (required), during.' },
			{ name: 'workDay', label: 'Work Day', type: 'json', in: 'body', required: true, default: '[]', description: 'object[] - weekly plan. Entries have: week (required), during (required).' },
		],
	},
	{
		resource: 'timePlan',
		operation: 'batchDelete',
		name: 'Batch Delete',
		action: 'Batch delete time schedules',
		description: 'Batch delete time schedules; input items are gathered into as few calls as the box allows, each item gets its own result',
		method: 'POST',
		path: '/v1/api/pass/schedule/delete',
		docSection: '时间计划管理 › 批量删除时间计划',
		params: [
			{ name: 'uuidList', label: 'UUIDs', type: 'idList', listFormat: 'array', in: 'body', required: true, description: 'string[] - schedule uuids' },
		],
		batch: { param: 'uuidList', maxPerCall: 100, splittable: true, entryResults: ENTRY_RESULTS },
	},
	{
		resource: 'timePlan',
		operation: 'list',
		name: 'List',
		action: 'List time schedules',
		description: 'List time schedules',
		method: 'POST',
		path: '/v1/api/pass/schedule/page',
		docSection: '时间计划管理 › 时间计划列表',
		params: [
			{ name: 'pageNum', label: 'Page Number', type: 'number', in: 'body', integer: true, description: 'Page number, default 1' },
			{ name: 'name', label: 'Name', type: 'string', in: 'body', description: 'Schedule name, fuzzy match' },
			{ name: 'pageSize', label: 'Page Size', type: 'number', in: 'body', integer: true, description: 'Page size, default 20' },
			{ name: 'type', label: 'Type', type: 'number', in: 'body', required: true, integer: true, description: 'Purpose: 1 pass module, 2 security module, 3 event module' },
		],
		list: { itemsPath: 'list', paging: paging('pageNum') },
	},
	{
		resource: 'timePlan',
		operation: 'batchGet',
		name: 'Get Many by UUID',
		action: 'Get time schedule details by uuids',
		description: 'Get time schedule details by uuids',
		method: 'POST',
		path: '/v1/api/pass/schedule/details',
		docSection: '时间计划管理 › 查询时间计划详情列表',
		params: [
			{ name: 'uuidList', label: 'UUIDs', type: 'idList', listFormat: 'array', in: 'body', required: true, description: 'string[] - schedule uuids' },
		],
	},
];
