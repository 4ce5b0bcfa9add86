/**
 * What every webhook trigger shares: the lifecycle of a URL registered by hand, the answers to the vendor
 * (acknowledgement and rejection), constant-time secret comparison, the record of recent deliveries that
 * keeps a vendor's resend from starting the workflow twice, and the sample event sent while listening.
 */
import { createHash, timingSafeEqual } from 'crypto';
import type {
	IDataObject,
	IHookFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	IWebhookDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

/**
 * The webhook of a vendor callback. n8n answers it with the node's `webhookResponse` (the vendor's documented
 * acknowledgement): `responseData` must be empty for that, since n8n's default ('firstEntryJson') would be
 * sent as the answer instead. n8n 2.x sends the answer once it has stored the execution, so the vendor hears
 * "received" only for an event n8n holds (and an error, which makes it resend, otherwise); n8n 1.x answers just
 * before it stores the execution.
 */
export function callbackWebhook(path: string): IWebhookDescription {
	return { name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path };
}

/**
 * checkExists/create/delete for a callback URL that is not registered through an API: n8n still calls
 * them on activation and deactivation, and there is nothing to do.
 */
export const manuallyRegisteredWebhook = {
	async checkExists(this: IHookFunctions): Promise<boolean> {
		return true;
	},
	async create(this: IHookFunctions): Promise<boolean> {
		return true;
	},
	async delete(this: IHookFunctions): Promise<boolean> {
		return true;
	},
};

/**
 * Hands the items (if any) to n8n and has n8n answer the vendor with its documented acknowledgement
 * (see callbackWebhook for when n8n sends it).
 */
export function acknowledge(body: IDataObject, workflowData?: INodeExecutionData[][]): IWebhookResponseData {
	return { webhookResponse: body, ...(workflowData ? { workflowData } : {}) };
}

/** Refuses a call (bad signature, malformed body) with the vendor's error envelope; nothing starts. */
export function refuse(ctx: IWebhookFunctions, status: number, body: IDataObject): IWebhookResponseData {
	ctx.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}

/** Compares a received secret with the expected one in constant time (hashes first, so lengths leak nothing). */
export function sameSecret(received: string, expected: string): boolean {
	const a = createHash('sha256').update(received, 'utf8').digest();
	const b = createHash('sha256').update(expected, 'utf8').digest();
	return timingSafeEqual(a, b);
}

/**
 * How long and how many delivery keys a trigger remembers. Vendors resend what they think failed within
 * seconds to a minute (Baijiayun after 5 s and 60 s), so a quarter of an hour covers every documented retry
 * with room to spare, and 20,000 keys cover a morning gate rush of one box.
 */
export const DELIVERY_MEMORY = { ttlMs: 15 * 60 * 1000, max: 20000 };

/** Delivery keys per trigger (workflow and node), oldest first: key → when first seen. */
const recentDeliveries = new Map<string, Map<string, number>>();

/**
 * Tells which of the given delivery keys arrive for the first time, and remembers them.
 *
 * The record lives in this n8n process, not in the workflow's static data: saving static data is a workflow
 * write per delivery, which under a burst races with n8n's own execution writes (on SQLite it times out on
 * the write lock and executions are lost) and loses keys to concurrent read-modify-write. The check and the
 * update run without awaiting, so two copies arriving at once are told apart too. Its limits: a restart
 * forgets it, and where several webhook processes share the load (queue mode with webhook processes behind a
 * load balancer) a resend that lands on another process is not recognised; items carry their key
 * (`deliveryKey`) for n8n's Remove Duplicates node, whose record is n8n's database.
 *
 * Listening for a test event remembers nothing: every delivery, a resent one too, starts the test workflow.
 */
export function firstDeliveries(ctx: IWebhookFunctions, keys: string[], memory = DELIVERY_MEMORY): boolean[] {
	if (ctx.getMode() === 'manual') return keys.map(() => true);
	const node = ctx.getNode();
	const scope = [ctx.getWorkflow().id ?? '', node.id ?? node.name].join('\u0000');
	let seen = recentDeliveries.get(scope);
	if (!seen) {
		seen = new Map();
		recentDeliveries.set(scope, seen);
	}
	const now = Date.now();
	for (const [key, at] of seen) {
		if (now - at < memory.ttlMs) break;
		seen.delete(key);
	}
	const fresh = keys.map((key) => {
		if (seen.has(key)) return false;
		seen.set(key, now);
		return true;
	});
	// a delivery n8n could not take (it answers the vendor with an error, and on n8n 2.x only after trying to
	// store the execution) is forgotten, so that the vendor's resend starts the workflow
	const recorded = keys.filter((_, n) => fresh[n]);
	const response = ctx.getResponseObject();
	if (recorded.length)
		response.once('finish', () => {
			if (response.statusCode >= 400) for (const key of recorded) seen.delete(key);
		});
	for (const key of seen.keys()) {
		if (seen.size <= memory.max) break;
		seen.delete(key);
	}
	return fresh;
}

type WebhookMethod = (this: IHookFunctions) => Promise<boolean>;

/** A trigger's webhookMethods for its one webhook. */
export interface WebhookLifecycle {
	checkExists: WebhookMethod;
	create: WebhookMethod;
	delete: WebhookMethod;
}

/** A sample callback as the vendor would send it: a JSON or form body, and query parameters for the URL. */
export interface SampleCallback {
	json?: IDataObject;
	form?: Record<string, string>;
	query?: Record<string, string>;
}

/** The trigger parameter that turns the sample on (see withSampleEvent). */
export const sampleEventProperty: INodeProperties = {
	displayName: 'Send Sample Event When Listening',
	name: 'sendSampleEvent',
	type: 'boolean',
	default: false,
	description:
		"Whether listening for a test event sends the vendor document's sample callback, made and signed as the vendor would, to this node's test URL instead of registering with the vendor. Active workflows never send it.",
};

/** The notice that says what the sample holds; shown while the option is on. */
export function sampleEventNotice(text: string): INodeProperties {
	return { displayName: text, name: 'sampleEventNotice', type: 'notice', default: '', displayOptions: { show: { sendSampleEvent: [true] } } };
}

/** Marks the node's own sample delivery; it counts only while listening with the option on (isSampleDelivery). */
const SAMPLE_HEADER = 'x-smart-campus-sample';

/**
 * Waits before each attempt. n8n registers the test URL before it calls checkExists and registers it once more
 * (with the static data) right after, so the first attempt waits a second; a 404 means n8n has not got there
 * yet (a slow vendor call of another trigger in the workflow), and the URL is tried a few more times.
 */
const SAMPLE_ATTEMPT_DELAYS_MS = [1000, 1000, 2000, 4000];

const listeningForSample = (ctx: IHookFunctions) => ctx.getMode() === 'manual' && ctx.getNodeParameter('sendSampleEvent', false) === true;

/**
 * Adds the sample event to a trigger's webhook lifecycle. While n8n listens for a test event (mode 'manual')
 * with "Send Sample Event When Listening" on, checkExists registers nothing with the vendor (a production
 * workflow keeps its callbacks, and no vendor needs to be reachable) and posts the sample to the node's own
 * test URL in the background, so it goes through the real webhook (signature check, acknowledgement). The
 * delete that ends such listening has nothing to undo. Activation (any other mode) is unchanged.
 */
export function withSampleEvent(methods: WebhookLifecycle, sample: (ctx: IHookFunctions) => Promise<SampleCallback>): WebhookLifecycle {
	return {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			if (!listeningForSample(this)) return await methods.checkExists.call(this);
			// n8n keeps the static data of listening with the test registration and hands it to delete
			this.getWorkflowStaticData('node').listeningForSample = true;
			void postSample(this, sample);
			return true;
		},
		create: methods.create,
		async delete(this: IHookFunctions): Promise<boolean> {
			const staticData = this.getWorkflowStaticData('node');
			if (!staticData.listeningForSample) return await methods.delete.call(this);
			delete staticData.listeningForSample;
			return true;
		},
	};
}

