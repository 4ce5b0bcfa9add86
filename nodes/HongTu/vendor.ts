/** HongTu in the package's registry (nodes/vendors.ts): its transport, operation table and hooks, and its files. */
import type { VendorApi } from '../shared/session';
import { describeVendor } from '../shared/registry';
import { hongTuEntryPreparers, hongTuLostEntryLookups } from './batchHooks';
import { hongTuHandlers } from './handlers';
import * as table from './HongTu.operations';
import { hongTuClient } from './transport';

export const hongTuApi: VendorApi = {
	client: hongTuClient,
	operations: table.operations,
	handlers: hongTuHandlers,
	entryPreparers: hongTuEntryPreparers,
	lostEntryLookups: hongTuLostEntryLookups,
};

export const hongTu = describeVendor('hongtu', 'HongTu', table, hongTuApi);
