import type {
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { columnsMethod } from '../shared/columns';
import { executeOperations } from '../shared/engine';
import { searchList } from '../shared/search';
import { buildOperationProperties, pickerProperty, type IdFormat } from '../shared/properties';
import { operations, resources } from './HongTu.operations';
import { hongTuApi } from './vendor';

/** Vendor fields whose value can be picked from a list, by the box's own field name. */
const PICKERS: Record<string, string> = {
	orgUuid: 'searchOrganizations',
	parentUuid: 'searchOrganizations',
	groupUuid: 'searchGroups',
	deviceUuid: 'searchDevices',
	deviceUuId: 'searchDevices',
	scheduleUuid: 'searchTimePlans',
	scheduleUUId: 'searchTimePlans',
	oldScheduleUuid: 'searchTimePlans',
	newScheduleUuid: 'searchTimePlans',
	timePlanUuId: 'searchTimePlans',
};

/** The `uuid` of an existing record of these resources can be picked from a list (not for add operations, whose uuid is new). */
const RESOURCE_PICKERS: Record<string, string> = {
	organization: 'searchOrganizations',
	personGroup: 'searchGroups',
	device: 'searchDevices',
	door: 'searchDoors',
	timePlan: 'searchTimePlans',
};

/** HongTu ids are hex UUIDs (or caller-chosen names), so the picker's ID mode takes any id-like text. */
const HONGTU_UUID: IdFormat = {
	label: 'By UUID',
	placeholder: 'e.g. 9a00bafda96b4829a9ff6cd470b1c675',
	regex: '^\\s*[A-Za-z0-9_-]{1,40}\\s*$',
	errorMessage: 'Not a valid UUID',
};

function properties(): INodeProperties[] {
	const byField = new Map<string, string>();
	for (const op of operations) for (const p of op.params) if (PICKERS[p.name] && p.type === 'string') byField.set(p.name, PICKERS[p.name]);
	const picked = (property: INodeProperties): INodeProperties => {
		if (property.type !== 'string') return property;
		const vendorName = [...byField.keys()].find((name) => name.replace(/^[A-Z]/, (c) => c.toLowerCase()) === property.name);
		if (vendorName) return pickerProperty(property, byField.get(vendorName)!, HONGTU_UUID);
		const resource = String(property.displayOptions?.show?.resource?.[0] ?? '');
		const operation = String(property.displayOptions?.show?.operation?.[0] ?? '');
		if (property.name === 'uuid' && property.required && RESOURCE_PICKERS[resource] && !/^(batch)?add/i.test(operation))
			return pickerProperty(property, RESOURCE_PICKERS[resource], HONGTU_UUID);
		return property;
	};
	return buildOperationProperties(resources, operations).map((property) =>
		property.type === 'collection' && property.name === 'additionalFields'
			? { ...property, options: (property.options as INodeProperties[]).map(picked) }
			: picked(property),
	);
}

/** Group and time-plan lists are per type: their pickers list each of the three. */
const BY_TYPE = [{ type: 1 }, { type: 2 }, { type: 3 }];

export class HongTu implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Megvii HongTu',
		name: 'hongTu',
		icon: { light: 'file:hongtu.svg', dark: 'file:hongtu.dark.svg' },
		group: ['transform'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage people, groups, devices, doors, pass rules, attendance and recognition on a Megvii HongTu 3000 AIoT box',
		defaults: { name: 'Megvii HongTu' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'hongTuApi', required: true }],
		properties: properties(),
	};

	methods = {
		resourceMapping: { getColumns: columnsMethod(operations) },
		listSearch: {
			async searchOrganizations(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, hongTuApi, 'organization', 'list', (org) => ({
					name: String(org.orgName ?? org.orgUuid),
					value: String(org.orgUuid),
				}), filter);
			},
			async searchGroups(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				const types: Record<string, string> = { 1: 'Employee', 2: 'Visitor', 3: 'Key Person' };
				return await searchList(this, hongTuApi, 'personGroup', 'list', (group) => ({
					name: `${String(group.name)} (${types[String(group.type)] ?? String(group.type)})`,
					value: String(group.uuid),
				}), filter, { params: BY_TYPE });
			},
			async searchDevices(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, hongTuApi, 'device', 'list', (device) => ({
					name: `${String(device.name)}${device.location ? ` (${String(device.location)})` : ''}`,
					value: String(device.uuid),
				}), filter);
			},
			async searchTimePlans(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				const types: Record<string, string> = { 1: 'Pass', 2: 'Security', 3: 'Event' };
				return await searchList(this, hongTuApi, 'timePlan', 'list', (plan) => ({
					name: `${String(plan.name)} (${types[String(plan.type)] ?? String(plan.type)})`,
					value: String(plan.uuid),
				}), filter, { params: BY_TYPE });
			},
			// passModel false: the devices bound as doors (true would list the devices that could still be added)
			async searchDoors(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, hongTuApi, 'door', 'list', (door) => ({
					name: `${String(door.name)}${door.location ? ` (${String(door.location)})` : ''}`,
					value: String(door.uuid),
				}), filter, { params: [{ passModel: false }] });
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, hongTuApi);
	}
}
