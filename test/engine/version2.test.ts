/**
 * Version 2 of the action nodes (what a new workflow gets) is never a step back from version 1: every ID version
 * 1 picked from a list is picked in version 2 too — inside Columns as choices loaded from the vendor, beside them
 * for the record an update changes —, several IDs are a multi-select loaded from their list (persons: one
 * searchable picker each), arrays are entries with named fields, and each of these runs. Checked against the
 * simulators through n8n-core (the editor's method calls and WorkflowExecute), and against the documents.
 */
import type { IDataObject, INodeProperties, INodeType } from 'n8n-workflow';

import { HongTu } from '../../nodes/HongTu/HongTu.node';
import { SmartClassroom } from '../../nodes/SmartClassroom/SmartClassroom.node';
import { vendorDocument } from '../fixtures/documents';
import { editorMethods } from '../harness/loadOptions';
import { startHongTu } from '../hongtu/setup';
import { startSmartClassroom } from '../smartclassroom/setup';

/** The version 2 properties of an operation, Additional Fields opened. */
function version2Fields(node: INodeType, resource: string, operation: string): INodeProperties[] {
	const own = node.description.properties.filter(
		(p) => p.displayOptions?.show?.resource?.[0] === resource && p.displayOptions?.show?.operation?.[0] === operation && p.displayOptions?.show?.['@version']?.[0] === 2,
	);
	return own.flatMap((p) => (p.type === 'collection' ? (p.options as INodeProperties[]) : [p]));
}

describe('HongTu › Pass Rule › Add: doors and groups picked from the box', () => {
	let env: Awaited<ReturnType<typeof startHongTu>>;
	beforeEach(async () => {
		env = await startHongTu();
		env.sim.doors.set('d1', { uuid: 'd1', name: 'Main Gate', location: 'North' });
		env.sim.doors.set('d2', { uuid: 'd2', name: 'Library Door' });
		env.sim.groups.set('g1', { uuid: 'g1', name: 'Teachers', type: 1, members: [] });
		env.sim.groups.set('g2', { uuid: 'g2', name: 'Guests', type: 2, members: [] });
		env.sim.schedules.set('s1', { uuid: 's1', name: 'School Days', type: 1 });
	});
	afterEach(async () => await env.sim.stop());

	test('the fields are multi-selects whose options are the box\'s doors and groups', async () => {
		const fields = version2Fields(new HongTu(), 'passRule', 'add');
		const field = (name: string) => fields.find((p) => p.name === name)!;
		expect([field('deviceUuids').type, field('deviceUuids').typeOptions?.loadOptionsMethod]).toEqual(['multiOptions', 'loadDoors']);
		expect([field('groupUuids').type, field('groupUuids').typeOptions?.loadOptionsMethod]).toEqual(['multiOptions', 'loadGroups']);
		const editor = editorMethods(new HongTu(), { resource: 'passRule', operation: 'add' }, env.credentials);
		expect(await editor.load('loadDoors')).toEqual([
			{ name: 'Library Door', value: 'd2' },
			{ name: 'Main Gate (North)', value: 'd1' },
		]);
		expect(await editor.load('loadGroups')).toEqual([
			{ name: 'Guests (Visitor)', value: 'g2' },
			{ name: 'Teachers (Employee)', value: 'g1' },
		]);
	});

	test('two doors and a group picked run; a comma-separated expression still does', async () => {
		const scheduleUuid = { __rl: true, mode: 'list', value: 's1' };
		const picked = await env.run('passRule', 'add', { deviceUuids: ['d1', 'd2'], groupUuids: ['g1'], scheduleUuid }, undefined, { typeVersion: 2 });
		expect(picked.error).toBeUndefined();
		expect(env.sim.authorities).toEqual([
			{ deviceUuid: 'd1', scheduleUuid: 's1', groupUuids: ['g1'] },
			{ deviceUuid: 'd2', scheduleUuid: 's1', groupUuids: ['g1'] },
		]);
		const typed = await env.run('passRule', 'add', { deviceUuids: '={{ "d1, d2" }}', groupUuids: '={{ ["g2"] }}', scheduleUuid }, undefined, { typeVersion: 2 });
		expect(typed.error).toBeUndefined();
		expect(env.sim.authorities.slice(2).map((a) => [a.deviceUuid, a.groupUuids])).toEqual([
			['d1', ['g2']],
			['d2', ['g2']],
		]);
	});
});

