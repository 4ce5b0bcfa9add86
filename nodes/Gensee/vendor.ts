/** Gensee in the package's registry (nodes/vendors.ts): its transport, operation table and hooks, and its files. */
import type { VendorApi } from '../shared/engine';
import type { VendorDescriptor } from '../shared/registry';
import { handlers } from './handlers';
import { operations, resources, vendorInfo } from './Gensee.operations';
import { genseeClient } from './transport';

export const genseeApi: VendorApi = { client: genseeClient, operations, handlers };

export const gensee: VendorDescriptor = {
	key: 'gensee',
	info: vendorInfo,
	resources,
	api: genseeApi,
	nodes: ['Gensee/Gensee.node', 'Gensee/GenseeTrigger.node'],
	credentials: ['GenseeApi.credentials'],
};
