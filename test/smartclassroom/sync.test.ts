/**
 * Smart Classroom Student, Teacher and Class › Create or Update and Sync, and Timetable › Sync Week, run in
 * n8n-core's WorkflowExecute against the server simulator. The facts asserted are the document's
 * (test/fixtures/smartclassroom/endpoints.json): which fields the lists give and the writes take, which the writes
 * require, the "does not exist" codes. Requests are counted at the simulator.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { vendorDocument } from '../fixtures/documents';
import { dayToUnix } from '../simulators/smartclassroom/SmartClassroomSimulator';
import type { RunNodeResult } from '../harness/runNode';
import { byId, FAST_RETRY, startSmartClassroom } from './setup';

type Env = Awaited<ReturnType<typeof startSmartClassroom>>;
type Row = Record<string, unknown>;

const doc = vendorDocument('smartclassroom');
const endpoint = (method: string, path: string) => doc.endpoints.find((e) => e.method === method && e.path === path)!;
/** a documented code's message (the document's text has CJK compatibility forms: ⼈ for 人) */
const documentedCode = (code: number) => doc.errorCodes.find((e) => e.code === String(code))?.message.normalize('NFKC');

const items = (rows: IDataObject[]): INodeExecutionData[] => rows.map((json) => ({ json }));
/** Requests that change something: neither reads nor logins. */
const writes = (env: Env) => env.sim.requests.filter((r) => r.method !== 'GET' && !r.path.endsWith('/auth'));
const reads = (env: Env) => env.sim.requests.filter((r) => r.method === 'GET');
const jsonOf = (request: { rawBody: Buffer }) => JSON.parse(request.rawBody.toString('utf8')) as IDataObject;
/** Columns mapped automatically from each item's fields (node version 2). */
const AUTO = { columns: { mappingMode: 'autoMapInputData', value: null } };
const V2 = { typeVersion: 2 };
const RAISED = { safetyLimit: 100 };

/**
 * Runs a sync under 5 % random faults (lost answers, 5xx), the answer of the next request to each of `lost` lost
 * too (one of each write): no error, no record failed. Then the same sync again sends list calls only.
 */
async function underFaults(env: Env, seed: number, lost: string[], sync: () => Promise<RunNodeResult>, check: () => void): Promise<void> {
	const before = env.sim.faultCount;
	for (const end of lost) env.sim.failNextOn(end, 'dropAfter');
	env.sim.setFaults({ rate: 0.05, kinds: ['dropAfter', 'http500', 'http503'] }, seed);
	const result = await sync();
	env.sim.clearFaults();
	expect(env.sim.faultCount - before).toBeGreaterThan(lost.length);
	expect(result.error).toBeUndefined();
	expect(result.items.filter((i) => i.json.error)).toEqual([]);
	check();
	env.sim.requests.length = 0;
	await sync();
	expect(writes(env)).toEqual([]);
}

describe('what the document says the record sets are built on', () => {
	test('lists give dates as integers that the writes take as YYYY-MM-DD text, and a class\'s students as a list', () => {
		const student = endpoint('GET', '/students');
		expect(student.recordFields).toEqual(expect.arrayContaining(['id', 'job_number', 'start_time', 'major']));
		expect(endpoint('PUT', '/student/{sid}').params.find((p) => p.name === 'start_time')!.type).toBe('string');
		expect(endpoint('GET', '/classes').recordFields).toEqual(expect.arrayContaining(['id', 'name', 'grade', 'begin_time', 'students', 'teacher_id']));
		expect(endpoint('GET', '/classes').recordFields).not.toContain('student_id');
		expect(endpoint('PUT', '/class/{infoid}').params.find((p) => p.name === 'student_id')!.type).toBe('string');
	});

	test('the updates require fields beside the changed one: the node sends the record as listed with the changes', () => {
		const required = (method: string, path: string) => endpoint(method, path).params.filter((p) => p.in === 'body' && p.required).map((p) => p.name).sort();
		expect(required('PUT', '/student/{sid}')).toEqual(['job_number', 'name']);
		expect(required('PUT', '/teacher/{sid}')).toEqual(['job_number', 'name']);
		expect(required('PUT', '/class/{infoid}')).toEqual(['grade', 'name']);
		expect(required('PUT', '/info/lessontable/{infoid}')).toEqual(['classroom_id', 'cls_id', 'course_id', 'lesson_index_id', 'teacher_id', 'weekday']);
	});

	test('a timetable entry is written without a term, listed with one, and listed per term', () => {
		expect(endpoint('POST', '/info/lessontable').params.map((p) => p.name)).not.toContain('term_id');
		expect(endpoint('GET', '/info/lessontables').recordFields).toContain('term_id');
		expect(endpoint('GET', '/info/lessontables').params.map((p) => p.name)).toEqual(expect.arrayContaining(['term_id', 'cls_id']));
	});

	test('the "does not exist" codes a removal sent again meets', () => {
		expect([-2015, -20181, -20176, -20175].map(documentedCode)).toEqual(['学生不存在', '教师不存在', '班级不存在', '课表不存在']);
	});
});

