/**
 * Parallel Requests (issue 19): the pages of a Return All once the first page states the total, and the
 * independent calls of a batch, go out a few at a time; the output, pairedItem, per-item errors and lost-answer
 * handling are those of one request after the other. And one rate limit per account: executions running at
 * the same time in this process share the vendor's documented limit.
 *
 * The simulators answer 20 ms late here (setDistance), so that requests really overlap; `peakConcurrent`
 * counts how many the simulator served at once.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { BaijiayunApi } from '../../credentials/BaijiayunApi.credentials';
import { Baijiayun } from '../../nodes/Baijiayun/Baijiayun.node';
import { baijiayunClient } from '../../nodes/Baijiayun/transport';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runNode } from '../harness/runNode';
import { PARTNER_ID, PARTNER_KEY, startBaijiayun } from '../baijiayun/setup';
import { startHongTu } from '../hongtu/setup';
import type { HongTuSimulator } from '../simulators/hongtu/HongTuSimulator';

const DISTANCE = { delayMs: 20, maxConcurrent: 16 };
const json = (items: INodeExecutionData[]) => items.map((i) => i.json);

function seedPersons(sim: HongTuSimulator, count: number) {
	for (let i = 0; i < count; i++) {
		const uuid = `p${String(i).padStart(31, '0')}`;
		sim.persons.set(uuid, { uuid, name: `Student ${i}`, type: 1, code: `S${i}`, orgUuid: sim.topOrg.uuid, groupList: [] });
	}
}

const pagesAsked = (sim: HongTuSimulator) => sim.requestsTo('/person/list').map((r) => Number(r.body.pageNum));

describe('Return All with Parallel Requests', () => {
	test('the same records in the same order as one page after the other, each page asked once', async () => {
		const { sim, run } = await startHongTu();
		seedPersons(sim, 1050);
		sim.setDistance(DISTANCE);
		const sequential = await run('person', 'list', { returnAll: true });
		expect(sim.peakConcurrent).toBe(1);
		expect(sequential.items).toHaveLength(1050);
		sim.requests.length = 0;
		sim.setDistance(DISTANCE);
		const parallel = await run('person', 'list', { returnAll: true, requestOptions: { parallelRequests: 4 } });
		expect(json(parallel.items)).toEqual(json(sequential.items));
		expect(parallel.items.map((i) => i.pairedItem)).toEqual(sequential.items.map((i) => i.pairedItem));
		expect(sim.peakConcurrent).toBe(4);
		expect(pagesAsked(sim).sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, n) => n + 1));
		await sim.stop();
	});

	test('Limit asks only for the pages it needs', async () => {
		const { sim, run } = await startHongTu();
		seedPersons(sim, 1050);
		sim.setDistance(DISTANCE);
		const some = await run('person', 'list', { returnAll: false, limit: 250, requestOptions: { parallelRequests: 8 } });
		expect(some.items.map((i) => i.json.code)).toEqual(Array.from({ length: 250 }, (_, n) => `S${n}`));
		expect(pagesAsked(sim).sort((a, b) => a - b)).toEqual([1, 2, 3]);
		await sim.stop();
	});

	test('injected faults on 40% of the requests lose nothing and duplicate nothing', async () => {
		const { sim, run } = await startHongTu();
		seedPersons(sim, 1050);
		sim.setDistance(DISTANCE);
		sim.setFaults({ rate: 0.4, kinds: ['http500', 'http503', 'http429', 'drop', 'throttle'] }, 3);
		const result = await run('person', 'list', { returnAll: true, requestOptions: { parallelRequests: 4, maxRetries: 8, retryDelay: 1 } });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.code)).toEqual(Array.from({ length: 1050 }, (_, n) => `S${n}`));
		expect(sim.faultCount).toBeGreaterThan(2);
		expect(sim.peakConcurrent).toBeGreaterThan(1);
		await sim.stop();
	});

	test('a page that keeps failing fails the run with its error, as one page after the other would', async () => {
		const { sim, run } = await startHongTu();
		seedPersons(sim, 1050);
		const options = { requestOptions: { parallelRequests: 4, maxRetries: 1, retryDelay: 1 } };
		// every page after the first fails: the first of them, page 2, is the error one page after the other gives
		sim.setDistance(DISTANCE);
		const route = (sim as unknown as { route: (r: { path: string; body: IDataObject }) => unknown }).route.bind(sim);
		(sim as unknown as { route: unknown }).route = (request: { path: string; body: IDataObject }) =>
			request.path.endsWith('/person/list') && Number(request.body.pageNum) > 1 ? { status: 503, body: { message: 'down' } } : route(request);
		const parallel = await run('person', 'list', { returnAll: true, ...options });
		const sequential = await run('person', 'list', { returnAll: true, requestOptions: { ...options.requestOptions, parallelRequests: 1 } });
		expect(parallel.error?.message).toBe(sequential.error?.message);
		expect(parallel.error?.message).toMatch(/HTTP 503/);
		await sim.stop();
	});
});

const personParams = (requestOptions: IDataObject) => ({ name: '={{ $json.name }}', type: 1, additionalFields: { code: '={{ $json.code }}' }, requestOptions });
const people = (count: number, code = (i: number) => `E${String(i).padStart(5, '0')}`) =>
	Array.from({ length: count }, (_, i) => ({ json: { name: `Person ${i}`, code: code(i) } }));
/** what an item says, without the UUID the box chose */
const outcome = (item: INodeExecutionData): IDataObject => {
	const { uuid: _uuid, ...rest } = item.json;
	return { pairedItem: item.pairedItem as unknown as IDataObject, ...rest };
};

