/**
 * The polling trigger: the first poll of an activated workflow sets the cursor without flooding, every new
 * record is emitted once, a manual test run shows a sample.
 */
import { DateTime } from 'luxon';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { SmartClassroomApi } from '../../credentials/SmartClassroomApi.credentials';
import { SmartClassroomTrigger } from '../../nodes/SmartClassroom/SmartClassroomTrigger.node';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { editorMethods } from '../harness/loadOptions';
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

describe('version 2 (what new workflows get) picks the lesson period; version 1 keeps its number', () => {
	const lessonPeriod = { id: 21, term_id: 1, num: 3, start_hour: 10, start_min: 0, end_hour: 10, end_min: 45 };
	const picked = (value: string, mode = 'list') => ({ __rl: true, mode, value });
	/** the document's GET /be/events: every required query parameter, pages of the largest size */
	const behaviourQuery = () => ({ cls_id: '3', lessonindex_id: '21', event_type: '23', start_time: today(), end_time: today(), page: '1', size: '100' });

	test('the description: versions 1 and 2, 2 by default; Lesson Period a number in 1, a picker of the server\'s lesson periods in 2', () => {
		const { description } = new SmartClassroomTrigger();
		expect(description.version).toEqual([1, 2]);
		expect(description.defaultVersion).toBe(2);
		const lesson = description.properties.filter((p) => p.name === 'lessonindexId');
		expect(lesson.map((p) => [p.displayName, p.type, p.displayOptions?.show?.['@version']])).toEqual([
			['Lesson Period ID', 'number', [1]],
			['Lesson Period', 'resourceLocator', [2]],
		]);
		const modes = lesson[1].modes!;
		expect(modes.map((m) => [m.name, m.typeOptions?.searchListMethod])).toEqual([
			['list', 'searchLessonPeriods'],
			['id', undefined],
		]);
		const options = description.properties.filter((p) => p.name === 'options');
		const inOptions = (version: number) =>
			(options.find((o) => (o.displayOptions!.show!['@version'] as number[]).includes(version))!.options as INodeProperties[]).find((o) => o.name === 'lessonindexId')!.type;
		expect([inOptions(1), inOptions(2)]).toEqual(['number', 'resourceLocator']);
	});

	test('From List shows the server\'s lesson periods', async () => {
		sim.lessonIndexes.push(lessonPeriod);
		const editor = editorMethods(new SmartClassroomTrigger(), { event: 'behaviourEvent', clsId }, credentials, 2);
		const { results } = await editor.search('searchLessonPeriods');
		expect(results).toEqual([{ name: expect.stringMatching(/^Period 3 10:00 – 10:45 .*\(21\)$/), value: '21' }]);
		expect(sim.requests.filter((r) => r.path === '/api/v1/info/lessonindexs').map((r) => r.query)).toEqual([{ page: '1', size: '100' }]);
	});

	test.each([
		['version 1, saved with the number', 1, 21],
		['version 2, picked from the list', 2, picked('21')],
		['version 2, typed by ID', 2, picked(' 21 ', 'id')],
	])('New Behaviour Event, %s: the request the document asks for, then each new event', async (_what, typeVersion, lessonindexId) => {
		behave();
		const fixture = triggerFixture(new SmartClassroomTrigger(), { event: 'behaviourEvent', clsId, lessonindexId, eventType: 23 }, credentials, {}, typeVersion);
		expect(await runPoll(fixture)).toBeNull();
		const sent = sim.requests.filter((r) => r.path !== '/api/v1/auth');
		expect(sent.map((r) => [r.method, r.path])).toEqual([['GET', '/api/v1/be/events']]);
		expect(sent[0].query).toEqual(behaviourQuery());
		// the access token, raw, as the document's "Authorization: api key"
		expect(sent[0].headers.authorization).toMatch(/^[^\s]+$/);
		expect(sent[0].rawBody.length).toBe(0);
		const id = behave();
		const items = (await runPoll(fixture))![0].map((i) => i.json);
		expect(items).toEqual([expect.objectContaining({ event: 'behaviourEvent', id, cls_id: 3, lessonindex_id: 21, event_type: 23 })]);
	});

	test.each([
		['version 1, saved with the number', 1, { lessonindexId: 21 }, { lessonindex_id: '21' }],
		['version 2, picked from the list', 2, { lessonindexId: picked('21') }, { lessonindex_id: '21' }],
		['version 1, 0 for all', 1, { lessonindexId: 0 }, {}],
		['version 2, added but left empty', 2, { lessonindexId: picked('') }, {}],
		['version 2, without the option', 2, {}, {}],
	])('New Attendance Record, %s: the request the document asks for', async (_what, typeVersion, options, lesson) => {
		const fixture = triggerFixture(new SmartClassroomTrigger(), { event: 'attendanceRecord', clsId, options }, credentials, {}, typeVersion);
		expect(await runPoll(fixture)).toBeNull();
		const sent = sim.requests.filter((r) => r.path !== '/api/v1/auth');
		expect(sent.map((r) => [r.method, r.path])).toEqual([['GET', '/api/v1/attendance/class']]);
		expect(sent[0].query).toEqual({ cls_id: '3', start_time: today(), end_time: today(), ...lesson });
		const id = attend('new');
		expect((await runPoll(fixture))![0].map((i) => i.json.id)).toEqual([id]);
	});

	test('version 2 refuses a lesson period that is not an ID before asking the server', async () => {
		for (const [event, parameters] of [
			['behaviourEvent', { lessonindexId: picked('period 3', 'id'), eventType: 23 }],
			['behaviourEvent', { lessonindexId: picked('') }],
			['attendanceRecord', { options: { lessonindexId: picked('3rd', 'id') } }],
		] as Array<[string, IDataObject]>) {
			const fixture = triggerFixture(new SmartClassroomTrigger(), { event, clsId, ...parameters }, credentials, {}, 2);
			await expect(runPoll(fixture)).rejects.toThrow(/The "Lesson Period" field must be a numeric ID/);
		}
		expect(sim.requests.filter((r) => r.path !== '/api/v1/auth')).toEqual([]);
	});
});
