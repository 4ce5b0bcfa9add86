/** What the package, its documentation and its tests know about one vendor (see nodes/vendors.ts). */
import type { VendorApi } from './session';
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

/**
 * A vendor's descriptor from its folder name: nodes `<Folder>/<Folder>.node` and `<Folder>/<Folder>Trigger.node`,
 * credential `<Folder>Api.credentials`, the table's `vendorInfo` and `resources`.
 */
export function describeVendor(
	key: string,
	folder: string,
	table: { vendorInfo: VendorInfo; resources: ResourceDefinition[] },
	api: VendorApi,
): VendorDescriptor {
	return {
		key,
		info: table.vendorInfo,
		resources: table.resources,
		api,
		nodes: [`${folder}/${folder}.node`, `${folder}/${folder}Trigger.node`],
		credentials: [`${folder}Api.credentials`],
	};
}
