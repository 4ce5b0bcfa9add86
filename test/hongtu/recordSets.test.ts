/**
 * HongTu Person Group and Vehicle › Sync and Create or Update, run in n8n-core's WorkflowExecute against the box
 * simulator. The facts asserted are the document's (test/fixtures/hongtu/endpoints.json): what the lists give of
 * a group and a vehicle, what the writes take, the "does not exist" codes, the unique group names and plates, the
 * default group the box keeps. Requests are counted at the simulator.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { vendorDocument } from '../fixtures/documents';
import { FAST_RETRY, startHongTu } from './setup';

type Env = Awaited<ReturnType<typeof startHongTu>>;

const doc = vendorDocument('hongtu');
const endpoint = (path: string) => doc.endpoints.find((e) => e.path === path)!;
const documentedCode = (code: string) => doc.errorCodes.find((c) => String(c.code) === code)?.message;

const items = (rows: IDataObject[]): INodeExecutionData[] => rows.map((json) => ({ json }));

/** One record kind as the shared cases below drive it. */
interface Kind {
	resource: string;
	noun: string;
	list: string;
	create: string;
	update: string;
	remove: string;
	/** the node's parameters (version 1) for Sync, reading the rows by expression */
	params(matchOn: string, options: IDataObject, absent: string): IDataObject;
	matchOn: string;
	rows(n: number, from?: number): IDataObject[];
	/** the row's key and the one field a case changes */
	key(row: IDataObject): string;
	changed(row: IDataObject): IDataObject;
	/** what the box holds, as key → the compared field */
	onBox(env: Env): Map<string, unknown>;
	/** the row as onBox shows it */
	expected(row: IDataObject): [string, unknown];
	/** the sent update of a changed row whose record has ID `id` */
	updateBody(row: IDataObject, id: string): IDataObject;
	/** the box's ID of a row */
	idOf(env: Env, row: IDataObject): string;
	reset(env: Env): void;
}

/** Person groups of the employee type, matched on the UUID the caller gives (so that a rename is an update). */
const groups: Kind = {
	resource: 'personGroup',
	noun: 'person group',
	list: '/v1/api/pass/group/list',
	create: '/v1/api/pass/group/batchAdd',
	update: '/v1/api/pass/group/update',
	remove: '/v1/api/pass/group/delete',
	params: (matchOn, options, absent) => ({
		matchOn,
		absentRecords: absent,
		name: '={{ $json.name }}',
		type: 1,
		additionalFields: { uuid: '={{ $json.uuid }}' },
		recordSetOptions: options,
		...FAST_RETRY,
	}),
	matchOn: 'uuid',
	rows: (n, from = 1) => Array.from({ length: n }, (_, i) => ({ uuid: `class-${from + i}`, name: `Class ${from + i}` })),
	key: (row) => String(row.uuid),
	changed: (row) => ({ ...row, name: `${String(row.name)} (renamed)` }),
	onBox: (env) => new Map([...env.sim.groups.values()].filter((g) => g.type === 1 && !g.isDefault).map((g) => [g.uuid, g.name])),
	expected: (row) => [String(row.uuid), row.name],
	updateBody: (row, id) => ({ uuid: id, name: row.name }),
	idOf: (_env, row) => String(row.uuid),
	reset: (env) => env.sim.groups.clear(),
};

/** Vehicles, matched on the plate number; the update carries the whole vehicle. */
const vehicles: Kind = {
	resource: 'vehicle',
	noun: 'vehicle',
	list: '/v1/api/vehicle/list',
	create: '/v1/api/vehicle/batchAdd',
	update: '/v1/api/vehicle/update',
	remove: '/v1/api/vehicle/batchDelete',
	params: (matchOn, options, absent) => ({
		matchOn,
		absentRecords: absent,
		plateNumber: '={{ $json.plate }}',
		additionalFields: { vehicleType: 1, vehicleColor: '={{ $json.color }}', describe: '={{ $json.note }}', uniqueIdentify: '={{ $json.id }}' },
		recordSetOptions: options,
		...FAST_RETRY,
	}),
	matchOn: 'plateNumber',
	rows: (n, from = 1) => Array.from({ length: n }, (_, i) => ({ plate: `京A${10000 + from + i}`, color: '白色', note: `Staff car ${from + i}`, id: String(from + i) })),
	key: (row) => String(row.plate),
	changed: (row) => ({ ...row, color: '黑色' }),
	onBox: (env) => new Map([...env.sim.vehicles.values()].map((v) => [String(v.plateNumber), `${String(v.vehicleColor)}/${String(v.describe)}`])),
	expected: (row) => [String(row.plate), `${String(row.color)}/${String(row.note)}`],
	updateBody: (row, id) => ({ vehicleUuId: id, plateNumber: row.plate, vehicleType: 1, vehicleColor: row.color, describe: row.note, uniqueIdentify: row.id }),
	idOf: (env, row) => [...env.sim.vehicles.values()].find((v) => v.plateNumber === row.plate)!.vehicleUuId,
	reset: (env) => env.sim.vehicles.clear(),
};

