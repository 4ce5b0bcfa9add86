/**
 * Faults injected by the simulators, outcomes asserted against the simulators' state:
 * - a Baijiayun schedule sync (write every room's timetable, read it back) and Gensee exports under 10%
 *   faults of every kind: nothing lost, nothing duplicated;
 * - HaoYi and Smart Classroom tokens expiring mid-run cost no item, and create nothing twice;
 * - a vendor that stays down: a clear error after the bounded retries, one error per item under
 *   continueOnFail, and no item of a failed batch reported as a success.
 * The figures (faults injected, items, lost, duplicated) are printed for SECURITY.md.
 */
import type { IDataObject } from 'n8n-workflow';

import type { BaijiayunSimulator } from '../simulators/baijiayun/BaijiayunSimulator';
import type { FaultKind } from '../simulators/common/SimulatorServer';
import type { GenseeSimulator } from '../simulators/gensee/GenseeSimulator';
import type { HaoYiSimulator } from '../simulators/haoyi/HaoYiSimulator';
import type { SmartClassroomSimulator } from '../simulators/smartclassroom/SmartClassroomSimulator';
import { LOST_ANSWER_NOTE } from '../../nodes/shared/transport/retries';
import { VENDORS, type VendorFixture } from './vendors';

/** every fault the simulators can inject; 'timeout' holds the connection, then drops it without an answer */
const ALL_FAULTS: FaultKind[] = ['http500', 'http502', 'http503', 'http429', 'drop', 'timeout', 'throttle', 'dropAfter'];
const TEN_PERCENT = { rate: 0.1, kinds: ALL_FAULTS, timeoutMs: 150 };
const RETRY = { maxRetries: 8, retryDelay: 1 };

const vendor = (key: string) => VENDORS.find((v) => v.key === key)!;

interface Figure {
	run: string;
	faults: number;
	items: number;
	lost: number;
	duplicated: number;
}
const figures: Figure[] = [];

afterAll(() => {
	// eslint-disable-next-line no-console
	console.log(`fault figures ${JSON.stringify(figures)}`);
});

/** Entries of `expected` missing from `got`, and entries of `got` present more than once. */
function lostAndDuplicated(expected: string[], got: string[]): { lost: string[]; duplicated: string[] } {
	const counts = new Map<string, number>();
	for (const g of got) counts.set(g, (counts.get(g) ?? 0) + 1);
	return {
		lost: expected.filter((e) => !counts.has(e)),
		duplicated: [...counts].filter(([, n]) => n > 1).map(([k]) => k),
	};
}

describe('Baijiayun schedule sync under 10% faults', () => {
	let f: VendorFixture;
	let sim: BaijiayunSimulator;
	beforeAll(async () => {
		f = await vendor('baijiayun').start();
		sim = f.sim as BaijiayunSimulator;
	});
	afterAll(async () => await f.sim.stop());

	const ROOMS = 60;
	const LESSONS = 10;
	const lessonKey = (room: number, serial: number) => `${room}#2026-09-${String(serial).padStart(2, '0')}#${serial}`;

	test(`${ROOMS} rooms × ${LESSONS} lessons written and read back: every lesson exactly once`, async () => {
		sim.setFaults(TEN_PERCENT, 11);
		const rows = [];
		for (let r = 0; r < ROOMS; r++) for (let s = 1; s <= LESSONS; s++) rows.push({ json: { room: 5000 + r, serial: s } });
		const write = await f.run(
			'schedule',
			'setAll',
			{
				roomId: '={{ String($json.room) }}',
				title: 'Timetable',
				teacherName: 'Teacher',
				schedule:
					'={{ { "serial_number": $json.serial, "date": "2026-09-" + String($json.serial).padStart(2, "0"), "title": "Lesson " + $json.serial, "start_time": "09:00", "end_time": "09:45" } }}',
				requestOptions: RETRY,
			},
			rows,
		);
		expect(write.error).toBeUndefined();
		expect(write.items).toHaveLength(rows.length);
		expect(write.items.every((i) => i.json.success === true)).toBe(true);
		const writeFaults = sim.faultCount;

		// the simulator's state: every room has its timetable, each lesson once
		const expected = rows.map((r) => lessonKey(r.json.room, r.json.serial));
		const stored = [...sim.lessons.entries()].flatMap(([room, lessons]) => lessons.map((l) => lessonKey(room, l.serial_number)));
		const state = lostAndDuplicated(expected, stored);
		expect(state).toEqual({ lost: [], duplicated: [] });
		expect(stored).toHaveLength(expected.length);

		// read back under the same faults: one item per lesson, none lost or repeated
		const rooms = Array.from({ length: ROOMS }, (_, r) => ({ json: { room: 5000 + r } }));
		const read = await f.run('schedule', 'list', { roomId: '={{ String($json.room) }}', returnAll: true, requestOptions: RETRY }, rooms);
		expect(read.error).toBeUndefined();
		const readBack = read.items.map((i) => lessonKey(Number(i.json.room_id), Number(i.json.serial_number)));
		const readState = lostAndDuplicated(expected, readBack);
		expect(readState).toEqual({ lost: [], duplicated: [] });
		expect(sim.faultCount).toBeGreaterThan(10);
		figures.push({ run: 'Baijiayun schedule sync (write)', faults: writeFaults, items: rows.length, lost: state.lost.length, duplicated: state.duplicated.length });
		figures.push({ run: 'Baijiayun schedule sync (read back)', faults: sim.faultCount - writeFaults, items: readBack.length, lost: readState.lost.length, duplicated: readState.duplicated.length });
	}, 120_000);
});

