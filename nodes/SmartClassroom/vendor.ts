/** Smart Classroom in the package's registry (nodes/vendors.ts): its operation table and transport. */
import { defineVendor } from '../shared/vendor';
import { operations, resources, vendorInfo } from './SmartClassroom.operations';
import { smartClassroomTransport } from './transport';

export const smartClassroom = defineVendor({ key: 'smartclassroom', folder: 'SmartClassroom', info: vendorInfo, resources, operations, transport: smartClassroomTransport });