describe('Batch calls with Parallel Requests', () => {
	test('HongTu Batch Add: per-item results, pairedItem and refusals as with one call after the other', async () => {
		const outcomes: Array<ReturnType<typeof outcome>[]> = [];
		const peaks: number[] = [];
		for (const parallelRequests of [1, 3]) {
			const { sim, run } = await startHongTu();
			// two persons already on the box: their items are refused with the box's "already exists" code
			sim.persons.set('x1', { uuid: 'x1', name: 'Someone', type: 1, code: 'E00077', groupList: [] });
			sim.persons.set('x2', { uuid: 'x2', name: 'Someone else', type: 1, code: 'E00201', groupList: [] });
			sim.setDistance(DISTANCE);
			const result = await run('person', 'batchAdd', personParams({ batchSize: 50, parallelRequests }), people(250), { continueOnFail: true });
			expect(sim.requestsTo('/person/batchAdd')).toHaveLength(5);
			expect(sim.persons.size).toBe(2 + 248);
			outcomes.push(result.items.map(outcome));
			peaks.push(sim.peakConcurrent);
			await sim.stop();
		}
		expect(peaks).toEqual([1, 3]);
		expect(outcomes[1]).toEqual(outcomes[0]);
		expect(outcomes[0].filter((o) => o.success !== true).map((o) => o.pairedItem)).toEqual([{ item: 77 }, { item: 201 }]);
	});

	test('without Continue On Fail the run fails naming the same items in the same order', async () => {
		const messages: string[] = [];
		for (const parallelRequests of [1, 4]) {
			const { sim, run } = await startHongTu();
			for (const code of ['E00230', 'E00010', 'E00120']) sim.persons.set(code, { uuid: code, name: 'Taken', type: 1, code, groupList: [] });
			sim.setDistance(DISTANCE);
			const result = await run('person', 'batchAdd', personParams({ batchSize: 50, parallelRequests }), people(250));
			messages.push(String(result.error?.message));
			await sim.stop();
		}
		expect(messages[0]).toMatch(/^3 of 250 items failed: item 10: .*; item 120: .*; item 230: /);
		expect(messages[1]).toBe(messages[0]);
	});

	test('answers lost after the box stored the persons: found before anything is sent again, each person once', async () => {
		const { sim, run } = await startHongTu();
		sim.setDistance(DISTANCE);
		sim.failNextOn('/person/batchAdd', 'dropAfter', 'dropAfter');
		sim.setFaults({ rate: 0.1, kinds: ['http500', 'drop', 'throttle', 'dropAfter'] }, 5);
		const items = people(400);
		const result = await run('person', 'batchAdd', personParams({ batchSize: 50, parallelRequests: 4, maxRetries: 8, retryDelay: 1 }), items, { continueOnFail: true });
		const byCode = new Map<string, number>();
		for (const person of sim.persons.values()) byCode.set(String(person.code), (byCode.get(String(person.code)) ?? 0) + 1);
		expect(result.items.map((i) => i.pairedItem)).toEqual(items.map((_, n) => ({ item: n })));
		expect(result.items.every((i) => i.json.success === true)).toBe(true);
		expect(items.filter((i) => byCode.get(i.json.code) !== 1)).toEqual([]);
		// each item carries the uuid the box stored for it
		for (const [n, item] of result.items.entries()) expect(sim.persons.get(String(item.json.uuid))?.code).toBe(items[n].json.code);
		const found = result.items.filter((i) => /answer was lost, and the node found the entry/.test(String(i.json.msg))).length;
		expect(found).toBeGreaterThanOrEqual(100);
		expect(sim.peakConcurrent).toBeGreaterThan(1);
		await sim.stop();
	});

	test('calls that could race stay one after the other: a code repeated across calls, persons without a unique field', async () => {
		const { sim, run } = await startHongTu();
		sim.setDistance(DISTANCE);
		// item 120 repeats item 10's code: one at a time, the later item is the one refused
		const repeated = await run('person', 'batchAdd', personParams({ batchSize: 50, parallelRequests: 4 }), people(150, (i) => `E${i === 120 ? 10 : i}`), { continueOnFail: true });
		expect(sim.peakConcurrent).toBe(1);
		expect(repeated.items.filter((i) => i.json.success !== true).map((i) => i.pairedItem)).toEqual([{ item: 120 }]);
		sim.setDistance(DISTANCE);
		const nameOnly = await run('person', 'batchAdd', { name: '={{ $json.name }}', type: 1, requestOptions: { batchSize: 50, parallelRequests: 4 } }, people(150));
		expect(nameOnly.error).toBeUndefined();
		expect(sim.peakConcurrent).toBe(1);
		await sim.stop();
	});

	test('Baijiayun list batches: the calls of one room in parallel, unconfirmed devices failing exactly their items', async () => {
		const outcomes: IDataObject[][] = [];
		const peaks: number[] = [];
		for (const parallelRequests of [1, 3]) {
			const { sim, run } = await startBaijiayun();
			for (let i = 0; i < 20; i++) sim.addDevice();
			sim.setDistance(DISTANCE);
			// devices 21–23 do not exist: the vendor leaves them out of its successes
			const items = Array.from({ length: 23 }, (_, n) => ({ json: { device: n + 1 } }));
			const result = await run('roomDevice', 'bindStudentDevicesBatch', { roomId: '5', deviceIds: '={{$json.device}}', requestOptions: { batchSize: 5, parallelRequests } }, items, { continueOnFail: true });
			expect(sim.requestsTo('/bindStudentDeviceBatch')).toHaveLength(5);
			outcomes.push(result.items.map((i) => ({ pairedItem: i.pairedItem, ...i.json }) as IDataObject));
			peaks.push(sim.peakConcurrent);
			await sim.stop();
		}
		expect(peaks).toEqual([1, 3]);
		expect(outcomes[1]).toEqual(outcomes[0]);
		expect(outcomes[0].filter((o) => o.success !== true).map((o) => o.pairedItem)).toEqual([{ item: 20 }, { item: 21 }, { item: 22 }]);
	});
});

