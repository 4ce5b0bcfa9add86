import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { columnsMethod } from '../shared/columns';
import { executeOperations } from '../shared/engine';
import { ApiSession } from '../shared/session';
import { fetchList } from '../shared/paging';
import { searchList } from '../shared/search';
import type { OperationDefinition } from '../shared/operations';
import { buildOperationProperties } from '../shared/properties';
import type { VendorRequest } from '../shared/transport';
import { operations, resources } from './Gensee.operations';
import { genseeApi } from './vendor';

/** How many entries a picker loads at most. */
const PICKER_MAX = 200;
/** The room picker lists the rooms created on each of these last days (room/sync selects rooms by creation day). */
const ROOM_PICKER_DAYS = 7;

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


export class Gensee implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gensee',
		name: 'gensee',
		icon: { light: 'file:gensee.svg', dark: 'file:gensee.dark.svg' },
		group: ['transform'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage Gensee training classrooms, teachers, coursewares and recordings, and export chat, attendance, votes, Q&A and roll calls',
		defaults: { name: 'Gensee' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'genseeApi', required: true }],
		properties: buildOperationProperties(resources, operations),
	};

	methods = {
		resourceMapping: { getColumns: columnsMethod(operations) },
		listSearch: {
			/** Rooms created in the last 7 days (the API lists rooms by creation day only); older rooms: By ID. */
			async searchRooms(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				const session = new ApiSession(this, genseeApi.client);
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
				return await searchList(this, genseeApi, 'courseware', 'sync', (c) => ({ name: `${String(c.subject ?? c.id)} (${String(c.number ?? c.id)})`, value: String(c.id) }), filter, { limit: PICKER_MAX });
			},
			async searchRecordings(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, genseeApi, 'record', 'sync', (r) => ({ name: `${String(r.name ?? r.id)} (${String(r.id)})`, value: String(r.id) }), filter, { limit: PICKER_MAX });
			},
			async searchDocuments(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, genseeApi, 'document', 'sync', (d) => ({ name: `${String(d.name ?? d.Id)} (${String(d.Id)})`, value: String(d.Id) }), filter, { limit: PICKER_MAX });
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, genseeApi);
	}
}
