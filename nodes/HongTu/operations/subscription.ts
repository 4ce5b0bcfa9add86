/** HongTu Subscription operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { OperationDefinition } from '../../shared/engine/definitions';
import { BUSINESS_TYPES } from './codes';

export const subscribe: OperationDefinition = {
	resource: 'subscription',
	operation: 'add',
	name: 'Subscribe',
	action: 'Subscribe to business data',
	description: 'Have the box push new records of the chosen kinds to a URL',
	method: 'POST',
	path: '/v1/api/pubsub/busi/record/add',
	docSection: '订阅接口 › 业务数据记录订阅',
	params: [
		{ name: 'appKey', label: 'App Key', type: 'string', in: 'body', required: true, placeholder: 'e.g. appkey1', description: 'The app key to subscribe; the box falls back to the credential\'s app key' },
		{ name: 'pushUrl', label: 'Push URL', type: 'string', in: 'body', required: true, placeholder: 'e.g. https://n8n.example.com/webhook/hongtu', description: 'Where the box pushes new records' },
		{ name: 'busiTypes', label: 'Business Types', type: 'multiOptions', in: 'body', required: true, options: BUSINESS_TYPES, default: [], description: 'Which kinds of records to push' },
	],
};

export const getSubscription: OperationDefinition = {
	resource: 'subscription',
	operation: 'get',
	name: 'Get',
	action: 'Get the business data subscription',
	description: 'Get where and which records the box pushes for an app key',
	method: 'POST',
	path: '/v1/api/pubsub/busi/record/query',
	docSection: '订阅接口 › 查询业务数据记录订阅',
	params: [
		{ name: 'appKey', label: 'App Key', type: 'string', in: 'body', placeholder: 'e.g. appkey1', description: 'The app key; the box uses the credential\'s app key first' },
	],
};

export const unsubscribe: OperationDefinition = {
	resource: 'subscription',
	operation: 'unbind',
	name: 'Unsubscribe',
	action: 'Unsubscribe from business data',
	description: 'Stop the box pushing records for an app key',
	method: 'POST',
	path: '/v1/api/pubsub/busi/record/unbind',
	docSection: '订阅接口 › 解除业务数据记录订阅',
	params: [
		{ name: 'appKey', label: 'App Key', type: 'string', in: 'body', placeholder: 'e.g. appkey1', description: 'The app key; the box uses the credential\'s app key first' },
	],
};

export const subscriptionOperations: OperationDefinition[] = [
	subscribe,
	getSubscription,
	unsubscribe,
];
