/**
 * HaoYi Teacher, School and Subject › Sync and Create or Update, run in n8n-core's WorkflowExecute against the
 * server simulator. The facts asserted are the document's (test/fixtures/haoyi/endpoints.json): what the lists
 * show of a record (3.3, 3.7, 3.12), what the updates require (3.5 name and addr, 3.9 subject_name, 3.14 only
 * teacher_id), the comma-separated batch deletes (3.6, 3.10, 3.15), and that nothing is unique (no "already
 * exists" code). Requests are counted at the simulator.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { vendorDocument } from '../fixtures/documents';
import { FAST_RETRY, params, startHaoYi } from './setup';

type Env = Awaited<ReturnType<typeof startHaoYi>>;

/**
 * A server of its own for a describe block, handed to `set`: `records` of it emptied, requests and faults
 * cleared before each test, and no document violation after any.
 */
function useServer(set: (env: Env) => void, records: (sim: Env['sim']) => { clear(): void }): void {
	let env: Env;
	beforeAll(async () => {
		env = await startHaoYi({ seed: false });
		set(env);
	});
	afterAll(async () => await env.sim.stop());
	beforeEach(() => {
		records(env.sim).clear();
		env.sim.requests.length = 0;
		env.sim.violations.length = 0;
		env.sim.clearFaults();
	});
	afterEach(() => expect(env.sim.violations).toEqual([]));
}

const doc = vendorDocument('haoyi');
const endpoint = (path: string) => doc.endpoints.find((e) => e.path === path)!;
const required = (path: string) => endpoint(path).params.filter((p) => p.required && p.name !== 'token').map((p) => p.name);

const items = (rows: IDataObject[]): INodeExecutionData[] => rows.map((json) => ({ json }));

/** Requests that are neither token exchanges nor reads of a list. */
const writes = (env: Env) => env.sim.requests.filter((r) => !/\/(access_token|list_\w+)$/.test(r.path));
const lists = (env: Env, name: string) => env.sim.requestsTo(`/list_${name}`);

interface TeacherRow extends IDataObject {
	name: string;
	sex: string;
	title: string;
	titleId: number;
	detail: string;
}

const TITLES = ['正高级教师', '高级教师', '一级教师', '二级教师', '三级教师'];
const teachers = (n: number, from = 1): TeacherRow[] =>
	Array.from({ length: n }, (_, i) => ({ name: `Teacher ${from + i}`, sex: (from + i) % 2 ? '女' : '男', title: TITLES[(from + i) % 5], titleId: (from + i) % 5, detail: `Group ${(from + i) % 7}` }));

/** Teacher › Sync in version 1: the add's fields from the item by expression. */
function teacherParams(options: IDataObject = {}, absentRecords = 'keep'): IDataObject {
	return {
		matchOn: 'teacher_name',
		absentRecords,
		teacherName: '={{ $json.name }}',
		sexName: '={{ $json.sex }}',
		titleName: '={{ $json.title }}',
		titleId: '={{ $json.titleId }}',
		additionalFields: { detailInfo: '={{ $json.detail }}' },
		recordSetOptions: options,
		...FAST_RETRY,
	};
}

/** The server's teachers as the input's rows (name → the listed fields). */
const teachersOnServer = (env: Env) =>
	new Map([...env.sim.teachers.values()].map((t) => [t.teacher_name, { name: t.teacher_name, sex: t.sex_name, title: t.title_name, titleId: t.title_id, detail: t.detail_info }]));
const asServer = (rows: TeacherRow[]) => new Map(rows.map((r) => [r.name, r]));

describe('HaoYi record sets: what the document says they are built on', () => {
	it('each list shows the fields its add and update take, under the same names', () => {
		const listed = (path: string) => endpoint(path).recordFields ?? [];
		const taken = (path: string) => endpoint(path).params.map((p) => p.name).filter((n) => n !== 'token');
		expect(listed('/api/v1/list_teacher')).toEqual(expect.arrayContaining(taken('/api/v1/add_teacher')));
		expect(listed('/api/v1/list_school')).toEqual(expect.arrayContaining(taken('/api/v1/add_school')));
		expect(listed('/api/v1/list_subject')).toEqual(expect.arrayContaining(taken('/api/v1/add_subject')));
	});

	it('a school update needs the whole school, a teacher update only its ID; no code says "already exists"', () => {
		expect(required('/api/v1/mod_school')).toEqual(['school_id', 'name', 'addr']);
		expect(required('/api/v1/mod_subject')).toEqual(['subject_id', 'subject_name']);
		expect(required('/api/v1/mod_teacher')).toEqual(['teacher_id']);
		expect(doc.errorCodes.map((c) => c.message).join(' ')).not.toMatch(/已存在|重复/);
	});
});

