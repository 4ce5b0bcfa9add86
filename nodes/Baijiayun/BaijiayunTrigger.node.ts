import { createHash } from 'crypto';
import type { IDataObject, IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CALLBACK_SAMPLES } from './samples';
import { baijiayunSign, verifyBaijiayunSign, type SignableParams } from './signing';
import { FROM_VERSION_2 } from '../shared/properties';
import { outputProperties } from '../shared/simplify';
import { defineWebhookTrigger } from '../shared/webhookTrigger';
import { callbackWebhook, type SampleCallback } from '../shared/webhooks';

/** Callback kinds of the document's 回调接口 chapter. */
export const CALLBACK_EVENTS = [
	{ name: 'New Device', value: 'deviceAdded', description: 'A device was added (新增设备回调, type add_device)' },
	{
		name: 'Playback Matched',
		value: 'playbackMatched',
		description: 'A recording was matched to a lesson of the schedule (回放自动匹配回调)',
	},
] as const;

/**
 * What the simplified items of version 2 keep of a playback callback (16 documented parameters): the lesson,
 * the video and the transcode result. New-device callbacks (ten parameters) stay whole.
 */
export const PLAYBACK_FIELDS = ['room_id', 'serial_number', 'session_id', 'video_id', 'status', 'length', 'total_size', 'preface_url', 'now_definition', 'qid'];

/** The keys of a simplified playback item: the event, the listed fields and the signed time as ISO. */
export const PLAYBACK_KEYS = ['event', ...PLAYBACK_FIELDS, 'sentAt'];

const NUMERIC_FIELDS = new Set([
	'device_id', 'zone_id', 'user_role', 'partner_id', 'room_id', 'session_id', 'video_id', 'status',
	'total_size', 'total_transcode_size', 'length', 'timestamp',
]);

/** Which callback a payload is: the new-device callback says type=add_device; the playback one carries video_id. */
export function callbackEvent(params: SignableParams): string | undefined {
	if (params.type === 'add_device') return 'deviceAdded';
	if (params.video_id !== undefined || params.session_id !== undefined) return 'playbackMatched';
	return undefined;
}

function flatten(source: unknown): SignableParams {
	const params: SignableParams = {};
	if (!source || typeof source !== 'object') return params;
	for (const [key, value] of Object.entries(source as IDataObject)) {
		if (value === undefined || value === null) continue;
		params[key] = typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
	}
	return params;
}

/** The document's example callback of the first selected event, stamped now and signed with the partner key. */
async function sampleCallback(ctx: IHookFunctions): Promise<SampleCallback> {
	const [event = 'deviceAdded'] = ctx.getNodeParameter('events', []) as string[];
	const params: Record<string, string> = { timestamp: String(Math.floor(Date.now() / 1000)) };
	for (const [key, value] of Object.entries(CALLBACK_SAMPLES[event])) params[key] = String(value);
	params.sign = baijiayunSign(params, String((await ctx.getCredentials('baijiayunApi')).partnerKey));
	return { form: params };
}

function toOutput(event: string, params: SignableParams): IDataObject {
	const json: IDataObject = { event };
	for (const [key, value] of Object.entries(params)) {
		if (key === 'sign') continue;
		const text = String(value);
		json[key] = NUMERIC_FIELDS.has(key) && /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : value;
	}
	if (typeof json.timestamp === 'number') json.sentAt = new Date(json.timestamp * 1000).toISOString();
	return json;
}

/** The callback's parameters, from the query and the (form or JSON) body. */
const paramsOf = (ctx: IWebhookFunctions): SignableParams => ({ ...flatten(ctx.getQueryData()), ...flatten(ctx.getBodyData()) });

const trigger = defineWebhookTrigger({
	properties: [
		{
			displayName:
				'Baijiayun’s servers call this node’s Production URL, which n8n builds from its WEBHOOK_URL setting (N8N_WEBHOOK_URL in n8n 2.x): it must be a public address, not localhost. Send the Production URL to Baijiayun technical support to register it.',
			name: 'reachabilityNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName:
				'Baijiayun sets callback URLs on request: send this node’s Production URL (above) to Baijiayun technical support and ask them to configure it for the callbacks you select. Callbacks are checked against the partner key of the credential.',
			name: 'setupNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Events',
			name: 'events',
			type: 'multiOptions',
			required: true,
			options: CALLBACK_EVENTS.map((e) => ({ ...e })),
			default: ['deviceAdded', 'playbackMatched'],
			description: 'Which callbacks start the workflow; others are acknowledged and ignored',
		},
		...outputProperties(
			PLAYBACK_FIELDS,
			{ events: ['playbackMatched'], ...FROM_VERSION_2 },
			`Only the fields most workflows use of a matched playback: ${PLAYBACK_FIELDS.join(', ')}, with the event and sentAt (the signed time as ISO). New-device callbacks always come whole.`,
		),
	],
	sampleNotice:
		'About a second after you start listening for a test event, this node posts the Baijiayun document’s example callback of the first selected event to its test URL, stamped with the current time and signed with the credential’s partner key. The item holds the document’s example values and isSample: true.',
	options: [
		{
			displayName: 'Max Timestamp Age (Seconds)',
			name: 'maxAge',
			type: 'number',
			default: 600,
			typeOptions: { minValue: 0 },
			description:
				'Reject callbacks whose signed timestamp is older than this (replay protection). Baijiayun retries after 5 s and 60 s. 0 turns the check off.',
		},
	],
	sample: sampleCallback,
	acknowledgement: { code: 0, msg: '' },
	refusal: (_status, msg) => ({ code: 1, msg }),
	async verify(ctx) {
		const params = paramsOf(ctx);
		const credentials = await ctx.getCredentials('baijiayunApi');
		if (!verifyBaijiayunSign(params, String(credentials.partnerKey))) return 'invalid sign';
		const maxAge = Number((ctx.getNodeParameter('options', {}) as IDataObject).maxAge ?? 600);
		const sentAt = Number(params.timestamp);
		if (maxAge > 0 && (!Number.isFinite(sentAt) || Math.abs(Date.now() / 1000 - sentAt) > maxAge)) return 'stale timestamp';
		return undefined;
	},
	async read(ctx) {
		const params = paramsOf(ctx);
		const event = callbackEvent(params);
		// Baijiayun retries a callback it thinks failed with the same qid
		const key = params.qid === undefined ? createHash('sha256').update(JSON.stringify(params)).digest('hex') : String(params.qid);
		return { event, records: event ? [{ json: toOutput(event, params), key }] : [] };
	},
	selectedEvents: (ctx) => ctx.getNodeParameter('events', []) as string[],
	simplified: (_ctx, event) => (event === 'playbackMatched' ? PLAYBACK_KEYS : undefined),
});

export class BaijiayunTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Baijiayun Trigger',
		name: 'baijiayunTrigger',
		icon: { light: 'file:baijiayun.svg', dark: 'file:baijiayun.dark.svg' },
		group: ['trigger'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow on Baijiayun dual-teacher callbacks: new devices and matched playbacks',
		defaults: { name: 'Baijiayun Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'baijiayunApi', required: true }],
		webhooks: [callbackWebhook('webhook')],
		properties: trigger.properties,
	};

	// Baijiayun registers callback URLs by hand (through its support), so there is nothing to create or remove
	webhookMethods = trigger.webhookMethods;

	webhook = trigger.webhook;
}