/** Students and teachers: the same persons' operations, numbered by 学号 or 工号, removed by /subject/delete. */
const PERSONS = [
	{
		resource: 'student',
		subjectType: 0,
		label: 'Student Number',
		rows: (env: Env) => env.sim.students,
		// Student › Create has Columns: version 2 maps each item's fields by name
		params: (options: IDataObject, absent: string) => ({ matchOn: 'job_number', absentRecords: absent, ...AUTO, recordSetOptions: options, ...FAST_RETRY }),
		version: V2,
		row: (n: number): IDataObject => ({ name: `Student ${n}`, job_number: `S${String(n).padStart(4, '0')}`, gender: n % 2 ? 1 : 2, start_time: '2024-09-01', major: 'Science' }),
		changed: { field: 'major', value: 'Arts' },
	},
	{
		resource: 'teacher',
		subjectType: 1,
		label: 'Staff Number',
		rows: (env: Env) => env.sim.teachers,
		// Teacher › Create has no Columns: the fields by expression
		params: (options: IDataObject, absent: string) => ({
			matchOn: 'job_number',
			absentRecords: absent,
			name: '={{ $json.name }}',
			jobNumber: '={{ $json.job_number }}',
			additionalFields: { gender: '={{ $json.gender }}', certificateType: '={{ $json.certificate_type }}', certificateNumber: '={{ $json.certificate_number }}' },
			recordSetOptions: options,
			...FAST_RETRY,
		}),
		version: {},
		row: (n: number): IDataObject => ({ name: `Teacher ${n}`, job_number: `T${String(n).padStart(4, '0')}`, gender: 1, certificate_type: 1, certificate_number: `11010119800101${String(n).padStart(4, '0')}` }),
		changed: { field: 'certificate_number', value: '110101198001019999' },
	},
];

