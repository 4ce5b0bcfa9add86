/** Smart Classroom User operations: the 用户管理 section of the API document. */
import { detail, type Op } from './common';

export const userOperations: Op[] = [
	{
		resource: 'user', operation: 'get', name: 'Get', action: 'Get the signed-in user',
		description: 'The user the credential signs in as',
		method: 'GET', path: '/user', docSection: '用户管理 › 获取用户信息', params: [detail],
	},
];