describe('HongTu › Person › Update: the person is picked beside the columns', () => {
	let env: Awaited<ReturnType<typeof startHongTu>>;
	const UPDATE = '/v1/api/person/update';
	beforeEach(async () => {
		env = await startHongTu();
		env.sim.persons.set('p1', { uuid: 'p1', name: 'Zhang San', type: 1, code: 'E1001', phone: '13800138000', groupList: [] });
	});
	afterEach(async () => await env.sim.stop());

	test('the picker lists the box\'s persons, by name, employee code or phone', async () => {
		const editor = editorMethods(new HongTu(), { resource: 'person', operation: 'update' }, env.credentials);
		expect((await editor.search('searchPersons', 'E1001')).results).toEqual([{ name: 'Zhang San (E1001 · 13800138000)', value: 'p1' }]);
		expect((await editor.columns()).fields.map((f) => f.id)).not.toContain('uuid');
	});

	test('the picked person, columns given below: the update goes to that person', async () => {
		const parameters = { uuid: { __rl: true, mode: 'list', value: 'p1' }, columns: { mappingMode: 'defineBelow', value: { name: 'Zhang San', phone: '13900000000' } } };
		const result = await env.run('person', 'update', parameters, undefined, { typeVersion: 2 });
		expect(result.error).toBeUndefined();
		expect(env.sim.requestsTo(UPDATE).map((r) => r.body)).toEqual([expect.objectContaining({ uuid: 'p1', phone: '13900000000' })]);
	});

	test('mapped automatically with no person picked: each item\'s uuid is its person', async () => {
		const parameters = { columns: { mappingMode: 'autoMapInputData', value: null } };
		const result = await env.run('person', 'update', parameters, [{ json: { uuid: 'p1', name: 'Zhang San', phone: '13700000000' } }], { typeVersion: 2 });
		expect(result.error).toBeUndefined();
		expect(env.sim.requestsTo(UPDATE).map((r) => r.body)).toEqual([expect.objectContaining({ uuid: 'p1', phone: '13700000000' })]);
	});

	test('a workflow saved while the person was a column runs as before', async () => {
		const parameters = { columns: { mappingMode: 'defineBelow', value: { uuid: 'p1', name: 'Zhang San', phone: '13600000000' } } };
		const result = await env.run('person', 'update', parameters, undefined, { typeVersion: 2 });
		expect(result.error).toBeUndefined();
		expect(env.sim.requestsTo(UPDATE).map((r) => r.body)).toEqual([expect.objectContaining({ uuid: 'p1', phone: '13600000000' })]);
	});

	test('no person, neither picked nor in the item: refused before sending, naming the item and the field', async () => {
		const result = await env.run('person', 'update', { columns: { mappingMode: 'autoMapInputData', value: null } }, [{ json: { name: 'X' } }], { typeVersion: 2 });
		expect(result.error?.message).toBe('The "Person" field (uuid) is required [item 0]');
		expect(env.sim.requestsTo(UPDATE)).toHaveLength(0);
	});
});

