/** HongTu Organization operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { OperationDefinition } from '../../shared/engine/definitions';
import { pick } from './common';
import { organizations } from '../pickers';

export const listOrganizations: OperationDefinition = {
	resource: 'organization',
	operation: 'list',
	name: 'List',
	action: 'List organizations',
	description: 'List the organizations of the tree, each with its parent and head counts',
	method: 'POST',
	path: '/v1/api/org/tree',
	docSection: '组织管理 › 查询组织列表',
	params: [
		{ name: 'orgName', label: 'Organization Name', type: 'string', in: 'body', placeholder: 'e.g. Teaching', description: 'Only organizations with this name' },
	],
};

export const organizationOperations: OperationDefinition[] = [
	{
		resource: 'organization',
		operation: 'add',
		name: 'Add',
		action: 'Add an organization',
		description: 'Add an organization under a parent organization',
		method: 'POST',
		path: '/v1/api/org/add',
		docSection: '组织管理 › 添加组织',
		params: [
			{ name: 'fullName', label: 'Full Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Teaching Department', description: 'Organization name, up to 16 characters' },
			{ name: 'parentUuid', label: 'Parent Organization', type: 'string', in: 'body', required: true, ...pick(organizations), description: 'The organization to add it under; Get Top Organization gives the top one' },
		],
	},
	{
		resource: 'organization',
		operation: 'update',
		name: 'Update',
		action: 'Rename an organization',
		description: 'Rename an organization or the company',
		method: 'POST',
		path: '/v1/api/org/update',
		docSection: '组织管理 › 修改组织信息',
		params: [
			{ name: 'uuid', label: 'Organization', type: 'string', in: 'body', required: true, ...pick(organizations), description: 'The organization or company to rename' },
			{ name: 'fullName', label: 'Full Name', type: 'string', in: 'body', placeholder: 'e.g. Teaching Department', description: 'New name' },
		],
	},
	listOrganizations,
	{
		resource: 'organization',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete an organization',
		description: 'Delete an organization. Deletes the people in the organization too unless Person Handling says otherwise.',
		method: 'POST',
		path: '/v1/api/org/delete',
		docSection: '组织管理 › 删除组织',
		params: [
			{ name: 'uuid', label: 'Organization', type: 'string', in: 'body', required: true, ...pick(organizations), description: 'The organization to delete' },
			{ name: 'personInOrgHandleMode', label: 'Person Handling', type: 'options', in: 'body', options: [{ name: 'Delete Them', value: 0 }, { name: 'Move Them to the Parent Organization', value: 1 }], default: 0, description: 'What happens to the people in the organization' },
		],
		notice: 'By default deleting an organization also deletes the people in it. Set Person Handling to move them instead.',
	},
	{
		resource: 'organization',
		operation: 'getTop',
		name: 'Get Top Organization',
		action: 'Get the top organization',
		description: 'Get the top organization (the company) of the tree',
		method: 'POST',
		path: '/v1/api/org/top/detail',
		docSection: '组织管理 › 获取最上级组织信息',
		params: [],
	},
];
