/**
 * Callbacks into every webhook trigger: forged or missing signatures, wrong shared secrets, disallowed
 * sources, replays, oversized bodies, wrong content types and malformed JSON are rejected with the right
 * status and start no execution; valid callbacks are answered promptly and start exactly one.
 *
 * Bodies larger than n8n's payload limit (N8N_PAYLOAD_SIZE_MAX, 16 MiB by default) are refused by n8n with
 * HTTP 413 before any node runs; below it, an oversized body must not get past the trigger's own checks.
 */
import type { IDataObject } from 'n8n-workflow';

import { BaijiayunApi } from '../../credentials/BaijiayunApi.credentials';
import { HongTuApi } from '../../credentials/HongTuApi.credentials';
import { BaijiayunTrigger } from '../../nodes/Baijiayun/BaijiayunTrigger.node';
import { GenseeTrigger } from '../../nodes/Gensee/GenseeTrigger.node';
import { HongTuTrigger } from '../../nodes/HongTu/HongTuTrigger.node';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runWebhookMethod, triggerFixture, WebhookReceiver } from '../harness/triggers';
import { BaijiayunSimulator } from '../simulators/baijiayun/BaijiayunSimulator';
import { postCallback } from '../simulators/common/SimulatorServer';
import { callbackSample } from '../fixtures/documents';
import { HongTuSimulator } from '../simulators/hongtu/HongTuSimulator';
import { leaks } from './scan';
import { BAIJIAYUN_PARTNER_ID, BAIJIAYUN_PARTNER_KEY, HONGTU_APP_KEY, HONGTU_SECRET } from './vendors';

/** Answered within this many milliseconds (vendors retry callbacks they think timed out). */
const PROMPT_MS = 1000;
/** 8 MiB: far more than any callback, below n8n's own payload limit */
const OVERSIZED = 8 * 1024 * 1024;

async function timed<T>(call: () => Promise<T>): Promise<{ answer: T; ms: number }> {
	const start = Date.now();
	const answer = await call();
	return { answer, ms: Date.now() - start };
}

const post = (url: string, body: string | Buffer, contentType: string) => postCallback(url, body, contentType);

describe('Baijiayun Trigger', () => {
	let sim: BaijiayunSimulator;
	let receiver: WebhookReceiver;
	const device = { type: 'add_device', device_id: 321, device_unique: 'REL-DEV', zone_id: 1, class_name: 'Room', address: 'A', user_role: 0 };

	beforeEach(async () => {
		sim = await new BaijiayunSimulator(BAIJIAYUN_PARTNER_ID, BAIJIAYUN_PARTNER_KEY).start();
		const credentials = new TestCredentialsHelper({ baijiayunApi: new BaijiayunApi() });
		credentials.set('baijiayunApi', { environment: 'baseUrl', baseUrl: sim.url, partnerId: BAIJIAYUN_PARTNER_ID, partnerKey: BAIJIAYUN_PARTNER_KEY });
		receiver = await new WebhookReceiver(triggerFixture(new BaijiayunTrigger(), { events: ['deviceAdded', 'playbackMatched'], options: {} }, credentials)).start();
	});
	afterEach(async () => {
		await receiver.stop();
		await sim.stop();
	});

	test('a valid signed callback is answered promptly and starts one execution', async () => {
		const { answer, ms } = await timed(() => sim.sendCallback(receiver.url, { ...device, qid: 'ok-1' }));
		expect(answer).toEqual({ status: 200, body: { code: 0, msg: '' } });
		expect(ms).toBeLessThan(PROMPT_MS);
		expect(receiver.executions).toHaveLength(1);
	});

	test.each([
		['a forged signature', { sign: 'f'.repeat(32) }],
		['no signature', { sign: null }],
		['a signature that is not hex', { sign: 'not-a-signature' }],
		['a stale timestamp (replay after 1 hour)', { timestamp: Math.floor(Date.now() / 1000) - 3600 }],
		['a timestamp from the future', { timestamp: Math.floor(Date.now() / 1000) + 3600 }],
	] as const)('%s → 401, no execution, no secret in the answer', async (_what, options) => {
		const answer = await sim.sendCallback(receiver.url, { ...device, qid: 'bad' }, options as never);
		expect(answer.status).toBe(401);
		expect(leaks(JSON.stringify(answer.body), [BAIJIAYUN_PARTNER_KEY])).toEqual([]);
		expect(receiver.executions).toHaveLength(0);
	});

	test('a callback signed with another partner’s key → 401', async () => {
		sim.partners.set('99999', 'another-partner-key');
		const answer = await sim.sendCallback(receiver.url, { ...device, qid: 'other' }, { partnerId: '99999' });
		expect(answer.status).toBe(401);
		expect(receiver.executions).toHaveLength(0);
	});

	test('replays of the same qid, even freshly re-signed, start one execution; each is acknowledged', async () => {
		const answers = [];
		for (let i = 0; i < 4; i++) answers.push(await sim.sendCallback(receiver.url, { ...device, qid: 'replayed' }));
		for (const answer of answers) expect(answer).toEqual({ status: 200, body: { code: 0, msg: '' } });
		expect(receiver.executions).toHaveLength(1);
	});

	test('an oversized forged body → 401 promptly, no execution', async () => {
		const body = new URLSearchParams({ ...device, class_name: 'x'.repeat(OVERSIZED), sign: 'f'.repeat(32), timestamp: String(Math.floor(Date.now() / 1000)) } as never).toString();
		const { answer, ms } = await timed(() => post(receiver.url, body, 'application/x-www-form-urlencoded'));
		expect(answer.status).toBe(401);
		expect(ms).toBeLessThan(5 * PROMPT_MS);
		expect(receiver.executions).toHaveLength(0);
	});

	test('a signed form sent as text/plain carries no readable parameters → 401', async () => {
		const timestamp = String(Math.floor(Date.now() / 1000));
		const { signParams } = await import('../simulators/baijiayun/BaijiayunSimulator');
		const params: Record<string, string> = Object.fromEntries(Object.entries({ ...device, qid: 'tp', timestamp }).map(([k, v]) => [k, String(v)]));
		params.sign = signParams(params, BAIJIAYUN_PARTNER_KEY);
		const answer = await post(receiver.url, new URLSearchParams(params).toString(), 'text/plain');
		expect(answer.status).toBe(401);
		expect(receiver.executions).toHaveLength(0);
	});

	test('malformed JSON → 400, no execution', async () => {
		const answer = await post(receiver.url, '{"type": "add_device", "sign": ', 'application/json');
		expect(answer.status).toBe(400);
		expect(receiver.executions).toHaveLength(0);
	});
});

