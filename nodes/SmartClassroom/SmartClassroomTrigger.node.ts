import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { fetchList } from '../shared/engine/paging';
import { requestFor } from '../shared/engine/request';
import { NUMERIC_ID, pickerProperty } from '../shared/fields/field';
import { pickerMethods, searchMethodOf } from '../shared/fields/pickers';
import { selectNewRecords } from '../shared/triggers/polling';
import { VendorTransport } from '../shared/transport/vendorTransport';
import { getClassAttendance } from './operations/attendance';
import { listBehaviourEvents } from './operations/behaviorEvent';
import { classes } from './pickers';
import { smartClassroomPickers } from './pickerSources';
import { smartClassroomTransport } from './transport';

/**
 * The document describes no callbacks: attendance and behaviour data must be polled. Records carry integer
 * ids that grow as the server stores them, so the cursor follows the id (a record stored late with an older
 * capture time is still new); the first poll of an activated workflow only sets the cursor.
 */
export const POLL_EVENTS = [
	{
		name: 'New Attendance Record',
		value: 'attendanceRecord',
		description: 'An attendance record of the class appears (GET /attendance/class, today’s records)',
	},
	{
		name: 'New Behaviour Event',
		value: 'behaviourEvent',
		description: 'A behaviour or expression event of the class in a lesson period appears (GET /be/events)',
	},
];

/** Milliseconds of a capture time given in seconds or milliseconds. */
function millis(value: unknown): number | undefined {
	const n = Number(value);
	if (value === null || value === undefined || value === '' || !Number.isFinite(n) || n <= 0) return undefined;
	return n > 1e12 ? n : n * 1000;
}

function recordOrder(record: IDataObject): number {
	const id = Number(record.id);
	if (Number.isSafeInteger(id)) return id;
	return millis(record.timestamp ?? record.event_time) ?? NaN;
}

function recordId(record: IDataObject): string {
	return record.id !== undefined && record.id !== null ? String(record.id) : JSON.stringify(record);
}

export class SmartClassroomTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Smart Classroom Trigger',
		name: 'smartClassroomTrigger',
		icon: { light: 'file:smartClassroom.svg', dark: 'file:smartClassroom.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when Smart Classroom (视课) records new attendance or behaviour events',
		defaults: { name: 'Smart Classroom Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'smartClassroomApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: POLL_EVENTS,
				default: 'attendanceRecord',
			},
			pickerProperty(
				{ displayName: 'Class', name: 'clsId', required: true, description: 'The class (班级) to watch' },
				searchMethodOf(classes),
				{ ...NUMERIC_ID, placeholder: 'e.g. 12' },
			),
			{
				displayName: 'Lesson Period ID',
				name: 'lessonindexId',
				type: 'number',
				required: true,
				default: 0,
				typeOptions: { minValue: 1, numberPrecision: 0 },
				description: 'The lesson period (课节) whose behaviour events to watch',
				displayOptions: { show: { event: ['behaviourEvent'] } },
			},
			{
				displayName: 'Event Type',
				name: 'eventType',
				type: 'number',
				required: true,
				default: 0,
				typeOptions: { numberPrecision: 0 },
				description: 'Behaviour or expression event type (行为表情事件类型) to watch',
				displayOptions: { show: { event: ['behaviourEvent'] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Lesson Period ID',
						name: 'lessonindexId',
						type: 'number',
						default: 0,
						typeOptions: { minValue: 0, numberPrecision: 0 },
						description: 'Only attendance of this lesson period (课节); 0 for all',
						displayOptions: { show: { '/event': ['attendanceRecord'] } },
					},
					{
						displayName: 'Sub Type',
						name: 'subType',
						type: 'number',
						default: 0,
						typeOptions: { numberPrecision: 0 },
						description: 'Only this behaviour or expression type (行为(表情)类型); 0 for all',
						displayOptions: { show: { '/event': ['behaviourEvent'] } },
					},
				],
			},
		],
	};

	methods = pickerMethods(
		smartClassroomTransport,
		smartClassroomPickers.filter((p) => p.ref === classes),
	);

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		const clsId = String(this.getNodeParameter('clsId', undefined, { extractValue: true }) ?? '').trim();
		if (!/^\d+$/.test(clsId)) throw new NodeOperationError(this.getNode(), `The "Class" field must be a numeric ID, got "${clsId}"`);
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const zone = this.getTimezone();
		const now = DateTime.now().setZone(zone);
		const today = now.toFormat('yyyy-MM-dd');
		// from the day of the last poll (at most yesterday), so records stored around midnight are not left
		// behind, while a long pause does not ask for a range the server refuses (-20197: spans several terms)
		const yesterday = now.minus({ days: 1 }).toFormat('yyyy-MM-dd');
		const last = this.getWorkflowStaticData('node').lastDay as string | undefined;
		const from = last && last < today ? (last > yesterday ? last : yesterday) : today;
		const transport = new VendorTransport(this, smartClassroomTransport);

		let records: IDataObject[];
		if (event === 'behaviourEvent') {
			const query: IDataObject = {
				cls_id: clsId,
				lessonindex_id: this.getNodeParameter('lessonindexId') as number,
				event_type: this.getNodeParameter('eventType') as number,
				start_time: from,
				end_time: today,
			};
			if (options.subType) query.sub_type = options.subType;
			records = (await fetchList(transport, listBehaviourEvents, requestFor(listBehaviourEvents, query), true, Infinity)) as IDataObject[];
		} else {
			const query: IDataObject = { cls_id: clsId, start_time: from, end_time: today };
			if (options.lessonindexId) query.lessonindex_id = options.lessonindexId;
			const data = (await transport.request(requestFor(getClassAttendance, query))) as IDataObject | undefined;
			const cells = (Array.isArray(data?.list) ? data.list : []) as IDataObject[];
			records = cells.flatMap((cell) =>
				(Array.isArray(cell.list) ? (cell.list as IDataObject[]) : []).map((record) => ({
					...record,
					cls_id: record.cls_id ?? Number(clsId),
					lesson_index_id: record.lesson_index_id ?? cell.lesson_index_id,
				})),
			);
		}
		const staticData = this.getWorkflowStaticData('node');
		staticData.lastDay = today;
		const fresh = selectNewRecords(this, records, recordId, recordOrder, event);
		if (!fresh.length) return null;
		return [this.helpers.returnJsonArray(fresh.map((record) => ({ event, ...record })))];
	}
}
