/**
 * Issue 10's first bullet: a 5,000-person HongTu batch import with 10% of requests failing (5xx, dropped
 * connections, timeouts, throttling, answers lost after the box processed the batch) ends with every person
 * on the box exactly once, each item reporting what really happened, nothing silently skipped.
 *
 * A batch whose answer was lost is checked against the box before anything is sent again: by employee code,
 * by the UUIDs the node chose (custom person UUIDs on, "Generate UUID"), or by name.
 */
import type { HongTuSimulator } from '../simulators/hongtu/HongTuSimulator';
import type { FaultKind } from '../simulators/common/SimulatorServer';
import { LOST_ANSWER_NOTE } from '../../nodes/shared/transport/retries';
import { VENDORS, type VendorFixture } from './vendors';

const ALL_FAULTS: FaultKind[] = ['http500', 'http502', 'http503', 'http429', 'drop', 'timeout', 'throttle', 'dropAfter'];
const PERSONS = 5000;

const personParams = {
	name: '={{ $json.name }}',
	type: 1,
	additionalFields: { code: '={{ $json.code }}' },
	// batches of 25: 200 calls, so that 10% of them is a real number of faults
	requestOptions: { maxRetries: 8, retryDelay: 1, batchSize: 25 },
};

const people = () => Array.from({ length: PERSONS }, (_, i) => ({ json: { name: `Person ${i}`, code: `E${String(i).padStart(5, '0')}` } }));

function counts(sim: HongTuSimulator): Map<string, number> {
	const byCode = new Map<string, number>();
	for (const person of sim.persons.values()) byCode.set(String(person.code), (byCode.get(String(person.code)) ?? 0) + 1);
	return byCode;
}

