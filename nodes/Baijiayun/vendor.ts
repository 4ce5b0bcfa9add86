/** Baijiayun in the package's registry (nodes/vendors.ts): its transport, operation table and hooks, and its files. */
import type { VendorApi } from '../shared/session';
import { describeVendor } from '../shared/registry';
import * as table from './Baijiayun.operations';
import { baijiayunClient } from './transport';

export const baijiayunApi: VendorApi = { client: baijiayunClient, operations: table.operations };

export const baijiayun = describeVendor('baijiayun', 'Baijiayun', table, baijiayunApi);
