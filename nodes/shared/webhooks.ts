/** Webhook lifecycle shared by triggers whose callback URL the user (or vendor support) enters by hand. */
import type {
	IDataObject,
	IHookFunctions,
	INodeExecutionData,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

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
 * Answers the vendor with its documented acknowledgement and hands the items (if any) to n8n. The node
 * answers itself: when an execution starts, n8n ignores `webhookResponse` and answers per the webhook's
 * response settings, which is not what the vendor expects.
 */
export function acknowledge(
	ctx: IWebhookFunctions,
	body: IDataObject,
	workflowData?: INodeExecutionData[][],
): IWebhookResponseData {
	ctx.getResponseObject().status(200).json(body);
	return { noWebhookResponse: true, ...(workflowData ? { workflowData } : {}) };
}

/**
 * Remembers delivery keys in workflow static data (with a time to live and a size cap) and tells which of
 * the given keys arrive for the first time. Vendors re-send callbacks they think failed; a repeat must not
 * start the workflow again.
 */
export function firstDeliveries(ctx: IWebhookFunctions, keys: string[], ttlMs = 24 * 60 * 60 * 1000, max = 5000): boolean[] {
	const staticData = ctx.getWorkflowStaticData('node');
	const now = Date.now();
	const seen = { ...((staticData.seenDeliveries ?? {}) as Record<string, number>) };
	const fresh = keys.map((key) => {
		const isNew = seen[key] === undefined || now - seen[key] >= ttlMs;
		seen[key] = now;
		return isNew;
	});
	const kept = Object.entries(seen).filter(([, at]) => now - at < ttlMs);
	staticData.seenDeliveries = Object.fromEntries(kept.slice(-max));
	return fresh;
}