describe.each(PERSONS)('$resource › Sync and Create or Update', (kind) => {
	let env: Env;
	beforeAll(async () => {
		env = await startSmartClassroom();
	});
	afterAll(async () => await env.sim.stop());
	beforeEach(() => {
		kind.rows(env).length = 0;
		env.sim.classes.length = 0;
		env.sim.requests.length = 0;
		env.sim.clearFaults();
	});

	const roster = (count: number, from = 1) => Array.from({ length: count }, (_, i) => kind.row(from + i));
	const sync = async (rows: IDataObject[], options: IDataObject = {}, absent = 'keep') =>
		await env.run(kind.resource, 'sync', kind.params(options, absent), items(rows), kind.version);
	const upsert = async (rows: IDataObject[]) => await env.run(kind.resource, 'upsert', kind.params({}, 'keep'), items(rows), kind.version);
	/** the server's persons, as number → the compared fields the input gives */
	const onServer = () => new Map(kind.rows(env).map((r) => [r.job_number, r]));
	const fieldsOf = (row: IDataObject) => Object.keys(row).filter((f) => f !== 'start_time');
	const expectEqual = (rows: IDataObject[]) => {
		const server = onServer();
		expect([...server.keys()].sort()).toEqual(rows.map((r) => r.job_number).sort());
		for (const row of rows) for (const field of fieldsOf(row)) expect([row.job_number, field, server.get(String(row.job_number))![field]]).toEqual([row.job_number, field, row[field]]);
	};

	test('creates the roster; the same sync again sends list calls only', async () => {
		const rows = roster(150);
		const first = await sync(rows);
		expect(first.error).toBeUndefined();
		expect(first.items.map((i) => i.json.action)).toEqual(rows.map(() => 'created'));
		expectEqual(rows);
		if (kind.resource === 'student') expect(env.sim.students.map((s) => s.start_time)).toEqual(rows.map(() => dayToUnix('2024-09-01')));

		env.sim.requests.length = 0;
		const second = await sync(rows);
		expect(second.error).toBeUndefined();
		expect(second.items.every((i) => i.json.action === 'unchanged')).toBe(true);
		expect(writes(env)).toEqual([]);
		// 150 persons at 100 a page
		expect(reads(env).map((r) => `${r.path}?page=${r.query.page}&size=${r.query.size}`)).toEqual([1, 2].map((p) => `/api/v1/${kind.resource}s?page=${p}&size=100`));
	});

	test('a changed field is one update, of the person as listed with that field changed', async () => {
		const rows = roster(12);
		await sync(rows);
		const target = kind.rows(env).find((r) => r.job_number === rows[5].job_number)!;
		const before = { ...target };
		env.sim.requests.length = 0;
		const { field, value } = kind.changed;
		const result = await sync(rows.map((r, n) => (n === 5 ? { ...r, [field]: value } : r)));
		expect(result.error).toBeUndefined();
		expect(writes(env).map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v1/${kind.resource}/${String(target.id)}`]);
		expect(jsonOf(writes(env)[0])).toEqual({ ...rows[5], [field]: value });
		const updated = result.items.find((i) => i.json.key === rows[5].job_number)!.json;
		expect(updated).toMatchObject({ action: 'updated', id: target.id, changed: { [field]: { old: rows[5][field], new: value } } });
		expect(Object.keys(updated.changed as IDataObject)).toEqual([field]);
		expect(result.items.filter((i) => i.json.action === 'unchanged')).toHaveLength(11);
		expect(target).toEqual({ ...before, [field]: value });
	});

	test('a person absent from the input is removed only with Remove, one call per person', async () => {
		const rows = roster(12);
		await sync(rows);
		const gone = [rows[2], rows[9]];
		const rest = rows.filter((r) => !gone.includes(r));
		const ids = gone.map((g) => kind.rows(env).find((r) => r.job_number === g.job_number)!.id);
		env.sim.requests.length = 0;
		const kept = await sync(rest);
		expect(writes(env)).toEqual([]);
		expect(kept.items.filter((i) => i.json.action === 'kept').map((i) => i.json.key)).toEqual(gone.map((g) => g.job_number));
		expect(onServer().size).toBe(12);

		const removed = await sync(rest, {}, 'remove');
		expect(removed.error).toBeUndefined();
		expect(writes(env).map((r) => [r.method, r.path, jsonOf(r)])).toEqual(ids.map((id) => ['DELETE', '/api/v1/subject/delete', { subject_id: String(id), subject_type: kind.subjectType }]));
		expect(removed.items.filter((i) => i.json.action === 'removed').map((i) => i.json.id)).toEqual(ids);
		expectEqual(rest);
	});

	test('the safety limit refuses a sync that would remove most persons, names the numbers and writes nothing', async () => {
		await sync(roster(20));
		env.sim.requests.length = 0;
		const result = await sync(roster(3), {}, 'remove');
		expect(result.error?.message).toBe(`Sync refused: it would remove 17 of the 20 current ${kind.resource}s (85 %), more than the safety limit of 20 %`);
		expect(writes(env)).toEqual([]);
		expect(onServer().size).toBe(20);
		const allowed = await sync(roster(3), RAISED, 'remove');
		expect(allowed.error).toBeUndefined();
		expectEqual(roster(3));
	});

	test('Dry Run returns the plan with old and new values and sends no write', async () => {
		const rows = roster(6);
		await sync(rows);
		env.sim.requests.length = 0;
		const { field, value } = kind.changed;
		const desired = [...rows.slice(1).map((r, n) => (n === 0 ? { ...r, [field]: value } : r)), kind.row(50)];
		const plan = await sync(desired, { dryRun: true }, 'remove');
		expect(plan.error).toBeUndefined();
		expect(writes(env)).toEqual([]);
		expect(plan.items.map((i) => [i.json.key, i.json.action])).toEqual([
			[rows[1].job_number, 'update'],
			...rows.slice(2).map((r) => [r.job_number, 'unchanged']),
			[kind.row(50).job_number, 'create'],
			[rows[0].job_number, 'remove'],
		]);
		expect(plan.items[0].json.changed).toEqual({ [field]: { old: rows[1][field], new: value } });
		expect(plan.items.every((i) => i.json.dryRun === true)).toBe(true);
		expectEqual(rows);
	});

	test('with 5 % injected faults (lost answers, 5xx) the server ends equal to the input and no person is created twice', async () => {
		const rows = roster(240);
		await sync(rows.slice(0, 160));
		const { field, value } = kind.changed;
		const desired = [...rows.slice(20, 160).map((r, n) => (n % 10 === 0 ? { ...r, [field]: `${String(value).slice(0, -3)}${String(n).padStart(3, '0')}` } : r)), ...rows.slice(160)];
		const updated = String(kind.rows(env).find((r) => r.job_number === rows[20].job_number)!.id);
		await underFaults(env, 11, [`/${kind.resource}`, `/${kind.resource}/${updated}`, '/subject/delete'], async () => await sync(desired, RAISED, 'remove'), () => {
			expectEqual(desired);
			expect(kind.rows(env)).toHaveLength(desired.length);
		});
	});

	test('Create or Update: created, updated with the changed field, unchanged; a few items are searched by number', async () => {
		await upsert(roster(2));
		env.sim.requests.length = 0;
		const { field, value } = kind.changed;
		const result = await upsert([kind.row(1), { ...kind.row(2), [field]: value }, kind.row(3)]);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.action)).toEqual(['unchanged', 'updated', 'created']);
		expect(result.items[1].json.changed).toEqual({ [field]: { old: kind.row(2)[field], new: value } });
		expect(result.items[2].json.id).toEqual(expect.any(Number));
		expect(env.sim.requestsTo(`/${kind.resource}s`).map((r) => r.query.job_number)).toEqual([1, 2, 3].map((n) => kind.row(n).job_number));
		expect(writes(env).map((r) => `${r.method} ${r.path.replace(/\d+$/, '{sid}')}`)).toEqual([`PUT /api/v1/${kind.resource}/{sid}`, `POST /api/v1/${kind.resource}`]);
	});
});

describe('Student › Sync: a refused removal is that student\'s alone', () => {
	let env: Env;
	beforeAll(async () => {
		env = await startSmartClassroom();
	});
	afterAll(async () => await env.sim.stop());

	test('a student still in a class is refused (-20207), the others are removed', async () => {
		const params = PERSONS[0].params(RAISED, 'remove');
		const rows = [1, 2, 3].map(PERSONS[0].row);
		await env.run('student', 'sync', params, items(rows), V2);
		const [first, second] = env.sim.students;
		env.sim.classes.push({ id: env.sim.nextId(), company_id: env.sim.companyId, name: 'Class 1', grade: 'Grade 7', students: [first.id] });
		const result = await env.run('student', 'sync', params, items([rows[2]]), { ...V2, continueOnFail: true });
		const byKey = new Map(result.items.map((i) => [i.json.key, i.json]));
		expect(byKey.get(String(first.job_number))).toMatchObject({ action: 'remove', error: expect.stringContaining('-20207') });
		expect(byKey.get(String(second.job_number))).toMatchObject({ action: 'removed' });
		expect(env.sim.students.map((s) => s.job_number)).toEqual([first.job_number, rows[2].job_number]);
	});
});

describe('Class › Sync and Create or Update, by name within the grade', () => {
	let env: Env;
	let teachers: number[];
	let students: number[];
	beforeAll(async () => {
		env = await startSmartClassroom();
		teachers = [1, 2, 3].map((n) => {
			const id = env.sim.nextId();
			env.sim.teachers.push({ id, company_id: env.sim.companyId, subject_type: 1, name: `Teacher ${n}`, job_number: `T${n}`, gender: 1, photos: [] });
			return id;
		});
		students = [1, 2, 3, 4].map((n) => {
			const id = env.sim.nextId();
			env.sim.students.push({ id, company_id: env.sim.companyId, subject_type: 0, name: `Student ${n}`, job_number: `S${n}`, gender: 1, photos: [] });
			return id;
		});
	});
	afterAll(async () => await env.sim.stop());
	beforeEach(() => {
		env.sim.classes.length = 0;
		env.sim.lessonTables.length = 0;
		env.sim.requests.length = 0;
		env.sim.clearFaults();
	});

	/** "Class 1" exists in every grade: the same name in two grades is two classes */
	const classes = (grades: number, perGrade: number): IDataObject[] =>
		Array.from({ length: grades * perGrade }, (_, i) => ({
			name: `Class ${(i % perGrade) + 1}`,
			grade: `Grade ${Math.floor(i / perGrade) + 7}`,
			code: `C${i}`,
			teacher_id: teachers[i % teachers.length],
			begin_time: '2024-09-01',
			program: '3 years',
		}));
	const params = (options: IDataObject = {}, absent = 'keep') => ({ matchOn: 'name', absentRecords: absent, ...AUTO, recordSetOptions: options, ...FAST_RETRY });
	const sync = async (rows: IDataObject[], options: IDataObject = {}, absent = 'keep') => await env.run('class', 'sync', params(options, absent), items(rows), V2);
	const keyOf = (row: IDataObject) => JSON.stringify([row.name, row.grade]);
	const onServer = () => env.sim.classes.map((c) => [c.name, c.grade, c.code, c.teacher_id]);
	const expectEqual = (rows: IDataObject[]) => expect(onServer().sort()).toEqual(rows.map((r) => [r.name, r.grade, r.code, r.teacher_id]).sort());

	test('the same name in two grades is two classes; the same sync again sends list calls only', async () => {
		const rows = classes(3, 4);
		const first = await sync(rows);
		expect(first.error).toBeUndefined();
		expect(first.items.map((i) => [i.json.key, i.json.action])).toEqual(rows.map((r) => [keyOf(r), 'created']));
		expectEqual(rows);
		expect(env.sim.classes.every((c) => c.begin_time === dayToUnix('2024-09-01'))).toBe(true);
		env.sim.requests.length = 0;
		const second = await sync(rows);
		expect(second.items.every((i) => i.json.action === 'unchanged')).toBe(true);
		expect(writes(env)).toEqual([]);
		expect(reads(env).map((r) => r.path)).toEqual(['/api/v1/classes']);
	});

	test('a changed head teacher is one update of the class as listed; the students are compared as a set', async () => {
		const rows = classes(2, 2).map((r, n) => (n === 1 ? { ...r, student_id: `${students[0]},${students[1]}` } : r));
		await sync(rows);
		const target = env.sim.classes.find((c) => c.name === rows[1].name && c.grade === rows[1].grade)!;
		env.sim.requests.length = 0;
		// the same students in another order, and a new head teacher
		const changed = rows.map((r, n) => (n === 1 ? { ...r, teacher_id: teachers[2], student_id: `${students[1]},${students[0]}` } : r));
		const result = await sync(changed);
		expect(result.error).toBeUndefined();
		expect(writes(env).map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v1/class/${String(target.id)}`]);
		expect(jsonOf(writes(env)[0])).toEqual({ ...rows[1], teacher_id: teachers[2], student_id: `${students[0]},${students[1]}` });
		expect(result.items[1].json).toMatchObject({ action: 'updated', changed: { teacher_id: { old: rows[1].teacher_id, new: String(teachers[2]) } } });
		expect(Object.keys(result.items[1].json.changed as IDataObject)).toEqual(['teacher_id']);

		env.sim.requests.length = 0;
		const moved = await sync(changed.map((r, n) => (n === 1 ? { ...r, student_id: `${students[2]}` } : r)));
		expect(moved.items[1].json.changed).toEqual({ student_id: { old: [String(students[0]), String(students[1])], new: [String(students[2])] } });
		expect(target.students).toEqual([students[2]]);
	});

	test('a class absent from the input is removed only with Remove; one with lessons is refused (-20203) alone', async () => {
		const rows = classes(1, 4);
		await sync(rows);
		const [withLessons, plain] = [rows[0], rows[1]].map((r) => env.sim.classes.find((c) => c.name === r.name)!);
		env.sim.lessonTables.push({ id: env.sim.nextId(), cls_id: withLessons.id, weekday: 0, lesson_index_id: 1, teacher_id: 1, classroom_id: 1, course_id: 1, term_id: 1 });
		env.sim.requests.length = 0;
		const kept = await sync(rows.slice(2));
		expect(writes(env)).toEqual([]);
		expect(kept.items.filter((i) => i.json.action === 'kept')).toHaveLength(2);
		const removed = await env.run('class', 'sync', params(RAISED, 'remove'), items(rows.slice(2)), { ...V2, continueOnFail: true });
		expect(writes(env).map((r) => `${r.method} ${r.path}`)).toEqual([`DELETE /api/v1/class/${String(withLessons.id)}`, `DELETE /api/v1/class/${String(plain.id)}`]);
		const byKey = new Map(removed.items.map((i) => [i.json.key, i.json]));
		expect(byKey.get(keyOf(rows[0]))).toMatchObject({ action: 'remove', error: expect.stringContaining('-20203') });
		expect(byKey.get(keyOf(rows[1]))).toMatchObject({ action: 'removed' });
		expectEqual([rows[0], ...rows.slice(2)]);
	});

	test('the safety limit refuses removing most classes; Dry Run plans and writes nothing', async () => {
		const rows = classes(2, 5);
		await sync(rows);
		env.sim.requests.length = 0;
		const refused = await sync(rows.slice(0, 2), {}, 'remove');
		expect(refused.error?.message).toBe('Sync refused: it would remove 8 of the 10 current class records (80 %), more than the safety limit of 20 %');
		const plan = await sync([{ ...rows[0], code: 'NEW' }, ...rows.slice(1, 9)], { dryRun: true }, 'remove');
		expect(plan.items.map((i) => i.json.action)).toEqual(['update', ...Array(8).fill('unchanged'), 'remove']);
		expect(plan.items[0].json.changed).toEqual({ code: { old: 'C0', new: 'NEW' } });
		expect(writes(env)).toEqual([]);
		expectEqual(rows);
	});

	test('with 5 % injected faults the server ends equal to the input and no class is created twice', async () => {
		const rows = classes(6, 20);
		await sync(rows.slice(0, 80));
		const desired = [...rows.slice(10, 80).map((r, n) => (n % 7 === 0 ? { ...r, program: '4 years', teacher_id: teachers[(n + 1) % 3] } : r)), ...rows.slice(80)];
		const [updated, removed] = [rows[10], rows[0]].map((row) => String(env.sim.classes.find((c) => c.name === row.name && c.grade === row.grade)!.id));
		await underFaults(env, 5, ['/class', `/class/${updated}`, `/class/${removed}`], async () => await sync(desired, RAISED, 'remove'), () => {
			expectEqual(desired);
			expect(env.sim.classes.filter((c) => c.program === '4 years')).toHaveLength(10);
		});
	});

	test('Create or Update finds a class by name and grade (searching by name), and updates or creates it', async () => {
		await sync(classes(1, 2));
		env.sim.requests.length = 0;
		const [one, two] = classes(1, 2);
		const otherGrade = { ...one, grade: 'Grade 9' };
		const result = await env.run('class', 'upsert', params(), items([one, { ...two, program: '4 years' }, otherGrade]), V2);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.action)).toEqual(['unchanged', 'updated', 'created']);
		expect(env.sim.requestsTo('/classes').map((r) => r.query.name)).toEqual(['Class 1', 'Class 2', 'Class 1']);
		expect(env.sim.classes.filter((c) => c.name === 'Class 1').map((c) => c.grade)).toEqual(['Grade 7', 'Grade 9']);
	});
});

