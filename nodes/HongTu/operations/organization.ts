/** HongTu Organization operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { OperationDefinition } from '../../shared/operations';

export const organizationOperations: OperationDefinition[] = [
	{
		resource: 'organization',
		operation: 'add',
		name: 'Add',
		action: 'Add organization',
		description: 'Add organization',
		method: 'POST',
		path: '/v1/api/org/add',
		docSection: '组织管理 › 添加组织',
		params: [
			{ name: 'fullName', label: 'Full Name', type: 'string', in: 'body', required: true, description: 'Organization name, length 0-16' },
			{ name: 'parentUuid', label: 'Parent UUID', type: 'string', in: 'body', required: true, description: 'Parent organization uuid (top org uuid from /v1/api/org/top/detail)' },
		],
	},
	{
		resource: 'organization',
		operation: 'update',
		name: 'Update',
		action: 'Update organization',
		description: 'Update organization',
		method: 'POST',
		path: '/v1/api/org/update',
		docSection: '组织管理 › 修改组织信息',
		params: [
			{ name: 'uuid', label: 'UUID', type: 'string', in: 'body', required: true, description: 'Organization or company uuid' },
			{ name: 'fullName', label: 'Full Name', type: 'string', in: 'body', description: 'New name' },
		],
	},
	{
		resource: 'organization',
		operation: 'list',
		name: 'List',
		action: 'List organizations',
		description: 'List organizations',
		method: 'POST',
		path: '/v1/api/org/tree',
		docSection: '组织管理 › 查询组织列表',
		params: [
			{ name: 'orgName', label: 'Organization Name', type: 'string', in: 'body', description: 'Organization name filter' },
		],
	},
	{
		resource: 'organization',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete organization',
		description: 'Delete organization. Deletes the people in the organization too unless Person Handling says otherwise.',
		method: 'POST',
		path: '/v1/api/org/delete',
		docSection: '组织管理 › 删除组织',
		params: [
			{ name: 'uuid', label: 'UUID', type: 'string', in: 'body', required: true, description: 'Organization uuid' },
			{ name: 'personInOrgHandleMode', label: 'Person Handling', type: 'options', in: 'body', options: [{ name: 'Delete Them', value: 0 }, { name: 'Move Them to the Parent Organization', value: 1 }], default: 0, description: 'What to do with people in the department: 0 delete them (default), 1 move them to the parent department' },
		],
		notice: 'By default deleting an organization also deletes the people in it. Set Person Handling to move them instead.',
	},
	{
		resource: 'organization',
		operation: 'getTop',
		name: 'Get Top Organization',
		action: 'Get top-level organization',
		description: 'Get top-level organization',
		method: 'POST',
		path: '/v1/api/org/top/detail',
		docSection: '组织管理 › 获取最上级组织信息',
		params: [],
	},
];
