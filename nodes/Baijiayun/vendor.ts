/** Baijiayun in the package's registry (nodes/vendors.ts): its transport, operation table and hooks, and its files. */
import type { VendorApi } from '../shared/engine';
import type { VendorDescriptor } from '../shared/registry';
import { operations, resources, vendorInfo } from './Baijiayun.operations';
import { baijiayunClient } from './transport';

export const baijiayunApi: VendorApi = { client: baijiayunClient, operations };

export const baijiayun: VendorDescriptor = {
	key: 'baijiayun',
	info: vendorInfo,
	resources,
	api: baijiayunApi,
	nodes: ['Baijiayun/Baijiayun.node', 'Baijiayun/BaijiayunTrigger.node'],
	credentials: ['BaijiayunApi.credentials'],
};
