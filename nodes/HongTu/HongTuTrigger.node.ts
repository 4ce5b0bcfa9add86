import { createHash } from 'crypto';
import type {
	IDataObject,
	IHookFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { hongTuBaseUrl } from '../../credentials/HongTuApi.credentials';
import { FROM_VERSION_2 } from '../shared/properties';
import { ApiSession } from '../shared/session';
import { outputProperties } from '../shared/simplify';
import type { ApiContext, VendorRequest } from '../shared/transport';
import { currentOneFacePass, setCallbackUrl } from './oneFacePass';
import { ATTENDANCE_RECORD_SAMPLE, BUSINESS_PUSH_SAMPLES, EVENT_RECORD_SAMPLE, PASS_RECORD_SAMPLE } from './samples';
import { HONGTU_CREDENTIAL, hongTuClient } from './transport';
import { defineWebhookTrigger, SHARED_SECRET, sharedSecretOf, sharedSecretOption } from '../shared/webhookTrigger';
import { callbackWebhook, type SampleCallback, type WebhookLifecycle } from '../shared/webhooks';

/** Business-data push types (dictionary 订阅业务类型). */
export const BUSI_TYPES: Record<string, string> = {
	1: 'Security Recognition Record',
	2: 'Vehicle Recognition Record',
	3: 'Area Alert Record',
	5: 'Pass Record',
	12: 'Structured Record',
};

/** Millisecond timestamps in the callback samples; each gets an ISO twin (`<field>Iso`). */
const MS_FIELDS = ['captureTime', 'recognitionTime', 'alarmTime', 'alarmEndTime', 'passTimestamp', 'attendanceDate', 'serverTime', 'gmtCreate', 'gmtModified', 'entryTime', 'birthday'];

/** Image fields, most specific first, for Download Image. */
const IMAGE_FIELDS = ['captureImageUrl', 'cropUrl', 'captureImg', 'groupImageUrl', 'fullUrl', 'fullImg', 'imageUri'];

type Source = 'businessPush' | 'passRecords' | 'attendanceRecords' | 'eventRecords';

/**
 * What the simplified items of version 2 keep of each record kind (fields of the document's samples): who or
 * what was seen, when, where, and its images. Attendance records (seven fields) stay whole.
 */
export const SIMPLIFIED_FIELDS: { busiTypes: Record<string, string[]>; passRecords: string[]; eventRecords: string[] } = {
	busiTypes: {
		1: ['personName', 'personUuid', 'personType', 'score', 'captureTime', 'deviceName', 'deviceUuid', 'location', 'captureImageUrl', 'groupImageUrl'],
		2: ['plateNumber', 'vehicleIdentityType', 'basicVehicleId', 'basicVehicleUuId', 'recognitionTime', 'deviceName', 'deviceUuId', 'deviceLocation', 'cropUrl', 'fullUrl'],
		3: ['alarmRecordUuId', 'alarmType', 'alarmControlType', 'alarmTime', 'alarmEndTime', 'continueTime', 'areaId', 'deviceName', 'deviceUuid', 'wholeImageUrl'],
		5: ['id', 'personName', 'personUuid', 'recognitionTypeDesc', 'passTime', 'passType', 'passTypeDesc', 'deviceName', 'deviceUuid', 'zoneName', 'snapshotUrl'],
		// one list for the four categories (face, pedestrian, motor and non-motor vehicle): each keeps what it has
		12: ['category', 'recognitionTime', 'gender', 'age', 'plateNumber', 'vehicleType', 'vehicleColor', 'deviceName', 'deviceUuId', 'deviceLocation', 'cropUrl', 'fullUrl'],
	},
	passRecords: ['id', 'personName', 'personCode', 'personUuid', 'passTime', 'passType', 'passTypeDesc', 'deviceName', 'deviceUuid', 'zoneName', 'snapshotUrl'],
	eventRecords: ['id', 'eventTypeId', 'eventTypeName', 'eventLevelName', 'timestamp', 'gmtCreate', 'deviceName', 'zoneName', 'ext', 'captureImg', 'fullImg'],
};

/**
 * The keys of a simplified item: what the trigger says of the record (its type or source), the listed fields,
 * the ISO twin of each listed millisecond time, and the Download Image error where present.
 */
export function simplifiedKeys(source: Source, fields: string[]): string[] {
	const kind = source === 'businessPush' ? ['busiType', 'busiTypeName'] : ['source'];
	return [...kind, ...fields, ...fields.filter((f) => MS_FIELDS.includes(f)).map((f) => `${f}Iso`), 'imageError'];
}

const SIMPLIFIED_SUMMARY = 'with the ISO time beside each millisecond timestamp';

const URL_FIELD: Partial<Record<Source, string>> = { passRecords: 'identifyRecordCallbackUrl', attendanceRecords: 'attendanceRecordCallbackUrl' };

function post(path: string, body: IDataObject): VendorRequest {
	return { method: 'POST', path, query: {}, body, form: {}, headers: {}, files: {}, itemIndex: 0 };
}

function session(ctx: IHookFunctions): ApiSession {
	// hook contexts carry the same request helpers as the other contexts the transport accepts
	return new ApiSession(ctx as unknown as ApiContext, hongTuClient, { maxRetries: 2, baseDelayMs: 500 });
}

/** The URL the box must call: the production webhook URL plus the optional shared secret. */
function callbackUrl(ctx: IHookFunctions): string {
	const url = String(ctx.getNodeWebhookUrl('default'));
	const secret = sharedSecretOf(ctx);
	return secret ? `${url}${url.includes('?') ? '&' : '?'}${SHARED_SECRET.queryKey}=${encodeURIComponent(secret)}` : url;
}

/** Whether n8n is listening for a test event (the editor's "Listen for test event"), not activating the workflow. */
const listening = (ctx: IHookFunctions) => ctx.getMode() === 'manual';

/**
 * Refuses to register a URL the box cannot call: n8n's webhook URL on loopback while the box is elsewhere
 * (the playground and the tests, where box and n8n share the machine, pass).
 */
function assertReachable(ctx: IHookFunctions, url: string, baseUrl: string): void {
	if (!isLoopback(url) || isLoopback(baseUrl)) return;
	throw new NodeOperationError(ctx.getNode(), `The box cannot reach n8n's webhook URL ${new URL(url).origin}`, {
		description: `n8n builds webhook URLs from its WEBHOOK_URL setting (N8N_WEBHOOK_URL in n8n 2.x), which points at this machine only. Set it to an address the box at ${baseUrl} can reach (e.g. http://192.168.1.20:5678/ or https://n8n.school.example/), restart n8n, and activate again.`,
	});
}

function isLoopback(url: string): boolean {
	try {
		const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
		return host === 'localhost' || host === '::1' || host.startsWith('127.') || host === '0.0.0.0';
	} catch {
		return false;
	}
}

/** The error of an activation that would silently take another receiver's callbacks. */
function ownedElsewhere(ctx: IHookFunctions, what: string, url: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `The box already sends ${what} to ${url}`, {
		description:
			'The box keeps one such address per app key, so activating this trigger would cut the other receiver off without telling it. Use another app key for this workflow (a credential of its own), or turn on "Take Over Existing Subscription" in this trigger\'s options to move it here.',
	});
}