describe('HaoYi Teacher › Sync', () => {
	let env: Env;
	useServer((e) => (env = e), (sim) => sim.teachers);

	const sync = async (rows: IDataObject[], options: IDataObject = {}, absent = 'keep', run: { continueOnFail?: boolean } = {}) =>
		await env.run('teacher', 'sync', teacherParams(options, absent), items(rows), run);

	it('creates the roster; the same sync again sends list calls only', async () => {
		const rows = teachers(130);
		const first = await sync(rows);
		expect(first.error).toBeUndefined();
		expect(first.items.map((i) => i.json.action)).toEqual(rows.map(() => 'created'));
		expect(env.sim.requestsTo('/add_teacher')).toHaveLength(130);
		expect(teachersOnServer(env)).toEqual(asServer(rows));

		env.sim.requests.length = 0;
		const second = await sync(rows);
		expect(second.error).toBeUndefined();
		expect(second.items.every((i) => i.json.action === 'unchanged')).toBe(true);
		expect(writes(env)).toHaveLength(0);
		// 130 teachers at 100 a page
		expect(lists(env, 'teacher')).toHaveLength(2);
	});

	it('a changed field is one update of that field alone (3.14 takes partial updates)', async () => {
		const rows = teachers(12);
		await sync(rows);
		const id = [...env.sim.teachers.values()].find((t) => t.teacher_name === rows[4].name)!.teacher_id;
		env.sim.requests.length = 0;
		const result = await sync(rows.map((r, n) => (n === 4 ? { ...r, detail: 'Moved to the maths group' } : r)));
		expect(result.error).toBeUndefined();
		expect(writes(env).map((r) => [r.path, params(r.query)])).toEqual([['/api/v1/mod_teacher', { teacher_id: String(id), detail_info: 'Moved to the maths group' }]]);
		expect(result.items.find((i) => i.json.key === rows[4].name)!.json).toMatchObject({ action: 'updated', id, changed: { detail_info: { old: rows[4].detail, new: 'Moved to the maths group' } } });
		expect(result.items.filter((i) => i.json.action === 'unchanged')).toHaveLength(11);
		expect(env.sim.teachers.get(id)!.detail_info).toBe('Moved to the maths group');
	});

	it('a title is compared as the list shows it (title_id a number, title_name text)', async () => {
		const rows = teachers(3);
		await sync(rows);
		env.sim.requests.length = 0;
		const promoted = rows.map((r, n) => (n === 1 ? { ...r, title: '高级教师', titleId: 1 } : r));
		const result = await sync(promoted);
		const id = [...env.sim.teachers.values()].find((t) => t.teacher_name === rows[1].name)!.teacher_id;
		expect(writes(env).map((r) => params(r.query))).toEqual([{ teacher_id: String(id), title_name: '高级教师', title_id: '1' }]);
		expect(result.items[1].json.changed).toEqual({ title_name: { old: rows[1].title, new: '高级教师' }, title_id: { old: rows[1].titleId, new: 1 } });
	});

	it('a teacher absent from the input is deleted only with Remove, in one comma-separated call', async () => {
		const rows = teachers(20);
		await sync(rows);
		const gone = [rows[3], rows[11]];
		const rest = rows.filter((r) => !gone.includes(r));
		env.sim.requests.length = 0;
		const kept = await sync(rest);
		expect(writes(env)).toHaveLength(0);
		expect(kept.items.filter((i) => i.json.action === 'kept').map((i) => i.json.key)).toEqual(gone.map((r) => r.name));
		expect(env.sim.teachers.size).toBe(20);

		const ids = gone.map((r) => [...env.sim.teachers.values()].find((t) => t.teacher_name === r.name)!.teacher_id);
		const removed = await sync(rest, {}, 'remove');
		expect(removed.error).toBeUndefined();
		expect(env.sim.requestsTo('/del_teacher').map((r) => params(r.query))).toEqual([{ teacher_id: ids.join(',') }]);
		expect(removed.items.filter((i) => i.json.action === 'removed').map((i) => i.json.key)).toEqual(gone.map((r) => r.name));
		expect(teachersOnServer(env)).toEqual(asServer(rest));
	});

	it('the safety limit refuses a sync that would remove most teachers, names the numbers and writes nothing', async () => {
		await sync(teachers(30));
		env.sim.requests.length = 0;
		const result = await sync(teachers(3), {}, 'remove');
		expect(result.error?.message).toBe('Sync refused: it would remove 27 of the 30 current teachers (90 %), more than the safety limit of 20 %');
		expect(writes(env)).toHaveLength(0);
		expect(env.sim.teachers.size).toBe(30);
		const allowed = await sync(teachers(3), { safetyLimit: 100 }, 'remove');
		expect(allowed.error).toBeUndefined();
		expect(teachersOnServer(env)).toEqual(asServer(teachers(3)));
	});

	it('Dry Run returns the plan and sends no write', async () => {
		const rows = teachers(6);
		await sync(rows);
		env.sim.requests.length = 0;
		const desired = [...rows.slice(1).map((r, n) => (n === 0 ? { ...r, sex: r.sex === '男' ? '女' : '男' } : r)), ...teachers(1, 50)];
		const plan = await sync(desired, { dryRun: true }, 'remove');
		expect(plan.error).toBeUndefined();
		expect(writes(env)).toHaveLength(0);
		expect(plan.items.map((i) => [i.json.key, i.json.action])).toEqual(
			expect.arrayContaining([[rows[1].name, 'update'], [rows[0].name, 'remove'], ['Teacher 50', 'create'], [rows[2].name, 'unchanged']]),
		);
		expect(plan.items.every((i) => i.json.dryRun === true)).toBe(true);
		expect(plan.items.find((i) => i.json.key === rows[1].name)!.json.changed).toEqual({ sex_name: { old: rows[1].sex, new: desired[0].sex } });
		expect(env.sim.teachers.size).toBe(6);
	});

	it('names are not unique on the server: of two teachers sharing one the first listed is matched, the other is not in the input', async () => {
		const [first, twin] = [env.sim.addTeacher({ teacher_name: 'Wang Fang' }), env.sim.addTeacher({ teacher_name: 'Wang Fang' })];
		const row = { name: 'Wang Fang', sex: first.sex_name, title: first.title_name, titleId: first.title_id, detail: first.detail_info };
		const kept = await sync([row]);
		expect(kept.items.map((i) => [i.json.action, i.json.id])).toEqual([['unchanged', first.teacher_id], ['kept', twin.teacher_id]]);
		const removed = await sync([row], { safetyLimit: 100 }, 'remove');
		expect(removed.items.map((i) => [i.json.action, i.json.id])).toEqual([['unchanged', first.teacher_id], ['removed', twin.teacher_id]]);
		expect([...env.sim.teachers.keys()]).toEqual([first.teacher_id]);
	});

	it('with 5 % injected faults (lost answers, 5xx) the server ends equal to the input and no teacher is created twice', async () => {
		const rows = teachers(160);
		await sync(rows.slice(0, 100));
		const desired = [...rows.slice(15, 100).map((r, n) => (n % 8 === 0 ? { ...r, detail: `Changed ${n}` } : r)), ...rows.slice(100)];
		env.sim.setFaults({ rate: 0.05, kinds: ['dropAfter', 'http500', 'http503'] }, 11);
		// every kind of write meets a lost answer at least once
		for (const path of ['/add_teacher', '/mod_teacher', '/del_teacher']) env.sim.failNextOn(path, 'dropAfter');
		const result = await sync(desired, { safetyLimit: 100 }, 'remove');
		env.sim.clearFaults();
		expect(env.sim.faultCount).toBeGreaterThan(3);
		expect(result.error).toBeUndefined();
		expect(result.items.filter((i) => i.json.error)).toEqual([]);
		// nothing is unique on the server: a create sent twice would show as a second teacher of the name
		expect(env.sim.teachers.size).toBe(desired.length);
		expect(teachersOnServer(env)).toEqual(asServer(desired as TeacherRow[]));
		env.sim.requests.length = 0;
		await sync(desired, {}, 'remove');
		expect(writes(env)).toHaveLength(0);
	}, 60_000);
});

