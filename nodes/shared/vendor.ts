/**
 * One object per vendor (defineVendor): its operation table, its transport and its files. The action node, the
 * package registry (nodes/vendors.ts), the generated documentation and the tests all enumerate these objects,
 * so a vendor is added in one place: its folder, plus one line in nodes/vendors.ts.
 */
import type { ICredentialDataDecryptedObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationDefinition, ResourceDefinition, VendorInfo } from './engine/definitions';
import { executeOperations } from './engine/run';
import { columnsMethod } from './fields/columns';
import { checkPickers, pickerMethods, type Picker } from './fields/pickers';
import { buildOperationProperties } from './fields/properties';
import type { TransportSpec } from './transport/vendorTransport';

export interface VendorDefinition {
	/** lower-case key, as in test/simulators/<key>/, test/fixtures/<key>/ and examples/<key>-*.json */
	key: string;
	/** the vendor's folder under nodes/: nodes <Folder>/<Folder>.node and <Folder>/<Folder>Trigger.node, credential <Folder>Api.credentials */
	folder: string;
	/**
	 * false for a vendor without a trigger node (yet): a new vendor starts with its action node only (npm run
	 * new-vendor), as callbacks and polling differ too much from one vendor to the next to scaffold
	 */
	trigger?: false;
	info: VendorInfo;
	resources: ResourceDefinition[];
	operations: OperationDefinition[];
	transport: TransportSpec;
	/** the credential fields that point it at a server at `url`, a stored token forgotten (what tests and the playground set for a simulator) */
	credentialAt(url: string): ICredentialDataDecryptedObject;
	/** what each picker the operations name lists (the vendor's pickerSources.ts) */
	pickers: Picker[];
	/** fields of the action node beside those of the operations (node-only options of its own) */
	properties?: INodeProperties[];
	/** the vendor's last word on an execution's output (e.g. secrets masked), after the engine's */
	output?(ctx: IExecuteFunctions, op: OperationDefinition, items: INodeExecutionData[]): INodeExecutionData[];
}

export interface Vendor extends VendorDefinition {
	/**
	 * node files under nodes/ and credential files under credentials/, without extension (package.json lists them
	 * compiled): the action node first, then the trigger node unless `trigger` is false
	 */
	nodes: string[];
	credentials: string[];
	/** the action node's properties, methods (columns, pickers) and execution */
	node: {
		properties: INodeProperties[];
		methods: { resourceMapping: { getColumns: ReturnType<typeof columnsMethod> } } & ReturnType<typeof pickerMethods>;
		execute(ctx: IExecuteFunctions): Promise<INodeExecutionData[][]>;
	};
}

export function defineVendor(definition: VendorDefinition): Vendor {
	const { folder, operations, transport, pickers } = definition;
	checkPickers(operations, pickers);
	return {
		...definition,
		nodes: [`${folder}/${folder}.node`, ...(definition.trigger === false ? [] : [`${folder}/${folder}Trigger.node`])],
		credentials: [`${folder}Api.credentials`],
		node: {
			properties: [...buildOperationProperties(definition.resources, operations), ...(definition.properties ?? [])],
			methods: { resourceMapping: { getColumns: columnsMethod(operations, transport, pickers) }, ...pickerMethods(transport, pickers) },
			async execute(ctx) {
				const [items] = await executeOperations(ctx, transport, operations);
				if (!definition.output) return [items];
				const op = operations.find((o) => o.resource === ctx.getNodeParameter('resource', 0) && o.operation === ctx.getNodeParameter('operation', 0))!;
				return [definition.output(ctx, op, items)];
			},
		},
	};
}