async function appKey(ctx: IHookFunctions): Promise<string> {
	// the document's samples put the secret in appKey; the box identifies the subscriber by its cappkey
	return String((await ctx.getCredentials(HONGTU_CREDENTIAL)).cappkey ?? '').trim();
}

/** The document's sample of the selected source as the box posts it (the shared secret in the URL). */
async function sampleCallback(ctx: IHookFunctions): Promise<SampleCallback> {
	const source = ctx.getNodeParameter('source') as Source;
	if (source === 'businessPush') {
		// 业务推送数据结构: the business type and its record as a JSON string
		const [busiType = '1'] = ctx.getNodeParameter('busiTypes', []) as string[];
		return { json: { busiType, data: JSON.stringify(BUSINESS_PUSH_SAMPLES[busiType]) } };
	}
	const samples: Record<Exclude<Source, 'businessPush'>, IDataObject> = {
		passRecords: PASS_RECORD_SAMPLE,
		attendanceRecords: ATTENDANCE_RECORD_SAMPLE,
		eventRecords: EVENT_RECORD_SAMPLE,
	};
	return { json: samples[source] };
}

function clientIp(ctx: IWebhookFunctions): string {
	const req = ctx.getRequestObject();
	return String(req.ip ?? req.socket?.remoteAddress ?? '').replace(/^::ffff:/, '');
}