/** The box simulator of a describe block (`on.env`), emptied of the kind's records, requests and faults before each case. */
function useBox(reset: (env: Env) => void): { env: Env } {
	const on = {} as { env: Env };
	beforeAll(async () => {
		on.env = await startHongTu();
	});
	afterAll(async () => await on.env.sim.stop());
	beforeEach(() => {
		reset(on.env);
		on.env.sim.requests.length = 0;
		on.env.sim.clearFaults();
	});
	return on;
}

describe.each([groups, vehicles])('HongTu $resource › Sync', (kind) => {
	const on = useBox(kind.reset);

	const writes = () => on.env.sim.requests.filter((r) => r.path !== kind.list);
	const sync = async (rows: IDataObject[], options: IDataObject = {}, absent = 'keep', matchOn = kind.matchOn) =>
		await on.env.run(kind.resource, 'sync', kind.params(matchOn, options, absent), items(rows));
	const box = (rows: IDataObject[]) => new Map(rows.map(kind.expected));

	it('creates the set in as few batch calls as the box allows; the same sync again sends list calls only', async () => {
		const rows = kind.rows(150);
		const first = await sync(rows);
		expect(first.error).toBeUndefined();
		expect(first.items.map((i) => i.json.action)).toEqual(rows.map(() => 'created'));
		expect(writes().map((r) => r.path)).toEqual([kind.create, kind.create]);
		expect(kind.onBox(on.env)).toEqual(box(rows));

		on.env.sim.requests.length = 0;
		const second = await sync(rows);
		expect(second.error).toBeUndefined();
		expect(second.items.every((i) => i.json.action === 'unchanged')).toBe(true);
		expect(writes()).toHaveLength(0);
		// 150 records at the box's 100 a page
		expect(on.env.sim.requestsTo(kind.list)).toHaveLength(2);
	});

	it('a changed field is one update of that field', async () => {
		const rows = kind.rows(20);
		await sync(rows);
		const id = kind.idOf(on.env, rows[7]);
		on.env.sim.requests.length = 0;
		const desired = rows.map((r, n) => (n === 7 ? kind.changed(r) : r));
		const result = await sync(desired);
		expect(result.error).toBeUndefined();
		expect(writes().map((r) => [r.path, r.body])).toEqual([[kind.update, kind.updateBody(desired[7], id)]]);
		const updated = result.items.find((i) => i.json.key === kind.key(rows[7]))!.json;
		expect(updated).toMatchObject({ action: 'updated', id });
		expect(Object.keys(updated.changed as IDataObject)).toHaveLength(1);
		expect(result.items.filter((i) => i.json.action === 'unchanged')).toHaveLength(19);
		expect(kind.onBox(on.env)).toEqual(box(desired));
	});

	it('a record absent from the input is removed only with Remove; Keep leaves it and lists it as kept', async () => {
		const rows = kind.rows(20);
		await sync(rows);
		const gone = rows[3];
		const rest = rows.filter((r) => r !== gone);
		on.env.sim.requests.length = 0;
		const kept = await sync(rest);
		expect(writes()).toHaveLength(0);
		expect(kept.items.find((i) => i.json.key === kind.key(gone))!.json.action).toBe('kept');
		expect(kind.onBox(on.env).size).toBe(20);

		const removed = await sync(rest, {}, 'remove');
		expect(removed.error).toBeUndefined();
		expect(removed.items.find((i) => i.json.key === kind.key(gone))!.json.action).toBe('removed');
		expect(writes().map((r) => r.path)).toEqual([kind.remove]);
		expect(kind.onBox(on.env)).toEqual(box(rest));
	});

	it('the safety limit refuses a sync that would remove most records, names the numbers and writes nothing', async () => {
		await sync(kind.rows(40));
		on.env.sim.requests.length = 0;
		const result = await sync(kind.rows(4), {}, 'remove');
		expect(result.error?.message).toBe(`Sync refused: it would remove 36 of the 40 current ${kind.noun}s (90 %), more than the safety limit of 20 %`);
		expect(writes()).toHaveLength(0);
		expect(kind.onBox(on.env).size).toBe(40);
		const allowed = await sync(kind.rows(4), { safetyLimit: 100 }, 'remove');
		expect(allowed.error).toBeUndefined();
		expect(kind.onBox(on.env)).toEqual(box(kind.rows(4)));
	});

	it('Dry Run returns the plan, old and new values included, and sends no write', async () => {
		const rows = kind.rows(10);
		await sync(rows);
		on.env.sim.requests.length = 0;
		const desired = [kind.changed(rows[1]), ...rows.slice(2), ...kind.rows(2, 100)];
		const plan = await sync(desired, { dryRun: true }, 'remove');
		expect(plan.error).toBeUndefined();
		expect(writes()).toHaveLength(0);
		const actions = new Map(plan.items.map((i) => [i.json.key, i.json.action]));
		expect(actions.get(kind.key(rows[0]))).toBe('remove');
		expect(actions.get(kind.key(rows[1]))).toBe('update');
		expect(actions.get(kind.key(rows[5]))).toBe('unchanged');
		expect(kind.rows(2, 100).map((r) => actions.get(kind.key(r)))).toEqual(['create', 'create']);
		expect(plan.items.every((i) => i.json.dryRun === true)).toBe(true);
		const change = Object.values(plan.items.find((i) => i.json.key === kind.key(rows[1]))!.json.changed as IDataObject);
		expect(change).toHaveLength(1);
		expect(kind.onBox(on.env)).toEqual(box(rows));
	});

	it('with 5 % injected faults (lost answers, 5xx) the box ends equal to the input and nothing is created twice', async () => {
		const rows = kind.rows(300);
		await sync(rows.slice(0, 200));
		const desired = [...rows.slice(20, 200).map((r, n) => (n % 10 === 0 ? kind.changed(r) : r)), ...rows.slice(200)];
		const faultsBefore = on.env.sim.faultCount;
		on.env.sim.setFaults({ rate: 0.05, kinds: ['dropAfter', 'http500', 'http503'] }, 7);
		// besides the random ones, the answer of the first create, update and removal is lost
		for (const path of [kind.create, kind.update, kind.remove]) on.env.sim.failNextOn(path, 'dropAfter');
		// batches of 5, so that the faults meet many calls of each kind of write
		const params = { ...kind.params(kind.matchOn, { safetyLimit: 100 }, 'remove'), requestOptions: { ...FAST_RETRY.requestOptions, batchSize: 5 } };
		const result = await on.env.run(kind.resource, 'sync', params, items(desired));
		on.env.sim.clearFaults();
		expect(on.env.sim.faultCount - faultsBefore).toBeGreaterThan(3);
		expect(result.error).toBeUndefined();
		expect(result.items.filter((i) => i.json.error)).toEqual([]);
		expect(kind.onBox(on.env)).toEqual(box(desired));
		// the box refuses a second group of a name and a second vehicle of a plate: none was tried and refused,
		// and the box holds exactly the input
		expect(kind.onBox(on.env).size).toBe(desired.length);
		on.env.sim.requests.length = 0;
		await sync(desired, {}, 'remove');
		expect(writes()).toHaveLength(0);
	});

	it('Create or Update: created, updated (with the changed field) and unchanged', async () => {
		const rows = kind.rows(3);
		await on.env.run(kind.resource, 'upsert', kind.params(kind.matchOn, {}, 'keep'), items(rows.slice(0, 2)));
		on.env.sim.requests.length = 0;
		const result = await on.env.run(kind.resource, 'upsert', kind.params(kind.matchOn, {}, 'keep'), items([rows[0], kind.changed(rows[1]), rows[2]]));
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.action)).toEqual(['unchanged', 'updated', 'created']);
		expect(Object.keys(result.items[1].json.changed as IDataObject)).toHaveLength(1);
		expect(on.env.sim.requestsTo(kind.update)).toHaveLength(1);
		expect(kind.onBox(on.env)).toEqual(box([rows[0], kind.changed(rows[1]), rows[2]]));
	});
});

