/** Smart Classroom Box operations: the 主机管理 section of the API document. */
import { integer, q, req, type Op } from './common';

export const boxOperations: Op[] = [
	{
		resource: 'box', operation: 'get', name: 'Get', action: 'Get the box of a school',
		description: 'Get the edge host (box) of a school',
		method: 'GET', path: '/info/box', docSection: '主机管理 › 获取主机信息',
		simplify: ['id', 'box_token', 'box_address', 'model', 'heartbeat', 'current_version', 'firmware_version', 'dog_expiration', 'company_id'],
		params: [req(q(integer('company_id', 'School ID', 'The school (学校ID), see User › Get', { minValue: 1 })))],
	},
];