/** A school with two terms, lesson periods, classes with their own teacher and classroom, and courses. */
function seedSchool(env: Env) {
	const { sim } = env;
	const add = (rows: Row[], row: Row) => {
		const full = { id: sim.nextId(), company_id: sim.companyId, ...row };
		rows.push(full);
		return Number(full.id);
	};
	const terms = [
		['Autumn', '2024-09-01', '2025-01-20'],
		['Spring', '2025-02-20', '2025-07-10'],
	].map(([term, start, end]) => add(sim.terms, { term_year: '2024-2025', term, start_time: dayToUnix(start), end_time: dayToUnix(end), days: {} }));
	const periods = terms.map((term) =>
		[1, 2, 3, 4].map((num) => add(sim.lessonIndexes, { term_id: term, num, start_hour: 7 + num, start_min: 0, end_hour: 7 + num, end_min: 45 })),
	);
	const classes = [1, 2, 3].map((n) => add(sim.classes, { name: `Class ${n}`, grade: 'Grade 7', students: [] }));
	const teachers = [1, 2, 3, 4].map((n) => add(sim.teachers, { subject_type: 1, name: `Teacher ${n}`, job_number: `T${n}`, gender: 1, photos: [] }));
	const classrooms = [1, 2, 3, 4].map((n) => add(sim.classrooms, { name: `Room ${n}`, location: 'Building A', size: 40 }));
	const courses = ['Maths', 'Chinese', 'English', 'Physics'].map((name) => add(sim.courses, { name, code: name.toUpperCase(), major: '', department: '' }));
	return { terms, periods, classes, teachers, classrooms, courses };
}

