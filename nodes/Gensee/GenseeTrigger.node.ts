import type { IDataObject, IHookFunctions, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { defineWebhookTrigger, sharedSecretOption } from '../shared/webhookTrigger';
import { callbackWebhook, sameSecret, type SampleCallback } from '../shared/webhooks';

/**
 * The transcoding-status callback of the document (5.27 后台文档上传转码 / 5.28 后台多媒体上传转码): when a
 * transcode ends, Gensee POSTs `gscoursewareId` (the courseware ID the transcode call returned) and `gsstatus`
 * (`ok` or `error`) to the `callbackUrl` given with the call. The document states no content type, expected
 * answer, retries or any way to check the sender, so:
 * - form, JSON and query parameters are all accepted;
 * - the sender can be checked with a shared secret the user puts in the callback URL (`?token=…`; version 1:
 *   `?secret=…`), since the URL is the only thing the caller controls;
 * - a transcode ends once, so a repeated (courseware, status) pair is acknowledged without starting the
 *   workflow again (remembered for 15 minutes, see firstDeliveries);
 * - anything without a courseware ID or with a status other than ok/error is answered with HTTP 400.
 */
const STATUSES = ['ok', 'error'];

/**
 * The document names the callback's two parameters and the values of gsstatus but prints no courseware ID;
 * the sample's says what it is.
 */
export const SAMPLE_COURSEWARE_ID = 'sample-courseware';

/** The transcoding callback with the first selected status, posted as form parameters (version 1: its shared secret). */
async function sampleCallback(ctx: IHookFunctions): Promise<SampleCallback> {
	const [status = 'ok'] = ctx.getNodeParameter('statuses', STATUSES) as string[];
	const legacySecret = ctx.getNode().typeVersion === 1 ? String((ctx.getNodeParameter('options', {}) as IDataObject).secret ?? '') : '';
	return { form: { gscoursewareId: SAMPLE_COURSEWARE_ID, gsstatus: status }, query: legacySecret ? { secret: legacySecret } : undefined };
}

function field(sources: IDataObject[], name: string): string | undefined {
	for (const source of sources) {
		const value = source?.[name];
		if (value !== undefined && value !== null && typeof value !== 'object' && String(value).trim() !== '') return String(value).trim();
	}
	return undefined;
}

const FROM_VERSION_2 = { show: { '@version': [{ _cnd: { gte: 2 } }] } };

const trigger = defineWebhookTrigger({
	properties: [
		{
			displayName:
				'Gensee’s servers call this node’s Production URL, which n8n builds from its WEBHOOK_URL setting (N8N_WEBHOOK_URL in n8n 2.x): it must be a public address, not localhost. Paste it into the upload operation’s Callback URL field.',
			name: 'reachabilityNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName:
				'Use this node’s Production URL (above) as the Callback URL of a Gensee node’s Document or Media "Upload and Transcode" operation. With a shared secret set below, add it to the URL: {Production URL}?secret={shared secret}.',
			name: 'setupNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { '@version': [1] } },
		},
		{
			displayName:
				'Use this node’s Production URL (above) as the Callback URL of a Gensee node’s Document or Media "Upload and Transcode" operation. With a shared secret set below, add it to the URL: {Production URL}?token={shared secret}.',
			name: 'setupNotice',
			type: 'notice',
			default: '',
			displayOptions: FROM_VERSION_2,
		},
		{
			displayName: 'Statuses',
			name: 'statuses',
			type: 'multiOptions',
			required: true,
			options: [
				{ name: 'Succeeded', value: 'ok', description: 'Transcoding finished (gsstatus=ok)' },
				{ name: 'Failed', value: 'error', description: 'Transcoding failed (gsstatus=error)' },
			],
			default: ['ok', 'error'],
			description: 'Which outcomes start the workflow; the others are acknowledged and ignored',
		},
	],
	sampleNotice:
		'About a second after you start listening for a test event, this node posts a transcoding callback with the first selected status to its test URL (with the shared secret, if set). The document prints no courseware ID, so the sample’s is "sample-courseware"; the item also says isSample: true.',
	options: [
		{
			displayName: 'Shared Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Only accept callbacks whose URL carries ?secret= with this value (HTTP 401 otherwise). Gensee signs nothing, so this is how the receiver knows the callback comes from the URL you gave Gensee.',
			displayOptions: { show: { '@version': [1] } },
		},
		{
			...sharedSecretOption(
				'Only accept callbacks whose URL carries ?token= with this value (HTTP 401 otherwise). Gensee signs nothing, so this is how the receiver knows the callback comes from the URL you gave Gensee.',
			),
			displayOptions: FROM_VERSION_2,
		},
		{
			displayName: 'Ignore Repeats',
			name: 'dedupe',
			type: 'boolean',
			default: true,
			description: 'Whether a repeated callback for the same courseware and status is acknowledged without starting the workflow again',
		},
	],
	sample: sampleCallback,
	acknowledgement: { code: '0', message: 'ok' },
	refusal: (status, message) => ({ code: status === 401 ? '200' : '101', message }),
	async verify(ctx) {
		// version 1 took the shared secret as ?secret=
		if (ctx.getNode().typeVersion !== 1) return undefined;
		const secret = String((ctx.getNodeParameter('options', {}) as IDataObject).secret ?? '');
		return secret && !sameSecret(String((ctx.getQueryData() as IDataObject).secret ?? ''), secret) ? 'invalid secret' : undefined;
	},
	async read(ctx) {
		const sources = [ctx.getBodyData() ?? {}, (ctx.getQueryData() ?? {}) as IDataObject];
		const coursewareId = field(sources, 'gscoursewareId');
		const status = field(sources, 'gsstatus')?.toLowerCase();
		if (!coursewareId) return { invalid: 'gscoursewareId is missing' };
		if (!status || !STATUSES.includes(status)) return { invalid: 'gsstatus must be ok or error' };
		const json = { coursewareId, status, succeeded: status === 'ok', receivedAt: new Date().toISOString(), gscoursewareId: coursewareId, gsstatus: status };
		// a transcode ends once: the same courseware and status again is a repeat
		return { event: status, records: [{ json, key: `${coursewareId}:${status}` }] };
	},
	selectedEvents: (ctx) => ctx.getNodeParameter('statuses', STATUSES) as string[],
	dropsRepeats: (ctx) => (ctx.getNodeParameter('options', {}) as IDataObject).dedupe !== false,
});

export class GenseeTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gensee Trigger',
		name: 'genseeTrigger',
		icon: { light: 'file:gensee.svg', dark: 'file:gensee.dark.svg' },
		group: ['trigger'],
		// version 2: n8n evaluates no expression per callback (version 1 start nodes get one), items carry their
		// delivery key, and the shared secret is ?token= as in the other triggers
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '=Transcoding: {{$parameter["statuses"].join(", ")}}',
		description: 'Starts the workflow when Gensee finishes transcoding a document or media file',
		defaults: { name: 'Gensee Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [callbackWebhook('transcode')],
		properties: trigger.properties,
	};

	// the callback URL travels with each transcode request (callbackUrl): there is nothing to register
	webhookMethods = trigger.webhookMethods;

	webhook = trigger.webhook;
}