describe('HongTu › Attendance › Add Group: periods, special dates and employees as entries', () => {
	let env: Awaited<ReturnType<typeof startHongTu>>;
	beforeEach(async () => {
		env = await startHongTu();
		env.sim.persons.set('p1', { uuid: 'p1', name: 'Zhang San', type: 1, groupList: [] });
		env.sim.persons.set('p2', { uuid: 'p2', name: 'Li Si', type: 1, groupList: [] });
	});
	afterEach(async () => await env.sim.stop());

	test('no column is an object or an array; the entries have the document\'s fields', async () => {
		const editor = editorMethods(new HongTu(), { resource: 'attendance', operation: 'addGroup' }, env.credentials);
		const columns = (await editor.columns()).fields;
		expect(columns.filter((f) => f.type === 'object' || f.type === 'array')).toEqual([]);
		const documented = (name: string) =>
			vendorDocument('hongtu')
				.endpoints.find((e) => e.path === '/v1/api/attendance/group/add')!
				.params.filter((p) => p.name.startsWith(`${name}[].`))
				.map((p) => p.name.slice(name.length + 3))
				.sort();
		const fields = version2Fields(new HongTu(), 'attendance', 'addGroup');
		for (const name of ['attendanceTime', 'specialDate']) {
			const entries = fields.find((p) => p.name === name)!;
			expect(entries.type).toBe('fixedCollection');
			const values = (entries.options as Array<{ values: INodeProperties[] }>)[0].values;
			expect(values.map((v) => v.name).sort()).toEqual(documented(name));
		}
		expect(fields.find((p) => p.name === 'groupPersons')?.type).toBe('fixedCollection');
	});

	test('runs, sending the periods, dates and employees as the document\'s arrays', async () => {
		const parameters = {
			columns: { mappingMode: 'defineBelow', value: { name: 'Office', weekPlan: 'MONDAY,TUESDAY', daySpan: 0 } },
			groupPersons: { entries: [{ id: { __rl: true, mode: 'list', value: 'p1' } }, { id: { __rl: true, mode: 'id', value: 'p2' } }] },
			attendanceTime: { entries: [{ order: 1, onSt: '08:30', onEt: '09:00', offSt: '17:30', offEt: '18:00' }] },
			additionalFields: { specialDate: { entries: [{ date: '2026-10-01', isPunch: 0 }] } },
		};
		const result = await env.run('attendance', 'addGroup', parameters, undefined, { typeVersion: 2 });
		expect(result.error).toBeUndefined();
		const [body] = env.sim.requestsTo('/v1/api/attendance/group/add').map((r) => r.body as IDataObject);
		expect(body).toMatchObject({
			groupPersons: ['p1', 'p2'],
			attendanceTime: [{ order: 1, onSt: '08:30', onEt: '09:00', offSt: '17:30', offEt: '18:00' }],
			specialDate: [{ date: '2026-10-01', isPunch: 0 }],
		});
	});

	test('a period outside HH:mm is refused before sending, naming the item and the field', async () => {
		const parameters = {
			columns: { mappingMode: 'defineBelow', value: { name: 'Office', weekPlan: 'MONDAY', daySpan: 0 } },
			groupPersons: { entries: [{ id: { __rl: true, mode: 'id', value: 'p1' } }] },
			attendanceTime: { entries: [{ order: 1, onSt: '8.30', onEt: '09:00', offSt: '17:30', offEt: '18:00' }] },
		};
		const result = await env.run('attendance', 'addGroup', parameters, undefined, { typeVersion: 2 });
		expect(result.error?.message).toMatch(/^The "Attendance Time" field \(attendanceTime\) entry 0: "onSt" must be HH:mm, e\.g\. 08:30, got "8\.30" \[item 0\]$/);
		expect(env.sim.requestsTo('/v1/api/attendance/group/add')).toHaveLength(0);
	});
});

describe('Smart Classroom › Timetable › Create: class, course, teacher, classroom and period picked in Columns', () => {
	test('the ID columns offer the server\'s records ("name (ID)"), and a picked entry runs', async () => {
		const env = await startSmartClassroom();
		const { sim } = env;
		sim.terms.push({ id: 1, term_year: '2026-2027', term: 'Autumn', start_time: '2026-09-01', end_time: '2027-01-20' });
		sim.classrooms.push({ id: 4, name: 'Room 101', location: 'Building A' });
		sim.classes.push({ id: 3, name: 'Class 3', grade: 'Grade 8', students: [] });
		sim.courses.push({ id: 5, name: 'Physics', code: 'PHY8' });
		sim.teachers.push({ id: 7, name: 'Wang Fang', job_number: 'T007' });
		sim.lessonIndexes.push({ id: 2, num: 1, start_hour: 8, start_min: 0, end_hour: 8, end_min: 45, term_id: 1 });
		const editor = editorMethods(new SmartClassroom(), { resource: 'lessonTable', operation: 'create' }, env.credentials);
		const columns = (await editor.columns()).fields;
		const choices = (id: string) => columns.find((f) => f.id === id);
		expect(choices('cls_id')).toMatchObject({ type: 'options', options: [{ name: 'Grade 8 Class 3 (3)', value: '3' }] });
		expect(choices('teacher_id')).toMatchObject({ type: 'options', options: [{ name: 'Wang Fang · T007 (7)', value: '7' }] });
		expect(choices('course_id')).toMatchObject({ type: 'options', options: [{ name: 'Physics · PHY8 (5)', value: '5' }] });
		expect(choices('classroom_id')).toMatchObject({ type: 'options', options: [{ name: 'Room 101 – Building A (4)', value: '4' }] });
		expect(choices('lesson_index_id')?.type).toBe('options');
		const value = { cls_id: '3', teacher_id: '7', course_id: '5', classroom_id: '4', lesson_index_id: '2', weekday: 0 };
		const result = await env.run('lessonTable', 'create', { columns: { mappingMode: 'defineBelow', value } }, undefined, { typeVersion: 2 });
		expect(result.error).toBeUndefined();
		expect(sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/info/lessontable')).map((r) => r.body)).toEqual([
			expect.objectContaining({ cls_id: 3, teacher_id: 7, course_id: 5, classroom_id: 4, lesson_index_id: 2 }),
		]);
		await sim.stop();
	});
});
