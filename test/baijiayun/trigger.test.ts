/**
 * Baijiayun Trigger against the document's 回调接口 chapter: signed callbacks from the simulator start
 * the workflow, forged/unsigned/stale ones get HTTP 401, retries of the same qid start nothing, and the
 * receiver answers {"code":0,"msg":""} as the document's 返回标准 requires.
 */
import { BaijiayunApi } from '../../credentials/BaijiayunApi.credentials';
import type { IDataObject } from 'n8n-workflow';

import { BaijiayunTrigger, PLAYBACK_FIELDS } from '../../nodes/Baijiayun/BaijiayunTrigger.node';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runWebhookMethod, triggerFixture, WebhookReceiver } from '../harness/triggers';
import { documentedCallback, vendorDocument } from '../fixtures/documents';
import { BaijiayunSimulator, signParams } from '../simulators/baijiayun/BaijiayunSimulator';
import { PARTNER_ID, PARTNER_KEY } from './setup';

const newDevice = {
	type: 'add_device',
	device_id: 123,
	device_unique: 'AEFOIJ-23FKJ-23KJA-213',
	zone_id: 12,
	class_name: '教室',
	address: '北京',
	user_role: 0,
	qid: 'q-1',
};

const playback = {
	partner_id: PARTNER_ID,
	room_id: '18020796069152',
	serial_number: '1',
	session_id: 123132313,
	video_id: 123,
	status: 100,
	preface_url: 'http://img.example/1.jpg',
	total_size: 123,
	total_transcode_size: 456,
	length: 3600,
	file_md5: 'abcdefagea',
	now_definition: 'low,std',
	origin_definition: 'high',
	qid: 'q-2',
};

