/** HongTu in the package's registry (nodes/vendors.ts): its operation table and transport. */
import { defineVendor } from '../shared/vendor';
import { hongTuPickers } from './pickerSources';
import { operations, resources, vendorInfo } from './HongTu.operations';
import { hongTuTransport } from './transport';

export const hongTu = defineVendor({ key: 'hongtu', folder: 'HongTu', info: vendorInfo, resources, operations, pickers: hongTuPickers, credentialAt: (url) => ({ baseUrl: url }), transport: hongTuTransport });
