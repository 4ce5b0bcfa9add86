/** Gensee in the package's registry (nodes/vendors.ts): its operation table and transport. */
import { defineVendor } from '../shared/vendor';
import { genseePickers } from './pickerSources';
import { operations, resources, vendorInfo } from './Gensee.operations';
import { genseeTransport } from './transport';

export const gensee = defineVendor({ key: 'gensee', folder: 'Gensee', info: vendorInfo, resources, operations, pickers: genseePickers, credentialAt: (url) => ({ site: url }), transport: genseeTransport });