describe('Gensee Trigger', () => {
	const SECRET = 'GSE-callback-secret-9q';
	let receiver: WebhookReceiver;
	const url = (secret?: string) => `${receiver.url}${secret === undefined ? '' : `?secret=${encodeURIComponent(secret)}`}`;
	const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

	beforeEach(async () => {
		const credentials = new TestCredentialsHelper({});
		receiver = await new WebhookReceiver(triggerFixture(new GenseeTrigger(), { statuses: ['ok', 'error'], options: { secret: SECRET } }, credentials)).start();
	});
	afterEach(async () => await receiver.stop());

	test('a valid callback is answered promptly and starts one execution', async () => {
		const { answer, ms } = await timed(() => post(url(SECRET), form({ gscoursewareId: 'cw-1', gsstatus: 'ok' }), 'application/x-www-form-urlencoded'));
		expect(answer).toEqual({ status: 200, body: { code: '0', message: 'ok' } });
		expect(ms).toBeLessThan(PROMPT_MS);
		expect(receiver.executions).toHaveLength(1);
		expect(JSON.stringify(receiver.executions)).not.toContain(SECRET);
	});

	test.each([
		['a wrong shared secret', 'not-the-secret'],
		['no shared secret', undefined],
		['the secret with a different case', SECRET.toUpperCase()],
		['a prefix of the secret', SECRET.slice(0, -1)],
	] as const)('%s → 401, no execution', async (_what, secret) => {
		const answer = await post(url(secret), form({ gscoursewareId: 'cw-2', gsstatus: 'ok' }), 'application/x-www-form-urlencoded');
		expect(answer.status).toBe(401);
		expect(JSON.stringify(answer.body)).not.toContain(SECRET);
		expect(receiver.executions).toHaveLength(0);
	});

	test('the secret sent in the body instead of the URL → 401', async () => {
		const answer = await post(url(), form({ gscoursewareId: 'cw-3', gsstatus: 'ok', secret: SECRET }), 'application/x-www-form-urlencoded');
		expect(answer.status).toBe(401);
		expect(receiver.executions).toHaveLength(0);
	});

	test('replays of the same transcoding result start one execution; each is acknowledged', async () => {
		const answers = [];
		for (let i = 0; i < 3; i++) answers.push(await post(url(SECRET), form({ gscoursewareId: 'cw-4', gsstatus: 'ok' }), 'application/x-www-form-urlencoded'));
		for (const answer of answers) expect(answer.status).toBe(200);
		expect(receiver.executions).toHaveLength(1);
	});

	test('an oversized body without the secret → 401 promptly, no execution', async () => {
		const { answer, ms } = await timed(() => post(url('wrong'), form({ gscoursewareId: 'x'.repeat(OVERSIZED), gsstatus: 'ok' }), 'application/x-www-form-urlencoded'));
		expect(answer.status).toBe(401);
		expect(ms).toBeLessThan(5 * PROMPT_MS);
		expect(receiver.executions).toHaveLength(0);
	});

	test('a wrong content type (fields unreadable) → 400, no execution', async () => {
		const answer = await post(url(SECRET), form({ gscoursewareId: 'cw-5', gsstatus: 'ok' }), 'text/plain');
		expect(answer.status).toBe(400);
		expect(receiver.executions).toHaveLength(0);
	});

	test.each([
		['malformed JSON', '{"gscoursewareId": "cw-6", ', 'application/json'],
		['an unknown status', JSON.stringify({ gscoursewareId: 'cw-7', gsstatus: 'done' }), 'application/json'],
		['no courseware ID', JSON.stringify({ gsstatus: 'ok' }), 'application/json'],
	])('%s → 400, no execution', async (_what, body, type) => {
		const answer = await post(url(SECRET), body, type);
		expect(answer.status).toBe(400);
		expect(receiver.executions).toHaveLength(0);
	});
});

