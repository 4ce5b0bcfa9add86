/** Smart Classroom in the package's registry (nodes/vendors.ts): its operation table and transport. */
import { defineVendor } from '../shared/vendor';
import { smartClassroomPickers } from './pickerSources';
import { operations, resources, vendorInfo } from './SmartClassroom.operations';
import { smartClassroomTransport } from './transport';

export const smartClassroom = defineVendor({ key: 'smartclassroom', folder: 'SmartClassroom', info: vendorInfo, resources, operations, pickers: smartClassroomPickers, credentialAt: (url) => ({ baseUrl: `${url}/api/v1`, accessToken: '' }), transport: smartClassroomTransport });
