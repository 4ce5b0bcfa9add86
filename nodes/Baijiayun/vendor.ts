/** Baijiayun in the package's registry (nodes/vendors.ts): its operation table and transport. */
import { defineVendor } from '../shared/vendor';
import { baijiayunPickers } from './pickerSources';
import { operations, resources, vendorInfo } from './Baijiayun.operations';
import { baijiayunTransport } from './transport';

export const baijiayun = defineVendor({ key: 'baijiayun', folder: 'Baijiayun', info: vendorInfo, resources, operations, pickers: baijiayunPickers, credentialAt: (url) => ({ environment: 'baseUrl', baseUrl: url }), transport: baijiayunTransport });