describe('Gensee exports under 10% faults', () => {
	let f: VendorFixture;
	let sim: GenseeSimulator;
	let room: string;
	const FROM = Date.UTC(2026, 8, 1);
	const TO = Date.UTC(2026, 10, 30);
	beforeAll(async () => {
		f = await vendor('gensee').start();
		sim = f.sim as GenseeSimulator;
		room = sim.addBusyRoom(FROM, 90, 12).id;
	});
	afterAll(async () => await f.sim.stop());

	const exports: Array<[string, string, (e: IDataObject) => string, (sim: GenseeSimulator, room: string) => string[]]> = [
		['chat', 'chat', (m) => `${m.time}|${m.msg}`, (s, r) => s.activity.get(r)!.chat.map((m) => `${m.time}|${m.msg}`)],
		['attendance', 'attendance', (a) => `${a.uid}|${a.joinTime}`, (s, r) => s.activity.get(r)!.attendance.map((a) => `${a.uid}|${a.joinTime}`)],
		['Q&A', 'qa', (q) => `${q.question}`, (s, r) => s.activity.get(r)!.qa.map((q) => q.question)],
		['medals (paged)', 'medal', (m) => `${m.roomStartTime}|${m.count}`, (s, r) => s.activity.get(r)!.medal.map((m) => `${m.roomStartTime}|${m.count}`)],
	];

	test.each(exports)('three months of %s: every record exactly once', async (label, operation, keyOf, expectedOf) => {
		const before = sim.faultCount;
		sim.setFaults(TEN_PERCENT, 23);
		const result = await f.run('export', operation, {
			roomId: { __rl: true, mode: 'id', value: room },
			returnAll: true,
			additionalFields: { startTime: new Date(FROM).toISOString(), endTime: new Date(TO).toISOString() },
			requestOptions: RETRY,
		});
		sim.clearFaults();
		expect(result.error).toBeUndefined();
		const expected = expectedOf(sim, room);
		const got = result.items.map((i) => keyOf(i.json));
		const state = lostAndDuplicated(expected, got);
		expect(state).toEqual({ lost: [], duplicated: [] });
		expect(got).toHaveLength(expected.length);
		figures.push({ run: `Gensee export ${label}`, faults: sim.faultCount - before, items: got.length, lost: state.lost.length, duplicated: state.duplicated.length });
	}, 120_000);

	test('5,000 recordings synchronised page by page (100 pages): every recording exactly once', async () => {
		for (let i = 0; i < 5000; i++) sim.addRecord({ name: `bulk recording ${i}` });
		const expected = [...sim.records.keys()];
		const before = sim.faultCount;
		sim.setFaults(TEN_PERCENT, 31);
		const result = await f.run('record', 'sync', { returnAll: true, requestOptions: RETRY });
		sim.clearFaults();
		expect(result.error).toBeUndefined();
		const got = result.items.map((i) => String(i.json.id));
		const state = lostAndDuplicated(expected, got);
		expect(state).toEqual({ lost: [], duplicated: [] });
		expect(got).toHaveLength(expected.length);
		figures.push({ run: 'Gensee recording sync (100 pages)', faults: sim.faultCount - before, items: got.length, lost: state.lost.length, duplicated: state.duplicated.length });
	}, 120_000);

	test('all faults together were really injected', () => {
		expect(sim.faultCount).toBeGreaterThan(10);
	});
});

