import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import {
	acknowledge,
	callbackWebhook,
	firstDeliveries,
	isSampleDelivery,
	manuallyRegisteredWebhook,
	refuse,
	sameSecret,
	sampleEventNotice,
	sampleEventProperty,
	withSampleEvent,
	type SampleCallback,
} from '../shared/webhooks';

/**
 * The transcoding-status callback of the document (5.27 后台文档上传转码 / 5.28 后台多媒体上传转码): when a
 * transcode ends, Gensee POSTs `gscoursewareId` (the courseware ID the transcode call returned) and `gsstatus`
 * (`ok` or `error`) to the `callbackUrl` given with the call. The document states no content type, expected
 * answer, retries or any way to check the sender, so:
 * - form, JSON and query parameters are all accepted;
 * - the sender can be checked with a shared secret the user puts in the callback URL (`?secret=…`), since
 *   the URL is the only thing the caller controls;
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

/** The transcoding callback with the first selected status, posted as form parameters (with the shared secret). */
async function sampleCallback(ctx: IHookFunctions): Promise<SampleCallback> {
	const [status = 'ok'] = ctx.getNodeParameter('statuses', STATUSES) as string[];
	const secret = String((ctx.getNodeParameter('options', {}) as IDataObject).secret ?? '');
	return { form: { gscoursewareId: SAMPLE_COURSEWARE_ID, gsstatus: status }, query: secret ? { secret } : undefined };
}

function field(sources: IDataObject[], name: string): string | undefined {
	for (const source of sources) {
		const value = source?.[name];
		if (value !== undefined && value !== null && typeof value !== 'object' && String(value).trim() !== '') return String(value).trim();
	}
	return undefined;
}

export class GenseeTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gensee Trigger',
		name: 'genseeTrigger',
		icon: { light: 'file:gensee.svg', dark: 'file:gensee.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '=Transcoding: {{$parameter["statuses"].join(", ")}}',
		description: 'Starts the workflow when Gensee finishes transcoding a document or media file',
		defaults: { name: 'Gensee Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [callbackWebhook('transcode')],
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
			sampleEventProperty,
			sampleEventNotice(
				'About a second after you start listening for a test event, this node posts a transcoding callback with the first selected status to its test URL (with the shared secret, if set). The document prints no courseware ID, so the sample’s is "sample-courseware"; the item also says isSample: true.',
			),
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Shared Secret',
						name: 'secret',
						type: 'string',
						typeOptions: { password: true },
						default: '',
						description:
							'Only accept callbacks whose URL carries ?secret= with this value (HTTP 401 otherwise). Gensee signs nothing, so this is how the receiver knows the callback comes from the URL you gave Gensee.',
					},
					{
						displayName: 'Ignore Repeats',
						name: 'dedupe',
						type: 'boolean',
						default: true,
						description: 'Whether a repeated callback for the same courseware and status is acknowledged without starting the workflow again',
					},
				],
			},
		],
	};

	webhookMethods = {
		// the callback URL travels with each transcode request (callbackUrl): there is nothing to register
		default: withSampleEvent(manuallyRegisteredWebhook, sampleCallback),
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const req = this.getRequestObject();
		const reject = (status: number, message: string) => refuse(this, status, { code: status === 401 ? '200' : '101', message });
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const query = (req.query ?? {}) as IDataObject;
		const body = this.getBodyData() ?? {};

		const secret = String(options.secret ?? '');
		if (secret && !sameSecret(String(query.secret ?? ''), secret)) return reject(401, 'invalid secret');

		const coursewareId = field([body, query], 'gscoursewareId');
		const status = field([body, query], 'gsstatus')?.toLowerCase();
		if (!coursewareId) return reject(400, 'gscoursewareId is missing');
		if (!status || !STATUSES.includes(status)) return reject(400, 'gsstatus must be ok or error');

		const ack = { code: '0', message: 'ok' };
		const sample = isSampleDelivery(this);
		if (options.dedupe !== false && !sample && !firstDeliveries(this, [`${coursewareId}:${status}`])[0]) return acknowledge(ack);

		const statuses = this.getNodeParameter('statuses', STATUSES) as string[];
		if (!statuses.includes(status)) return acknowledge(ack);

		const output: IDataObject = {
			coursewareId,
			status,
			succeeded: status === 'ok',
			receivedAt: new Date().toISOString(),
			gscoursewareId: coursewareId,
			gsstatus: status,
			...(sample ? { isSample: true } : {}),
		};
		return acknowledge(ack, [this.helpers.returnJsonArray([output])]);
	}
}