/** One clean item per record: ISO times beside the raw milliseconds, image URIs as full URLs on the box. */
export function toRecordItem(record: IDataObject, baseUrl: string, extra: IDataObject = {}): IDataObject {
	const out: IDataObject = { ...extra, ...record };
	for (const field of MS_FIELDS) {
		const value = Number(record[field]);
		if (record[field] !== undefined && record[field] !== null && record[field] !== '' && Number.isFinite(value) && value > 1e11)
			out[`${field}Iso`] = new Date(value).toISOString();
	}
	for (const [key, value] of Object.entries(record)) {
		if (!/Uri$/.test(key) || typeof value !== 'string' || !value || /^https?:/i.test(value)) continue;
		const urlKey = key.replace(/Uri$/, 'Url');
		if (!out[urlKey]) out[urlKey] = `${baseUrl}/pub/${value}`;
	}
	return out;
}

/** Images on the box are public /pub/ URLs: fetched without credentials into the binary property "image". */
async function downloadImages(ctx: IWebhookFunctions, items: INodeExecutionData[]): Promise<void> {
	for (const item of items) {
		const url = IMAGE_FIELDS.map((field) => item.json[field]).find((value) => typeof value === 'string' && /^https?:\/\//.test(value)) as string | undefined;
		if (!url) continue;
		try {
			const response = (await ctx.helpers.httpRequest({ method: 'GET', url, encoding: 'arraybuffer', timeout: 15_000, returnFullResponse: true })) as {
				body: ArrayBuffer;
				headers: IDataObject;
			};
			const mimeType = String(response.headers?.['content-type'] ?? 'image/jpeg').split(';')[0];
			const fileName = `${url.split('/').pop() || 'image'}${mimeType === 'image/png' ? '.png' : '.jpg'}`;
			item.binary = { image: { data: Buffer.from(response.body).toString('base64'), mimeType, fileName } };
		} catch (error) {
			// the record still starts the workflow; the image is simply missing
			item.json.imageError = `Could not download the image: ${(error as Error).message}`;
		}
	}
}

/**
 * Registration with the box: a business-data push subscription of the app key, or the pass / attendance
 * callback URL of the one face pass configuration; event records are configured in the box console.
 */
const subscription: WebhookLifecycle = {
	async checkExists(this: IHookFunctions): Promise<boolean> {
		const source = this.getNodeParameter('source') as Source;
		if (source === 'eventRecords') return true;
		const url = callbackUrl(this);
		if (source === 'businessPush') {
			const current = (await session(this).request(post('/v1/api/pubsub/busi/record/query', { appKey: await appKey(this) }))) as IDataObject | undefined;
			const wanted = (this.getNodeParameter('busiTypes', []) as string[]).map(Number);
			const have = ((current?.busiTypes as number[] | undefined) ?? []).map(Number);
			return current?.pushUrl === url && wanted.every((t) => have.includes(t));
		}
		const current = (await session(this).request(post('/v1/api/sys/config/queryAFaceConfig', {}))) as IDataObject | undefined;
		return current?.[URL_FIELD[source]!] === url;
	},
	async create(this: IHookFunctions): Promise<boolean> {
		const source = this.getNodeParameter('source') as Source;
		if (source === 'eventRecords') return true;
		const url = callbackUrl(this);
		assertReachable(this, url, hongTuBaseUrl(await this.getCredentials(HONGTU_CREDENTIAL)));
		const staticData = this.getWorkflowStaticData('node');
		const takeOver = (this.getNodeParameter('options', {}) as IDataObject).takeOver === true;
		const api = session(this);
		if (source === 'businessPush') {
			const key = await appKey(this);
			const busiTypes = (this.getNodeParameter('busiTypes', []) as string[]).map(Number);
			const current = (await api.request(post('/v1/api/pubsub/busi/record/query', { appKey: key }))) as IDataObject | undefined;
			const other = current?.pushUrl && current.pushUrl !== url ? { pushUrl: current.pushUrl, busiTypes: current.busiTypes } : undefined;
			if (other && !listening(this) && !takeOver) throw ownedElsewhere(this, 'this app key\'s business-data pushes', String(other.pushUrl));
			await api.request(post('/v1/api/pubsub/busi/record/add', { appKey: key, pushUrl: url, busiTypes }));
			// listening for a test event borrows the subscription: the one it replaced comes back afterwards
			staticData.registered = { source, pushUrl: url, busiTypes, ...(other && listening(this) ? { replaced: other } : {}) };
			return true;
		}
		const current = await currentOneFacePass(api);
		const field = URL_FIELD[source]!;
		const previousUrl = String(current[field] ?? '');
		if (previousUrl && previousUrl !== url && !listening(this) && !takeOver) throw ownedElsewhere(this, `${source === 'passRecords' ? 'pass' : 'attendance'} records`, previousUrl);
		staticData.registered = { source, url, previousUrl };
		await setCallbackUrl(api, field, url, current);
		return true;
	},
	async delete(this: IHookFunctions): Promise<boolean> {
		const source = this.getNodeParameter('source') as Source;
		const staticData = this.getWorkflowStaticData('node');
		const registered = (staticData.registered ?? {}) as IDataObject;
		if (source === 'eventRecords') return true;
		const api = session(this);
		if (source === 'businessPush') {
			const key = await appKey(this);
			const current = (await api.request(post('/v1/api/pubsub/busi/record/query', { appKey: key }))) as IDataObject | undefined;
			// only what this workflow registered: a subscription still ours goes, or gives way to the one it borrowed
			if (current?.pushUrl === (registered.pushUrl ?? callbackUrl(this))) {
				const replaced = registered.replaced as IDataObject | undefined;
				if (replaced) await api.request(post('/v1/api/pubsub/busi/record/add', { appKey: key, pushUrl: replaced.pushUrl, busiTypes: replaced.busiTypes }));
				else await api.request(post('/v1/api/pubsub/busi/record/unbind', { appKey: key }));
			}
			delete staticData.registered;
			return true;
		}
		const field = URL_FIELD[source]!;
		const current = await currentOneFacePass(api);
		// only restore the previous URL if the box still calls ours
		if (current[field] === (registered.url ?? callbackUrl(this))) await setCallbackUrl(api, field, String(registered.previousUrl ?? ''), current);
		delete staticData.registered;
		return true;
	},
};

/** What one delivery of the selected source holds: its records, what the trigger says of them, their simplified fields. */
function deliveryOf(source: Source, body: IDataObject): { event: string; records: IDataObject[]; extra: IDataObject } | { invalid: string } {
	if (source !== 'businessPush') return { event: source, records: [body], extra: { source } };
	const busiType = String(body.busiType ?? '');
	if (!BUSI_TYPES[busiType]) return { invalid: 'unknown busiType' };
	let data: unknown = body.data;
	if (typeof data === 'string') {
		try {
			data = JSON.parse(data);
		} catch {
			return { invalid: 'data is not valid JSON' };
		}
	}
	if (!data || typeof data !== 'object') return { invalid: 'data must be a JSON object' };
	return { event: busiType, records: (Array.isArray(data) ? data : [data]) as IDataObject[], extra: { busiType: Number(busiType), busiTypeName: BUSI_TYPES[busiType] } };
}

const trigger = defineWebhookTrigger({
	properties: [
		{
			displayName: 'Source',
			name: 'source',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Business Data Push', value: 'businessPush', description: 'Subscribes this webhook for the chosen record types; one subscription per app key, so it replaces another subscriber of the same key' },
				{ name: 'Pass Records', value: 'passRecords', description: 'Sets the pass-record callback URL of the one face pass configuration, keeping the other settings' },
				{ name: 'Attendance Records', value: 'attendanceRecords', description: 'Sets the attendance-record callback URL of the one face pass configuration, keeping the other settings' },
				{ name: 'Event Records', value: 'eventRecords', description: 'Event callbacks are configured in the box console; copy the Production URL there' },
			],
			default: 'businessPush',
		},
		{
			displayName: 'Record Types',
			name: 'busiTypes',
			type: 'multiOptions',
			options: Object.entries(BUSI_TYPES).map(([value, name]) => ({ name, value })),
			default: ['1', '5'],
			required: true,
			displayOptions: { show: { source: ['businessPush'] } },
			description: 'Which business records the box pushes',
		},
		{
			displayName:
				'While you listen for a test event, the box sends these records to the test URL instead of the production workflow; the production subscription comes back when listening ends.',
			name: 'testNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { source: ['businessPush', 'passRecords', 'attendanceRecords'], sendSampleEvent: [false] } },
		},
		{
			displayName:
				'In the HongTu web console open System Management › Function Config › Event Config and enter this node’s Production URL (with ?token=… if you set a shared secret), then add an event-linkage rule with event subscription.',
			name: 'eventNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { source: ['eventRecords'] } },
		},
		...outputProperties(
			SIMPLIFIED_FIELDS.busiTypes[1],
			{ source: ['businessPush'], ...FROM_VERSION_2 },
			`Only the fields most workflows use of each record type (who or what was seen, when, where, the score and the images), with busiType and busiTypeName, ${SIMPLIFIED_SUMMARY}`,
		),
		...outputProperties(
			SIMPLIFIED_FIELDS.passRecords,
			{ source: ['passRecords'], ...FROM_VERSION_2 },
			`Only the fields most workflows use: ${SIMPLIFIED_FIELDS.passRecords.join(', ')}, ${SIMPLIFIED_SUMMARY}`,
		),
		...outputProperties(
			SIMPLIFIED_FIELDS.eventRecords,
			{ source: ['eventRecords'], ...FROM_VERSION_2 },
			`Only the fields most workflows use: ${SIMPLIFIED_FIELDS.eventRecords.join(', ')}, ${SIMPLIFIED_SUMMARY}`,
		),
	],
	sampleNotice:
		'While this is on, listening for a test event leaves the box alone: about a second after listening starts, this node posts the HongTu document’s sample of the selected source (for Business Data Push, the first selected record type) to its test URL, with the shared secret if set. The item holds the document’s values and isSample: true.',
	options: [
		{
			displayName: 'Take Over Existing Subscription',
			name: 'takeOver',
			type: 'boolean',
			default: false,
			description:
				'Whether activation may move the box\'s callbacks of this app key here from another receiver (which then gets nothing). Off: activation stops with the other receiver\'s URL.',
		},
		sharedSecretOption('The box does not sign its pushes. When set, the node registers its URL with ?token=(the secret) and answers 401 to calls without it.'),
		{
			displayName: 'Download Image',
			name: 'downloadImage',
			type: 'boolean',
			default: false,
			description: 'Whether to download the record’s capture or scene image from the box into the binary property "image"',
		},
		{
			displayName: 'Allowed IP Addresses',
			name: 'allowedIps',
			type: 'string',
			default: '',
			placeholder: 'e.g. 192.168.1.10, 192.168.1.11',
			description:
				'Comma-separated addresses allowed to call the webhook (the box). Empty allows any. The sample event comes from n8n itself: add n8n’s own address while you use it.',
		},
	],
	sample: sampleCallback,
	lifecycle: subscription,
	// the document states no expected answer; the box's own envelope for success is used
	acknowledgement: { code: 0, msg: '成功' },
	refusal: (code, msg) => ({ code, msg }),
	async verify(ctx) {
		const allowed = String((ctx.getNodeParameter('options', {}) as IDataObject).allowedIps ?? '')
			.split(/[,\s]+/)
			.filter(Boolean);
		return allowed.length && !allowed.includes(clientIp(ctx)) ? 'address not allowed' : undefined;
	},
	async read(ctx) {
		const body = ctx.getBodyData();
		if (!body || typeof body !== 'object' || Array.isArray(body) || !Object.keys(body).length) return { invalid: 'expected a JSON object' };
		const delivery = deliveryOf(ctx.getNodeParameter('source') as Source, body);
		if ('invalid' in delivery) return delivery;
		const baseUrl = hongTuBaseUrl(await ctx.getCredentials(HONGTU_CREDENTIAL));
		return {
			event: delivery.event,
			// the box signs nothing and may deliver a record again: the record itself is its key
			records: delivery.records.map((record) => ({
				json: toRecordItem(record, baseUrl, delivery.extra),
				key: createHash('sha256').update(JSON.stringify([delivery.extra, record])).digest('hex'),
			})),
		};
	},
	selectedEvents(ctx) {
		const source = ctx.getNodeParameter('source') as Source;
		return source === 'businessPush' ? (ctx.getNodeParameter('busiTypes', []) as string[]) : [source];
	},
	simplified(ctx, event) {
		const source = ctx.getNodeParameter('source') as Source;
		const fields = source === 'businessPush' ? SIMPLIFIED_FIELDS.busiTypes[event] : source === 'attendanceRecords' ? undefined : SIMPLIFIED_FIELDS[source];
		return fields && simplifiedKeys(source, fields);
	},
	async complete(ctx, items, isSample) {
		// the sample's image URLs point into the document author's network; shaping comes after, as the
		// download looks for the image among all of the record's fields
		if ((ctx.getNodeParameter('options', {}) as IDataObject).downloadImage && !isSample) await downloadImages(ctx, items);
	},
});

export class HongTuTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Megvii HongTu Trigger',
		name: 'hongTuTrigger',
		icon: { light: 'file:hongtu.svg', dark: 'file:hongtu.dark.svg' },
		group: ['trigger'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["source"]}}',
		description: 'Starts the workflow on Megvii HongTu pushes: recognition, vehicle, alert, pass, structured, attendance and event records',
		defaults: { name: 'Megvii HongTu Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'hongTuApi', required: true }],
		webhooks: [callbackWebhook('webhook')],
		properties: trigger.properties,
	};

	webhookMethods = trigger.webhookMethods;

	webhook = trigger.webhook;
}