describe('One rate limit per account across executions', () => {
	test('two executions at the same time share Baijiayun’s 200 requests per 10 s: no throttling answer', async () => {
		const { sim, run } = await startBaijiayun();
		const items = Array.from({ length: 105 }, (_, n) => ({ json: { room: String(n + 1) } }));
		const parameters = { roomId: '={{$json.room}}', returnAll: true, requestOptions: { maxRetries: 0 } };
		// 210 calls: each execution alone would send its 105 at once and the simulator would refuse 10 of them
		const results = await Promise.all([run('schedule', 'list', parameters, items), run('schedule', 'list', parameters, items)]);
		for (const result of results) expect(result.error).toBeUndefined();
		expect(sim.requestsTo('/getAllSchedule')).toHaveLength(210);
		await sim.stop();
	}, 30_000);

	test('different accounts on the same server keep their own limits', async () => {
		const { sim, run } = await startBaijiayun();
		sim.partners.set('99990001', 'other-key');
		const other = new TestCredentialsHelper({ baijiayunApi: new BaijiayunApi() });
		other.set('baijiayunApi', { environment: 'baseUrl', baseUrl: sim.url, partnerId: '99990001', partnerKey: 'other-key' });
		const items = Array.from({ length: 150 }, (_, n) => ({ json: { room: String(n + 1) } }));
		const parameters = { resource: 'schedule', operation: 'list', roomId: '={{$json.room}}', returnAll: true, requestOptions: { maxRetries: 0 } };
		const started = Date.now();
		const results = await Promise.all([
			run('schedule', 'list', parameters, items),
			runNode({ nodeType: new Baijiayun(), parameters, items, credentials: other }),
		]);
		for (const result of results) expect(result.error).toBeUndefined();
		// 300 calls under one shared limit would wait a whole 10-s window
		expect(Date.now() - started).toBeLessThan(9000);
		await sim.stop();
	}, 30_000);

	test('the limiter key names vendor, server and account without the partner key', async () => {
		const ctx = (partnerId: string, partnerKey: string, baseUrl = 'https://a.example') =>
			({
				getCredentials: async () => ({ environment: 'baseUrl', baseUrl, partnerId, partnerKey }),
				getNode: () => ({ credentials: { baijiayunApi: { id: 'cred-1', name: 'c' } } }),
			}) as never;
		const keyOf = async (context: never) => (await baijiayunClient.rateLimit!(context)).key;
		const key = await keyOf(ctx(PARTNER_ID, PARTNER_KEY));
		expect(key).toMatch(/^[0-9a-f]{64}$/);
		expect(await keyOf(ctx(PARTNER_ID, 'another key of the same account'))).toBe(key);
		expect(await keyOf(ctx('11111111', PARTNER_KEY))).not.toBe(key);
		expect(await keyOf(ctx(PARTNER_ID, PARTNER_KEY, 'https://b.example'))).not.toBe(key);
	});

	test('a credential used by several n8n workers keeps each to its share of the account\'s 200 per 10 s', async () => {
		const ctx = (workers?: number) =>
			({
				getCredentials: async () => ({ environment: 'baseUrl', baseUrl: 'https://a.example', partnerId: PARTNER_ID, partnerKey: PARTNER_KEY, ...(workers === undefined ? {} : { workers }) }),
				getNode: () => ({ credentials: { baijiayunApi: { id: 'cred-1', name: 'c' } } }),
			}) as never;
		// credentials saved before the field existed have none: one process
		expect(await baijiayunClient.rateLimit!(ctx())).toMatchObject({ limit: 200, windowMs: 10_000 });
		expect(await baijiayunClient.rateLimit!(ctx(2))).toMatchObject({ limit: 100, windowMs: 10_000 });
		expect(await baijiayunClient.rateLimit!(ctx(3))).toMatchObject({ limit: 66 });
		expect((await baijiayunClient.rateLimit!(ctx(2))).key).toBe((await baijiayunClient.rateLimit!(ctx())).key);
	});

	test('the registry keeps only limiters still counting, and never more than 1,000', async () => {
		// a registry of its own, without the limiters of the tests before
		let transport!: typeof import('../../nodes/shared/transport');
		jest.isolateModules(() => {
			transport = require('../../nodes/shared/transport');
		});
		const { RateLimiter, sharedRateLimiter, sharedRateLimiterCount } = transport;
		const busy = sharedRateLimiter('busy', 5, 60_000);
		await busy.acquire();
		expect(sharedRateLimiter('busy', 5, 60_000)).toBe(busy);
		// limiters that counted nothing within their window are dropped when another is made
		for (let i = 0; i < 50; i++) sharedRateLimiter(`idle-${i}`, 5, 60_000);
		expect(sharedRateLimiterCount()).toBe(2);
		for (let i = 0; i < 1100; i++) await sharedRateLimiter(`active-${i}`, 5, 60_000).acquire();
		expect(sharedRateLimiterCount()).toBe(1000);
		expect(sharedRateLimiter('busy', 5, 60_000)).not.toBe(busy);
		expect(new RateLimiter(5, 60_000).idle()).toBe(true);
	});
});
