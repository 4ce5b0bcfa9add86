/**
 * Bursts into every webhook trigger, as a school gate sends them at the morning rush: many distinct deliveries
 * in flight at once each start exactly one execution; copies of one delivery, sent one after another or at the
 * same moment, start one; and no delivery writes the workflow's static data (a workflow write per delivery is
 * what lost executions in a real n8n under load). The same bursts in a real n8n: `npm run bench` and the
 * end-to-end tests.
 */
import type { IDataObject } from 'n8n-workflow';

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

interface Scenario {
	name: string;
	start(): Promise<{ receiver: WebhookReceiver; send(key: string): Promise<{ status: number }>; stop(): Promise<void> }>;
}

const scenarios: Scenario[] = [
	{
		name: 'HongTu Trigger (business-data push, pass records)',
		async start() {
			const credentials = new TestCredentialsHelper({ hongTuApi: new HongTuApi() });
			credentials.set('hongTuApi', { baseUrl: 'http://127.0.0.1:9', cappkey: HONGTU_APP_KEY, secret: HONGTU_SECRET });
			const receiver = await new WebhookReceiver(triggerFixture(new HongTuTrigger(), { source: 'businessPush', busiTypes: ['5'], options: {} }, credentials)).start();
			const sample = callbackSample<IDataObject>('hongtu', 'busiPush5PassRecord');
			return {
				receiver,
				send: async (key) => await pushTo(receiver.url, { busiType: '5', data: JSON.stringify({ ...sample, id: key }) }),
				stop: async () => await receiver.stop(),
			};
		},
	},
	{
		name: 'Baijiayun Trigger (signed new-device callbacks)',
		async start() {
			const sim = await new BaijiayunSimulator(BAIJIAYUN_PARTNER_ID, BAIJIAYUN_PARTNER_KEY).start();
			const credentials = new TestCredentialsHelper({ baijiayunApi: new BaijiayunApi() });
			credentials.set('baijiayunApi', { environment: 'baseUrl', baseUrl: sim.url, partnerId: BAIJIAYUN_PARTNER_ID, partnerKey: BAIJIAYUN_PARTNER_KEY });
			const receiver = await new WebhookReceiver(triggerFixture(new BaijiayunTrigger(), { events: ['deviceAdded'], options: {} }, credentials)).start();
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
	},
	{
		name: 'Gensee Trigger (transcoding callbacks)',
		async start() {
			const sim = await new GenseeSimulator().start();
			const credentials = new TestCredentialsHelper({ genseeApi: new GenseeApi() });
			const receiver = await new WebhookReceiver(triggerFixture(new GenseeTrigger(), { statuses: ['ok', 'error'], options: {} }, credentials)).start();
			return {
				receiver,
				send: async (key) => await sim.sendCallback(receiver.url, { gscoursewareId: key, gsstatus: 'ok' }),
				stop: async () => {
					await receiver.stop();
					await sim.stop();
				},
			};
		},
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
