/**
 * Gensee Teacher › Create or Update, run in n8n-core's WorkflowExecute against the site simulator. The document
 * (test/fixtures/gensee/endpoints.json) has no interface that lists or reads teachers: 5.9 creates one, 5.40 finds
 * one by its login name and modifies it (resetting its password). So the node cannot compare, and has no Sync:
 * it modifies, and creates where the site answers 501 (数据不存在); the site refuses a login name it has with 502
 * (重复数据). Requests are counted at the simulator.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { operations } from '../../nodes/Gensee/Gensee.operations';
import { vendorDocument } from '../fixtures/documents';
import { FAST_RETRY, formsTo, LOGIN, startGensee } from './setup';

type Env = Awaited<ReturnType<typeof startGensee>>;

const doc = vendorDocument('gensee');
const CREATE = '/training/teacher/created';
const MODIFY = '/training/teacher/modify';

interface Row extends IDataObject {
	login: string;
	password: string;
	name: string;
}

const rows = (n: number, from = 1): Row[] => Array.from({ length: n }, (_, i) => ({ login: `teacher${from + i}`, password: `pass-${from + i}`, name: `Teacher ${from + i}` }));
const items = (list: IDataObject[]): INodeExecutionData[] => list.map((json) => ({ json }));

const params = (additionalFields: IDataObject = {}): IDataObject => ({
	matchOn: 'teacherLoginName',
	teacherLoginName: '={{ $json.login }}',
	teacherPassword: '={{ $json.password }}',
	name: '={{ $json.name }}',
	additionalFields,
	...FAST_RETRY,
});

/** The site's teacher accounts, as login → the fields an item gives. */
const teachersOnSite = (env: Env) =>
	new Map([...env.sim.accounts.entries()].filter(([, a]) => a.role === 'teacher').map(([login, a]) => [login, { login, password: a.password, name: a.name }]));
const asSite = (list: Row[]) => new Map(list.map((r) => [r.login, r]));