describe('Baijiayun Trigger', () => {
	let sim: BaijiayunSimulator;
	let receiver: WebhookReceiver;

	async function setup(events = ['deviceAdded', 'playbackMatched'], options = {}, { typeVersion = 1, parameters = {} }: { typeVersion?: number; parameters?: IDataObject } = {}) {
		await receiver?.stop();
		const credentials = new TestCredentialsHelper({ baijiayunApi: new BaijiayunApi() });
		credentials.set('baijiayunApi', { environment: 'baseUrl', baseUrl: sim.url, partnerId: PARTNER_ID, partnerKey: PARTNER_KEY });
		const fixture = triggerFixture(new BaijiayunTrigger(), { events, options, ...parameters }, credentials, {}, typeVersion);
		receiver = await new WebhookReceiver(fixture).start();
		return fixture;
	}

	beforeEach(async () => {
		sim = await new BaijiayunSimulator(PARTNER_ID, PARTNER_KEY).start();
	});
	afterEach(async () => {
		await receiver?.stop();
		await sim.stop();
	});

	test('a signed new-device callback starts the workflow and is answered {"code":0,"msg":""}', async () => {
		await setup();
		const answer = await sim.sendCallback(receiver.url, newDevice);
		expect(answer).toEqual({ status: 200, body: { code: 0, msg: '' } });
		expect(receiver.executions).toHaveLength(1);
		const item = receiver.executions[0][0][0].json;
		expect(item).toMatchObject({ event: 'deviceAdded', type: 'add_device', device_id: 123, zone_id: 12, user_role: 0, qid: 'q-1' });
		expect(item).not.toHaveProperty('sign');
		expect(typeof item.sentAt).toBe('string');
	});

	test('a playback auto-match callback starts the workflow with its fields', async () => {
		await setup();
		await sim.sendCallback(receiver.url, playback);
		const item = receiver.executions[0][0][0].json;
		expect(item).toMatchObject({ event: 'playbackMatched', room_id: 18020796069152, video_id: 123, status: 100, length: 3600, now_definition: 'low,std' });
	});

	test('forged, unsigned and wrongly keyed callbacks get HTTP 401 and start nothing', async () => {
		await setup();
		const forged = await sim.sendCallback(receiver.url, newDevice, { sign: '0123456789abcdef0123456789abcdef' });
		const unsigned = await sim.sendCallback(receiver.url, { ...newDevice, qid: 'q-3' }, { sign: null });
		sim.partners.set('999', 'another-key');
		const otherKey = await sim.sendCallback(receiver.url, { ...newDevice, qid: 'q-4' }, { partnerId: '999' });
		for (const answer of [forged, unsigned, otherKey]) expect(answer.status).toBe(401);
		expect(receiver.executions).toHaveLength(0);
	});

	test('a tampered field breaks the signature', async () => {
		await setup();
		const ts = Math.floor(Date.now() / 1000);
		const params = { ...newDevice, timestamp: String(ts) };
		const { signParams } = await import('../simulators/baijiayun/BaijiayunSimulator');
		const sign = signParams(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])), PARTNER_KEY);
		const tampered = await sim.sendCallback(receiver.url, { ...newDevice, device_id: 999 }, { sign, timestamp: ts });
		expect(tampered.status).toBe(401);
	});

	test('a stale timestamp is rejected as a replay', async () => {
		await setup();
		const answer = await sim.sendCallback(receiver.url, newDevice, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
		expect(answer.status).toBe(401);
		expect(receiver.executions).toHaveLength(0);
	});

	test('the vendor retrying the same qid (after 5 s and 60 s) starts the workflow once', async () => {
		await setup();
		const answers = [];
		for (let i = 0; i < 3; i++) answers.push(await sim.sendCallback(receiver.url, newDevice));
		for (const answer of answers) expect(answer).toEqual({ status: 200, body: { code: 0, msg: '' } });
		expect(receiver.executions).toHaveLength(1);
	});

	test('only the selected events start the workflow; others are acknowledged', async () => {
		await setup(['playbackMatched']);
		const answer = await sim.sendCallback(receiver.url, newDevice);
		expect(answer).toEqual({ status: 200, body: { code: 0, msg: '' } });
		expect(receiver.executions).toHaveLength(0);
		await sim.sendCallback(receiver.url, playback);
		expect(receiver.executions).toHaveLength(1);
	});

	test('activation has nothing to register: the URL is configured by Baijiayun support', async () => {
		const fixture = await setup();
		expect(await runWebhookMethod(fixture, 'checkExists')).toBe(true);
		expect(await runWebhookMethod(fixture, 'create')).toBe(true);
		expect(await runWebhookMethod(fixture, 'delete')).toBe(true);
	});

	describe('Send Sample Event When Listening', () => {
		/** the editor's "Listen for test event": mode manual on the webhook-test URL of the receiver's server */
		async function listen(parameters: object, mode: 'manual' | 'webhook' = 'manual') {
			const credentials = new TestCredentialsHelper({ baijiayunApi: new BaijiayunApi() });
			credentials.set('baijiayunApi', { environment: 'baseUrl', baseUrl: sim.url, partnerId: PARTNER_ID, partnerKey: PARTNER_KEY });
			const fixture = triggerFixture(new BaijiayunTrigger(), { options: {}, ...parameters }, credentials);
			receiver = await new WebhookReceiver(fixture, mode).start();
			return { fixture, base: receiver.url.replace(/\/webhook\/.*$/, '/webhook') };
		}

		test('the independent signer used below follows the documented rule (the fixture\'s signature example)', () => {
			for (const { inputs, expected } of vendorDocument('baijiayun').signatureExamples ?? [])
				expect(signParams(inputs.params as unknown as Record<string, string>, inputs.partner_key)).toBe(expected);
		});

		test.each([
			['deviceAdded', ['deviceAdded', 'playbackMatched'], 'addDevice'],
			['playbackMatched', ['playbackMatched', 'deviceAdded'], 'playbackAutoMatch'],
		])('%s (first selected event): listening sends the document\'s example once, signed with the partner key, and the webhook takes it', async (event, events, id) => {
			const { fixture, base } = await listen({ events, sendSampleEvent: true });
			expect(await runWebhookMethod(fixture, 'checkExists', base, undefined, { test: true })).toBe(true);
			const [call] = await receiver.waitForCalls(1);
			const params = call.request?.body as Record<string, string>;
			expect(call.request?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
			expect(params.sign).toBe(signParams(params, PARTNER_KEY));
			// Baijiayun stamps the current time (当前时间); the other fields are the document's example column
			expect(Math.abs(Number(params.timestamp) - Date.now() / 1000)).toBeLessThan(30);
			const { timestamp: _t, sign: _s, ...documented } = documentedCallback('baijiayun', id).sample as Record<string, unknown>;
			const { timestamp: _ts, sign: _sg, ...sent } = params;
			expect(sent).toEqual(Object.fromEntries(Object.entries(documented).map(([k, v]) => [k, String(v)])));
			expect(call).toMatchObject({ status: 200, responseBody: { code: 0, msg: '' } });
			expect(receiver.executions).toHaveLength(1);
			expect(receiver.executions[0][0][0].json).toMatchObject({ event, ...documented, isSample: true });
			await new Promise((resolve) => setTimeout(resolve, 1500));
			expect(receiver.calls).toHaveLength(1);
			expect(await runWebhookMethod(fixture, 'delete', base, 'update', { test: true })).toBe(true);
		});

		test('each listening gets its sample, though the document\'s qid repeats', async () => {
			const { fixture, base } = await listen({ events: ['deviceAdded'], sendSampleEvent: true });
			for (let n = 1; n <= 2; n++) {
				await runWebhookMethod(fixture, 'checkExists', base, undefined, { test: true });
				await receiver.waitForCalls(n);
				await runWebhookMethod(fixture, 'delete', base, 'update', { test: true });
			}
			expect(receiver.executions).toHaveLength(2);
		});

		test('the sample header passes nothing unsigned: the webhook checks a sample like any callback', async () => {
			await listen({ events: ['deviceAdded'], sendSampleEvent: true });
			const body = new URLSearchParams({ type: 'add_device', device_id: '123', qid: '0', timestamp: String(Math.floor(Date.now() / 1000)) });
			const answer = await fetch(receiver.url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-smart-campus-sample': '1' } });
			expect(answer.status).toBe(401);
			expect(receiver.executions).toHaveLength(0);
		});

		test('activation with the option on and listening with it off send nothing', async () => {
			const { fixture, base } = await listen({ events: ['deviceAdded'], sendSampleEvent: true });
			expect(await runWebhookMethod(fixture, 'checkExists', base)).toBe(true);
			const off = triggerFixture(new BaijiayunTrigger(), { events: ['deviceAdded'], options: {} }, fixture.credentials);
			expect(await runWebhookMethod(off, 'checkExists', base, undefined, { test: true })).toBe(true);
			await new Promise((resolve) => setTimeout(resolve, 2500));
			expect(receiver.calls).toHaveLength(0);
		});
	});
	describe('version 2: playback items follow the simplified shape by default', () => {
		/** what one callback starts in a workflow saved with the given version */
		async function itemOf(params: typeof playback | typeof newDevice, typeVersion: number, parameters: IDataObject = {}): Promise<IDataObject> {
			// a fixed signed time gives a known sentAt; the replay check is off for it
			await setup(undefined, { maxAge: 0 }, { typeVersion, parameters });
			expect((await sim.sendCallback(receiver.url, params, { timestamp: 1700000000 })).status).toBe(200);
			expect(receiver.executions).toHaveLength(1);
			return receiver.executions[0][0][0].json;
		}

		test('the listed fields are parameters of the documented playback callback, which has more than ten; the new-device callback has ten', () => {
			const documented = (id: string) => {
				const callback = documentedCallback('baijiayun', id);
				return [...new Set([...Object.keys(callback.sample as object), ...(callback.params ?? []).map((p) => p.name)])];
			};
			expect(documented('playbackAutoMatch').length).toBeGreaterThan(10);
			expect(PLAYBACK_FIELDS.filter((f) => !documented('playbackAutoMatch').includes(f))).toEqual([]);
			expect(documented('addDevice')).toHaveLength(10);
		});

		test('version 1 gives the whole callback (numbers as numbers, no sign, sentAt), as before', async () => {
			expect(await itemOf(playback, 1)).toEqual({
				event: 'playbackMatched',
				...playback,
				partner_id: Number(PARTNER_ID),
				room_id: 18020796069152,
				timestamp: 1700000000,
				sentAt: '2023-11-14T22:13:20.000Z',
			});
		});

		test('version 2 keeps the listed fields with the event and sentAt; Raw is version 1', async () => {
			const v1 = await itemOf(playback, 1);
			const v2 = await itemOf(playback, 2);
			// the delivery key is the callback's qid, which Baijiayun's retries repeat
			expect(Object.keys(v2)).toEqual(['event', ...PLAYBACK_FIELDS, 'sentAt', 'deliveryKey']);
			expect(v2).toEqual({ ...Object.fromEntries(Object.keys(v2).map((k) => [k, v1[k]])), deliveryKey: String(playback.qid) });
			expect(await itemOf(playback, 2, { output: 'raw' })).toEqual({ ...v1, deliveryKey: String(playback.qid) });
			expect(await itemOf(playback, 2, { output: 'fields', outputFields: 'video_id, file_md5' })).toEqual({ video_id: 123, file_md5: 'abcdefagea' });
		});

		test('new-device callbacks (ten fields) stay whole in version 2', async () => {
			const v1 = await itemOf(newDevice, 1);
			expect(v1).toEqual({ event: 'deviceAdded', ...newDevice, timestamp: 1700000000, sentAt: '2023-11-14T22:13:20.000Z' });
			expect(await itemOf(newDevice, 2)).toEqual({ ...v1, deliveryKey: String(newDevice.qid) });
		});
	});
});
