/** HaoYi in the package's registry (nodes/vendors.ts): its transport, operation table and hooks, and its files. */
import type { VendorApi } from '../shared/engine';
import type { VendorDescriptor } from '../shared/registry';
import { handlers } from './handlers';
import { operations, resources, vendorInfo } from './HaoYi.operations';
import { haoYiClient } from './transport';

export const haoYiApi: VendorApi = { client: haoYiClient, operations, handlers };

export const haoYi: VendorDescriptor = {
	key: 'haoyi',
	info: vendorInfo,
	resources,
	api: haoYiApi,
	nodes: ['HaoYi/HaoYi.node', 'HaoYi/HaoYiTrigger.node'],
	credentials: ['HaoYiApi.credentials'],
};
