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
