/**
 * The polling trigger: the first poll of an activated workflow sets the cursor without flooding, every new
 * record is emitted once, a manual test run shows a sample.
 */
import { DateTime } from 'luxon';

import { SmartClassroomApi } from '../../credentials/SmartClassroomApi.credentials';
import { SmartClassroomTrigger } from '../../nodes/SmartClassroom/SmartClassroomTrigger.node';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runPoll, triggerFixture as harnessFixture } from '../harness/triggers';
import { SmartClassroomSimulator } from '../simulators/smartclassroom/SmartClassroomSimulator';
import { CREDENTIAL } from './setup';

let sim: SmartClassroomSimulator;
let credentials: TestCredentialsHelper;

const today = (zone = 'UTC') => DateTime.now().setZone(zone).toFormat('yyyy-MM-dd');

/** A trigger in a workflow whose time zone is UTC, so "today" is the same day for the test and the node. */
function triggerFixture(...args: Parameters<typeof harnessFixture>) {
	const fixture = harnessFixture(...args);
	(fixture.workflow as { timezone: string }).timezone = 'UTC';
	return fixture;
}

beforeEach(async () => {
	sim = await new SmartClassroomSimulator().start();
	credentials = new TestCredentialsHelper({ [CREDENTIAL]: new SmartClassroomApi() });
	credentials.set(CREDENTIAL, { baseUrl: `${sim.url}/api/v1`, username: sim.username, password: sim.password, accessToken: '' });
	const year = new Date().getUTCFullYear();
	sim.terms.push({ id: 1, term: 'All year', term_year: String(year), start_time: Date.parse(`${year - 1}-01-01T00:00:00Z`) / 1000, end_time: Date.parse(`${year + 1}-12-31T00:00:00Z`) / 1000 });
	sim.classes.push({ id: 3, name: 'Class 3', grade: '2024', students: [] });
});
afterEach(async () => await sim.stop());

let attendanceId = 700;
function attend(name: string, status = 1) {
	attendanceId++;
	sim.attendance.push({ id: attendanceId, cls_id: 3, subject_name: name, subject_job_number: name, attendance_status: status, attendance_date: today(), event_time: Math.floor(Date.now() / 1000), lesson_index_id: 21, course_id: 4, course_name: 'Maths', photo: '' });
	return attendanceId;
}

let behaviourId = 900;
function behave(eventType = 23) {
	behaviourId++;
	sim.behaviourEvents.push({ id: behaviourId, cls_id: 3, lessonindex_id: 21, event_type: eventType, sub_type: 1, timestamp: Math.floor(Date.now() / 1000), image_id: `img-${behaviourId}` });
	return behaviourId;
}

const clsId = { __rl: true, mode: 'id', value: '3' };

describe('New Attendance Record', () => {
	test('no flood on activation, then each new record once', async () => {
		attend('old-1');
		attend('old-2');
		const fixture = triggerFixture(new SmartClassroomTrigger(), { event: 'attendanceRecord', clsId }, credentials);
		expect(await runPoll(fixture)).toBeNull();
		const first = sim.requests.find((r) => r.path === '/api/v1/attendance/class')!;
		expect(first.query).toEqual({ cls_id: '3', start_time: today(), end_time: today() });

		const a = attend('new-1');
		const b = attend('new-2', 0);
		const emitted = await runPoll(fixture);
		expect(emitted![0].map((i) => i.json.id)).toEqual([a, b]);
		expect(emitted![0][1].json).toMatchObject({ event: 'attendanceRecord', subject_name: 'new-2', attendance_status: 0, lesson_index_id: 21 });

		expect(await runPoll(fixture)).toBeNull();
		const c = attend('new-3');
		expect((await runPoll(fixture))![0].map((i) => i.json.id)).toEqual([c]);
		// one login for all polls
		expect(sim.loginCount).toBe(1);
	});

	test('"today" is the day in the workflow\'s time zone', async () => {
		// UTC+14 and UTC-11: at any hour at least one of them is on another day than UTC
		for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
			const fixture = triggerFixture(new SmartClassroomTrigger(), { event: 'attendanceRecord', clsId }, credentials);
			(fixture.workflow as { timezone: string }).timezone = zone;
			await runPoll(fixture);
			const request = sim.requests.filter((r) => r.path === '/api/v1/attendance/class').at(-1)!;
			expect(request.query.end_time).toBe(today(zone));
		}
	});

	test('a manual test run shows the newest record as a sample', async () => {
		attend('x');
		const newest = attend('y');
		const fixture = triggerFixture(new SmartClassroomTrigger(), { event: 'attendanceRecord', clsId }, credentials);
		const sample = await runPoll(fixture, 'manual');
		expect(sample![0].map((i) => i.json.id)).toEqual([newest]);
	});
});

describe('New Behaviour Event', () => {
	test('no flood on activation, then each new event once, across pages', async () => {
		behave();
		behave(81); // another event type: never emitted
		const fixture = triggerFixture(new SmartClassroomTrigger(), { event: 'behaviourEvent', clsId, lessonindexId: 21, eventType: 23 }, credentials);
		expect(await runPoll(fixture)).toBeNull();
		const request = sim.requests.find((r) => r.path === '/api/v1/be/events')!;
		expect(request.query).toEqual({ cls_id: '3', lessonindex_id: '21', event_type: '23', start_time: today(), end_time: today(), page: '1', size: '100' });

		const fresh: number[] = [];
		for (let i = 0; i < 120; i++) fresh.push(behave());
		behave(81);
		const emitted = await runPoll(fixture);
		expect(emitted![0].map((i) => i.json.id)).toEqual(fresh);
		expect(await runPoll(fixture)).toBeNull();
		const last = behave();
		expect((await runPoll(fixture))![0].map((i) => i.json.id)).toEqual([last]);
	});

	test('events appearing after an empty first poll are emitted', async () => {
		const fixture = triggerFixture(new SmartClassroomTrigger(), { event: 'behaviourEvent', clsId, lessonindexId: 21, eventType: 23 }, credentials);
		expect(await runPoll(fixture)).toBeNull();
		const id = behave();
		expect((await runPoll(fixture))![0].map((i) => i.json.id)).toEqual([id]);
	});

	test('a token expiring between polls is renewed without losing records', async () => {
		const fixture = triggerFixture(new SmartClassroomTrigger(), { event: 'behaviourEvent', clsId, lessonindexId: 21, eventType: 23 }, credentials);
		expect(await runPoll(fixture)).toBeNull();
		const id = behave();
		sim.expireTokens();
		expect((await runPoll(fixture))![0].map((i) => i.json.id)).toEqual([id]);
		expect(sim.loginCount).toBe(2);
	});
});

test('after a pause the trigger asks from yesterday at most, and still emits what it missed', async () => {
	const fixture = triggerFixture(new SmartClassroomTrigger(), { event: 'attendanceRecord', clsId }, credentials);
	expect(await runPoll(fixture)).toBeNull();
	const node = fixture.workflow.getStaticData('node', fixture.node);
	node.lastDay = '2001-01-01';
	node.attendanceRecord = { time: 0, ids: [] };
	const id = attend('late');
	const emitted = await runPoll(fixture);
	expect(emitted![0].map((i) => i.json.id)).toEqual([id]);
	const last = sim.requests.filter((r) => r.path === '/api/v1/attendance/class').pop()!;
	expect(last.query).toEqual({ cls_id: '3', start_time: DateTime.now().setZone('UTC').minus({ days: 1 }).toFormat('yyyy-MM-dd'), end_time: today() });
});