describe('HongTu Person Group › Sync and Create or Update, by name', () => {
	const on = useBox(groups.reset);

	const LIST = groups.list;
	const writes = () => on.env.sim.requests.filter((r) => r.path !== LIST);
	const run = async (operation: string, names: string[], type = 1, absent = 'keep', options: IDataObject = {}) =>
		await on.env.run('personGroup', operation, { matchOn: 'name', absentRecords: absent, name: '={{ $json.name }}', type, recordSetOptions: options }, items(names.map((name) => ({ name }))));
	const names = (type: number) => [...on.env.sim.groups.values()].filter((g) => g.type === type).map((g) => g.name).sort();

	it('the document\'s group: a name and a type; List requires the type, Rename takes the name alone, members are written elsewhere', () => {
		expect(endpoint(LIST).recordFields).toEqual(['uuid', 'name', 'type', 'personTotal']);
		expect(endpoint(LIST).params.find((p) => p.name === 'type')?.required).toBe(true);
		expect(endpoint('/v1/api/pass/group/update').params.map((p) => p.name)).toEqual(['uuid', 'name']);
		expect(endpoint('/v1/api/pass/group/batchAdd').params.map((p) => p.name)).toEqual(['groupList', 'groupList[].uuid', 'groupList[].name', 'groupList[].type']);
		expect(documentedCode('103126')).toBe('组不存在');
		expect(documentedCode('103123')).toBe('无法删除默认组');
	});

	it('a sync covers one type: groups of another type are neither read nor removed', async () => {
		on.env.sim.groups.set('v1', { uuid: 'v1', name: 'Parents', type: 2, members: [] });
		await run('sync', ['Grade 7', 'Grade 8']);
		const result = await run('sync', ['Grade 8', 'Grade 9'], 1, 'remove', { safetyLimit: 100 });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.key, i.json.action])).toEqual([['Grade 8', 'unchanged'], ['Grade 9', 'created'], ['Grade 7', 'removed']]);
		expect(names(1)).toEqual(['Grade 8', 'Grade 9']);
		expect(names(2)).toEqual(['Parents']);
		expect(on.env.sim.requestsTo(LIST).every((r) => r.body.type === 1)).toBe(true);
	});

	it('the default group is kept under Remove: the box refuses to delete it', async () => {
		on.env.sim.groups.set('d1', { uuid: 'd1', name: '员工默认组', type: 1, members: ['p1'], isDefault: true });
		await run('sync', ['Grade 7', 'Grade 8']);
		const grade7 = [...on.env.sim.groups.values()].find((g) => g.name === 'Grade 7')!.uuid;
		on.env.sim.requests.length = 0;
		const result = await run('sync', ['Grade 8'], 1, 'remove', { safetyLimit: 100 });
		expect(result.error).toBeUndefined();
		expect(result.items.find((i) => i.json.key === '员工默认组')!.json.action).toBe('kept');
		expect(writes().map((r) => [r.path, r.body])).toEqual([['/v1/api/pass/group/delete', { uuid: grade7 }]]);
		expect(names(1)).toEqual(['Grade 8', '员工默认组']);
	});

	it('a removal whose answer was lost is done when the box then says the group does not exist', async () => {
		await run('sync', ['Grade 7', 'Grade 8']);
		on.env.sim.failNextOn('/pass/group/delete', 'dropAfter');
		const result = await on.env.run('personGroup', 'sync', { matchOn: 'name', absentRecords: 'remove', name: '={{ $json.name }}', type: 1, recordSetOptions: { safetyLimit: 100 }, ...FAST_RETRY }, items([{ name: 'Grade 8' }]));
		expect(result.error).toBeUndefined();
		expect(on.env.sim.requestsTo('/pass/group/delete')).toHaveLength(2);
		expect(result.items.find((i) => i.json.key === 'Grade 7')!.json.action).toBe('removed');
		expect(names(1)).toEqual(['Grade 8']);
	});

	it('members are not compared nor written: a group\'s members stay as they are', async () => {
		await run('sync', ['Grade 7']);
		const group = [...on.env.sim.groups.values()][0];
		group.members.push('p1', 'p2');
		on.env.sim.requests.length = 0;
		const result = await run('sync', ['Grade 7']);
		expect(result.items[0].json.action).toBe('unchanged');
		expect(writes()).toHaveLength(0);
		expect(group.members).toEqual(['p1', 'p2']);
	});

	it('Create or Update of a few groups searches each by name, and finds the exact name among the fuzzy matches', async () => {
		await run('sync', ['Grade 7', 'Grade 7 Science']);
		on.env.sim.requests.length = 0;
		const result = await run('upsert', ['Grade 7', 'Grade 10']);
		expect(result.items.map((i) => i.json.action)).toEqual(['unchanged', 'created']);
		expect(on.env.sim.requestsTo(LIST).map((r) => r.body.name)).toEqual(['Grade 7', 'Grade 10']);
		expect(names(1)).toEqual(['Grade 10', 'Grade 7', 'Grade 7 Science']);
	});
});

