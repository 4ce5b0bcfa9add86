/**
 * Issue 10's first bullet: a 5,000-person HongTu batch import with 10% of requests failing (5xx, dropped
 * connections, timeouts, throttling, answers lost after the box processed the batch) ends with every person
 * on the box exactly once, each item reporting what really happened, nothing silently skipped.
 */
import type { HongTuSimulator } from '../simulators/hongtu/HongTuSimulator';
import type { FaultKind } from '../simulators/common/SimulatorServer';
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

/**
 * KNOWN BUG (HongTu node, reported to the lead in issue 10; HongTu was still in progress): when the box stores
 * a batch but its answer is lost (dropAfter), the engine resends the whole batch. Persons with an employee
 * code then fail with 101011 although they are on the box (100 items misreported); persons without a unique
 * field are added twice (100 duplicates). The fix belongs to the HongTu batch runner: use the document's
 * custom person-uuid mode (personUuidSwitch) or look the batch's persons up before resending. These tests keep
 * the full assertions and are marked `failing` until then: when the bug is fixed they fail, and must become
 * plain tests.
 */
const knownBug = test.failing;

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

	knownBug('every fault kind, answers lost after processing included: every person exactly once, no item reported as failed that is on the box', async () => {
		sim.setFaults({ rate: 0.1, kinds: ALL_FAULTS, timeoutMs: 150 }, 17);
		// the first batch's answer is lost after the box stored its 100 persons, whatever the random faults do
		sim.failNext('dropAfter');
		const items = people();
		const result = await f.run('person', 'batchAdd', personParams, items, { continueOnFail: true });
		const byCode = counts(sim);
		const lost = items.filter((i) => !byCode.has(i.json.code)).length;
		const duplicated = [...byCode].filter(([, n]) => n > 1).length;
		const misreported = result.items.filter((item, n) => item.json.success !== true && byCode.has(items[n].json.code)).length;
		// eslint-disable-next-line no-console
		console.log(`fault figures ${JSON.stringify([{ run: 'HongTu 5,000-person import (all kinds)', faults: sim.faultCount, items: PERSONS, lost, duplicated, misreported }])}`);
		expect(result.items).toHaveLength(PERSONS);
		expect({ lost, duplicated, misreported }).toEqual({ lost: 0, duplicated: 0, misreported: 0 });
	}, 120_000);

	knownBug('a lost answer of a batch of persons without any unique field: the retry adds nobody twice', async () => {
		sim.failNext('dropAfter');
		const items = Array.from({ length: 200 }, (_, i) => ({ json: { name: `Visitor-free person ${i}` } }));
		const result = await f.run('person', 'batchAdd', { name: '={{ $json.name }}', type: 1, requestOptions: { maxRetries: 3, retryDelay: 1 } }, items);
		const byName = new Map<string, number>();
		for (const person of sim.persons.values()) byName.set(person.name, (byName.get(person.name) ?? 0) + 1);
		const duplicated = [...byName].filter(([, n]) => n > 1).length;
		const lost = items.filter((i) => !byName.has(i.json.name)).length;
		// eslint-disable-next-line no-console
		console.log(`fault figures ${JSON.stringify([{ run: 'HongTu 200 persons, first answer lost', faults: sim.faultCount, items: 200, lost, duplicated }])}`);
		expect(result.error).toBeUndefined();
		expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
		expect(sim.persons.size).toBe(200);
	});
});