describe('Gensee Teacher › Create or Update', () => {
	let env: Env;
	beforeAll(async () => {
		env = await startGensee();
	});
	afterAll(async () => await env.sim.stop());
	beforeEach(() => {
		for (const [login, account] of env.sim.accounts) if (account.role === 'teacher') env.sim.accounts.delete(login);
		env.sim.requests.length = 0;
		env.sim.clearFaults();
	});

	const upsert = async (list: IDataObject[], additional: IDataObject = {}, run: { continueOnFail?: boolean } = {}) =>
		await env.run('teacher', 'upsert', params(additional), items(list), run);

	it('the document has no interface that lists or reads teachers, and names "does not exist" and "duplicate" results', () => {
		expect(doc.endpoints.filter((e) => /teacher/i.test(e.path)).map((e) => e.path)).toEqual([CREATE, MODIFY]);
		// 5.40 requires the password and the name: a modify sends the whole teacher
		expect(doc.endpoints.find((e) => e.path === MODIFY)!.params.filter((p) => p.required && !['loginName', 'password'].includes(p.name)).map((p) => p.name)).toEqual(['teacherLoginName', 'teacherPassword', 'name']);
		expect(doc.errorCodes.filter((c) => ['501', '502'].includes(c.code)).map((c) => c.message)).toEqual(['业务错误 – 数据不存在', '业务错误 – 重复数据']);
	});

	it('offers Create or Update and no Sync, and says why', () => {
		const teacher = operations.filter((o) => o.resource === 'teacher');
		expect(teacher.map((o) => o.operation)).toEqual(['create', 'upsert', 'update']);
		expect(teacher.find((o) => o.operation === 'upsert')!.description).toContain('the site lists no teachers, so nothing is compared');
	});

	it('modifies the teachers the site has, creates the others, and says which', async () => {
		const all = rows(5);
		await upsert(all.slice(0, 3));
		expect(teachersOnSite(env)).toEqual(asSite(all.slice(0, 3)));
		env.sim.requests.length = 0;

		const desired = [all[0], { ...all[1], name: 'Renamed teacher' }, all[2], all[3], all[4]];
		const result = await upsert(desired);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.key, i.json.action])).toEqual([
			['teacher1', 'updated'],
			['teacher2', 'updated'],
			['teacher3', 'updated'],
			['teacher4', 'created'],
			['teacher5', 'created'],
		]);
		// five modifies (two refused with 501), then the two creates
		expect(formsTo(env.sim, MODIFY).map((f) => f.teacherLoginName)).toEqual(['teacher1', 'teacher2', 'teacher3', 'teacher4', 'teacher5']);
		expect(formsTo(env.sim, CREATE).map((f) => f.teacherLoginName)).toEqual(['teacher4', 'teacher5']);
		expect(formsTo(env.sim, MODIFY)[1]).toMatchObject({ teacherLoginName: 'teacher2', teacherPassword: 'pass-2', name: 'Renamed teacher' });
		expect(teachersOnSite(env)).toEqual(asSite(desired));
		// the update's fields are shown as sent (their old values cannot be read), the password never by value
		expect(result.items[1].json.changed).toEqual({ teacherPassword: { old: '(hidden)', new: '(hidden)' }, name: { new: 'Renamed teacher' } });
		expect(JSON.stringify(result.items)).not.toMatch(/pass-\d/);
		expect(result.items[3].json.changed).toEqual({});
	});

	it('sends the optional fields too (5.40 keeps what a modify leaves out)', async () => {
		const validDate = Date.parse('2026-09-01T00:00:00Z');
		await upsert(rows(1), { maxPoints: 200, validDate: '2026-09-01T00:00:00Z' });
		expect(env.sim.accounts.get('teacher1')).toMatchObject({ maxPoints: 200, validDate });
		await upsert(rows(1), { maxPoints: 300 });
		expect(env.sim.accounts.get('teacher1')).toMatchObject({ maxPoints: 300, validDate });
		expect(formsTo(env.sim, MODIFY).at(-1)).toMatchObject({ teacherLoginName: 'teacher1', maxPoints: '300' });
	});

	it('an account of the site that is not a teacher is neither modified nor created again', async () => {
		const admin = { ...env.sim.accounts.get(LOGIN)! };
		const result = await upsert([{ login: LOGIN, password: 'another-pass', name: 'Taken' }, rows(1)[0]], {}, { continueOnFail: true });
		expect(result.items[0].json.error).toMatch(/^Gensee error 502/);
		expect(result.items[1].json.action).toBe('created');
		expect(env.sim.accounts.get(LOGIN)).toEqual(admin);
	});

	it('with 5 % injected faults (lost answers, 5xx) the site ends equal to the input and no create is sent twice', async () => {
		const all = rows(80);
		await upsert(all.slice(0, 40));
		const desired = all.slice(20).map((r, n) => (n % 5 === 0 ? { ...r, name: `Changed ${n}` } : r));
		env.sim.requests.length = 0;
		env.sim.setFaults({ rate: 0.05, kinds: ['dropAfter', 'http500', 'http503'] }, 13);
		// a create and a modify each lose their answer at least once
		env.sim.failNextOn(CREATE, 'dropAfter');
		env.sim.failNextOn(MODIFY, 'dropAfter');
		const result = await upsert(desired);
		env.sim.clearFaults();
		expect(env.sim.faultCount).toBeGreaterThan(3);
		expect(result.error).toBeUndefined();
		expect(result.items.filter((i) => i.json.error)).toEqual([]);
		expect(result.items.filter((i) => i.json.action === 'created').map((i) => i.json.key)).toEqual(all.slice(40).map((r) => r.login));
		expect(teachersOnSite(env)).toEqual(asSite([...all.slice(0, 20), ...desired]));
		// the creates that reached the site (a 5xx is answered before it): each new login name once, none after a lost answer
		expect(formsTo(env.sim, CREATE).map((f) => f.teacherLoginName).sort()).toEqual(all.slice(40).map((r) => r.login).sort());
	}, 60_000);
});
