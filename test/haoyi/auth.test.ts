/**
 * Section 2 of the document: an administrator's API credential (unionid) is exchanged at
 * /api/v1/access_token for an access token that expires after 7200 s; every other interface but 3.1 takes
 * it as `token`. Expired tokens are reported as err_code 1007 inside HTTP 200 (1004 missing, 1006 unreadable).
 */
import { HaoYiApi } from '../../credentials/HaoYiApi.credentials';
import { runCredentialTest } from '../harness/credentialTest';
import { items, rl, startHaoYi, UNIONID } from './setup';

describe('HaoYi token credential', () => {
	let env: Awaited<ReturnType<typeof startHaoYi>>;

	beforeEach(async () => {
		env = await startHaoYi();
	});
	afterEach(async () => {
		expect(env.sim.violations).toEqual([]);
		await env.sim.stop();
	});

	test('500 calls in one run use exactly one token exchange, and the token is persisted in the credential', async () => {
		const result = await env.run('camera', 'getStatus', { cameraId: '={{ $json.camera }}' }, items(500, () => ({ camera: 1 })));
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(500);
		expect(env.sim.tokenExchanges).toBe(1);
		expect(env.sim.requestsTo('/get_camera_status')).toHaveLength(500);
		const exchange = env.sim.requestsTo('/access_token')[0];
		expect(exchange.method).toBe('GET');
		expect(exchange.query).toEqual({ unionid: UNIONID });
		expect(env.credentials.updates).toHaveLength(1);
		expect(env.credentials.store.get('haoYiApi')?.accessToken).toEqual(expect.any(String));
		expect(new Set(env.sim.requestsTo('/get_camera_status').map((r) => r.query.token)).size).toBe(1);
	});

	test('the token is reused across executions until it expires after 7200 s', async () => {
		for (let i = 0; i < 3; i++) expect((await env.run('school', 'list', { returnAll: true })).error).toBeUndefined();
		expect(env.sim.tokenExchanges).toBe(1);
		env.sim.advanceClock(7201);
		const result = await env.run('school', 'list', { returnAll: true });
		expect(result.error).toBeUndefined();
		expect(env.sim.tokenExchanges).toBe(2);
	});

	test('a token expiring mid-run (1007) is renewed once and no item fails', async () => {
		await env.run('school', 'list', { returnAll: true });
		env.sim.expireTokensAfter(5);
		const result = await env.run('subject', 'add', { subjectName: '={{ "Subject " + $json.n }}' }, items(12, (i) => ({ n: i })));
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.subject_id)).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
		expect(env.sim.tokenExchanges).toBe(2);
		// one rejected call (1007) and its retry: 13 calls for 12 items, each subject added once
		expect(env.sim.requestsTo('/add_subject')).toHaveLength(13);
		expect(env.sim.subjects.size).toBe(13);
		expect(env.credentials.updates).toHaveLength(2);
	});

	test('a token the server cannot read (1006, e.g. after a server reinstall) is replaced too', async () => {
		env.credentials.set('haoYiApi', { ...env.credentials.store.get('haoYiApi'), accessToken: 'token-from-another-server' });
		const result = await env.run('school', 'list', { returnAll: true });
		expect(result.error).toBeUndefined();
		expect(env.sim.tokenExchanges).toBe(1);
	});

	test('a token rejected again right after a new login fails with the vendor code instead of looping', async () => {
		env.sim.tokenLifetimeSec = 0;
		const result = await env.run('school', 'list', { returnAll: true });
		expect(result.error?.message).toMatch(/HaoYi error 1007/);
		expect(env.sim.tokenExchanges).toBe(2);
	});

	test.each([
		['a malformed unionid', 'x', 1001, /unionid/],
		['an unknown unionid', 'no-such-account', 1002, /No account/],
	])('%s fails the run with its error code and a hint, never showing the unionid', async (_, unionid, code, text) => {
		env.credentials.set('haoYiApi', { baseUrl: env.sim.url, unionid, accessToken: '' });
		const result = await env.run('school', 'list', { returnAll: true });
		expect(result.error?.message).toContain(`HaoYi error ${code}`);
		expect(`${result.error?.message} ${result.error?.description}`).toMatch(text);
		expect(JSON.stringify(result.error)).not.toContain(unionid === 'x' ? 'unionid=x' : unionid);
		expect(env.sim.tokenExchanges).toBe(0);
	});

	test('a non-administrator account is refused with 1003 and told to use an administrator credential', async () => {
		env.sim.accounts.set('teacher-account-1', { unionid: 'teacher-account-1', admin: false });
		env.credentials.set('haoYiApi', { baseUrl: env.sim.url, unionid: 'teacher-account-1', accessToken: '' });
		const result = await env.run('school', 'list', { returnAll: true });
		expect(result.error?.message).toContain('HaoYi error 1003');
		expect(result.error?.description).toMatch(/administrator/);
		expect(JSON.stringify(result.error)).not.toContain('teacher-account-1');
	});

	test('1004 on the token exchange (an error while generating the token) is retried, then reported as such', async () => {
		env.sim.tokenIssueFailures = 1;
		const retried = await env.run('school', 'list', { returnAll: true, requestOptions: { maxRetries: 2, retryDelay: 1 } });
		expect(retried.error).toBeUndefined();
		expect(env.sim.tokenExchanges).toBe(1);
		env.credentials.set('haoYiApi', { ...env.credentials.store.get('haoYiApi'), accessToken: '' });
		env.sim.tokenIssueFailures = 5;
		const failed = await env.run('school', 'list', { returnAll: true, requestOptions: { maxRetries: 1, retryDelay: 1 } });
		expect(failed.error?.message).toBe('HaoYi error 1004: The server failed to generate an access token (生成 token 过程中发生错误)');
	});

	test('the token and unionid never appear in outputs or errors', async () => {
		const ok = await env.run('record', 'list', { returnAll: true });
		const token = String(env.credentials.store.get('haoYiApi')?.accessToken);
		const failed = await env.run('school', 'update', { schoolId: rl(99), name: 'x', addr: 'y' });
		expect(failed.error?.message).toContain('HaoYi error 1010');
		for (const text of [JSON.stringify(ok.items), JSON.stringify(failed.error), String(failed.error?.stack)]) {
			expect(text).not.toContain(token);
			expect(text).not.toContain(UNIONID);
		}
	});

	test('credential test: passes with the right unionid, fails on a wrong one', async () => {
		// the credential's own expressions and URL clean-up, run as n8n's credential tester runs them
		expect(await runCredentialTest(new HaoYiApi(), { baseUrl: `${env.sim.url}/api/v1/`, unionid: ` ${UNIONID} ` })).toEqual({ status: 'OK' });
		expect(await runCredentialTest(new HaoYiApi(), { baseUrl: env.sim.url, unionid: 'x' })).toEqual({ status: 'Error', message: expect.stringMatching(/Invalid unionid/) });
		expect(await runCredentialTest(new HaoYiApi(), { baseUrl: env.sim.url, unionid: 'wrong-unionid' })).toEqual({ status: 'Error', message: expect.stringMatching(/No account/) });
	});

	test('the token is kept in a hidden expirable credential field, so n8n persists and shares it', async () => {
		const type = new HaoYiApi();
		const token = type.properties.find((p) => p.name === 'accessToken');
		expect(token).toMatchObject({ type: 'hidden', typeOptions: { expirable: true } });
	});
});
