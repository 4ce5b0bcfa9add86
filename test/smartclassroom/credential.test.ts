/**
 * The credential on its own, the way n8n uses it outside a workflow: preAuthentication logs in with
 * POST /auth, and the credential test (GET /user with the token) fails on a token the server refuses.
 */
import axios from 'axios';
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';

import { SmartClassroomApi } from '../../credentials/SmartClassroomApi.credentials';
import { SmartClassroomSimulator } from '../simulators/smartclassroom/SmartClassroomSimulator';

let sim: SmartClassroomSimulator;
const type = new SmartClassroomApi();

beforeAll(async () => (sim = await new SmartClassroomSimulator().start()));
afterAll(async () => await sim.stop());

/** n8n's plain request helper, reduced to what a credential uses. */
const helper = {
	helpers: {
		async httpRequest(options: IHttpRequestOptions) {
			const response = await axios({ method: options.method, baseURL: options.baseURL, url: options.url, data: options.body, headers: options.headers as IDataObject as Record<string, string>, validateStatus: () => true });
			return options.returnFullResponse ? { statusCode: response.status, headers: response.headers, body: response.data } : response.data;
		},
	},
} as unknown as IHttpRequestHelper;

const credentials = (password = sim.password): ICredentialDataDecryptedObject => ({ baseUrl: `${sim.url}/api/v1/`, username: sim.username, password, accessToken: '' });

/** The credential's test request as n8n sends it: expressions resolved, then the generic authenticate applied. */
async function credentialTest(data: ICredentialDataDecryptedObject): Promise<{ ok: boolean; message?: string }> {
	const request = type.test.request;
	// eslint-disable-next-line @typescript-eslint/no-implied-eval
	const baseURL = new Function('$credentials', `return (${String(request.baseURL).slice(3, -2)});`)(data) as string;
	const header = String(type.authenticate.properties.headers!.Authorization).replace(/^=\{\{\$credentials\.(\w+)\}\}$/, (_, key: string) => String(data[key]));
	const response = await axios({ method: request.method, baseURL, url: request.url, headers: { Authorization: header }, validateStatus: () => true });
	for (const rule of type.test.rules ?? []) {
		if (rule.type === 'responseSuccessBody' && (response.data as IDataObject)[rule.properties.key] === rule.properties.value)
			return { ok: false, message: rule.properties.message };
	}
	return { ok: response.status < 400 };
}

test('preAuthentication logs in with POST /auth and returns the access token for the hidden field', async () => {
	const output = await type.preAuthentication.call(helper, credentials());
	expect(output).toEqual({ accessToken: sim.issuedTokens[0] });
	const login = sim.requests[sim.requests.length - 1];
	expect(`${login.method} ${login.path}`).toBe('POST /api/v1/auth');
	expect(JSON.parse(login.rawBody.toString())).toEqual({ username: sim.username, password: sim.password });
});

test('a wrong password fails the login with the server code and without the password', async () => {
	await expect(type.preAuthentication.call(helper, credentials('not-the-password'))).rejects.toThrow(/login failed: error -3000/);
	await expect(type.preAuthentication.call(helper, credentials('not-the-password'))).rejects.not.toThrow(/not-the-password/);
});

test('the credential test passes with a fresh token and fails on a refused one', async () => {
	const accessToken = String((await type.preAuthentication.call(helper, credentials())).accessToken);
	expect(await credentialTest({ ...credentials(), accessToken })).toEqual({ ok: true });
	expect(sim.requests[sim.requests.length - 1].headers.authorization).toBe(accessToken);
	sim.expireTokens();
	expect(await credentialTest({ ...credentials(), accessToken })).toEqual({ ok: false, message: expect.stringMatching(/did not accept/) });
});