describe('HongTu Trigger', () => {
	const SHARED = 'HT-callback-secret-3w';
	const record = callbackSample<IDataObject>('hongtu', 'busiPush1SecurityRecognition');
	let sim: HongTuSimulator;
	let receiver: WebhookReceiver;
	let credentials: TestCredentialsHelper;
	const push = (busiType = '1', data: unknown = JSON.stringify(record)) => JSON.stringify({ busiType, data });
	const url = (token?: string) => `${receiver.url}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;

	async function start(options: IDataObject = { sharedSecret: SHARED }) {
		await receiver?.stop();
		receiver = await new WebhookReceiver(triggerFixture(new HongTuTrigger(), { source: 'businessPush', busiTypes: ['1', '5'], options }, credentials)).start();
	}

	beforeEach(async () => {
		sim = await new HongTuSimulator({ [HONGTU_APP_KEY]: HONGTU_SECRET }).start();
		credentials = new TestCredentialsHelper({ hongTuApi: new HongTuApi() });
		credentials.set('hongTuApi', { baseUrl: sim.url, cappkey: HONGTU_APP_KEY, secret: HONGTU_SECRET });
		await start();
	});
	afterEach(async () => {
		await receiver.stop();
		await sim.stop();
	});

	test('a valid push is answered promptly and starts one execution', async () => {
		const { answer, ms } = await timed(() => post(url(SHARED), push(), 'application/json'));
		expect(answer).toEqual({ status: 200, body: { code: 0, msg: '成功' } });
		expect(ms).toBeLessThan(PROMPT_MS);
		expect(receiver.executions).toHaveLength(1);
	});

	test.each([
		['a wrong shared secret', 'not-the-secret'],
		['no shared secret', undefined],
		['a prefix of the secret', SHARED.slice(0, -1)],
	] as const)('%s → 401, no execution', async (_what, token) => {
		const answer = await post(url(token), push(), 'application/json');
		expect(answer.status).toBe(401);
		expect(receiver.executions).toHaveLength(0);
	});

	test('a source outside the allowed addresses → 401, no execution', async () => {
		await start({ sharedSecret: SHARED, allowedIps: '10.20.30.40' });
		const answer = await post(url(SHARED), push(), 'application/json');
		expect(answer.status).toBe(401);
		expect(receiver.executions).toHaveLength(0);
		await start({ sharedSecret: SHARED, allowedIps: '10.20.30.40, 127.0.0.1' });
		expect((await post(url(SHARED), push(), 'application/json')).status).toBe(200);
	});

	test('an oversized body without the secret → 401 promptly, no execution', async () => {
		const { answer, ms } = await timed(() => post(url('wrong'), push('1', 'x'.repeat(OVERSIZED)), 'application/json'));
		expect(answer.status).toBe(401);
		expect(ms).toBeLessThan(5 * PROMPT_MS);
		expect(receiver.executions).toHaveLength(0);
	});

	test.each([
		['a wrong content type', push(), 'text/plain'],
		['malformed JSON', '{"busiType": "1", "data": ', 'application/json'],
		['malformed JSON inside data', push('1', '{"captureTime": '), 'application/json'],
		['an unknown busiType', push('99'), 'application/json'],
		['a JSON array', '[1, 2]', 'application/json'],
	])('%s → 400, no execution', async (_what, body, type) => {
		const answer = await post(url(SHARED), body, type);
		expect(answer.status).toBe(400);
		expect(receiver.executions).toHaveLength(0);
	});

	// the box signs nothing: the trigger remembers the records it has seen (workflow static data)
	test('a replayed push starts one execution', async () => {
		for (let i = 0; i < 3; i++) expect((await post(url(SHARED), push(), 'application/json')).status).toBe(200);
		expect(receiver.executions).toHaveLength(1);
	});

	test('activation registers the app key, never the secret', async () => {
		const fixture = triggerFixture(new HongTuTrigger(), { source: 'businessPush', busiTypes: ['1', '5'], options: { sharedSecret: SHARED } }, credentials);
		await runWebhookMethod(fixture, 'create');
		await runWebhookMethod(fixture, 'checkExists');
		await runWebhookMethod(fixture, 'delete');
		const subscribe = sim.requestsTo('/v1/api/pubsub/busi/record/add');
		expect(subscribe).toHaveLength(1);
		expect(subscribe[0].body.appKey).toBe(HONGTU_APP_KEY);
		for (const r of sim.requests) {
			const text = `${r.path} ${JSON.stringify(r.query)} ${JSON.stringify(r.headers)} ${r.rawBody.toString('utf8')}`;
			expect(leaks(text, [HONGTU_SECRET, encodeURIComponent(HONGTU_SECRET)])).toEqual([]);
		}
	});
});
