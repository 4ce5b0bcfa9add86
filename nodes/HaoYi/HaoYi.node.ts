import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { executeOperations, searchList, sendCreate, toItems, type OperationHandler, type VendorApi } from '../shared/engine';
import type { OperationDefinition } from '../shared/operations';
import { buildRequest, type WireValues } from '../shared/parameters';
import { buildOperationProperties } from '../shared/properties';
import { operations, resources } from './HaoYi.operations';
import { haoYiClient } from './transport';

const MASK = '********';

function invalid(ctx: IExecuteFunctions, itemIndex: number, message: string, description?: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `${message} [item ${itemIndex}]`, { itemIndex, description });
}

async function send(ctx: IExecuteFunctions, session: Parameters<OperationHandler>[1], op: OperationDefinition, itemIndex: number, values: WireValues) {
	const request = await buildRequest(ctx, op, values, itemIndex);
	return toItems(await session.request(request), itemIndex);
}

const STREAM_URL = /^(rtsp|rtmp):\/\/\S+$/i;

/** Seconds since midnight of an HH:MM:SS time (already checked against the pattern by the engine). */
function secondsOfDay(time: string): number {
	const [h, m, s] = time.split(':').map(Number);
	return h * 3600 + m * 60 + s;
}

function clock(seconds: number): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

const handlers: Record<string, OperationHandler> = {
	/** 3.19: only MP4-file and stream-relay channels; each needs its own source field (both keys are sent, as documented). */
	async addCamera(ctx, session, op, itemIndex, values) {
		const prop = Number(values.stream_prop);
		const wire: WireValues = { ...values };
		if (prop === 2) {
			if (!values.stream_url || !STREAM_URL.test(String(values.stream_url)))
				throw invalid(ctx, itemIndex, 'A Stream Relay camera needs a Stream URL starting with rtsp:// or rtmp://', 'Set Stream URL under Additional Fields.');
			wire.stream_mp4 = '';
		} else {
			if (!values.stream_mp4)
				throw invalid(ctx, itemIndex, 'An MP4 File camera needs the MP4 File Path on the capture client', 'Set MP4 File Path under Additional Fields.');
			wire.stream_url = '';
		}
		// HaoYi keeps nothing unique for channels: a lost answer is looked up before sending again
		const request = await buildRequest(ctx, op, wire, itemIndex);
		return toItems(await sendCreate(ctx, session, operations, op, values, request), itemIndex);
	},

	/** 3.20: the device password is base64-encoded on the wire. */
	async updateCamera(ctx, session, op, itemIndex, values) {
		const wire: WireValues = { ...values };
		if (values.stream_url !== undefined && !STREAM_URL.test(String(values.stream_url)))
			throw invalid(ctx, itemIndex, 'The Stream URL must start with rtsp:// or rtmp://');
		if (typeof values.device_pass === 'string') wire.device_pass = Buffer.from(values.device_pass, 'utf8').toString('base64');
		return await send(ctx, session, op, itemIndex, wire);
	},

	/** 3.28 / 3.29: end time = start time + duration must not pass 23:59:59 (备注 2), checked before sending. */
	async saveCourse(ctx, session, op, itemIndex, values) {
		const start = secondsOfDay(String(values.start_time));
		const end = start + Number(values.elapse_sec);
		if (end > 86399)
			throw invalid(
				ctx,
				itemIndex,
				`The recording task would end at ${clock(end % 86400)} of the next day (start ${String(values.start_time)} + ${String(values.elapse_sec)} s): tasks cannot run past 23:59:59`,
				`Shorten the duration to at most ${86399 - start} seconds, or split the recording into two tasks on consecutive weekdays.`,
			);
		return await send(ctx, session, op, itemIndex, values);
	},
};

export const haoYiApi: VendorApi = { client: haoYiClient, operations, handlers };

const BATCH_ID_FIELDS = ['school_id', 'subject_id', 'teacher_id', 'camera_id', 'record_id', 'course_id'];

/** Output clean-up the engine does not know: device passwords masked, batch ids as numbers like everywhere else. */
function finish(ctx: IExecuteFunctions, resource: string, operation: string, items: INodeExecutionData[]): INodeExecutionData[] {
	const reveal = resource === 'camera' && operation === 'list' && (ctx.getNodeParameter('includeDevicePassword', 0, false) as boolean);
	return items.map((item) => {
		const json: IDataObject = { ...item.json };
		for (const key of BATCH_ID_FIELDS) {
			const value = json[key];
			if (Array.isArray(value)) json[key] = value.map((id) => (typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id)) as IDataObject[];
		}
		if ('device_pass' in json) {
			const pass = json.device_pass;
			if (reveal) {
				if (typeof pass === 'string' && pass !== '') json.device_password = Buffer.from(pass, 'base64').toString('utf8');
			} else {
				json.device_pass = pass === '' || pass === null || pass === undefined ? pass : MASK;
			}
		}
		return { ...item, json };
	});
}

export class HaoYi implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HaoYi Cloud Recording',
		name: 'haoYi',
		icon: { light: 'file:haoyi.svg', dark: 'file:haoyi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage HaoYi cloud recording schools, teachers, cameras, recordings and weekly recording tasks',
		defaults: { name: 'HaoYi Cloud Recording' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'haoYiApi', required: true }],
		properties: [
			...buildOperationProperties(resources, operations),
			{
				displayName: 'Include Device Password',
				name: 'includeDevicePassword',
				type: 'boolean',
				default: false,
				description:
					'Whether to output the camera login passwords (device_pass as the server stores it, base64, and decoded as device_password). Off: they are masked.',
				displayOptions: { show: { resource: ['camera'], operation: ['list'] } },
			},
		],
	};

	methods = {
		listSearch: {
			async searchSchools(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, haoYiApi, 'school', 'list', (e) => ({ name: `${String(e.name)} (${String(e.school_id)})`, value: String(e.school_id) }), filter);
			},
			async searchSubjects(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, haoYiApi, 'subject', 'list', (e) => ({ name: `${String(e.subject_name)} (${String(e.subject_id)})`, value: String(e.subject_id) }), filter);
			},
			async searchGrades(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, haoYiApi, 'grade', 'list', (e) => ({ name: `${String(e.grade_type ?? '')} ${String(e.grade_name)} (${String(e.grade_id)})`.trim(), value: String(e.grade_id) }), filter);
			},
			async searchTeachers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, haoYiApi, 'teacher', 'list', (e) => ({ name: `${String(e.teacher_name)} (${String(e.teacher_id)})`, value: String(e.teacher_id) }), filter);
			},
			async searchGathers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, haoYiApi, 'gather', 'list', (e) => ({ name: `${String(e.name_set || e.name_pc || e.ip_addr)} (${String(e.gather_id)})`, value: String(e.gather_id) }), filter);
			},
			async searchCameras(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, haoYiApi, 'camera', 'list', (e) => ({ name: `${String(e.camera_name)} – ${String(e.school_name ?? '')} (${String(e.camera_id)})`, value: String(e.camera_id) }), filter);
			},
			async searchRecordings(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, haoYiApi, 'record', 'list', (e) => ({ name: `${String(e.camera_name)} ${String(e.subject_name ?? '')} ${String(e.created ?? '')} (${String(e.record_id)})`, value: String(e.record_id) }), filter);
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const resource = this.getNodeParameter('resource', 0) as string;
		const operation = this.getNodeParameter('operation', 0) as string;
		const [items] = await executeOperations(this, haoYiApi);
		return [finish(this, resource, operation, items)];
	}
}