describe('HaoYi School › Sync', () => {
	let env: Env;
	useServer((e) => (env = e), (sim) => sim.schools);

	const schools = (n: number, from = 1) => Array.from({ length: n }, (_, i) => ({ name: `School ${from + i}`, addr: `${from + i} Renmin Road`, phone: `0571-${String(8800 + from + i)}` }));
	const onServer = () => new Map([...env.sim.schools.values()].map((s) => [s.name, { name: s.name, addr: s.addr, phone: s.phone }]));
	const sync = async (rows: IDataObject[], options: IDataObject = {}, absent = 'keep') =>
		await env.run('school', 'sync', { matchOn: 'name', absentRecords: absent, name: '={{ $json.name }}', addr: '={{ $json.addr }}', additionalFields: { phone: '={{ $json.phone }}' }, recordSetOptions: options, ...FAST_RETRY }, items(rows));

	it('creates, then sends list calls only; a changed phone is one update carrying the school as listed (3.5 requires name and addr)', async () => {
		const rows = schools(8);
		expect((await sync(rows)).items.every((i) => i.json.action === 'created')).toBe(true);
		env.sim.requests.length = 0;
		expect((await sync(rows)).items.every((i) => i.json.action === 'unchanged')).toBe(true);
		expect(writes(env)).toHaveLength(0);
		expect(lists(env, 'school')).toHaveLength(1);

		const id = [...env.sim.schools.values()].find((s) => s.name === rows[2].name)!.school_id;
		const changed = rows.map((r, n) => (n === 2 ? { ...r, phone: '0571-1234' } : r));
		const result = await sync(changed);
		expect(writes(env).map((r) => [r.path, params(r.query)])).toEqual([['/api/v1/mod_school', { school_id: String(id), name: rows[2].name, addr: rows[2].addr, phone: '0571-1234' }]]);
		expect(result.items[2].json).toMatchObject({ action: 'updated', changed: { phone: { old: rows[2].phone, new: '0571-1234' } } });
		expect(onServer()).toEqual(new Map(changed.map((r) => [r.name, r])));
	});

	it('removes only with Remove, within the safety limit; Dry Run writes nothing', async () => {
		const rows = schools(10);
		await sync(rows);
		env.sim.requests.length = 0;
		const plan = await sync(rows.slice(1), { dryRun: true }, 'remove');
		expect(plan.items.find((i) => i.json.key === rows[0].name)!.json).toMatchObject({ action: 'remove', dryRun: true });
		await sync(rows.slice(1));
		expect(writes(env)).toHaveLength(0);
		const refused = await sync(rows.slice(0, 2), {}, 'remove');
		expect(refused.error?.message).toBe('Sync refused: it would remove 8 of the 10 current schools (80 %), more than the safety limit of 20 %');
		expect(writes(env)).toHaveLength(0);
		const removed = await sync(rows.slice(1), {}, 'remove');
		expect(removed.error).toBeUndefined();
		expect(env.sim.requestsTo('/del_school')).toHaveLength(1);
		expect(onServer()).toEqual(new Map(rows.slice(1).map((r) => [r.name, r])));
	});

	it('with 5 % injected faults the server ends equal to the input, each school once', async () => {
		const rows = schools(90);
		await sync(rows.slice(0, 50));
		const desired = [...rows.slice(5, 50).map((r, n) => (n % 6 === 0 ? { ...r, addr: `${n} Xihu Road` } : r)), ...rows.slice(50)];
		env.sim.setFaults({ rate: 0.05, kinds: ['dropAfter', 'http500', 'http503'] }, 5);
		for (const path of ['/add_school', '/mod_school', '/del_school']) env.sim.failNextOn(path, 'dropAfter');
		const result = await sync(desired, { safetyLimit: 100 }, 'remove');
		env.sim.clearFaults();
		expect(env.sim.faultCount).toBeGreaterThan(3);
		expect(result.error).toBeUndefined();
		expect(env.sim.schools.size).toBe(desired.length);
		expect(onServer()).toEqual(new Map(desired.map((r) => [r.name, r])));
	}, 60_000);
});

