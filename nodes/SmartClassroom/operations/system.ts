/** Smart Classroom System operations: the API接口 section of the API document. */
import type { Op } from './common';

export const systemOperations: Op[] = [
	{
		resource: 'system', operation: 'getTime', name: 'Get Time', action: 'Get the server time',
		description: 'The server’s current time',
		method: 'GET', path: '/system/time', docSection: 'API接口 › 系统时间', params: [],
	},
];
