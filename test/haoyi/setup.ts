/** Shared fixture for the HaoYi tests: a simulator with an administrator account and a credential pointing at it. */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { HaoYiApi } from '../../credentials/HaoYiApi.credentials';
import { HaoYi } from '../../nodes/HaoYi/HaoYi.node';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runNode, type RunNodeResult } from '../harness/runNode';
import { HaoYiSimulator } from '../simulators/haoyi/HaoYiSimulator';

export const UNIONID = 'sim-admin-unionid-7f3a9c';

export async function startHaoYi(options: { seed?: boolean } = {}) {
	const sim = await new HaoYiSimulator(UNIONID).start();
	if (options.seed !== false) sim.seedBasics();
	const credentials = new TestCredentialsHelper({ haoYiApi: new HaoYiApi() });
	credentials.set('haoYiApi', { baseUrl: sim.url, unionid: UNIONID, accessToken: '' });
	const run = (
		resource: string,
		operation: string,
		parameters: IDataObject = {},
		items?: INodeExecutionData[],
		runOptions: { continueOnFail?: boolean } = {},
	): Promise<RunNodeResult> =>
		runNode({ nodeType: new HaoYi(), parameters: { resource, operation, ...parameters }, items, credentials, ...runOptions });
	return { sim, credentials, run };
}

/** Fast retries for tests that inject faults. */
export const FAST_RETRY = { requestOptions: { maxRetries: 4, retryDelay: 1 } };

/** n8n's resource-locator value for an id field. */
export const rl = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

/** The query a request carried, without the token. */
export function params(query: Record<string, string>): Record<string, string> {
	const copy = { ...query };
	delete copy.token;
	return copy;
}

export function items(n: number, json: (i: number) => IDataObject = () => ({})): INodeExecutionData[] {
	return Array.from({ length: n }, (_, i) => ({ json: json(i) }));
}
