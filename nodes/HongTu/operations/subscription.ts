/** HongTu Subscription operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { OperationDefinition } from '../../shared/operations';

export const subscriptionOperations: OperationDefinition[] = [
	{
		resource: 'subscription',
		operation: 'add',
		name: 'Subscribe',
		action: 'Subscribe to business-data push',
		description: 'Subscribe to business-data push',
		method: 'POST',
		path: '/v1/api/pubsub/busi/record/add',
		docSection: '订阅接口 › 业务数据记录订阅',
		params: [
			{ name: 'appKey', label: 'App Key', type: 'string', in: 'body', required: true, description: 'User appKey; if not supplied, the cappKey carried by the current (signed) request is used' },
			{ name: 'pushUrl', label: 'Push URL', type: 'string', in: 'body', required: true, description: 'Receiver URL; generated business data is pushed to this address' },
			{ name: 'busiTypes', label: 'Business Types', type: 'json', in: 'body', required: true, default: '[]', description: 'Business types to subscribe (integer[]): 1 security recognition records, 2 vehicle recognition records, 3 alert records, 5 pass records, 12 structured full-attribute recognition records' },
		],
	},
	{
		resource: 'subscription',
		operation: 'get',
		name: 'Get',
		action: 'Query business-data subscription',
		description: 'Query business-data subscription',
		method: 'POST',
		path: '/v1/api/pubsub/busi/record/query',
		docSection: '订阅接口 › 查询业务数据记录订阅',
		params: [
			{ name: 'appKey', label: 'App Key', type: 'string', in: 'body', description: 'User appKey; taken first from the request\'s cappkey header; required only if the header lacks it' },
		],
	},
	{
		resource: 'subscription',
		operation: 'unbind',
		name: 'Unsubscribe',
		action: 'Cancel business-data subscription',
		description: 'Cancel business-data subscription',
		method: 'POST',
		path: '/v1/api/pubsub/busi/record/unbind',
		docSection: '订阅接口 › 解除业务数据记录订阅',
		params: [
			{ name: 'appKey', label: 'App Key', type: 'string', in: 'body', description: 'User appKey; taken first from the request\'s cappkey header; required only if the header lacks it' },
		],
	},
];
