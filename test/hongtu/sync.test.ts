/**
 * HongTu Person › Sync and Create or Update, run in n8n-core's WorkflowExecute against the box simulator. The
 * facts asserted are the document's (test/fixtures/hongtu/endpoints.json): what Search lists of a person, the
 * "person does not exist" code, the unique employee code. Requests are counted at the simulator.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { vendorDocument } from '../fixtures/documents';
import { FAST_RETRY, photoItem, startHongTu } from './setup';

type Env = Awaited<ReturnType<typeof startHongTu>>;

const doc = vendorDocument('hongtu');
const LIST = '/v1/api/person/list';
const endpoint = (path: string) => doc.endpoints.find((e) => e.path === path)!;

/** Requests that are not reads of the person list. */
const writes = (env: Env) => env.sim.requests.filter((r) => r.path !== LIST);

interface Row extends IDataObject {
	name: string;
	code: string;
	phone: string;
}

const roster = (n: number, from = 1): Row[] =>
	Array.from({ length: n }, (_, i) => ({ name: `Teacher ${from + i}`, code: `T${String(from + i).padStart(5, '0')}`, phone: `1380000${String(from + i).padStart(4, '0')}` }));

const items = (rows: IDataObject[]): INodeExecutionData[] => rows.map((json) => ({ json }));

/** Person › Sync in version 1: the create's fields from the item by expression. */
function syncParams(options: IDataObject = {}, absentRecords = 'keep'): IDataObject {
	return {
		matchOn: 'code',
		absentRecords,
		name: '={{ $json.name }}',
		type: 1,
		additionalFields: { code: '={{ $json.code }}', phone: '={{ $json.phone }}' },
		recordSetOptions: options,
		...FAST_RETRY,
	};
}

/** The box's employees, as code → phone. */
const onBox = (env: Env) => new Map([...env.sim.persons.values()].filter((p) => p.type === 1).map((p) => [p.code, p.phone]));

