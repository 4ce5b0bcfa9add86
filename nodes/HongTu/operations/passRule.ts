/** HongTu Pass Rule operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { OperationDefinition } from '../../shared/engine/definitions';
import { UUID_LIST_PLACEHOLDER, paging, pick } from './common';
import { doors, groups, timePlans } from '../pickers';

export const passRuleOperations: OperationDefinition[] = [
	{
		resource: 'passRule',
		operation: 'add',
		name: 'Add',
		action: 'Add a pass rule',
		description: 'Let person groups pass doors during a pass time plan',
		method: 'POST',
		path: '/v1/api/pass/authority/add',
		docSection: '通行权限管理 › 添加通行权限',
		params: [
			{ name: 'deviceUuids', label: 'Device UUIDs', type: 'idList', picker: doors, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', required: true, description: 'UUIDs of the door devices; Door › List lists them' },
			{ name: 'groupUuids', label: 'Group UUIDs', type: 'idList', picker: groups, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', required: true, description: 'UUIDs of the person groups; Person Group › List lists them' },
			{ name: 'scheduleUuid', label: 'Time Plan', type: 'string', in: 'body', required: true, ...pick(timePlans), description: 'When they may pass: a time plan of type Pass' },
		],
	},
	{
		resource: 'passRule',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete a pass rule',
		description: 'Delete the pass rule of a door and time plan',
		method: 'POST',
		path: '/v1/api/pass/authority/delete',
		docSection: '通行权限管理 › 删除通行权限',
		params: [
			{ name: 'deviceUuid', label: 'Door', type: 'string', in: 'body', required: true, ...pick(doors), description: 'The door device of the rule' },
			{ name: 'scheduleUuid', label: 'Time Plan', type: 'string', in: 'body', required: true, ...pick(timePlans), description: 'The time plan of the rule' },
		],
	},
	{
		resource: 'passRule',
		operation: 'update',
		name: 'Update',
		action: 'Update a pass rule',
		description: 'Update a pass rule. Needs the old time plan and old groups as well as the new ones.',
		method: 'POST',
		path: '/v1/api/pass/authority/update',
		docSection: '通行权限管理 › 编辑通行权限',
		params: [
			{ name: 'deviceUuid', label: 'Door', type: 'string', in: 'body', required: true, ...pick(doors), description: 'The door device of the rule' },
			{ name: 'oldScheduleUuid', label: 'Old Time Plan', type: 'string', in: 'body', required: true, ...pick(timePlans), description: 'The rule\'s time plan before the change' },
			{ name: 'newScheduleUuid', label: 'New Time Plan', type: 'string', in: 'body', required: true, ...pick(timePlans), description: 'The rule\'s new time plan' },
			{ name: 'oldGroupUuids', label: 'Old Group UUIDs', type: 'idList', picker: groups, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', required: true, description: 'UUIDs of the rule\'s groups before the change; Pass Rule › List lists them' },
			{ name: 'newGroupUuids', label: 'New Group UUIDs', type: 'idList', picker: groups, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', required: true, description: 'UUIDs of the rule\'s new groups; Person Group › List lists them' },
		],
	},
	{
		resource: 'passRule',
		operation: 'list',
		name: 'List',
		action: 'List pass rules',
		description: 'List which groups may pass which doors during which time plans',
		method: 'POST',
		path: '/v1/api/pass/authority/list',
		docSection: '通行权限管理 › 通行权限列表',
		params: [
			{ name: 'pageNum', label: 'Page Number', type: 'number', in: 'body', integer: true, description: 'Page number, default 1' },
			{ name: 'pageSize', label: 'Page Size', type: 'number', in: 'body', integer: true, description: 'Page size, default 20' },
			{ name: 'deviceName', label: 'Device Name', type: 'string', in: 'body', placeholder: 'e.g. North Gate', description: 'Only rules of doors with this name' },
			{ name: 'deviceUuids', label: 'Device UUIDs', type: 'idList', picker: doors, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', description: 'Only rules of these door devices; Door › List lists them' },
			{ name: 'groupUuid', label: 'Group', type: 'string', in: 'body', ...pick(groups), description: 'Only rules of this person group' },
			{ name: 'scheduleUuid', label: 'Time Plan', type: 'string', in: 'body', ...pick(timePlans), description: 'Only rules of this time plan' },
		],
		kind: 'list',
		list: { itemsPath: 'list', paging: paging('pageNum') },
	},
];