describe('HaoYi Subject › Sync', () => {
	let env: Env;
	useServer((e) => (env = e), (sim) => sim.subjects);

	const subjects = (names: string[]) => names.map((name) => ({ name }));
	const onServer = () => [...env.sim.subjects.values()].map((s) => s.subject_name).sort();
	const sync = async (rows: IDataObject[], options: IDataObject = {}, absent = 'keep') =>
		await env.run('subject', 'sync', { matchOn: 'subject_name', absentRecords: absent, subjectName: '={{ $json.name }}', recordSetOptions: options, ...FAST_RETRY }, items(rows));

	it('a subject is its name: created, unchanged or removed (at /api/v1/del_subject, not the del_school the document prints)', async () => {
		const names = ['Chinese', 'Maths', 'English', 'Physics', 'Chemistry', 'Biology'];
		await sync(subjects(names));
		env.sim.requests.length = 0;
		const again = await sync(subjects(names));
		expect(again.items.every((i) => i.json.action === 'unchanged')).toBe(true);
		expect(writes(env)).toHaveLength(0);

		const next = ['Chinese', 'Maths', 'English', 'Physics', 'Chemistry', 'History'];
		const result = await sync(subjects(next), {}, 'remove');
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.key, i.json.action])).toEqual(expect.arrayContaining([['History', 'created'], ['Biology', 'removed']]));
		expect(writes(env).map((r) => r.path)).toEqual(['/api/v1/del_subject', '/api/v1/add_subject']);
		expect(env.sim.requestsTo('/mod_subject')).toHaveLength(0);
		expect(onServer()).toEqual([...next].sort());
	});

	it('with 5 % injected faults the server ends equal to the input, each subject once', async () => {
		const names = Array.from({ length: 80 }, (_, n) => `Subject ${n}`);
		await sync(subjects(names.slice(0, 50)));
		env.sim.setFaults({ rate: 0.05, kinds: ['dropAfter', 'http500', 'http503'] }, 3);
		for (const path of ['/add_subject', '/del_subject']) env.sim.failNextOn(path, 'dropAfter');
		const result = await sync(subjects(names.slice(10)), { safetyLimit: 100 }, 'remove');
		env.sim.clearFaults();
		expect(env.sim.faultCount).toBeGreaterThan(2);
		expect(result.error).toBeUndefined();
		expect(env.sim.subjects.size).toBe(70);
		expect(onServer()).toEqual(names.slice(10).sort());
	}, 60_000);
});

