/**
 * Credentials and failures against the document: loginName/password (+ sec=true with a hashed password)
 * on every interface, the result-code table (返回码定义) mapped to errors with their meaning, retries of
 * server faults, Continue On Fail with one result per item, and secrets kept out of errors and output.
 */
import type { IDataObject } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { GenseeApi } from '../../credentials/GenseeApi.credentials';
import { md5, sha1, type GenseeSimulator } from '../simulators/gensee/GenseeSimulator';
import { FAST_RETRY, formsTo, LOGIN, PASSWORD, lastForm, startGensee } from './setup';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

type Started = Awaited<ReturnType<typeof startGensee>>;
let started: Started | undefined;

async function setup(credential: Record<string, string> = {}): Promise<Started> {
	started = await startGensee(credential);
	return started;
}

afterEach(async () => {
	await started?.sim.stop();
	started = undefined;
});

function errorText(error: unknown): string {
	const e = error as { message?: string; description?: string; context?: unknown };
	return JSON.stringify({ message: e?.message, description: e?.description, context: e?.context });
}

describe('credentials', () => {
	test('sec=true with the MD5 of the password is accepted; the clear password is never sent', async () => {
		const { sim, run } = await setup({ sec: 'md5' });
		const room = sim.addRoom();
		const result = await run('room', 'get', { roomId: rl(room.id) });
		expect(result.error).toBeUndefined();
		const form = lastForm(sim, '/training/room/info');
		expect(form).toMatchObject({ loginName: LOGIN, sec: 'true', password: md5(PASSWORD) });
		expect(sim.requests[0].rawBody.toString()).not.toContain(encodeURIComponent(PASSWORD));
	});

	test('SHA-1 works on a site set to SHA-1, MD5 does not', async () => {
		const { sim, run, credentials } = await setup({ sec: 'sha1' });
		sim.secAlgorithm = 'sha1';
		const room = sim.addRoom();
		expect((await run('room', 'get', { roomId: rl(room.id) })).error).toBeUndefined();
		expect(lastForm(sim, '/training/room/info').password).toBe(sha1(PASSWORD));
		credentials.set('genseeApi', { site: sim.url, loginName: LOGIN, password: PASSWORD, sec: 'md5' });
		const wrong = await run('room', 'get', { roomId: rl(room.id) });
		expect(wrong.error?.message).toMatch(/Gensee error 200: Authentication failed/);
	});

	test('a wrong password is code 200 "authentication failed", with what to do, and no secret in the error', async () => {
		const { sim, run, credentials } = await setup();
		credentials.set('genseeApi', { site: sim.url, loginName: LOGIN, password: 'wrong-password-xyz', sec: 'none' });
		const result = await run('room', 'get', { roomId: rl('any') });
		expect(result.error?.message).toMatch(/Gensee error 200: Authentication failed/);
		expect((result.error as { description?: string }).description).toMatch(/login name, the password/);
		expect(errorText(result.error)).not.toContain('wrong-password-xyz');
	});

	test('an expired password is code 201; a disabled interface is code 600', async () => {
		const { sim, run } = await setup();
		sim.disabled.add('/training/room/info');
		const disabled = await run('room', 'get', { roomId: rl('x') });
		expect(disabled.error?.message).toMatch(/Gensee error 600: Interface disabled/);
		sim.accounts.get(LOGIN)!.expired = true;
		const expired = await run('room', 'getStatus', { roomId: rl('x') });
		expect(expired.error?.message).toMatch(/Gensee error 201: Password expired/);
	});

	test('the credential test request fails on wrong credentials (code 200) and passes on right ones', async () => {
		const { sim } = await setup();
		const type = new GenseeApi();
		const request = type.test.request;
		expect(request.url).toBe('/training/room/sync');
		const send = async (password: string) => {
			const options = await type.authenticate({ site: sim.url, loginName: LOGIN, password, sec: 'none' }, { url: request.url!, method: 'POST', body: request.body as IDataObject });
			const response = await fetch(`${sim.url}/integration/site${request.url}`, {
				method: 'POST',
				body: options.body as string,
				headers: options.headers as Record<string, string>,
			});
			return (await response.json()) as IDataObject;
		};
		const rules = type.test.rules!.map((r) => (r.properties as { key: string; value: string }));
		const failsOn = (answer: IDataObject) => rules.some((r) => answer[r.key] === r.value);
		expect(failsOn(await send('bad'))).toBe(true);
		expect(failsOn(await send(PASSWORD))).toBe(false);
	});

	test('a bare site domain becomes https://{domain}/integration/site, in the node and in the credential test', async () => {
		const { genseeBaseUrl } = await import('../../credentials/GenseeApi.credentials');
		const nodeTypes = { getByName: () => ({}), getByNameAndVersion: () => ({ description: { properties: [] } }), getKnownTypes: () => ({}) };
		const workflow = new Workflow({ nodes: [{ id: '1', name: 'n', type: 'x', typeVersion: 1, position: [0, 0], parameters: {} }], connections: {}, active: false, nodeTypes: nodeTypes as never });
		const expression = new GenseeApi().test.request.baseURL as string;
		for (const [site, expected] of [
			['test.gensee.com', 'https://test.gensee.com/integration/site'],
			[' http://test.gensee.com/integration/site/ ', 'http://test.gensee.com/integration/site'],
			['http://127.0.0.1:8080', 'http://127.0.0.1:8080/integration/site'],
		]) {
			expect(genseeBaseUrl({ site })).toBe(expected);
			expect(workflow.expression.getParameterValue(expression, null, 0, 0, 'n', [], 'manual', { $credentials: { site } } as never)).toBe(expected);
		}
	});
});

