/** Shared fixture for the Gensee tests: a simulator and a credential pointing at it. */
import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData } from 'n8n-workflow';

import { GenseeApi } from '../../credentials/GenseeApi.credentials';
import { Gensee } from '../../nodes/Gensee/Gensee.node';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runNode, type RunNodeResult } from '../harness/runNode';
import { BASE_PATH, GenseeSimulator } from '../simulators/gensee/GenseeSimulator';

export const LOGIN = 'api-admin';
export const PASSWORD = 'Sim#Pass word&=1';

export async function startGensee(credential: Partial<ICredentialDataDecryptedObject> = {}) {
	const sim = await new GenseeSimulator(LOGIN, PASSWORD).start();
	const credentials = new TestCredentialsHelper({ genseeApi: new GenseeApi() });
	credentials.set('genseeApi', { site: sim.url, loginName: LOGIN, password: PASSWORD, sec: 'none', ...credential });
	const run = (
		resource: string,
		operation: string,
		parameters: IDataObject = {},
		items?: INodeExecutionData[],
		options: { continueOnFail?: boolean } = {},
	): Promise<RunNodeResult> =>
		runNode({
			nodeType: new Gensee(),
			parameters: { resource, operation, ...parameters },
			items,
			credentials,
			...options,
		});
	return { sim, credentials, run };
}

/** The form fields of the last request to an interface path (as documented, without the base). */
export function lastForm(sim: GenseeSimulator, path: string): Record<string, string> {
	const requests = sim.requests.filter((r) => r.path === `${BASE_PATH}${path}`);
	const last = requests[requests.length - 1];
	if (!last) throw new Error(`no request to ${path}`);
	return Object.fromEntries(new URLSearchParams(last.rawBody.toString('utf8')));
}

export function formsTo(sim: GenseeSimulator, path: string): Array<Record<string, string>> {
	return sim.requests
		.filter((r) => r.path === `${BASE_PATH}${path}`)
		.map((r) => Object.fromEntries(new URLSearchParams(r.rawBody.toString('utf8'))));
}

/** Fast retries for tests that inject faults. */
export const FAST_RETRY = { requestOptions: { maxRetries: 4, retryDelay: 1 } };

export const DAY = 24 * 60 * 60 * 1000;
