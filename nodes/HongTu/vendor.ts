/** HongTu in the package's registry (nodes/vendors.ts): its transport, operation table and hooks, and its files. */
import type { VendorApi } from '../shared/engine';
import type { VendorDescriptor } from '../shared/registry';
import { hongTuEntryPreparers, hongTuLostEntryLookups } from './batchHooks';
import { hongTuHandlers } from './handlers';
import { operations, resources, vendorInfo } from './HongTu.operations';
import { hongTuClient } from './transport';

export const hongTuApi: VendorApi = {
	client: hongTuClient,
	operations,
	handlers: hongTuHandlers,
	entryPreparers: hongTuEntryPreparers,
	lostEntryLookups: hongTuLostEntryLookups,
};

export const hongTu: VendorDescriptor = {
	key: 'hongtu',
	info: vendorInfo,
	resources,
	api: hongTuApi,
	nodes: ['HongTu/HongTu.node', 'HongTu/HongTuTrigger.node'],
	credentials: ['HongTuApi.credentials'],
};
