/** What the package, its documentation and its tests know about one vendor (see nodes/vendors.ts). */
import type { VendorApi } from './engine';
import type { ResourceDefinition, VendorInfo } from './operations';

export interface VendorDescriptor {
	/** lower-case key, as in test/simulators/<key>/, test/fixtures/<key>/ and examples/<key>-*.json */
	key: string;
	info: VendorInfo;
	resources: ResourceDefinition[];
	/** the transport and the operation table the action node runs */
	api: VendorApi;
	/** node files under nodes/ and credential files under credentials/, without extension (package.json lists them compiled) */
	nodes: string[];
	credentials: string[];
}