describe('HongTu Vehicle › Sync, the document\'s vehicle', () => {
	const on = useBox(vehicles.reset);

	const sync = async (rows: IDataObject[], matchOn = 'plateNumber') => await on.env.run('vehicle', 'sync', vehicles.params(matchOn, {}, 'keep'), items(rows));

	it('List gives the fields the writes take, under the same names; Update requires the plate number', () => {
		const listed = endpoint(vehicles.list).recordFields ?? [];
		const written = endpoint(vehicles.update).params.map((p) => p.name).filter((name) => name !== 'vehicleUuId');
		expect(listed).toEqual(expect.arrayContaining(written));
		expect(endpoint(vehicles.update).params.filter((p) => p.required).map((p) => p.name)).toEqual(['vehicleUuId', 'plateNumber']);
		expect(documentedCode('122008')).toBe('该区域内已录入此车牌');
		expect(documentedCode('122009')).toBe('车辆不存在');
	});

	it('an update sends the vehicle as listed with the change, so that fields not in the input are kept', async () => {
		await sync([{ plate: '京A00001', color: '白色', note: 'Head teacher', id: '1' }]);
		const stored = [...on.env.sim.vehicles.values()][0];
		stored.plateColor = '蓝色';
		on.env.sim.requests.length = 0;
		// the input gives no plate colour: the box's stays
		await sync([{ plate: '京A00001', color: '红色', note: 'Head teacher', id: '1' }]);
		expect(on.env.sim.requestsTo(vehicles.update).map((r) => r.body)).toEqual([expect.objectContaining({ plateColor: '蓝色', vehicleColor: '红色' })]);
		expect([...on.env.sim.vehicles.values()][0]).toMatchObject({ plateNumber: '京A00001', plateColor: '蓝色', vehicleColor: '红色', describe: 'Head teacher' });
	});

	it('matched on the unique identifier, a new plate is an update of the plate number', async () => {
		await sync([{ plate: '京A00001', color: '白色', note: 'Bus', id: '7' }], 'uniqueIdentify');
		on.env.sim.requests.length = 0;
		const result = await sync([{ plate: '京B00002', color: '白色', note: 'Bus', id: '7' }], 'uniqueIdentify');
		expect(result.items[0].json).toMatchObject({ action: 'updated', key: '7', changed: { plateNumber: { old: '京A00001', new: '京B00002' } } });
		expect([...on.env.sim.vehicles.values()].map((v) => v.plateNumber)).toEqual(['京B00002']);
	});

	it('Columns mapped automatically (version 2) are read as Batch Add reads them', async () => {
		const rows = [
			{ 'Plate Number': '沪C12345', 'Vehicle Color': '白色', Description: 'Van' },
			{ 'Plate Number': '沪C67890', 'Vehicle Color': '银色', Description: 'Minibus' },
		];
		const params = { matchOn: 'plateNumber', absentRecords: 'remove', columns: { mappingMode: 'autoMapInputData', value: null } };
		const first = await on.env.run('vehicle', 'sync', params, items(rows), { typeVersion: 2 });
		expect(first.error).toBeUndefined();
		expect([...on.env.sim.vehicles.values()].map((v) => [v.plateNumber, v.vehicleColor, v.describe])).toEqual([['沪C12345', '白色', 'Van'], ['沪C67890', '银色', 'Minibus']]);
		on.env.sim.requests.length = 0;
		const second = await on.env.run('vehicle', 'sync', params, items(rows), { typeVersion: 2 });
		expect(second.items.map((i) => i.json.action)).toEqual(['unchanged', 'unchanged']);
		expect(on.env.sim.requests.filter((r) => r.path !== vehicles.list)).toHaveLength(0);
	});
});
