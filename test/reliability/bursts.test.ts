/**
 * Bursts into every webhook trigger, as a school gate sends them at the morning rush: many distinct deliveries
 * in flight at once each start exactly one execution; copies of one delivery, sent one after another or at the
 * same moment, start one; and no delivery writes the workflow's static data (a workflow write per delivery is
 * what lost executions in a real n8n under load). The same bursts in a real n8n: `npm run bench` and the
 * end-to-end tests.
 */
import type { IDataObject, WorkflowExecuteMode } from 'n8n-workflow';

import { BaijiayunApi } from '../../credentials/BaijiayunApi.credentials';
import { GenseeApi } from '../../credentials/GenseeApi.credentials';
import { HongTuApi } from '../../credentials/HongTuApi.credentials';
import { BaijiayunTrigger } from '../../nodes/Baijiayun/BaijiayunTrigger.node';
import { GenseeTrigger } from '../../nodes/Gensee/GenseeTrigger.node';
import { HongTuTrigger } from '../../nodes/HongTu/HongTuTrigger.node';
import { DELIVERY_MEMORY, firstDeliveries } from '../../nodes/shared/webhooks';
import { callbackSample } from '../fixtures/documents';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { triggerFixture, WebhookReceiver } from '../harness/triggers';
import { BaijiayunSimulator } from '../simulators/baijiayun/BaijiayunSimulator';
import { GenseeSimulator } from '../simulators/gensee/GenseeSimulator';
import { pushTo } from '../simulators/hongtu/HongTuSimulator';
import { BAIJIAYUN_PARTNER_ID, BAIJIAYUN_PARTNER_KEY, HONGTU_APP_KEY, HONGTU_SECRET } from './vendors';

const BURST = 300;
const IN_FLIGHT = 20;

/** Sends every delivery, `inFlight` at a time; resolves with the answers in sending order. */
async function burst<T>(deliveries: Array<() => Promise<T>>, inFlight = IN_FLIGHT): Promise<T[]> {
	const answers: T[] = new Array(deliveries.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: inFlight }, async () => {
			while (next < deliveries.length) {
				const n = next++;
				answers[n] = await deliveries[n]();
			}
		}),
	);
	return answers;
}

/** How the trigger runs: as an active workflow (mode webhook) or while listening for a test event (manual), at a node version. */
interface Run {
	mode?: WorkflowExecuteMode;
	typeVersion?: number;
}

interface Scenario {
	name: string;
	start(run?: Run): Promise<{ receiver: WebhookReceiver; send(key: string): Promise<{ status: number }>; stop(): Promise<void> }>;
	/** the delivery key an item of delivery `key` carries, where the vendor's own id is it; else its form */
	deliveryKey(key: string): string | jest.AsymmetricMatcher;
}

const scenarios: Scenario[] = [
	{
		name: 'HongTu Trigger (business-data push, pass records)',
		async start({ mode, typeVersion }: Run = {}) {
			const credentials = new TestCredentialsHelper({ hongTuApi: new HongTuApi() });
			credentials.set('hongTuApi', { baseUrl: 'http://127.0.0.1:9', cappkey: HONGTU_APP_KEY, secret: HONGTU_SECRET });
			const fixture = triggerFixture(new HongTuTrigger(), { source: 'businessPush', busiTypes: ['5'], options: {} }, credentials, {}, typeVersion);
			const receiver = await new WebhookReceiver(fixture, mode).start();
			const sample = callbackSample<IDataObject>('hongtu', 'busiPush5PassRecord');
			return {
				receiver,
				send: async (key) => await pushTo(receiver.url, { busiType: '5', data: JSON.stringify({ ...sample, id: key }) }),
				stop: async () => await receiver.stop(),
			};
		},
		// the box sends no delivery id: a digest of the record
		deliveryKey: () => expect.stringMatching(/^[0-9a-f]{64}$/),
	},
	{
		name: 'Baijiayun Trigger (signed new-device callbacks)',
		async start({ mode, typeVersion }: Run = {}) {
			const sim = await new BaijiayunSimulator(BAIJIAYUN_PARTNER_ID, BAIJIAYUN_PARTNER_KEY).start();
			const credentials = new TestCredentialsHelper({ baijiayunApi: new BaijiayunApi() });
			credentials.set('baijiayunApi', { environment: 'baseUrl', baseUrl: sim.url, partnerId: BAIJIAYUN_PARTNER_ID, partnerKey: BAIJIAYUN_PARTNER_KEY });
			const fixture = triggerFixture(new BaijiayunTrigger(), { events: ['deviceAdded'], options: {} }, credentials, {}, typeVersion);
			const receiver = await new WebhookReceiver(fixture, mode).start();
			const device = { type: 'add_device', device_id: 7, device_unique: 'BURST', zone_id: 1, class_name: 'Room', address: 'A', user_role: 0 };
			return {
				receiver,
				send: async (key) => await sim.sendCallback(receiver.url, { ...device, qid: key }),
				stop: async () => {
					await receiver.stop();
					await sim.stop();
				},
			};
		},
		// the callback's qid, which Baijiayun's retries repeat
		deliveryKey: (key) => key,
	},
	{
		name: 'Gensee Trigger (transcoding callbacks)',
		async start({ mode, typeVersion }: Run = {}) {
			const sim = await new GenseeSimulator().start();
			const credentials = new TestCredentialsHelper({ genseeApi: new GenseeApi() });
			const fixture = triggerFixture(new GenseeTrigger(), { statuses: ['ok', 'error'], options: {} }, credentials, {}, typeVersion);
			const receiver = await new WebhookReceiver(fixture, mode).start();
			return {
				receiver,
				send: async (key) => await sim.sendCallback(receiver.url, { gscoursewareId: key, gsstatus: 'ok' }),
				stop: async () => {
					await receiver.stop();
					await sim.stop();
				},
			};
		},
		// a transcode ends once: the courseware and its status
		deliveryKey: (key) => `${key}:ok`,
	},
];

