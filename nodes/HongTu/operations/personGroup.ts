/** HongTu Person Group operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { ListOperation, OperationDefinition, RecordSetTrait } from '../../shared/engine/definitions';
import { recordSetOperations } from '../../shared/engine/sync';
import { GROUP_TYPES } from './codes';
import { ENTRY_OBJECT_RESULTS, ENTRY_RESULTS, UUID_FORMAT, UUID_LIST_PLACEHOLDER, paging, pick } from './common';
import { groups, persons } from '../pickers';
import { eachItem } from '../../shared/engine/run';
import { setGroupMembers } from '../handlers';
import { entryBatch } from '../entryBatch';

export const listGroups: ListOperation = {
	resource: 'personGroup',
	operation: 'list',
	name: 'List',
	action: 'List person groups',
	description: 'List the person groups of one kind',
	method: 'POST',
	path: '/v1/api/pass/group/list',
	docSection: '人员组管理 › 人员组列表',
	params: [
		{ name: 'pageNum', label: 'Page Number', type: 'number', in: 'body', integer: true, description: 'Page number, default 1' },
		{ name: 'pageSize', label: 'Page Size', type: 'number', in: 'body', integer: true, description: 'Page size, default 20' },
		{ name: 'type', label: 'Type', type: 'options', in: 'body', required: true, options: GROUP_TYPES, default: 1, description: 'Which kind of groups to list' },
		{ name: 'name', label: 'Name', type: 'string', in: 'body', placeholder: 'e.g. Teach', description: 'Part of the group name' },
	],
	kind: 'list',
	list: { itemsPath: 'list', paging: paging('pageNum') },
};

export const getGroup: OperationDefinition = {
	resource: 'personGroup',
	operation: 'get',
	name: 'Get',
	action: 'Get a person group',
	description: 'Get a person group with its head count',
	method: 'POST',
	path: '/v1/api/pass/group/query',
	docSection: '人员组管理 › 查询人员组详情',
	params: [
		{ name: 'uuid', label: 'Group', type: 'string', in: 'body', required: true, ...pick(groups), description: 'The person group' },
	],
};

export const listGroupMembers: ListOperation = {
	resource: 'personGroup',
	operation: 'listPersons',
	name: 'List Members',
	action: 'List the people in a group',
	description: 'List the people in a person group',
	method: 'POST',
	path: '/v1/api/pass/group/queryPersonListInGroup',
	docSection: '人员组管理 › 查询组内人员详情',
	params: [
		{ name: 'pageNum', label: 'Page Number', type: 'number', in: 'body', integer: true, description: 'Page number, default 1' },
		{ name: 'pageSize', label: 'Page Size', type: 'number', in: 'body', integer: true, description: 'Page size, default 20' },
		{ name: 'uuid', label: 'Group', type: 'string', in: 'body', required: true, ...pick(groups), description: 'The group whose members to list' },
		{ name: 'type', label: 'Type', type: 'options', in: 'body', required: true, options: GROUP_TYPES, default: 1, description: 'The kind of the group' },
		{ name: 'name', label: 'Name', type: 'string', in: 'body', placeholder: 'e.g. Zhang', description: 'Part of the person\'s name' },
		{ name: 'personCode', label: 'Person Code', type: 'string', in: 'body', placeholder: 'e.g. E10', description: 'Part of the employee code' },
	],
	kind: 'list',
	list: { itemsPath: 'list', paging: paging('pageNum') },
	simplify: ['personUuid', 'personName', 'personCode', 'type', 'phone', 'groupUuid', 'visitTarget', 'visitStartTime', 'visitEndTime', 'status'],
};

export const batchAddGroups: OperationDefinition = {
	resource: 'personGroup',
	operation: 'batchAdd',
	name: 'Batch Add',
	action: 'Batch add person groups',
	description: 'Batch add person groups; input items are gathered into as few calls as the box allows, each item gets its own result',
	method: 'POST',
	path: '/v1/api/pass/group/batchAdd',
	docSection: '人员组管理 › 批量添加人员组',
	params: [
		{ name: 'uuid', label: 'UUID', type: 'string', in: 'body', placeholder: UUID_FORMAT.placeholder, description: 'UUID to give the new group, 1 to 40 characters without special characters; the box refuses one already used. A new ID, so no operation lists it.' },
		{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Teachers', description: 'Group name, unique, 2 to 32 characters without special characters' },
		{ name: 'type', label: 'Type', type: 'options', in: 'body', required: true, options: GROUP_TYPES, default: 1, description: 'Whom the group holds' },
	],
	// the box keeps group names unique within a type (103124 组名重复)
	kind: 'custom',
	runner: entryBatch({
		param: 'groupList',
		maxPerCall: 100,
		results: ENTRY_OBJECT_RESULTS,
		lostAnswer: { list: listGroups, filter: { type: 'type' }, matchFields: { name: 'name' }, idField: 'uuid' },
	}),
};

export const deleteGroup: OperationDefinition = {
	resource: 'personGroup',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a person group',
	description: 'Delete a person group',
	method: 'POST',
	path: '/v1/api/pass/group/delete',
	docSection: '人员组管理 › 删除人员组',
	params: [
		{ name: 'uuid', label: 'Group', type: 'string', in: 'body', required: true, ...pick(groups), description: 'The person group' },
	],
};

export const renameGroup: OperationDefinition = {
	resource: 'personGroup',
	operation: 'update',
	name: 'Rename',
	action: 'Rename a person group',
	description: 'Rename a person group',
	method: 'POST',
	path: '/v1/api/pass/group/update',
	docSection: '人员组管理 › 修改人员组',
	params: [
		{ name: 'uuid', label: 'Group', type: 'string', in: 'body', required: true, ...pick(groups), description: 'The person group' },
		{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Teachers', description: 'New group name' },
	],
};

/**
 * The box's person groups as a record set (Person Group › Create or Update and Sync): read with List, one group
 * type at a time (the list requires it); matched on the name (unique, 103124 组名重复) or on a UUID the caller
 * gave (Batch Add takes one). A group is its name and type alone: the update is a rename, and members are not
 * part of the set (neither Batch Add nor Rename takes them; Set Members writes them).
 */
