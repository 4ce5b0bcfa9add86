/** Smart Classroom Error Code operations: the API接口 section of the API document. */
import { text, type Op } from './common';

export const errorCodeOperations: Op[] = [
	{
		resource: 'errorCode', operation: 'get', name: 'Get', action: 'Get error codes',
		description: 'List the server’s error codes, or look one up',
		method: 'GET', path: '/error', docSection: 'API接口 › 错误码',
		params: [text('code', 'Code', 'Error code to look up, e.g. -3003; leave empty for all', { in: 'query' })],
		outputPath: 'errors',
	},
];
