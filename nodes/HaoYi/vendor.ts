/** HaoYi in the package's registry (nodes/vendors.ts): its transport, operation table and hooks, and its files. */
import type { VendorApi } from '../shared/session';
import { describeVendor } from '../shared/registry';
import { handlers } from './handlers';
import * as table from './HaoYi.operations';
import { haoYiClient } from './transport';

export const haoYiApi: VendorApi = { client: haoYiClient, operations: table.operations, handlers };

export const haoYi = describeVendor('haoyi', 'HaoYi', table, haoYiApi);
