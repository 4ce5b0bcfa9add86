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
import { DateTime } from 'luxon';

import { ApiSession, executeOperations, fetchList, type VendorApi } from '../shared/engine';
import type { OperationDefinition } from '../shared/operations';
import { buildOperationProperties, fieldName } from '../shared/properties';
import type { VendorRequest } from '../shared/transport';
import { operations, resources, type GenseeOperation } from './Gensee.operations';
import { handlers } from './handlers';
import { genseeClient } from './transport';

export const genseeApi: VendorApi = { client: genseeClient, operations, handlers };

/** How many entries a picker loads at most. */
const PICKER_MAX = 200;
/** The room picker lists the rooms created on each of these last days (room/sync selects rooms by creation day). */
const ROOM_PICKER_DAYS = 7;

function pickerField(base: INodeProperties, method: string): INodeProperties {
	return {
		...base,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: method, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 4a7b2c9d0e' },
		],
	};
}

/**
 * The engine's properties, with a picker on the ID fields that have one. Gensee IDs are text (room and
 * courseware IDs are not numeric), so the pickers are added here rather than with the engine's numeric-only
 * `searchListMethod`.
 */
function genseeProperties(): INodeProperties[] {
	const properties = buildOperationProperties(resources, operations);
	const shows = (property: INodeProperties, op: GenseeOperation) =>
		property.displayOptions?.show?.resource?.[0] === op.resource && property.displayOptions?.show?.operation?.[0] === op.operation;
	for (const op of operations) {
		for (const param of op.params.filter((p) => p.search)) {
			const name = fieldName(param);
			for (let i = 0; i < properties.length; i++) {
				const property = properties[i];
				if (!shows(property, op)) continue;
				if (property.name === name && param.required) properties[i] = pickerField(property, param.search!);
				if (property.type === 'collection' && !param.required) {
					property.options = (property.options as INodeProperties[]).map((o) => (o.name === name ? pickerField(o, param.search!) : o));
				}
			}
		}
	}
	return properties;
}

/** The table's list operation at this path (its paging drives the picker). */
function listOperation(path: string): OperationDefinition {
	return operations.find((o) => o.path === path && o.list)!;
}

function listRequest(path: string, form: IDataObject = {}): VendorRequest {
	return { method: 'POST', path, query: {}, body: {}, form, headers: {}, files: {}, itemIndex: 0 };
}

function matches(filter: string | undefined, ...texts: unknown[]): boolean {
	const needle = filter?.trim().toLowerCase();
	return !needle || texts.some((t) => String(t ?? '').toLowerCase().includes(needle));
}

async function searchPaged(
	ctx: ILoadOptionsFunctions,
	path: string,
	toResult: (entry: IDataObject) => { name: string; value: string },
	filter?: string,
): Promise<INodeListSearchResult> {
	const session = new ApiSession(ctx, genseeClient);
	const entries = (await fetchList(session, listOperation(path), listRequest(path), false, PICKER_MAX)) as IDataObject[];
	const results = entries.map(toResult).filter((r) => matches(filter, r.name, r.value));
	return { results };
}

export class Gensee implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gensee',
		name: 'gensee',
		icon: { light: 'file:gensee.svg', dark: 'file:gensee.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage Gensee training classrooms, teachers, coursewares and recordings, and export chat, attendance, votes, Q&A and roll calls',
		defaults: { name: 'Gensee' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		// registered in package.json's n8n.credentials by the lead (dist/credentials/GenseeApi.credentials.js)
		credentials: [{ name: 'genseeApi', required: true }],
		properties: genseeProperties(),
	};

	methods = {
		listSearch: {
			/** Rooms created in the last 7 days (the API lists rooms by creation day only); older rooms: By ID. */
			async searchRooms(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				const session = new ApiSession(this, genseeClient);
				const results: Array<{ name: string; value: string }> = [];
				const now = DateTime.now();
				for (let d = 0; d < ROOM_PICKER_DAYS && results.length < PICKER_MAX; d++) {
					// an instant in epoch ms (§3.3): the site picks the day in its own time zone
					const createTime = now.minus({ days: d }).toMillis();
					const rooms = (await fetchList(session, listOperation('/training/room/sync'), listRequest('/training/room/sync', { createTime }), false, PICKER_MAX)) as IDataObject[];
					for (const room of rooms) {
						const result = { name: `${String(room.subject ?? room.roomId)} (${String(room.code ?? room.roomId)})`, value: String(room.roomId) };
						if (matches(filter, result.name, result.value)) results.push(result);
					}
				}
				return { results };
			},
			async searchCoursewares(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchPaged(this, '/training/courseware/syn', (c) => ({ name: `${String(c.subject ?? c.id)} (${String(c.number ?? c.id)})`, value: String(c.id) }), filter);
			},
			async searchRecordings(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchPaged(this, '/training/record/syn', (r) => ({ name: `${String(r.name ?? r.id)} (${String(r.id)})`, value: String(r.id) }), filter);
			},
			async searchDocuments(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchPaged(this, '/training/doc/syn', (d) => ({ name: `${String(d.name ?? d.Id)} (${String(d.Id)})`, value: String(d.Id) }), filter);
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, genseeApi);
	}
}