export const groupSet: RecordSetTrait = {
	noun: 'person group',
	list: listGroups,
	scope: { type: 'type' },
	idField: 'uuid',
	keys: [
		{ param: 'name', field: 'name', label: 'Name', description: 'The group name, which the box keeps unique', search: 'name' },
		{ param: 'uuid', field: 'uuid', label: 'UUID', description: 'The group\'s UUID: a group the box does not have is added with it, a group it has is renamed to the item\'s name' },
	],
	fields: { name: 'name' },
	create: batchAddGroups,
	// uuid and name are the whole update, and name its one field
	update: { op: renameGroup, idParam: 'uuid', body: 'changed' },
	// 103126 组不存在: a removal sent again after a lost answer finds the group gone
	remove: { op: deleteGroup, idParam: 'uuid', goneCodes: [103126] },
	// the default group of each type (the document's 员工默认组), which the box refuses to delete (103123) or rename (103125)
	permanent: (record) => String(record.name ?? '').endsWith('默认组'),
};

export const personGroupOperations: OperationDefinition[] = [
	batchAddGroups,
	deleteGroup,
	renameGroup,
	...recordSetOperations(groupSet, { plural: 'person groups', where: 'the box' }),
	listGroups,
	getGroup,
	{
		resource: 'personGroup',
		operation: 'batchRemovePersons',
		name: 'Remove Members',
		action: 'Batch remove people from a group',
		description: 'Batch remove people from a group; input items are gathered into as few calls as the box allows, each item gets its own result',
		method: 'POST',
		path: '/v1/api/pass/group/batchDeletePerson',
		docSection: '人员组管理 › 批量移除组内人员',
		params: [
			{ name: 'groupUuid', label: 'Group', type: 'string', in: 'body', required: true, ...pick(groups), description: 'The group to remove people from' },
			{ name: 'personUuids', label: 'Person UUIDs', type: 'idList', picker: persons, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', required: true, description: 'UUIDs of the people to remove; Person Group › List Members lists them' },
		],
		kind: 'listBatch',
		batch: { param: 'personUuids', maxPerCall: 100, splittable: true, entryResults: ENTRY_RESULTS },
	},
	listGroupMembers,
	{
		resource: 'personGroup',
		operation: 'setPersons',
		name: 'Set Members',
		action: 'Set the members of a group',
		description: 'Set the members of a person group. The box replaces the whole member list; Mode "Add to Current Members" or "Remove From Current Members" reads it first and writes the merged list.',
		method: 'POST',
		path: '/v1/api/pass/group/batchUpdatePerson',
		docSection: '人员组管理 › 编辑组内人员',
		params: [
			{ name: 'groupUuid', label: 'Group', type: 'string', in: 'body', required: true, ...pick(groups), description: 'The group whose members to set' },
			{ name: 'personUuids', label: 'Person UUIDs', type: 'idList', picker: persons, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', sendEmpty: true, description: 'UUIDs of the people to add, remove or set, as Mode says; Person › Search lists them. With Replace All Members, empty removes everyone.' },
			{ name: 'mode', label: 'Mode', type: 'options', in: 'body', required: true, default: 'add', options: [{ name: 'Add to Current Members', value: 'add', description: 'Read the current members, add the given people and write the union' }, { name: 'Remove From Current Members', value: 'remove', description: 'Read the current members and write them without the given people' }, { name: 'Replace All Members', value: 'replace', description: 'Write exactly the given people; everyone else leaves the group' }], description: 'How the given people change the membership. The box itself always replaces the whole list.' },
		],
		kind: 'custom',
		runner: eachItem(setGroupMembers({ getGroup, listGroupMembers })),
		notice: 'This operation replaces the whole member list of the group. Use Mode "Add to Current Members" to keep the existing members.',
	},
	{
		resource: 'personGroup',
		operation: 'getDefault',
		name: 'Get Default Group',
		action: 'Get the default group of a kind',
		description: 'Get the default group of employees, visitors or key persons',
		method: 'POST',
		path: '/v1/api/pass/group/getDefaultGroup',
		docSection: '人员组管理 › 获取默认组信息（不建议使用）',
		params: [
			{ name: 'type', label: 'Type', type: 'options', in: 'body', required: true, options: GROUP_TYPES, default: 1, description: 'Which kind of default group' },
		],
		deprecated: true,
	},
];
