/** SmartClassroom in the package's registry (nodes/vendors.ts): its transport, operation table and hooks, and its files. */
import type { VendorApi } from '../shared/engine';
import type { VendorDescriptor } from '../shared/registry';
import { handlers } from './handlers';
import { operations, resources, vendorInfo } from './SmartClassroom.operations';
import { smartClassroomClient } from './transport';

export const smartClassroomApi: VendorApi = { client: smartClassroomClient, operations, handlers };

export const smartClassroom: VendorDescriptor = {
	key: 'smartclassroom',
	info: vendorInfo,
	resources,
	api: smartClassroomApi,
	nodes: ['SmartClassroom/SmartClassroom.node', 'SmartClassroom/SmartClassroomTrigger.node'],
	credentials: ['SmartClassroomApi.credentials'],
};