/** Posts the sample to the node's test URL; runs detached from n8n's registration, so it never throws. */
async function postSample(ctx: IHookFunctions, sample: (ctx: IHookFunctions) => Promise<SampleCallback>): Promise<void> {
	const node = ctx.getNode().name;
	try {
		const callback = await sample(ctx);
		const url = new URL(String(ctx.getNodeWebhookUrl('default')));
		for (const [name, value] of Object.entries(callback.query ?? {})) url.searchParams.set(name, value);
		const request: IHttpRequestOptions = {
			method: 'POST',
			url: url.toString(),
			headers: {
				[SAMPLE_HEADER]: '1',
				'content-type': callback.form ? 'application/x-www-form-urlencoded' : 'application/json',
			},
			body: callback.form ? new URLSearchParams(callback.form).toString() : callback.json,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: 10_000,
		};
		for (const delay of SAMPLE_ATTEMPT_DELAYS_MS) {
			await sleep(delay);
			const { statusCode } = (await ctx.helpers.httpRequest(request)) as IN8nHttpFullResponse;
			if (statusCode === 404) continue;
			if (statusCode >= 400) ctx.logger.warn(`${node}: the trigger's webhook refused its own sample event with HTTP ${statusCode}`);
			return;
		}
		ctx.logger.warn(`${node}: n8n did not register the test URL in time; no sample event was sent`);
	} catch (error) {
		// the URL may carry a shared secret: only the error code is logged
		ctx.logger.warn(`${node}: could not send the sample event (${(error as { code?: string }).code ?? 'request failed'})`);
	}
}

/**
 * Whether a delivery is the node's own sample: only while listening (mode 'manual') with the option on, so the
 * header means nothing to an active workflow. A sample is always the same document record, so it is not
 * checked against earlier deliveries (each listening gets its sample), and its items say isSample: true.
 */
export function isSampleDelivery(ctx: IWebhookFunctions): boolean {
	return ctx.getMode() === 'manual' && ctx.getNodeParameter('sendSampleEvent', false) === true && ctx.getHeaderData()[SAMPLE_HEADER] === '1';
}
