/** Shared fixture for the Baijiayun tests: a simulator and a credential pointing at it. */
import { BaijiayunApi } from '../../credentials/BaijiayunApi.credentials';
import { Baijiayun } from '../../nodes/Baijiayun/Baijiayun.node';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runNode, type RunNodeResult } from '../harness/runNode';
import { BaijiayunSimulator } from '../simulators/baijiayun/BaijiayunSimulator';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

export const PARTNER_ID = '37102096';
export const PARTNER_KEY = 'sim-partner-key/with+special=chars';

export async function startBaijiayun() {
	const sim = await new BaijiayunSimulator(PARTNER_ID, PARTNER_KEY).start();
	const credentials = new TestCredentialsHelper({ baijiayunApi: new BaijiayunApi() });
	credentials.set('baijiayunApi', { environment: 'baseUrl', baseUrl: sim.url, partnerId: PARTNER_ID, partnerKey: PARTNER_KEY });
	const run = (
		resource: string,
		operation: string,
		parameters: IDataObject = {},
		items?: INodeExecutionData[],
		options: { continueOnFail?: boolean } = {},
	): Promise<RunNodeResult> =>
		runNode({
			nodeType: new Baijiayun(),
			parameters: { resource, operation, ...parameters },
			items,
			credentials,
			...options,
		});
	return { sim, credentials, run };
}

/** Fast retries for tests that inject faults. */
export const FAST_RETRY = { requestOptions: { maxRetries: 4, retryDelay: 1 } };
