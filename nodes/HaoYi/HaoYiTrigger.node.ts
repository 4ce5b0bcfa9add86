import type { IDataObject, INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { fetchList } from '../shared/engine/paging';
import { requestFor } from '../shared/engine/request';
import { cursorTime, selectNewRecords } from '../shared/triggers/polling';
import { FROM_VERSION_2 } from '../shared/fields/properties';
import { outputProperties, shapeTriggerItems } from '../shared/fields/simplify';
import { VendorTransport } from '../shared/transport/vendorTransport';
import { listCameras, listRecordings } from './HaoYi.operations';
import { haoYiTransport } from './transport';

/**
 * The simplified items of version 2 keep what the action node's List keeps of a recording (20 documented
 * fields) or a camera (26), media URLs included, with what the trigger adds: the camera's previous status.
 */
const RECORD_FIELDS = listRecordings.simplify!;
const CAMERA_FIELDS = listCameras.simplify!;
export const SIMPLIFIED_KEYS = {
	newRecording: [...RECORD_FIELDS],
	cameraStatusChanged: [...CAMERA_FIELDS, 'previous_status'],
};

/** `created` is "YYYY-MM-DD HH:MM:SS" in the server's clock; only its order matters here. */
export function createdMillis(record: IDataObject): number {
	const text = typeof record.created === 'string' ? record.created.trim() : '';
	const date = DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm:ss', { zone: 'utc' });
	return date.isValid ? date.toMillis() : NaN;
}

/**
 * Reads the recording list. The document states no sort order, so the whole list is read unless the
 * server turns out to list newest first: then reading stops at the first page older than the cursor.
 */
async function fetchRecordings(transport: VendorTransport, since: number | undefined): Promise<IDataObject[]> {
	let newestFirst: boolean | undefined;
	const reachedCursor = (page: unknown[]) => {
		const times = (page as IDataObject[]).map(createdMillis).filter(Number.isFinite);
		// the order is known once a page shows two different times
		if (newestFirst === undefined && times.length > 1 && times[0] !== times[times.length - 1]) newestFirst = times[0] > times[times.length - 1];
		return !!newestFirst && since !== undefined && times.length > 0 && Math.min(...times) < since;
	};
	return (await fetchList(transport, listRecordings, requestFor(listRecordings), true, Infinity, reachedCursor)) as IDataObject[];
}

/** Every camera, through the engine's paging over the table's List Cameras operation. */
async function fetchCameras(transport: VendorTransport): Promise<IDataObject[]> {
	return (await fetchList(transport, listCameras, requestFor(listCameras), true, Infinity)) as IDataObject[];
}

function withoutPassword(camera: IDataObject): IDataObject {
	const copy = { ...camera };
	if (typeof copy.device_pass === 'string' && copy.device_pass !== '') copy.device_pass = '********';
	return copy;
}

export class HaoYiTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HaoYi Cloud Recording Trigger',
		name: 'haoYiTrigger',
		icon: { light: 'file:haoyi.svg', dark: 'file:haoyi.dark.svg' },
		group: ['trigger'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when the HaoYi cloud recording server has a new recording or a camera goes online or offline',
		defaults: { name: 'HaoYi Cloud Recording Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'haoYiApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'New Recording',
						value: 'newRecording',
						description: 'A recorded video appeared in the recording list (one item per recording, with its video and snapshot URLs)',
					},
					{
						name: 'Camera Status Changed',
						value: 'cameraStatusChanged',
						description: 'A camera (channel) changed its status: online, offline or reset',
					},
				],
				default: 'newRecording',
			},
			...outputProperties(
				RECORD_FIELDS,
				{ event: ['newRecording'], ...FROM_VERSION_2 },
				`Only the fields most workflows use: ${RECORD_FIELDS.join(', ')}`,
			),
			...outputProperties(
				CAMERA_FIELDS,
				{ event: ['cameraStatusChanged'], ...FROM_VERSION_2 },
				`Only the fields most workflows use: ${CAMERA_FIELDS.join(', ')}, with previous_status`,
			),
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				displayOptions: { show: { event: ['newRecording'] } },
				options: [
					{
						displayName: 'Include Existing Recordings',
						name: 'includeExisting',
						type: 'boolean',
						default: false,
						description:
							'Whether the first poll after activation emits every recording already on the server. Off: only recordings made after activation start the workflow.',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event', 'newRecording') as string;
		const transport = new VendorTransport(this, haoYiTransport);
		const staticData = this.getWorkflowStaticData('node');

		if (event === 'cameraStatusChanged') {
			const cameras = await fetchCameras(transport);
			const previous = staticData.cameraStatus as IDataObject | undefined;
			const current: IDataObject = {};
			for (const camera of cameras) current[String(camera.camera_id)] = camera.status as number;
			staticData.cameraStatus = current;
			const emitCameras = (list: IDataObject[]) => [shapeTriggerItems(this, SIMPLIFIED_KEYS.cameraStatusChanged, this.helpers.returnJsonArray(list))];
			if (!previous) {
				return this.getMode() === 'manual' && cameras.length ? emitCameras([withoutPassword(cameras[0])]) : null;
			}
			const changed = cameras
				.filter((c) => String(c.camera_id) in previous && previous[String(c.camera_id)] !== c.status)
				.map((c) => ({ ...withoutPassword(c), previous_status: previous[String(c.camera_id)] }));
			return changed.length ? emitCameras(changed) : null;
		}

		// no cursor yet: the first poll after activation (an empty first poll arms the cursor at 0)
		const since = cursorTime(this);
		const records = await fetchRecordings(transport, since);
		const fresh = selectNewRecords(this, records, (r) => String(r.record_id), createdMillis);
		const includeExisting = (this.getNodeParameter('options', {}) as IDataObject).includeExisting === true;
		const emit =
			since === undefined && includeExisting
				? records.filter((r) => Number.isFinite(createdMillis(r))).sort((a, b) => createdMillis(a) - createdMillis(b))
				: fresh;
		return emit.length ? [shapeTriggerItems(this, SIMPLIFIED_KEYS.newRecording, this.helpers.returnJsonArray(emit))] : null;
	}
}