describe('result codes', () => {
	let sim: GenseeSimulator;
	let run: Started['run'];
	beforeEach(async () => {
		({ sim, run } = await setup());
	});

	test('501 data does not exist', async () => {
		const result = await run('room', 'get', { roomId: rl('no-such-room') });
		expect(result.error?.message).toMatch(/Gensee error 501: Data does not exist/);
		expect((result.error as { description?: string }).description).toMatch(/does not exist/);
	});

	test('502 duplicate data', async () => {
		sim.accounts.set('taken', { password: 'secret1', role: 'teacher', name: 'T' });
		const result = await run('teacher', 'create', { teacherLoginName: 'taken', teacherPassword: 'abcdef12', name: 'X' });
		expect(result.error?.message).toMatch(/Gensee error 502: Duplicate data/);
		expect(errorText(result.error)).not.toContain('abcdef12');
	});

	test('500 business error: identical tokens', async () => {
		const result = await run('room', 'create', {
			subject: 'Same tokens', startDate: '2026-12-01T08:00:00Z', realtime: false,
			additionalFields: { teacherToken: 'same1234', assistantToken: 'same1234' },
		});
		expect(result.error?.message).toMatch(/Gensee error 500: Business error/);
	});

	test('invalid input fails with the field named, before any request', async () => {
		const result = await run('teacher', 'create', { teacherLoginName: 'a', teacherPassword: '123', name: 'X' });
		expect(result.error?.message).toMatch(/Teacher Password/);
		expect(sim.requests).toHaveLength(0);
		const tooLong = await run('miniRoom', 'create', { subject: 'x', startDate: '2026-12-01T08:00:00Z', duration: 500 });
		expect(tooLong.error?.message).toMatch(/Duration.*at most 480/);
	});

	test('a wrong site path answers HTTP 404 and is not retried', async () => {
		const { credentials } = started!;
		credentials.set('genseeApi', { site: `${sim.url}/wrong`, loginName: LOGIN, password: PASSWORD, sec: 'none' });
		const result = await run('room', 'get', { roomId: rl('x'), ...FAST_RETRY });
		expect(result.error?.message).toMatch(/HTTP 404/);
		expect(sim.requests).toHaveLength(1);
	});

	test('the simulator 404s the document’s malformed paths and refuses GET', async () => {
		const form = new URLSearchParams({ loginName: LOGIN, password: PASSWORD, roomId: 'x' });
		const post = (path: string) => fetch(`${sim.url}${path}`, { method: 'POST', body: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
		expect((await post('/integration/site/training/%20courseware/list')).status).toBe(404);
		expect((await post('/integration/site/training/%20courseware%20/deleted')).status).toBe(404);
		expect((await post('/integration/sitetraining/warmup/modify')).status).toBe(404);
		expect((await fetch(`${sim.url}/integration/site/training/room/info?${form.toString()}`)).status).toBe(405);
	});
});

describe('retries and Continue On Fail', () => {
	test('HTTP 500/503, 429 and dropped connections are retried until the call succeeds', async () => {
		const { sim, run } = await setup();
		const room = sim.addRoom();
		sim.failNext('http500', 'drop', 'http429', 'http503');
		const result = await run('room', 'get', { roomId: rl(room.id), ...FAST_RETRY });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.id).toBe(room.id);
		expect(sim.faultCount).toBe(4);
	});

	test('after the last retry the error says the server failed', async () => {
		const { sim, run } = await setup();
		sim.failNext('http502', 'http502', 'http502');
		const result = await run('room', 'get', { roomId: rl('x'), requestOptions: { maxRetries: 2, retryDelay: 1 } });
		expect(result.error?.message).toMatch(/HTTP 502/);
	});

	test('Continue On Fail: one result per item, failures as items with the vendor meaning', async () => {
		const { sim, run } = await setup();
		const room = sim.addRoom();
		const items = [{ json: { id: room.id } }, { json: { id: 'missing' } }, { json: { id: room.id } }];
		const result = await run('room', 'get', { roomId: rl('={{$json.id}}') }, items, { continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(result.items[0].json.id).toBe(room.id);
		expect(result.items[1].json.error).toMatch(/Gensee error 501/);
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
		expect(result.items[2].json.id).toBe(room.id);
	});

	test('without Continue On Fail the failing item stops the node', async () => {
		const { sim, run } = await setup();
		const room = sim.addRoom();
		const items = [{ json: { id: room.id } }, { json: { id: 'missing' } }];
		const result = await run('room', 'get', { roomId: rl('={{$json.id}}') }, items);
		expect(result.error?.message).toMatch(/Gensee error 501/);
	});

	test('insert playback: items for the same room are sent as one recordId[0..n] list, each item gets its result', async () => {
		const { sim, run } = await setup();
		const a = sim.addRoom();
		const b = sim.addRoom();
		const items = [
			{ json: { room: a.id, rec: '11' } },
			{ json: { room: b.id, rec: '22' } },
			{ json: { room: a.id, rec: '33,44' } },
		];
		const result = await run('record', 'attachInsert', { roomId: rl('={{$json.room}}'), recordId: '={{$json.rec}}' }, items);
		expect(result.error).toBeUndefined();
		const forms = formsTo(sim, '/training/record/choose');
		expect(forms).toHaveLength(2);
		expect(forms.find((f) => f.roomId === a.id)).toMatchObject({ 'recordId[0]': '11', 'recordId[1]': '33', 'recordId[2]': '44' });
		expect([...a.insertRecords]).toEqual(['11', '33', '44']);
		expect([...b.insertRecords]).toEqual(['22']);
		expect(result.items.map((i) => i.json.recordId)).toEqual([['11'], ['22'], ['33', '44']]);
	});
});
