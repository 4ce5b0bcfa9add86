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

import { columnsMethod } from '../shared/columns';
import { executeOperations } from '../shared/engine';
import { searchList } from '../shared/search';
import { buildOperationProperties } from '../shared/properties';
import { operations, resources } from './HaoYi.operations';
import { haoYiApi } from './vendor';

const MASK = '********';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

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
		version: [1, 2],
		defaultVersion: 2,
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
		resourceMapping: { getColumns: columnsMethod(operations) },
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
			/** the recording tasks of the camera chosen in the node, or of every camera while none is chosen */
			async searchCourses(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				const chosen = String(this.getCurrentNodeParameter('cameraId', { extractValue: true }) ?? '').trim();
				const cameras = chosen
					? [chosen]
					: (await searchList(this, haoYiApi, 'camera', 'list', (e) => ({ name: '', value: String(e.camera_id) }))).results.map((r) => r.value);
				return await searchList(
					this,
					haoYiApi,
					'course',
					'list',
					(e) => ({
						name: `Camera ${String(e.camera_id)} · ${WEEKDAYS[Number(e.week_id)] ?? ''} ${String(e.start_time ?? '')} (${String(e.course_id)})`,
						value: String(e.course_id),
					}),
					filter,
					{ params: cameras.map((id) => ({ camera_id: id })) },
				);
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
