/** Shared fixture for the HongTu tests: a simulator and a credential pointing at it. */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { HongTuApi } from '../../credentials/HongTuApi.credentials';
import { HongTu } from '../../nodes/HongTu/HongTu.node';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runNode, type RunNodeResult } from '../harness/runNode';
import { HongTuSimulator } from '../simulators/hongtu/HongTuSimulator';

/** The box's factory key pair, as documented (可用签名及秘钥). */
export const APP_KEY = 'appkey1';
export const SECRET = 'sdfajk3242324fa!djq7';

export async function startHongTu() {
	const sim = await new HongTuSimulator().start();
	const credentials = new TestCredentialsHelper({ hongTuApi: new HongTuApi() });
	credentials.set('hongTuApi', { baseUrl: sim.url, cappkey: APP_KEY, secret: SECRET });
	const run = (
		resource: string,
		operation: string,
		parameters: IDataObject = {},
		items?: INodeExecutionData[],
		options: { continueOnFail?: boolean; typeVersion?: number } = {},
	): Promise<RunNodeResult> =>
		runNode({ nodeType: new HongTu(), parameters: { resource, operation, ...parameters }, items, credentials, ...options });
	return { sim, credentials, run };
}

/** Fast retries for tests that inject faults. */
export const FAST_RETRY = { requestOptions: { maxRetries: 4, retryDelay: 1 } };

/** A small JPEG-like payload as n8n binary data. */
export function photoItem(json: IDataObject = {}, content = 'JPEGDATA-face', property = 'data'): INodeExecutionData {
	return { json, binary: { [property]: { data: Buffer.from(content).toString('base64'), mimeType: 'image/jpeg', fileName: 'face.jpg' } } };
}