describe('HaoYi creates under 10% faults (nothing on the server is unique)', () => {
	test('40 subjects, 20 schools and 20 teachers, every fault kind including lost answers: each exactly once', async () => {
		const f = await vendor('haoyi').start();
		const sim = f.sim as HaoYiSimulator;
		try {
			sim.setFaults(TEN_PERCENT, 41);
			const subjects = Array.from({ length: 40 }, (_, n) => ({ json: { name: `Faulty subject ${n}` } }));
			const schools = Array.from({ length: 20 }, (_, n) => ({ json: { name: `Faulty school ${n}` } }));
			const teachers = Array.from({ length: 20 }, (_, n) => ({ json: { name: `Faulty teacher ${n}` } }));
			// every kind of create meets a lost answer at least once, whatever the random faults do
			f.sim.failNextOn('/add_subject', 'dropAfter');
			f.sim.failNextOn('/add_school', 'dropAfter');
			f.sim.failNextOn('/add_teacher', 'dropAfter');
			const runs = [
				await f.run('subject', 'add', { subjectName: '={{ $json.name }}', requestOptions: RETRY }, subjects),
				await f.run('school', 'add', { name: '={{ $json.name }}', addr: 'Campus road 1', requestOptions: RETRY }, schools),
				await f.run('teacher', 'add', { teacherName: '={{ $json.name }}', sexName: '女', titleName: '一级教师', titleId: 2, requestOptions: RETRY }, teachers),
			];
			sim.clearFaults();
			for (const run of runs) expect(run.error).toBeUndefined();
			const state = lostAndDuplicated(
				[...subjects, ...schools, ...teachers].map((i) => i.json.name),
				[
					...[...sim.subjects.values()].map((s) => s.subject_name),
					...[...sim.schools.values()].map((s) => s.name),
					...[...sim.teachers.values()].map((t) => t.teacher_name),
				].filter((name) => /^Faulty /.test(name)),
			);
			expect(state).toEqual({ lost: [], duplicated: [] });
			expect(runs.flatMap((r) => r.items)).toHaveLength(80);
			expect(runs.flatMap((r) => r.items).filter((i) => i.json.recoveredAfterLostAnswer === true).length).toBeGreaterThanOrEqual(3);
			expect(sim.faultCount).toBeGreaterThan(3);
			figures.push({ run: 'HaoYi creates (subjects, schools, teachers)', faults: sim.faultCount, items: 80, lost: state.lost.length, duplicated: state.duplicated.length });
		} finally {
			await f.sim.stop();
		}
	}, 60_000);
});