describe('HaoYi Teacher › Create or Update', () => {
	let env: Env;
	beforeAll(async () => {
		env = await startHaoYi({ seed: false });
	});
	afterAll(async () => await env.sim.stop());

	const upsert = async (rows: IDataObject[]) => await env.run('teacher', 'upsert', teacherParams(), items(rows));

	it('creates the absent, updates only what differs, reports the unchanged; the list has no filter, so it is read whole', async () => {
		env.sim.teachers.clear();
		const rows = teachers(3);
		await upsert(rows.slice(0, 2));
		env.sim.requests.length = 0;
		const result = await upsert([rows[0], { ...rows[1], detail: 'Head of year' }, rows[2]]);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.action)).toEqual(['unchanged', 'updated', 'created']);
		expect(result.items[1].json.changed).toEqual({ detail_info: { old: rows[1].detail, new: 'Head of year' } });
		expect(result.items[2].json.id).toEqual(expect.any(Number));
		// the set read once, and once more by the add's lost-answer guard before the first create (nothing is unique,
		// so it notes what existed: lostCreate.ts)
		expect(lists(env, 'teacher')).toHaveLength(2);
		expect(env.sim.requestsTo('/mod_teacher').map((r) => params(r.query))).toEqual([{ teacher_id: String(result.items[1].json.id), detail_info: 'Head of year' }]);
		expect(env.sim.requestsTo('/add_teacher')).toHaveLength(1);
		expect(teachersOnServer(env)).toEqual(asServer([rows[0], { ...rows[1], detail: 'Head of year' }, rows[2]]));
	});

	it('School and Subject have Create or Update too', async () => {
		env.sim.schools.clear();
		env.sim.subjects.clear();
		const school = await env.run('school', 'upsert', { matchOn: 'name', name: '={{ $json.name }}', addr: '={{ $json.addr }}' }, items([{ name: 'East School', addr: '1 East Road' }]));
		expect(school.items[0].json.action).toBe('created');
		const moved = await env.run('school', 'upsert', { matchOn: 'name', name: '={{ $json.name }}', addr: '={{ $json.addr }}' }, items([{ name: 'East School', addr: '2 East Road' }]));
		expect(moved.items[0].json).toMatchObject({ action: 'updated', changed: { addr: { old: '1 East Road', new: '2 East Road' } } });
		const subject = await env.run('subject', 'upsert', { matchOn: 'subject_name', subjectName: '={{ $json.name }}' }, items([{ name: 'Art' }]));
		expect(subject.items[0].json.action).toBe('created');
		const again = await env.run('subject', 'upsert', { matchOn: 'subject_name', subjectName: '={{ $json.name }}' }, items([{ name: 'Art' }]));
		expect(again.items[0].json.action).toBe('unchanged');
		expect([...env.sim.subjects.values()].map((s) => s.subject_name)).toEqual(['Art']);
	});
});