describe('HongTu Person › Sync', () => {
	let env: Env;
	beforeAll(async () => {
		env = await startHongTu();
	});
	afterAll(async () => await env.sim.stop());
	beforeEach(() => {
		env.sim.persons.clear();
		env.sim.requests.length = 0;
		env.sim.clearFaults();
	});

	const sync = async (rows: IDataObject[], options: IDataObject = {}, absent = 'keep', run: { continueOnFail?: boolean } = {}) =>
		await env.run('person', 'sync', syncParams(options, absent), items(rows), run);

	it('reads the document\'s list fields, not the write\'s: times and groups differ between Search and the writes', () => {
		// the converters of the record set exist because of these facts
		const listed = endpoint(LIST).recordFields ?? [];
		expect(listed).toEqual(expect.arrayContaining(['entryTime', 'birthday', 'groupList', 'imageUri', 'phone', 'code']));
		expect(listed).not.toContain('entryTimeStamp');
		expect(endpoint('/v1/api/person/update').params.map((p) => p.name)).toEqual(expect.arrayContaining(['entryTimeStamp', 'birthdayStamp', 'groupList']));
		// only uuid is required in the update: the node sends the changed fields alone
		expect(endpoint('/v1/api/person/update').params.filter((p) => p.required).map((p) => p.name)).toEqual(['uuid']);
	});

	it('creates the roster in as few Batch Add calls as the box allows; the same sync again sends list calls only', async () => {
		const rows = roster(250);
		const first = await sync(rows);
		expect(first.error).toBeUndefined();
		expect(first.items.map((i) => i.json.action)).toEqual(rows.map(() => 'created'));
		expect(env.sim.requestsTo('/person/batchAdd')).toHaveLength(3);
		expect(onBox(env)).toEqual(new Map(rows.map((r) => [r.code, r.phone])));

		env.sim.requests.length = 0;
		const second = await sync(rows);
		expect(second.error).toBeUndefined();
		expect(second.items.every((i) => i.json.action === 'unchanged')).toBe(true);
		expect(writes(env)).toHaveLength(0);
		// 250 persons at 100 a page
		expect(env.sim.requestsTo(LIST)).toHaveLength(3);
	});

	it('a changed phone number is one update of one field', async () => {
		const rows = roster(20);
		await sync(rows);
		const uuid = [...env.sim.persons.values()].find((p) => p.code === rows[7].code)!.uuid;
		env.sim.requests.length = 0;
		const changed = rows.map((r, n) => (n === 7 ? { ...r, phone: '13999999999' } : r));
		const result = await sync(changed);
		expect(result.error).toBeUndefined();
		expect(writes(env).map((r) => [r.path, r.body])).toEqual([['/v1/api/person/update', { uuid, phone: '13999999999' }]]);
		const updated = result.items.find((i) => i.json.key === rows[7].code)!.json;
		expect(updated).toMatchObject({ action: 'updated', id: uuid, changed: { phone: { old: rows[7].phone, new: '13999999999' } } });
		expect(result.items.filter((i) => i.json.action === 'unchanged')).toHaveLength(19);
		expect(env.sim.persons.get(uuid)!.phone).toBe('13999999999');
	});

	it('a removed row is removed only with Remove; Keep leaves it and lists it as kept', async () => {
		const rows = roster(20);
		await sync(rows);
		const gone = rows[3];
		const rest = rows.filter((r) => r !== gone);
		env.sim.requests.length = 0;
		const kept = await sync(rest);
		expect(writes(env)).toHaveLength(0);
		expect(kept.items.find((i) => i.json.key === gone.code)!.json.action).toBe('kept');
		expect(onBox(env).has(gone.code)).toBe(true);

		const removed = await sync(rest, {}, 'remove');
		expect(removed.error).toBeUndefined();
		expect(env.sim.requestsTo('/person/batchDelete')).toHaveLength(1);
		expect(removed.items.find((i) => i.json.key === gone.code)!.json.action).toBe('removed');
		expect(onBox(env)).toEqual(new Map(rest.map((r) => [r.code, r.phone])));
	});

	it('the safety limit refuses a sync that would remove most persons, names the numbers and writes nothing', async () => {
		await sync(roster(40));
		env.sim.requests.length = 0;
		const result = await sync(roster(4), {}, 'remove');
		expect(result.error?.message).toBe('Sync refused: it would remove 36 of the 40 current persons (90 %), more than the safety limit of 20 %');
		expect(result.error?.description).toContain('Safety Limit (%)');
		expect(writes(env)).toHaveLength(0);
		expect(onBox(env).size).toBe(40);
		// raised for a run that means it
		const allowed = await sync(roster(4), { safetyLimit: 100 }, 'remove');
		expect(allowed.error).toBeUndefined();
		expect(onBox(env).size).toBe(4);
	});

	it('Dry Run returns the plan, old and new values included, and sends no write', async () => {
		const rows = roster(10);
		await sync(rows);
		env.sim.requests.length = 0;
		const desired = [...rows.slice(1).map((r, n) => (n === 0 ? { ...r, name: 'Renamed' } : r)), ...roster(2, 100)];
		const plan = await sync(desired, { dryRun: true }, 'remove');
		expect(plan.error).toBeUndefined();
		expect(writes(env)).toHaveLength(0);
		const actions = plan.items.map((i) => [i.json.key, i.json.action]);
		expect(actions).toEqual(expect.arrayContaining([[rows[1].code, 'update'], [rows[0].code, 'remove'], ['T00100', 'create'], ['T00101', 'create'], [rows[5].code, 'unchanged']]));
		expect(plan.items.every((i) => i.json.dryRun === true)).toBe(true);
		expect(plan.items.find((i) => i.json.key === rows[1].code)!.json.changed).toEqual({ name: { old: rows[1].name, new: 'Renamed' } });
		expect(onBox(env).size).toBe(10);
	});

	it('two items with the same key: an error naming both, nothing sent', async () => {
		const rows = roster(5);
		const result = await sync([...rows, { ...rows[1], name: 'Twin' }]);
		expect(result.error?.message).toContain('Items 1 and 5 both have Employee Code "T00002"');
		expect(env.sim.requests).toHaveLength(0);
	});

	it('a person\'s photo is sent when new or when the box has none; Always sends it again', async () => {
		const photo = (row: Row, content = `JPEG-${row.code}`) => photoItem(row, content, 'photo');
		const params = (updateFiles: string) => ({ ...syncParams({ updateFiles }), additionalFields: { code: '={{ $json.code }}', phone: '={{ $json.phone }}', photoBinaryProperty: 'photo' } });
		const rows = roster(3);
		const first = await env.run('person', 'sync', params('missing'), rows.map((r) => photo(r)));
		expect(first.error).toBeUndefined();
		expect(env.sim.uploads).toHaveLength(3);
		expect([...env.sim.persons.values()].every((p) => typeof p.imageUri === 'string' && p.imageUri)).toBe(true);
		env.sim.requests.length = 0;
		const again = await env.run('person', 'sync', params('missing'), rows.map((r) => photo(r, 'another photo')));
		expect(writes(env)).toHaveLength(0);
		expect(again.items.every((i) => i.json.action === 'unchanged')).toBe(true);
		const always = await env.run('person', 'sync', params('always'), rows.map((r) => photo(r, 'another photo')));
		expect(always.error).toBeUndefined();
		expect(env.sim.uploads).toHaveLength(6);
		expect(env.sim.requestsTo('/person/update')).toHaveLength(3);
		expect(always.items[0].json.changed).toMatchObject({ imageUri: { new: 'the input\'s binary field "photo"' } });
	});

	it('passwords are compared but never shown', async () => {
		const params = { ...syncParams(), additionalFields: { code: '={{ $json.code }}', password: '={{ $json.pin }}' } };
		await env.run('person', 'sync', params, items([{ name: 'A', code: 'P1', pin: '1234' }]));
		const result = await env.run('person', 'sync', params, items([{ name: 'A', code: 'P1', pin: '5678' }]));
		expect(result.items[0].json).toMatchObject({ action: 'updated', changed: { password: { old: '(hidden)', new: '(hidden)' } } });
		expect(JSON.stringify(result.items)).not.toMatch(/1234|5678/);
		expect([...env.sim.persons.values()][0].password).toBe('5678');
	});

	it('with 5 % injected faults (lost answers, 5xx) the box ends equal to the input and no person is created twice', async () => {
		const rows = roster(300);
		await sync(rows.slice(0, 200));
		const desired = [...rows.slice(20, 200).map((r, n) => (n % 10 === 0 ? { ...r, phone: `1390000${String(n).padStart(4, '0')}` } : r)), ...rows.slice(200)];
		env.sim.setFaults({ rate: 0.05, kinds: ['dropAfter', 'http500', 'http503'] }, 7);
		const result = await sync(desired, { safetyLimit: 100 }, 'remove');
		env.sim.clearFaults();
		expect(env.sim.faultCount).toBeGreaterThan(0);
		expect(result.error).toBeUndefined();
		expect(result.items.filter((i) => i.json.error)).toEqual([]);
		expect(onBox(env)).toEqual(new Map(desired.map((r) => [r.code, r.phone])));
		// each code once on the box (the box keeps codes unique, a second create would be refused and reported)
		expect(env.sim.persons.size).toBe(desired.length);
		env.sim.requests.length = 0;
		await sync(desired, {}, 'remove');
		expect(writes(env)).toHaveLength(0);
	});
});

