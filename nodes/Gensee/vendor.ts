/** Gensee in the package's registry (nodes/vendors.ts): its transport, operation table and hooks, and its files. */
import type { VendorApi } from '../shared/session';
import { describeVendor } from '../shared/registry';
import { handlers } from './handlers';
import * as table from './Gensee.operations';
import { genseeClient } from './transport';

export const genseeApi: VendorApi = { client: genseeClient, operations: table.operations, handlers };

export const gensee = describeVendor('gensee', 'Gensee', table, genseeApi);