describe('HongTu: 5,000-person import under 10% faults', () => {
	let f: VendorFixture;
	let sim: HongTuSimulator;
	beforeEach(async () => {
		f = await VENDORS.find((v) => v.key === 'hongtu')!.start();
		sim = f.sim as HongTuSimulator;
	});
	afterEach(async () => await f.sim.stop());

	test('faults before the box processes a batch (5xx, drops, timeouts, throttling): every person exactly once, every item a success', async () => {
		sim.setFaults({ rate: 0.1, kinds: ALL_FAULTS.filter((k) => k !== 'dropAfter'), timeoutMs: 150 }, 17);
		const items = people();
		const result = await f.run('person', 'batchAdd', personParams, items);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(PERSONS);
		expect(result.items.every((i) => i.json.success === true)).toBe(true);
		const byCode = counts(sim);
		expect(items.filter((i) => !byCode.has(i.json.code))).toEqual([]);
		expect([...byCode].filter(([, n]) => n > 1)).toEqual([]);
		expect(sim.faultCount).toBeGreaterThan(0);
		// eslint-disable-next-line no-console
		console.log(`fault figures ${JSON.stringify([{ run: 'HongTu 5,000-person import (no lost answers)', faults: sim.faultCount, items: PERSONS, lost: 0, duplicated: 0 }])}`);
	}, 120_000);

	test('every fault kind, answers lost after processing included: every person exactly once, no item reported as failed that is on the box', async () => {
		sim.setFaults({ rate: 0.1, kinds: ALL_FAULTS, timeoutMs: 150 }, 17);
		// the first batch's answer is lost after the box stored its 100 persons, whatever the random faults do
		sim.failNext('dropAfter');
		const items = people();
		const result = await f.run('person', 'batchAdd', personParams, items, { continueOnFail: true });
		const byCode = counts(sim);
		const lost = items.filter((i) => !byCode.has(i.json.code)).length;
		const duplicated = [...byCode].filter(([, n]) => n > 1).length;
		const misreported = result.items.filter((item, n) => item.json.success !== true && byCode.has(items[n].json.code)).length;
		// persons of batches whose answer was lost, found on the box instead of being sent again
		const foundAfterLoss = result.items.filter((item) => /answer was lost, and the node found the entry/.test(String(item.json.msg))).length;
		// eslint-disable-next-line no-console
		console.log(`fault figures ${JSON.stringify([{ run: 'HongTu 5,000-person import (all kinds)', faults: sim.faultCount, items: PERSONS, lost, duplicated, misreported, foundAfterLoss }])}`);
		expect(result.items).toHaveLength(PERSONS);
		expect({ lost, duplicated, misreported }).toEqual({ lost: 0, duplicated: 0, misreported: 0 });
		expect(result.error).toBeUndefined();
		// at least the first batch (25 persons), whose answer was lost on purpose
		expect(foundAfterLoss).toBeGreaterThanOrEqual(25);
		for (const [n, item] of result.items.entries()) expect(sim.persons.get(String(item.json.uuid))?.code).toBe(items[n].json.code);
	}, 120_000);

	const nameCounts = () => {
		const byName = new Map<string, number>();
		for (const person of sim.persons.values()) byName.set(person.name, (byName.get(person.name) ?? 0) + 1);
		return byName;
	};

	test('5,000 persons without any unique field, custom UUIDs on, every fault kind: every person exactly once, every item a success', async () => {
		sim.customPersonUuids = true;
		sim.setFaults({ rate: 0.1, kinds: ALL_FAULTS, timeoutMs: 150 }, 29);
		sim.failNext('dropAfter');
		const items = Array.from({ length: PERSONS }, (_, i) => ({ json: { name: `Visitor-free person ${i}` } }));
		const result = await f.run(
			'person',
			'batchAdd',
			{ name: '={{ $json.name }}', type: 1, additionalFields: { generateUuid: true }, requestOptions: personParams.requestOptions },
			items,
		);
		const byName = nameCounts();
		const lost = items.filter((i) => !byName.has(i.json.name)).length;
		const duplicated = [...byName].filter(([, n]) => n > 1).length;
		// eslint-disable-next-line no-console
		console.log(`fault figures ${JSON.stringify([{ run: 'HongTu 5,000 persons without unique fields, custom UUIDs (all kinds)', faults: sim.faultCount, items: PERSONS, lost, duplicated }])}`);
		expect(result.error).toBeUndefined();
		expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
		expect(sim.persons.size).toBe(PERSONS);
		expect(result.items.every((i) => i.json.success === true && /^[0-9a-f]{32}$/.test(String(i.json.uuid)))).toBe(true);
		// each item carries the uuid the box stored for it
		for (const [n, item] of result.items.entries()) expect(sim.persons.get(String(item.json.uuid))?.name).toBe(items[n].json.name);
	}, 120_000);

	test('a batch dropped before the box stored it, persons without any unique field: looked up by name, sent again, each added once', async () => {
		sim.failNext('drop');
		const items = Array.from({ length: 200 }, (_, i) => ({ json: { name: `Dropped-batch person ${i}` } }));
		const result = await f.run('person', 'batchAdd', { name: '={{ $json.name }}', type: 1, requestOptions: { maxRetries: 3, retryDelay: 1 } }, items);
		expect(result.error).toBeUndefined();
		expect(result.items.every((i) => i.json.success === true)).toBe(true);
		expect(sim.persons.size).toBe(200);
		expect([...nameCounts().values()].every((n) => n === 1)).toBe(true);
	});

	test('a lost answer, persons without any unique field and custom UUIDs off: nobody added twice, each unresolved item says so', async () => {
		sim.persons.clear();
		sim.failNext('dropAfter');
		const items = Array.from({ length: 150 }, (_, i) => ({ json: { name: `Unresolvable person ${i}` } }));
		const result = await f.run(
			'person',
			'batchAdd',
			{ name: '={{ $json.name }}', type: 1, additionalFields: { generateUuid: true }, requestOptions: { maxRetries: 3, retryDelay: 1 } },
			items,
			{ continueOnFail: true },
		);
		const byName = nameCounts();
		// every person is on the box once: the first 100 from the batch whose answer was lost, the rest from the second batch
		expect(items.filter((i) => byName.get(i.json.name) !== 1)).toEqual([]);
		expect(result.items).toHaveLength(150);
		const unresolved = result.items.slice(0, 100);
		expect(unresolved.every((i) => /may or may not have added this entry: the answer to its batch was lost \[item \d+\]/.test(String(i.json.error)))).toBe(true);
		expect(String(unresolved[0].json.errorDescription)).toMatch(/did not send it again.*named "Unresolvable person 0"/);
		expect(result.items.slice(100).every((i) => i.json.success === true)).toBe(true);
		// without continueOnFail the node fails and names the unresolved items
		sim.persons.clear();
		sim.failNext('dropAfter');
		const failed = await f.run('person', 'batchAdd', { name: '={{ $json.name }}', type: 1, requestOptions: { maxRetries: 3, retryDelay: 1 } }, items);
		expect(failed.error?.message).toMatch(/^100 of 150 items failed: item 0: HongTu may or may not have added this entry/);
		expect(sim.persons.size).toBe(150);
	});

	test('the look-up after a lost answer reads every page of a fuzzy search: a person past the first 100 matches is found', async () => {
		const crowd = Array.from({ length: 150 }, (_, i) => ({ json: { name: `Crowd ${i}`, code: `C7-${i}` } }));
		expect((await f.run('person', 'batchAdd', personParams, crowd)).error).toBeUndefined();
		sim.failNext('dropAfter');
		// "C7" matches all 150 codes fuzzily; the stored person comes last, on the second page
		const result = await f.run('person', 'batchAdd', personParams, [{ json: { name: 'Late joiner', code: 'C7' } }]);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ success: true, code: 0, staffCode: 'C7' });
		expect([...sim.persons.values()].filter((p) => p.code === 'C7')).toHaveLength(1);
		expect(sim.requests.filter((r) => r.path === '/v1/api/person/list').map((r) => JSON.parse(r.rawBody.toString()).pageNum)).toEqual([1, 2]);
	});

	test('with no retries left, a batch whose answer was lost is still looked up: stored persons are reported added, not failed', async () => {
		sim.failNext('dropAfter');
		const items = Array.from({ length: 30 }, (_, i) => ({ json: { name: `No-retry person ${i}`, code: `NR${i}` } }));
		const result = await f.run('person', 'batchAdd', { ...personParams, requestOptions: { maxRetries: 0 } }, items);
		expect(result.error).toBeUndefined();
		expect(result.items.every((i) => i.json.success === true)).toBe(true);
		expect(sim.persons.size).toBe(30);
		expect(sim.requestsTo('/v1/api/person/batchAdd')).toHaveLength(1);
	});

	test('with no retries left, a batch lost before the box stored it fails with the network error, and nothing is added', async () => {
		sim.failNext('drop');
		const items = Array.from({ length: 3 }, (_, i) => ({ json: { name: `Dropped person ${i}`, code: `DP${i}` } }));
		const result = await f.run('person', 'batchAdd', { ...personParams, requestOptions: { maxRetries: 0 } }, items, { continueOnFail: true });
		expect(result.items.map((i) => i.json.error)).toEqual(Array(3).fill(expect.stringMatching(/^Could not reach HongTu/)));
		expect(sim.persons.size).toBe(0);
	});

	test('visitors (phone required, no employee code) in a batch whose answer was lost: found by phone, none added twice', async () => {
		const host = (await f.run('person', 'batchAdd', personParams, [{ json: { name: 'Host', code: 'HOST-1' } }])).items[0].json.uuid;
		sim.failNext('dropAfter');
		const visitors = Array.from({ length: 20 }, (_, i) => ({ json: { name: 'Visitor', phone: `1380000${String(i).padStart(4, '0')}` } }));
		const result = await f.run(
			'person',
			'batchAdd',
			{
				name: '={{ $json.name }}',
				type: 2,
				additionalFields: {
					phone: '={{ $json.phone }}',
					visitedUuid: String(host),
					visitStartTimeStamp: '2026-12-01T08:00:00Z',
					visitEndTimeStamp: '2026-12-01T18:00:00Z',
				},
				requestOptions: { maxRetries: 3, retryDelay: 1 },
			},
			visitors,
		);
		expect(result.error).toBeUndefined();
		expect(result.items.every((i) => i.json.success === true)).toBe(true);
		// all twenty share a name: only the phone tells them apart
		expect([...sim.persons.values()].filter((p) => p.name === 'Visitor')).toHaveLength(20);
		expect(sim.requestsTo('/v1/api/person/batchAdd')).toHaveLength(2);
	});

	test('groups in a batch whose answer was lost: found by name (unique on the box), reported added with their UUID', async () => {
		sim.failNext('dropAfter');
		const result = await f.run(
			'personGroup',
			'batchAdd',
			{ name: '={{ $json.name }}', type: 1, requestOptions: { maxRetries: 3, retryDelay: 1 } },
			[{ json: { name: 'Lost group A' } }, { json: { name: 'Lost group B' } }],
		);
		expect(result.error).toBeUndefined();
		const stored = [...sim.groups.values()].filter((g) => g.name.startsWith('Lost group'));
		expect(stored).toHaveLength(2);
		expect(result.items.map((i) => [i.json.success, i.json.uuid])).toEqual(stored.map((g) => [true, g.uuid]));
		expect(sim.requestsTo('/v1/api/pass/group/batchAdd')).toHaveLength(1);
	});

	test('vehicles in a batch whose answer was lost: found by plate (unique on the box, a resend would be refused), none added twice', async () => {
		sim.failNext('dropAfter');
		const plates = ['京A12345', '京B67890', '沪C24680'];
		const result = await f.run(
			'vehicle',
			'batchAdd',
			{ plateNumber: '={{ $json.plate }}', requestOptions: { maxRetries: 3, retryDelay: 1 } },
			plates.map((plate) => ({ json: { plate } })),
		);
		expect(result.error).toBeUndefined();
		const stored = [...sim.vehicles.values()];
		expect(stored.map((v) => v.plateNumber).sort()).toEqual([...plates].sort());
		expect(result.items.map((i) => i.json.vehicleUuId)).toEqual(plates.map((p) => stored.find((v) => v.plateNumber === p)!.vehicleUuId));
		expect(sim.requestsTo('/v1/api/vehicle/batchAdd')).toHaveLength(1);
	});

	test('other entry batches (time plans) after a lost answer: sent again, and the refusal says the lost attempt may have added it', async () => {
		sim.failNext('dropAfter');
		const result = await f.run(
			'timePlan',
			'batchAdd',
			{ uuid: '={{ $json.uuid }}', name: '={{ $json.name }}', type: 1, workDay: '[]', requestOptions: { maxRetries: 3, retryDelay: 1 } },
			[{ json: { uuid: 'plan-lost-1', name: 'Lost plan 1' } }],
			{ continueOnFail: true },
		);
		expect([...sim.schedules.values()].filter((p) => p.name === 'Lost plan 1')).toHaveLength(1);
		expect(String(result.items[0].json.error)).toMatch(/^HongTu error 103149/);
		expect(String(result.items[0].json.errorDescription)).toContain(LOST_ANSWER_NOTE);
	});

	test('a lost answer of persons whose employee codes belong to others: refused as the box refuses them, nothing taken for stored', async () => {
		const first = await f.run('person', 'batchAdd', { name: '={{ $json.name }}', type: 1, additionalFields: { code: '={{ $json.code }}' } }, [
			{ json: { name: 'Existing holder', code: 'TAKEN-1' } },
		]);
		expect(first.error).toBeUndefined();
		sim.failNext('drop');
		const result = await f.run(
			'person',
			'batchAdd',
			{ name: '={{ $json.name }}', type: 1, additionalFields: { code: '={{ $json.code }}' }, requestOptions: { maxRetries: 3, retryDelay: 1 } },
			[{ json: { name: 'Newcomer', code: 'TAKEN-1' } }, { json: { name: 'Other newcomer', code: 'FREE-1' } }],
			{ continueOnFail: true },
		);
		expect(result.items[0].json.success).toBeUndefined();
		expect(String(result.items[0].json.error)).toMatch(/101011/);
		// the refusal came on the second sending, so it says the lost first attempt may have been the cause
		expect(String(result.items[0].json.errorDescription)).toContain(LOST_ANSWER_NOTE);
		expect(result.items[1].json.success).toBe(true);
		expect([...sim.persons.values()].filter((p) => p.code === 'FREE-1')).toHaveLength(1);
	});
});
