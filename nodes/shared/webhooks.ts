/** Webhook lifecycle shared by triggers whose callback URL the user (or vendor support) enters by hand. */
import type { IHookFunctions } from 'n8n-workflow';

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