describe('Timetable › Sync Week', () => {
	let env: Env;
	let school: ReturnType<typeof seedSchool>;
	beforeAll(async () => {
		env = await startSmartClassroom();
		school = seedSchool(env);
	});
	afterAll(async () => await env.sim.stop());
	beforeEach(() => {
		env.sim.lessonTables.length = 0;
		env.sim.requests.length = 0;
		env.sim.clearFaults();
	});

	/** The week of a term: every class, Monday to Friday, four periods; class n with teacher n in room n. */
	const week = (term = 0): IDataObject[] =>
		school.classes.flatMap((cls, c) =>
			[0, 1, 2, 3, 4].flatMap((weekday) =>
				school.periods[term].map((period, p) => ({
					cls_id: cls,
					weekday,
					lesson_index_id: period,
					course_id: school.courses[(weekday + p) % 4],
					teacher_id: school.teachers[c],
					classroom_id: school.classrooms[c],
				})),
			),
		);
	const params = (options: IDataObject = {}, absent = 'keep', term = 0, extra: IDataObject = {}) => ({
		termId: byId(school.terms[term]),
		absentRecords: absent,
		...AUTO,
		recordSetOptions: options,
		...extra,
		...FAST_RETRY,
	});
	const sync = async (lessons: IDataObject[], options: IDataObject = {}, absent = 'keep', run: { term?: number; extra?: IDataObject; continueOnFail?: boolean } = {}) =>
		await env.run('lessonTable', 'syncWeek', params(options, absent, run.term, run.extra), items(lessons), { ...V2, continueOnFail: run.continueOnFail });
	const FIELDS = ['cls_id', 'weekday', 'lesson_index_id', 'course_id', 'teacher_id', 'classroom_id'];
	const entriesOf = (term: number) =>
		env.sim.lessonTables
			.filter((t) => t.term_id === school.terms[term])
			.map((t) => FIELDS.map((f) => t[f]).join(' '))
			.sort();
	const expectWeek = (lessons: IDataObject[], term = 0) => expect(entriesOf(term)).toEqual(lessons.map((l) => FIELDS.map((f) => l[f]).join(' ')).sort());
	const entryOf = (lesson: IDataObject) => env.sim.lessonTables.find((t) => t.cls_id === lesson.cls_id && t.weekday === lesson.weekday && t.lesson_index_id === lesson.lesson_index_id)!;
	const keyOf = (lesson: IDataObject) => JSON.stringify([lesson.cls_id, lesson.weekday, lesson.lesson_index_id].map(String));

	test('creates the week under its lesson periods\' term; the same sync again reads the term\'s lessons only', async () => {
		const lessons = week();
		const first = await sync(lessons);
		expect(first.error).toBeUndefined();
		expect(first.items.map((i) => i.json.action)).toEqual(lessons.map(() => 'created'));
		expectWeek(lessons);
		// the term is never sent with a lesson: the server files it under its lesson period's term
		expect(env.sim.requestsTo('/info/lessontable').every((r) => !('term_id' in jsonOf(r)))).toBe(true);
		env.sim.requests.length = 0;
		const second = await sync(lessons);
		expect(second.error).toBeUndefined();
		expect(second.items.every((i) => i.json.action === 'unchanged')).toBe(true);
		expect(writes(env)).toEqual([]);
		// 60 lessons at 100 a page, of this term
		expect(reads(env).map((r) => r.query)).toEqual([{ term_id: String(school.terms[0]), page: '1', size: '100' }]);
	});

	test('a changed teacher is one update of that lesson, sent as the whole LessonTableRequest', async () => {
		const lessons = week();
		await sync(lessons);
		const target = entryOf(lessons[7]);
		env.sim.requests.length = 0;
		// the fourth teacher teaches no class at that time
		const changed = lessons.map((l, n) => (n === 7 ? { ...l, teacher_id: school.teachers[3] } : l));
		const result = await sync(changed);
		expect(result.error).toBeUndefined();
		expect(writes(env).map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v1/info/lessontable/${String(target.id)}`]);
		expect(jsonOf(writes(env)[0])).toEqual(changed[7]);
		expect(result.items[7].json).toMatchObject({ action: 'updated', key: keyOf(lessons[7]), id: target.id, changed: { teacher_id: { old: lessons[7].teacher_id, new: String(school.teachers[3]) } } });
		expect(Object.keys(result.items[7].json.changed as IDataObject)).toEqual(['teacher_id']);
		expect(target.teacher_id).toBe(school.teachers[3]);
		expectWeek(changed);
	});

	test('a lesson absent from the input is removed only with Remove', async () => {
		const lessons = week();
		await sync(lessons);
		const dropped = lessons.filter((l) => l.weekday === 4 && l.lesson_index_id === school.periods[0][3]);
		const rest = lessons.filter((l) => !dropped.includes(l));
		const ids = dropped.map((l) => entryOf(l).id);
		env.sim.requests.length = 0;
		const kept = await sync(rest);
		expect(writes(env)).toEqual([]);
		expect(kept.items.filter((i) => i.json.action === 'kept').map((i) => i.json.id)).toEqual(ids);
		const removed = await sync(rest, {}, 'remove');
		expect(removed.error).toBeUndefined();
		expect(writes(env).map((r) => `${r.method} ${r.path}`)).toEqual(ids.map((id) => `DELETE /api/v1/info/lessontable/${String(id)}`));
		expectWeek(rest);
	});

	test('one class\'s lessons against the whole term are refused by the safety limit; with Only Class they sync that class alone', async () => {
		const lessons = week();
		await sync(lessons);
		const first = lessons.filter((l) => l.cls_id === school.classes[0]).map((l) => (l.weekday === 0 ? { ...l, classroom_id: school.classrooms[3] } : l));
		env.sim.requests.length = 0;
		const refused = await sync(first, {}, 'remove');
		expect(refused.error?.message).toBe('Sync refused: it would remove 40 of the 60 current lessons (66.7 %), more than the safety limit of 20 %');
		expect(writes(env)).toEqual([]);

		const only = await sync(first, {}, 'remove', { extra: { additionalFields: { onlyClsId: byId(school.classes[0]) } } });
		expect(only.error).toBeUndefined();
		expect(reads(env).at(-1)!.query).toMatchObject({ term_id: String(school.terms[0]), cls_id: String(school.classes[0]) });
		expect(only.items.map((i) => i.json.action).filter((a) => a !== 'unchanged')).toEqual(Array(4).fill('updated'));
		expectWeek([...first, ...lessons.filter((l) => l.cls_id !== school.classes[0])]);
	});

	test('with Only Class, a lesson of another class is refused before anything is sent', async () => {
		const lessons = week().filter((l) => l.weekday === 0);
		const result = await sync(lessons, {}, 'keep', { extra: { additionalFields: { onlyClsId: byId(school.classes[1]) } } });
		expect(result.error?.message).toBe(`Item 0 is a lesson of class ${school.classes[0]}, but Only Class is ${school.classes[1]}`);
		expect(env.sim.requests.filter((r) => !r.path.endsWith('/auth'))).toEqual([]);
	});

	test('another term\'s lessons are outside the sync', async () => {
		await sync(week(1), {}, 'keep', { term: 1 });
		const autumn = week().filter((l) => Number(l.weekday) < 2);
		env.sim.requests.length = 0;
		const result = await sync(autumn, RAISED, 'remove');
		expect(result.error).toBeUndefined();
		expect(result.items.every((i) => i.json.action === 'created')).toBe(true);
		expectWeek(autumn);
		expectWeek(week(1), 1);
	});

	test('Dry Run returns the plan and sends no write; two items for one class, weekday and period are refused', async () => {
		const lessons = week();
		await sync(lessons);
		env.sim.requests.length = 0;
		const desired = [{ ...lessons[0], course_id: school.courses[3] }, ...lessons.slice(2)];
		const plan = await sync(desired, { dryRun: true }, 'remove');
		expect(writes(env)).toEqual([]);
		expect(plan.items[0].json).toMatchObject({ action: 'update', key: keyOf(lessons[0]), dryRun: true, changed: { course_id: { old: lessons[0].course_id, new: String(school.courses[3]) } } });
		expect(plan.items.at(-1)!.json).toMatchObject({ action: 'remove', key: keyOf(lessons[1]), id: entryOf(lessons[1]).id });
		const twins = await sync([lessons[0], { ...lessons[0], teacher_id: school.teachers[3] }]);
		expect(twins.error?.message).toBe(`Items 0 and 1 both have Class, Weekday and Lesson Period "${keyOf(lessons[0])}"`);
		expectWeek(lessons);
	});

	test('with 5 % injected faults the server ends equal to the input and no lesson is created twice', async () => {
		const lessons = week();
		await sync(lessons.filter((l) => Number(l.weekday) < 3));
		// Thursday and Friday added, Wednesday dropped, Tuesday's courses rotated
		const desired = lessons.filter((l) => l.weekday !== 2).map((l) => (l.weekday === 1 ? { ...l, course_id: school.courses[(school.courses.indexOf(Number(l.course_id)) + 1) % 4] } : l));
		// a Tuesday lesson is updated, a Wednesday lesson removed
		const [updated, removed] = [1, 2].map((weekday) => String(entryOf(lessons.find((l) => l.weekday === weekday)!).id));
		await underFaults(env, 3, ['/info/lessontable', `/info/lessontable/${updated}`, `/info/lessontable/${removed}`], async () => await sync(desired, RAISED, 'remove'), () => {
			expectWeek(desired);
			expect(env.sim.lessonTables).toHaveLength(desired.length);
		});
	});
});
