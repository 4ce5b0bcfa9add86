/**
 * What every webhook trigger shares: the lifecycle of a URL registered by hand, the answers to the vendor
 * (acknowledgement and rejection), constant-time secret comparison, and the record of recent deliveries that
 * keeps a vendor's resend from starting the workflow twice.
 */
import { createHash, timingSafeEqual } from 'crypto';
import type {
	IDataObject,
	IHookFunctions,
	INodeExecutionData,
	IWebhookDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

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

/** Delivery keys per trigger (workflow, node, test or production), oldest first: key → when first seen. */
const recentDeliveries = new Map<string, Map<string, number>>();

/**
 * Tells which of the given delivery keys arrive for the first time, and remembers them.
 *
 * The record lives in this n8n process, not in the workflow's static data: saving static data is a workflow
 * write per delivery, which under a burst races with n8n's own execution writes (on SQLite it times out on
 * the write lock and executions are lost) and loses keys to concurrent read-modify-write. The check and the
 * update run without awaiting, so two copies arriving at once are told apart too. Its limits: a restart
 * forgets it, and where several webhook processes share the load (queue mode with webhook processes behind a
 * load balancer) a resend that lands on another process is not recognised.
 */
export function firstDeliveries(ctx: IWebhookFunctions, keys: string[], memory = DELIVERY_MEMORY): boolean[] {
	const node = ctx.getNode();
	const scope = [ctx.getWorkflow().id ?? '', node.id ?? node.name, ctx.getMode()].join('\u0000');
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
