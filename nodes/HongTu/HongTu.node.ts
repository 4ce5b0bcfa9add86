import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { ApiSession, executeOperations, findOperation, type VendorApi } from '../shared/engine';
import { buildOperationProperties, pickerProperty, REQUEST_OPTIONS, type IdFormat } from '../shared/properties';
import { DEFAULT_RETRY, type VendorRequest } from '../shared/transport';
import { runHongTuBatch } from './batch';
import { hongTuHandlers } from './handlers';
import { operations, resources } from './HongTu.operations';
import { HONGTU_MAX_PAGE_SIZE } from './operations/common';
import { hongTuClient } from './transport';

export const hongTuApi: VendorApi = { client: hongTuClient, operations, handlers: hongTuHandlers };

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

async function searchBox(
	ctx: ILoadOptionsFunctions,
	path: string,
	bodies: IDataObject[],
	toResult: (entry: IDataObject) => { name: string; value: string },
	filter?: string,
): Promise<INodeListSearchResult> {
	const session = new ApiSession(ctx, hongTuClient);
	const results: Array<{ name: string; value: string }> = [];
	for (const body of bodies) {
		const request: VendorRequest = { method: 'POST', path, query: {}, body, form: {}, headers: {}, files: {}, itemIndex: 0 };
		const data = (await session.request(request)) as IDataObject | IDataObject[] | undefined;
		const entries = (Array.isArray(data) ? data : Array.isArray(data?.list) ? data.list : []) as IDataObject[];
		results.push(...entries.map(toResult));
	}
	const needle = filter?.trim().toLowerCase();
	return { results: needle ? results.filter((r) => r.name.toLowerCase().includes(needle) || r.value.toLowerCase().includes(needle)) : results };
}

const FIRST_PAGE = { pageNum: 1, pageSize: HONGTU_MAX_PAGE_SIZE };

export class HongTu implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Megvii HongTu',
		name: 'hongTu',
		icon: { light: 'file:hongtu.svg', dark: 'file:hongtu.dark.svg' },
		group: ['transform'],
		version: 1,
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
		listSearch: {
			async searchOrganizations(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchBox(this, '/v1/api/org/tree', [{}], (org) => ({
					name: String(org.orgName ?? org.orgUuid),
					value: String(org.orgUuid),
				}), filter);
			},
			async searchGroups(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				const types: Record<string, string> = { 1: 'Employee', 2: 'Visitor', 3: 'Key Person' };
				return await searchBox(this, '/v1/api/pass/group/list', [1, 2, 3].map((type) => ({ ...FIRST_PAGE, type })), (group) => ({
					name: `${String(group.name)} (${types[String(group.type)] ?? String(group.type)})`,
					value: String(group.uuid),
				}), filter);
			},
			async searchDevices(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchBox(this, '/v1/api/device/list', [FIRST_PAGE], (device) => ({
					name: `${String(device.name)}${device.location ? ` (${String(device.location)})` : ''}`,
					value: String(device.uuid),
				}), filter);
			},
			async searchTimePlans(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				const types: Record<string, string> = { 1: 'Pass', 2: 'Security', 3: 'Event' };
				return await searchBox(this, '/v1/api/pass/schedule/page', [1, 2, 3].map((type) => ({ ...FIRST_PAGE, type })), (plan) => ({
					name: `${String(plan.name)} (${types[String(plan.type)] ?? String(plan.type)})`,
					value: String(plan.uuid),
				}), filter);
			},
			async searchDoors(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchBox(this, '/v1/api/door/list', [{ ...FIRST_PAGE, passModel: true }], (door) => ({
					name: `${String(door.name)}${door.location ? ` (${String(door.location)})` : ''}`,
					value: String(door.uuid),
				}), filter);
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const op = findOperation(hongTuApi, this.getNodeParameter('resource', 0) as string, this.getNodeParameter('operation', 0) as string);
		// id-list batches run in the engine (per-entry results through `entryResults`); entry batches (persons,
		// groups, rules, time plans, vehicles) in batch.ts, which uploads photos and finds lost answers' entries
		if (!op.batch || op.batch.entryResults) return await executeOperations(this, hongTuApi);
		const options = this.getNodeParameter(REQUEST_OPTIONS, 0, {}) as IDataObject;
		const session = new ApiSession(this, hongTuClient, {
			maxRetries: Number(options.maxRetries ?? DEFAULT_RETRY.maxRetries),
			baseDelayMs: Number(options.retryDelay ?? DEFAULT_RETRY.baseDelayMs),
			maxDelayMs: DEFAULT_RETRY.maxDelayMs,
		});
		return [(await runHongTuBatch(this, session, op)).flat()];
	}
}