describe.each(scenarios)('$name', (scenario) => {
	let env: Awaited<ReturnType<Scenario['start']>>;
	beforeEach(async () => {
		env = await scenario.start();
	});
	afterEach(async () => await env.stop());

	test(`${BURST} distinct deliveries, ${IN_FLIGHT} in flight: every one answered 200 and started exactly once`, async () => {
		const keys = Array.from({ length: BURST }, (_, n) => `burst-${n}`);
		const answers = await burst(keys.map((key) => () => env.send(key)));
		expect(answers.filter((a) => a.status !== 200)).toEqual([]);
		expect(env.receiver.executions).toHaveLength(BURST);
		expect(env.receiver.fixture.workflow.staticData).toEqual({});
	});

	test('copies of one delivery, sent at the same moment and again later, start one execution', async () => {
		const answers = await burst(Array.from({ length: 40 }, () => () => env.send('twin')), 40);
		expect(answers.every((a) => a.status === 200)).toBe(true);
		await env.send('twin');
		expect(env.receiver.executions).toHaveLength(1);
		// a burst of others in between does not push the first key out of the record
		await burst(Array.from({ length: 100 }, (_, n) => () => env.send(`other-${n}`)));
		await env.send('twin');
		expect(env.receiver.executions).toHaveLength(101);
	});

	test('version 2 items carry the delivery key, the same for every copy (for Remove Duplicates); version 1 items none', async () => {
		await env.send('keyed');
		expect(env.receiver.executions[0][0][0].json).not.toHaveProperty('deliveryKey');
		await env.stop();
		const keys: unknown[] = [];
		for (let copy = 0; copy < 2; copy++) {
			// two webhook processes: each has its own record, so each starts the copy it receives
			env = await scenario.start({ typeVersion: 2 });
			await env.send('keyed');
			keys.push(env.receiver.executions[0][0][0].json.deliveryKey);
			await env.stop();
		}
		expect(keys[0]).toEqual(scenario.deliveryKey('keyed'));
		expect(keys[1]).toBe(keys[0]);
		env = await scenario.start();
	});

	test('listening for a test event starts the test workflow for every copy; an active workflow starts one', async () => {
		await env.stop();
		env = await scenario.start({ mode: 'manual', typeVersion: 2 });
		for (let copy = 0; copy < 3; copy++) expect((await env.send('tested twice')).status).toBe(200);
		expect(env.receiver.executions).toHaveLength(3);
		await env.stop();
		env = await scenario.start({ typeVersion: 2 });
		for (let copy = 0; copy < 3; copy++) expect((await env.send('tested twice')).status).toBe(200);
		expect(env.receiver.executions).toHaveLength(1);
	});
});

describe('the record of recent deliveries', () => {
	test('covers the vendors’ documented retries (Baijiayun: 5 s and 60 s) and a morning rush', () => {
		expect(DELIVERY_MEMORY.ttlMs).toBeGreaterThanOrEqual(10 * 60 * 1000);
		expect(DELIVERY_MEMORY.max).toBeGreaterThanOrEqual(10000);
	});
});

describe('a delivery n8n could not take', () => {
	test('is forgotten when n8n answers the vendor with an error, so the resend starts the workflow', () => {
		const { EventEmitter } = jest.requireActual<typeof import('node:events')>('node:events');
		const response = Object.assign(new EventEmitter(), { statusCode: 200 });
		const ctx = {
			getNode: () => ({ id: 'node-1', name: 'Trigger' }),
			getWorkflow: () => ({ id: 'wf-forget' }),
			getMode: () => 'webhook',
			getResponseObject: () => response,
		} as unknown as Parameters<typeof firstDeliveries>[0];
		expect(firstDeliveries(ctx, ['a'])).toEqual([true]);
		response.statusCode = 500;
		response.emit('finish');
		expect(firstDeliveries(ctx, ['a'])).toEqual([true]);
		response.statusCode = 200;
		response.emit('finish');
		expect(firstDeliveries(ctx, ['a'])).toEqual([false]);
	});
});