describe('tokens expiring mid-run cost no item', () => {
	test('HaoYi: 60 subjects created while the token expires twice; each exactly once', async () => {
		const f = await vendor('haoyi').start();
		const sim = f.sim as HaoYiSimulator;
		const before = new Set([...sim.subjects.values()].map((s) => s.subject_name));
		await f.run('subject', 'list', { returnAll: true });
		sim.expireTokensAfter(20);
		const items = Array.from({ length: 30 }, (_, n) => ({ json: { name: `Reliability subject ${n}` } }));
		const first = await f.run('subject', 'add', { subjectName: '={{ $json.name }}' }, items);
		sim.expireTokensAfter(7);
		const more = Array.from({ length: 30 }, (_, n) => ({ json: { name: `Reliability subject ${30 + n}` } }));
		const second = await f.run('subject', 'add', { subjectName: '={{ $json.name }}' }, more);
		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(first.items.length + second.items.length).toBe(60);
		const created = [...sim.subjects.values()].map((s) => s.subject_name).filter((n) => !before.has(n));
		const expected = [...items, ...more].map((i) => String(i.json.name));
		const state = lostAndDuplicated(expected, created);
		expect(state).toEqual({ lost: [], duplicated: [] });
		expect(sim.tokenExchanges).toBe(3);
		figures.push({ run: 'HaoYi token expiring mid-run (2 expiries)', faults: 2, items: 60, lost: state.lost.length, duplicated: state.duplicated.length });
		await sim.stop();
	});

	test('HaoYi: reads while the token expires, under 10% faults (no lost answers)', async () => {
		const f = await vendor('haoyi').start();
		const sim = f.sim as HaoYiSimulator;
		for (let i = 0; i < 40; i++) sim.addSubject({ subject_name: `S${i}` });
		const ids = [...sim.subjects.keys()];
		sim.setFaults({ ...TEN_PERCENT, kinds: ALL_FAULTS.filter((k) => k !== 'dropAfter') }, 5);
		// ten one-page reads: the token expires after the fifth, in the middle of the run
		sim.expireTokensAfter(5);
		const result = await f.run('subject', 'list', { returnAll: true, requestOptions: RETRY }, ids.map(() => ({ json: {} })).slice(0, 10));
		expect(result.error).toBeUndefined();
		// ten items, each the whole list
		expect(result.items).toHaveLength(ids.length * 10);
		// the token did expire during the run, and was exchanged again
		expect(sim.tokenExchanges).toBeGreaterThan(1);
		expect(sim.faultCount).toBeGreaterThan(0);
		await sim.stop();
	});

	test('Smart Classroom: 60 students created while the token expires twice; each exactly once', async () => {
		const f = await vendor('smartclassroom').start();
		const sim = f.sim as SmartClassroomSimulator;
		await f.run('term', 'list', { returnAll: true });
		sim.expireTokensAfter(20);
		const items = Array.from({ length: 30 }, (_, n) => ({ json: { n } }));
		const first = await f.run('student', 'create', { name: '={{ "Student " + $json.n }}', jobNumber: '={{ "R" + $json.n }}' }, items);
		sim.expireTokensAfter(7);
		const more = Array.from({ length: 30 }, (_, n) => ({ json: { n: 30 + n } }));
		const second = await f.run('student', 'create', { name: '={{ "Student " + $json.n }}', jobNumber: '={{ "R" + $json.n }}' }, more);
		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(first.items.length + second.items.length).toBe(60);
		const expected = Array.from({ length: 60 }, (_, n) => `R${n}`);
		const state = lostAndDuplicated(expected, sim.students.map((s) => String(s.job_number)).filter((j) => /^R\d+$/.test(j)));
		expect(state).toEqual({ lost: [], duplicated: [] });
		expect(sim.loginCount).toBe(3);
		figures.push({ run: 'Smart Classroom token expiring mid-run (2 expiries)', faults: 2, items: 60, lost: state.lost.length, duplicated: state.duplicated.length });
		await sim.stop();
	});
});

describe('a vendor that stays down', () => {
	test.each(VENDORS.map((v) => [v.name, v] as const))('%s: a clear error after the bounded retries; one error per item under continueOnFail', async (_name, v) => {
		const f = await v.start();
		try {
			await staysDown(f, v);
		} finally {
			await f.sim.stop();
		}
	});

	async function staysDown(f: VendorFixture, v: (typeof VENDORS)[number]) {
		f.sim.setFaults({ rate: 1, kinds: ['http503'] });
		const options = { maxRetries: 2, retryDelay: 1 };
		const failed = await f.run(v.probe.resource, v.probe.operation, { ...v.probe.parameters, requestOptions: options }, [{ json: {} }, { json: {} }, { json: {} }]);
		expect(failed.error?.name).toBe('NodeApiError');
		expect(failed.error?.message).toMatch(new RegExp(`${v.name} answered HTTP 503`));
		expect(failed.error?.description).toMatch(/retried/);
		expect(failed.items).toHaveLength(0);
		// one item, three attempts (a token vendor also tries to log in, bounded the same way)
		expect(f.sim.faultCount).toBeGreaterThanOrEqual(3);
		expect(f.sim.faultCount).toBeLessThanOrEqual(6);

		const before = f.sim.faultCount;
		const tolerant = await f.run(v.probe.resource, v.probe.operation, { ...v.probe.parameters, requestOptions: options }, [{ json: {} }, { json: {} }, { json: {} }], { continueOnFail: true });
		expect(tolerant.error).toBeUndefined();
		expect(tolerant.items).toHaveLength(3);
		tolerant.items.forEach((item, n) => {
			expect(item.pairedItem).toEqual({ item: n });
			expect(String(item.json.error)).toMatch(new RegExp(`${v.name} answered HTTP 503`));
		});
		expect(f.sim.faultCount - before).toBeLessThanOrEqual(3 * 6);
	}

	test.each(VENDORS.map((v) => [v.name, v] as const))('%s: a first request (a login for token vendors) failing with 503 once is retried', async (_name, v) => {
		const f = await v.start();
		try {
			f.sim.failNext('http503', 'drop');
			const result = await f.run(v.probe.resource, v.probe.operation, { ...v.probe.parameters, requestOptions: { maxRetries: 3, retryDelay: 1 } });
			expect(result.error).toBeUndefined();
			expect(f.sim.faultCount).toBe(2);
		} finally {
			await f.sim.stop();
		}
	});

	test('Baijiayun batches: under faults no item of a failed call is reported as a success', async () => {
		const f = await vendor('baijiayun').start();
		const sim = f.sim as BaijiayunSimulator;
		for (let i = 0; i < 40; i++) sim.addDevice();
		sim.setFaults({ rate: 0.4, kinds: ['http503', 'drop', 'throttle'] }, 3);
		const items = Array.from({ length: 40 }, (_, n) => ({ json: { room: String(700 + (n % 4)), device: n + 1 } }));
		const result = await f.run(
			'roomDevice',
			'bindStudentDevicesBatch',
			{ roomId: '={{ $json.room }}', deviceIds: '={{ $json.device }}', requestOptions: { maxRetries: 0, batchSize: 3 } },
			items,
			{ continueOnFail: true },
		);
		expect(result.items).toHaveLength(40);
		const bound = (room: string, device: number) => sim.bindings.get(Number(room))?.has(device) ?? false;
		let successes = 0;
		let failures = 0;
		result.items.forEach((item, n) => {
			const { room, device } = items[n].json;
			if (item.json.success === true) {
				successes++;
				expect(bound(room, device)).toBe(true);
			} else {
				failures++;
				expect(String(item.json.error)).toMatch(/Baijiayun/);
				expect(bound(room, device)).toBe(false);
			}
		});
		expect(successes).toBeGreaterThan(0);
		expect(failures).toBeGreaterThan(0);

		// without continueOnFail the run fails and names every failed item
		sim.setFaults({ rate: 0.4, kinds: ['http503'] }, 3);
		const strict = await f.run('roomDevice', 'bindStudentDevicesBatch', { roomId: '={{ $json.room }}', deviceIds: '={{ $json.device }}', requestOptions: { maxRetries: 0, batchSize: 3 } }, items);
		expect(strict.error?.message).toMatch(/^\d+ of 40 items failed: item \d+/);
		await sim.stop();
	});
});