describe('HongTu Person › Create or Update', () => {
	let env: Env;
	beforeAll(async () => {
		env = await startHongTu();
	});
	afterAll(async () => await env.sim.stop());

	const upsert = async (rows: IDataObject[], matchOn = 'code') =>
		await env.run('person', 'upsert', { ...syncParams(), matchOn, additionalFields: { code: '={{ $json.code }}', phone: '={{ $json.phone }}', uuid: '={{ $json.uuid }}' } }, items(rows));

	it('creates the absent, updates only what differs, reports the unchanged; a few items are found by the code search', async () => {
		env.sim.persons.clear();
		await upsert(roster(2));
		env.sim.requests.length = 0;
		const result = await upsert([roster(1)[0], { ...roster(2)[1], phone: '13711111111' }, roster(1, 3)[0]]);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.action)).toEqual(['unchanged', 'updated', 'created']);
		expect(result.items[1].json.changed).toEqual({ phone: { old: '13800000002', new: '13711111111' } });
		expect(result.items[2].json.id).toEqual(expect.any(String));
		// one search per item, by its code
		expect(env.sim.requestsTo(LIST).map((r) => r.body.code)).toEqual(['T00001', 'T00002', 'T00003']);
		expect(env.sim.requestsTo('/person/update').map((r) => r.body)).toEqual([{ uuid: result.items[1].json.id, phone: '13711111111' }]);
	});

	it('many items read the set once instead of searching each', async () => {
		env.sim.persons.clear();
		env.sim.requests.length = 0;
		const result = await upsert(roster(30));
		expect(result.items.every((i) => i.json.action === 'created')).toBe(true);
		expect(env.sim.requestsTo(LIST)).toHaveLength(1);
		expect(env.sim.requestsTo('/person/batchAdd')).toHaveLength(1);
	});

	it('matched on UUID, a person the box does not have is not created: the box gives UUIDs', async () => {
		const result = await upsert([{ name: 'X', code: 'Z1', uuid: 'ffffffffffffffffffffffffffffffff' }], 'uuid');
		expect(result.error?.message).toContain('No person has UUID "ffffffffffffffffffffffffffffffff"');
	});
});

describe('HongTu Person › Sync in version 2, Columns mapped automatically', () => {
	let env: Env;
	beforeAll(async () => {
		env = await startHongTu();
	});
	afterAll(async () => await env.sim.stop());

	it('reads the roster\'s columns as the Batch Add does, times compared in the box\'s terms', async () => {
		const rows = [
			{ Name: 'Zhang Wei', type: 'Employee', Code: 'T1', Phone: '13800000001', 'Entry Time': '2024-09-01T00:00:00Z', Department: 'Maths' },
			{ Name: 'Li Na', type: 'Employee', Code: 'T2', Phone: '13800000002', 'Entry Time': '2023-02-15T00:00:00Z', Department: 'Languages' },
		];
		const params = { matchOn: 'code', absentRecords: 'remove', columns: { mappingMode: 'autoMapInputData', value: null } };
		const first = await env.run('person', 'sync', params, items(rows), { typeVersion: 2 });
		expect(first.error).toBeUndefined();
		expect([...env.sim.persons.values()].map((p) => [p.code, p.entryTimeStamp])).toEqual([['T1', Date.parse('2024-09-01T00:00:00Z')], ['T2', Date.parse('2023-02-15T00:00:00Z')]]);
		env.sim.requests.length = 0;
		const second = await env.run('person', 'sync', params, items(rows), { typeVersion: 2 });
		expect(second.items.map((i) => i.json.action)).toEqual(['unchanged', 'unchanged']);
		expect(writes(env)).toHaveLength(0);
	});
});
