/** SmartClassroom in the package's registry (nodes/vendors.ts): its transport, operation table and hooks, and its files. */
import type { VendorApi } from '../shared/session';
import { describeVendor } from '../shared/registry';
import { handlers } from './handlers';
import * as table from './SmartClassroom.operations';
import { smartClassroomClient } from './transport';

export const smartClassroomApi: VendorApi = { client: smartClassroomClient, operations: table.operations, handlers };

export const smartClassroom = describeVendor('smartclassroom', 'SmartClassroom', table, smartClassroomApi);