describe('a create whose answer is lost after the vendor carried it out', () => {
	const refusedCreates: Array<[string, string, string, IDataObject, RegExp]> = [
		['gensee', 'teacher', 'create', { teacherLoginName: 'lost.answer', teacherPassword: '123456', name: 'Teacher' }, /Gensee error 502/],
	];

	// Gensee lists no teachers, so the node cannot look one up: the resend's refusal explains itself
	test.each(refusedCreates)('%s %s.%s: the retry’s "already exists" says the first attempt may have done it', async (key, resource, operation, parameters, refusal) => {
		const f = await vendor(key).start();
		try {
			await f.run(vendor(key).probe.resource, vendor(key).probe.operation, vendor(key).probe.parameters);
			f.sim.failNext('dropAfter');
			const result = await f.run(resource, operation, { ...parameters, requestOptions: { maxRetries: 3, retryDelay: 1 } });
			expect(result.error?.message).toMatch(refusal);
			expect(result.error?.description).toContain(LOST_ANSWER_NOTE);
			// a refusal without a lost answer keeps its own description
			const again = await f.run(resource, operation, { ...parameters, requestOptions: { maxRetries: 3, retryDelay: 1 } });
			expect(again.error?.message).toMatch(refusal);
			expect(again.error?.description).not.toContain(LOST_ANSWER_NOTE);
		} finally {
			await f.sim.stop();
		}
	});

	const uniqueCreates: Array<[string, string, string, string, IDataObject, (sim: unknown) => IDataObject[], string, RegExp]> = [
		['baijiayun', 'zone', 'add', '/addZone', { zoneUnique: 77, areaId: 1, name: 'Zone', address: 'Address' }, (sim) => [...(sim as BaijiayunSimulator).zones.values()].filter((z) => z.zone_unique === 77) as unknown as IDataObject[], 'zone_id', /Baijiayun error 1002/],
		['smartclassroom', 'student', 'create', '/student', { name: 'Student', jobNumber: 'LOST-1' }, (sim) => (sim as SmartClassroomSimulator).students.filter((s) => s.job_number === 'LOST-1') as unknown as IDataObject[], 'id', /Smart Classroom error -20110/],
		['smartclassroom', 'teacher', 'create', '/teacher', { name: 'Teacher', jobNumber: 'LOST-T1' }, (sim) => (sim as SmartClassroomSimulator).teachers.filter((t) => t.job_number === 'LOST-T1') as unknown as IDataObject[], 'id', /Smart Classroom error -20110/],
	];

	// the vendor keeps the field unique, so the record carrying it is the one the lost answer created
	test.each(uniqueCreates)('%s %s.%s: found by its unique field instead of being refused as a duplicate', async (key, resource, operation, path, parameters, stored, idField, refusal) => {
		const f = await vendor(key).start();
		try {
			f.sim.failNextOn(path, 'dropAfter');
			const result = await f.run(resource, operation, { ...parameters, requestOptions: { maxRetries: 3, retryDelay: 1 } });
			expect(result.error).toBeUndefined();
			const records = stored(f.sim);
			expect(records).toHaveLength(1);
			expect(result.items[0].json).toMatchObject({ [idField]: records[0][idField], recoveredAfterLostAnswer: true });
			// without a lost answer nothing is listed first
			const before = f.sim.requests.length;
			const second = await f.run(resource, operation, { ...parameters, requestOptions: { maxRetries: 3, retryDelay: 1 } });
			// a second create of the same code is the vendor's duplicate refusal
			expect(second.error?.message).toMatch(refusal);
			expect(f.sim.requests.length - before).toBe(1);
		} finally {
			await f.sim.stop();
		}
	});

	/**
	 * HaoYi keeps nothing unique for subjects, schools or teachers: a resent create whose answer was lost would
	 * add the record twice. The node looks for the new record (one the execution did not know before) first.
	 */
	test('haoyi subject.add: a lost answer does not create the subject twice', async () => {
		const f = await vendor('haoyi').start();
		const sim = f.sim as HaoYiSimulator;
		try {
			// a namesake from before: not to be taken for the lost answer's record
			sim.addSubject({ subject_name: 'Lost answer subject' });
			f.sim.failNextOn('/add_subject', 'dropAfter');
			const result = await f.run('subject', 'add', { subjectName: 'Lost answer subject', requestOptions: { maxRetries: 3, retryDelay: 1 } });
			expect(result.error).toBeUndefined();
			const named = [...sim.subjects.values()].filter((s) => s.subject_name === 'Lost answer subject');
			expect(named).toHaveLength(2);
			expect(result.items).toHaveLength(1);
			// the item carries the id of the record the lost answer created, not the namesake's
			expect(String(result.items[0].json.subject_id)).toBe(String(named[1].subject_id));
			expect(result.items[0].json.recoveredAfterLostAnswer).toBe(true);
			expect(sim.faultCount).toBe(1);
		} finally {
			await f.sim.stop();
		}
	});

	test('haoyi camera.add (a hand-written operation): a lost answer adds one channel, and the item gets its ID', async () => {
		const f = await vendor('haoyi').start();
		const sim = f.sim as HaoYiSimulator;
		try {
			f.sim.failNextOn('/add_camera', 'dropAfter');
			const result = await f.run('camera', 'add', {
				cameraName: 'Lost answer channel',
				gatherId: { __rl: true, mode: 'id', value: '1' },
				gradeId: { __rl: true, mode: 'id', value: '1' },
				streamProp: 2,
				additionalFields: { streamUrl: 'rtsp://192.168.1.65/live' },
				requestOptions: { maxRetries: 3, retryDelay: 1 },
			});
			expect(result.error).toBeUndefined();
			const created = [...sim.cameras.values()].filter((c) => c.camera_name === 'Lost answer channel');
			expect(created).toHaveLength(1);
			expect(result.items[0].json).toMatchObject({ camera_id: created[0].camera_id, recoveredAfterLostAnswer: true });
		} finally {
			await f.sim.stop();
		}
	});

	test('haoyi teacher.add with no retries left: the record of a lost answer is still found and reported', async () => {
		const f = await vendor('haoyi').start();
		const sim = f.sim as HaoYiSimulator;
		try {
			f.sim.failNextOn('/add_teacher', 'dropAfter');
			const result = await f.run('teacher', 'add', { teacherName: 'No retry teacher', sexName: '男', titleName: '一级教师', titleId: 2, requestOptions: { maxRetries: 0 } });
			expect(result.error).toBeUndefined();
			const created = [...sim.teachers.values()].filter((t) => t.teacher_name === 'No retry teacher');
			expect(created).toHaveLength(1);
			expect(result.items[0].json).toMatchObject({ teacher_id: created[0].teacher_id, recoveredAfterLostAnswer: true });
		} finally {
			await f.sim.stop();
		}
	});
});
