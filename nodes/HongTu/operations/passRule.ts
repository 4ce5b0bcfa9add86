/** HongTu Pass Rule operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { OperationDefinition } from '../../shared/operations';
import { paging } from './common';

export const passRuleOperations: OperationDefinition[] = [
	{
		resource: 'passRule',
		operation: 'add',
		name: 'Add',
		action: 'Add pass authority',
		description: 'Add pass authority',
		method: 'POST',
		path: '/v1/api/pass/authority/add',
		docSection: '通行权限管理 › 添加通行权限',
		params: [
			{ name: 'deviceUuids', label: 'Device UUIDs', type: 'idList', listFormat: 'array', in: 'body', required: true, description: 'string[] - device uuids (door points)' },
			{ name: 'groupUuids', label: 'Group UUIDs', type: 'idList', listFormat: 'array', in: 'body', required: true, description: 'string[] - person-group uuids' },
			{ name: 'scheduleUuid', label: 'Schedule UUID', type: 'string', in: 'body', required: true, description: 'Time-schedule uuid (a type-1 pass schedule, see /v1/api/pass/schedule/page)' },
		],
	},
	{
		resource: 'passRule',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete pass authority',
		description: 'Delete pass authority',
		method: 'POST',
		path: '/v1/api/pass/authority/delete',
		docSection: '通行权限管理 › 删除通行权限',
		params: [
			{ name: 'deviceUuid', label: 'Device UUID', type: 'string', in: 'body', required: true, description: 'Device UUID' },
			{ name: 'scheduleUuid', label: 'Schedule UUID', type: 'string', in: 'body', required: true, description: 'Time-schedule UUID' },
		],
	},
	{
		resource: 'passRule',
		operation: 'update',
		name: 'Update',
		action: 'Update pass authority',
		description: 'Update pass authority. Needs the old time plan and old groups as well as the new ones.',
		method: 'POST',
		path: '/v1/api/pass/authority/update',
		docSection: '通行权限管理 › 编辑通行权限',
		params: [
			{ name: 'deviceUuid', label: 'Device UUID', type: 'string', in: 'body', required: true, description: 'Device UUID' },
			{ name: 'oldScheduleUuid', label: 'Old Schedule UUID', type: 'string', in: 'body', required: true, description: 'Schedule UUID before the change' },
			{ name: 'newScheduleUuid', label: 'New Schedule UUID', type: 'string', in: 'body', required: true, description: 'New schedule UUID' },
			{ name: 'oldGroupUuids', label: 'Old Group UUIDs', type: 'idList', listFormat: 'array', in: 'body', required: true, description: 'string[] - group ids before the change' },
			{ name: 'newGroupUuids', label: 'New Group UUIDs', type: 'idList', listFormat: 'array', in: 'body', required: true, description: 'string[] - new group ids' },
		],
	},
	{
		resource: 'passRule',
		operation: 'list',
		name: 'List',
		action: 'List pass authorities',
		description: 'List pass authorities',
		method: 'POST',
		path: '/v1/api/pass/authority/list',
		docSection: '通行权限管理 › 通行权限列表',
		params: [
			{ name: 'pageNum', label: 'Page Number', type: 'number', in: 'body', integer: true, description: 'Page number, default 1' },
			{ name: 'pageSize', label: 'Page Size', type: 'number', in: 'body', integer: true, description: 'Page size, default 20' },
			{ name: 'deviceName', label: 'Device Name', type: 'string', in: 'body', description: 'Device name' },
			{ name: 'deviceUuids', label: 'Device UUIDs', type: 'idList', listFormat: 'array', in: 'body', description: 'string[] - device ids' },
			{ name: 'groupUuid', label: 'Group UUID', type: 'string', in: 'body', description: 'Group uuid' },
			{ name: 'scheduleUuid', label: 'Schedule UUID', type: 'string', in: 'body', description: 'Schedule uuid' },
		],
		list: { itemsPath: 'list', paging: paging('pageNum') },
	},
];
