import type {
	IDataObject,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { fetchList } from '../shared/engine/paging';
import { requestFor } from '../shared/engine/request';
import { locatorValue, NUMERIC_ID, pickerProperty } from '../shared/fields/field';
import { pickerMethods, searchMethodOf } from '../shared/fields/pickers';
import { FROM_VERSION_2, IN_VERSION_1 } from '../shared/fields/properties';
import { selectNewRecords } from '../shared/triggers/polling';
import { VendorTransport } from '../shared/transport/vendorTransport';
import { getClassAttendance } from './operations/attendance';
import { listBehaviourEvents } from './operations/behaviorEvent';
import { classes, lessonPeriods } from './pickers';
import { smartClassroomPickers } from './pickerSources';
import { smartClassroomTransport } from './transport';

/**
 * The document describes no callbacks: attendance and behaviour data must be polled. Records carry integer
 * ids that grow as the server stores them, so the cursor follows the id (a record stored late with an older
 * capture time is still new); the first poll of an activated workflow only sets the cursor.
 *
 * Version 2 (what new workflows get) picks the lesson period from the server's list, as the action node does;
 * version 1 keeps its number fields, so saved workflows send what they always sent. Items stay whole in both:
 * the document gives no fields for the records of either source (the attendance cells' `list` is untyped,
 * behaviour events have no response model), so there is no field list to simplify to, and the attendance
 * records the server returns elsewhere are eleven flat values.
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

/** The ID a field holds: a picker's value (version 2; n8n leaves those inside a collection unextracted), or version 1's number, as text. */
function idOf(value: unknown): string {
	const raw = locatorValue(value);
	return raw === undefined || raw === null ? '' : String(raw).trim();
}

/** A picked ID, refused before anything is sent unless it is numeric. */
function numericId(ctx: IPollFunctions, label: string, value: unknown): string {
	const id = idOf(value);
	if (!/^\d+$/.test(id)) throw new NodeOperationError(ctx.getNode(), `The "${label}" field must be a numeric ID, got "${id}"`);
	return id;
}

const BEHAVIOUR = { event: ['behaviourEvent'] };

const EVENT_TYPE_DESCRIPTION =
	'Behaviour or expression event type (行为表情事件类型), a code. Smart Classroom’s API reference lists no codes: find the ones your server uses in the Smart Classroom web console or in the event_type of events already received, or ask the vendor. A public build of the console uses 21–26 for behaviours (23 is hand raised) and 81–88 for expressions.';

/** Sub Type, the same in both versions. */
const SUB_TYPE: INodeProperties = {
	displayName: 'Sub Type',
	name: 'subType',
	type: 'number',
	default: 0,
	typeOptions: { numberPrecision: 0 },
	description:
		'Only this behaviour or expression (行为(表情)类型), a code; 0 for all. Smart Classroom’s API reference lists no codes: watch with 0 and read the sub_type of the events received.',
	displayOptions: { show: { '/event': ['behaviourEvent'] } },
};

export class SmartClassroomTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Smart Classroom Trigger',
		name: 'smartClassroomTrigger',
		icon: { light: 'file:smartClassroom.svg', dark: 'file:smartClassroom.dark.svg' },
		group: ['trigger'],
		version: [1, 2],
		defaultVersion: 2,
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
			// version 1: the lesson period's number, as saved workflows hold it
			{
				displayName: 'Lesson Period ID',
				name: 'lessonindexId',
				type: 'number',
				required: true,
				default: 0,
				typeOptions: { minValue: 1, numberPrecision: 0 },
				description: 'The lesson period (课节) whose behaviour events to watch',
				displayOptions: { show: { ...BEHAVIOUR, ...IN_VERSION_1 } },
			},
			{
				...pickerProperty(
					{ displayName: 'Lesson Period', name: 'lessonindexId', required: true, description: 'The lesson period (课节) whose behaviour events to watch' },
					searchMethodOf(lessonPeriods),
					{ ...NUMERIC_ID, placeholder: 'e.g. 21' },
				),
				displayOptions: { show: { ...BEHAVIOUR, ...FROM_VERSION_2 } },
			},
			{
				displayName: 'Event Type',
				name: 'eventType',
				type: 'number',
				required: true,
				default: 0,
				typeOptions: { numberPrecision: 0 },
				description: EVENT_TYPE_DESCRIPTION,
				displayOptions: { show: BEHAVIOUR },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				displayOptions: { show: IN_VERSION_1 },
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
					SUB_TYPE,
				],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				displayOptions: { show: FROM_VERSION_2 },
				options: [
					{
						...pickerProperty(
							{ displayName: 'Lesson Period', name: 'lessonindexId', description: 'Only attendance of this lesson period (课节); empty for all' },
							searchMethodOf(lessonPeriods),
							{ ...NUMERIC_ID, placeholder: 'e.g. 21' },
						),
						displayOptions: { show: { '/event': ['attendanceRecord'] } },
					},
					SUB_TYPE,
				],
			},
		],
	};

	methods = pickerMethods(
		smartClassroomTransport,
		smartClassroomPickers.filter((p) => p.ref === classes || p.ref === lessonPeriods),
	);

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		const clsId = numericId(this, 'Class', this.getNodeParameter('clsId', undefined, { extractValue: true }));
		const version1 = this.getNode().typeVersion < 2;
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
			const lessonindexId = this.getNodeParameter('lessonindexId');
			const query: IDataObject = {
				cls_id: clsId,
				lessonindex_id: version1 ? (lessonindexId as number) : numericId(this, 'Lesson Period', lessonindexId),
				event_type: this.getNodeParameter('eventType') as number,
				start_time: from,
				end_time: today,
			};
			if (options.subType) query.sub_type = options.subType;
			records = (await fetchList(transport, listBehaviourEvents, requestFor(listBehaviourEvents, query), true, Infinity)) as IDataObject[];
		} else {
			const query: IDataObject = { cls_id: clsId, start_time: from, end_time: today };
			if (version1) {
				if (options.lessonindexId) query.lessonindex_id = options.lessonindexId;
			} else if (idOf(options.lessonindexId)) {
				query.lessonindex_id = numericId(this, 'Lesson Period', options.lessonindexId);
			}
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
