/**
 * How the node behaves around the calls: error codes mapped to NodeApiError with a hint, validation before
 * sending (one of two parameters, dates, required fields), continueOnFail, Return All / Limit paging and
 * retries of failures the server says are temporary.
 */
import type { NodeApiError } from 'n8n-workflow';

import { type SmartClassroomSimulator } from '../simulators/smartclassroom/SmartClassroomSimulator';
import { byId, FAST_RETRY, startSmartClassroom } from './setup';

type Fixture = Awaited<ReturnType<typeof startSmartClassroom>>;

let f: Fixture;
let sim: SmartClassroomSimulator;

beforeEach(async () => {
	f = await startSmartClassroom();
	sim = f.sim;
	sim.terms.push({ id: 11, term_year: '2024-2025', term: 'Autumn', start_time: Date.parse('2024-09-01T00:00:00Z') / 1000, end_time: Date.parse('2025-01-20T00:00:00Z') / 1000, company_id: 7 });
});
afterEach(async () => await sim.stop());

const sentAfterLogin = () => sim.requests.filter((r) => r.path !== '/api/v1/auth');

describe('error codes', () => {
	test('a documented code becomes a NodeApiError with the code, its meaning, the server message and a hint', async () => {
		const result = await f.run('term', 'create', { termYear: '2024-2025', term: 'Late Autumn', startTime: '2024-12-01', endTime: '2025-02-01' });
		const error = result.error as unknown as NodeApiError;
		expect(error.message).toBe('Smart Classroom error -20218: Term overlaps another term – 学期时间与其他学期重叠');
		expect(error.httpCode).toBe('-20218');
		expect(error.description).toMatch(/\w/);
	});

	test('a missing record (-20172) tells the user to check the ID', async () => {
		const result = await f.run('term', 'get', { infoid: byId(999) });
		expect(result.error!.message).toMatch(/^Smart Classroom error -20172: Term does not exist/);
		expect((result.error as unknown as NodeApiError).description).toMatch(/ID/);
	});

	test('a photo without a face (-5000) gets the photo hint', async () => {
		sim.students.push({ id: 5, name: 'A', job_number: 'S5', subject_type: 0, photos: [] });
		const result = await f.run('subject', 'checkPhoto', { photo: 'data' }, [
			{ json: {}, binary: { data: { data: Buffer.from([0xff, 0xd8, ...Buffer.from('noface')]).toString('base64'), mimeType: 'image/jpeg', fileName: 'x.jpg' } } },
		]);
		expect(result.error!.message).toMatch(/-5000: No face detected/);
		expect((result.error as unknown as NodeApiError).description).toMatch(/photo/i);
	});

	test('continueOnFail gives each item its own result', async () => {
		const result = await f.run('term', 'get', { infoid: '={{ $json.id }}' }, [{ json: { id: '11' } }, { json: { id: '404' } }, { json: { id: '11' } }], { continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(result.items[0].json.term).toBe('Autumn');
		expect(result.items[1].json.error).toMatch(/-20172/);
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
		expect(result.items[2].json.term).toBe('Autumn');
	});

	test('without continueOnFail the first failing item stops the node and names the item', async () => {
		const result = await f.run('term', 'get', { infoid: '={{ $json.id }}' }, [{ json: { id: '11' } }, { json: { id: '404' } }]);
		expect(result.error!.message).toMatch(/-20172/);
		expect((result.error as unknown as { context: { itemIndex: number } }).context.itemIndex).toBe(1);
	});
});

describe('validation before sending', () => {
	test('timetable list needs Term or Date: nothing is sent without either', async () => {
		const result = await f.run('lessonTable', 'list', { returnAll: true });
		expect(result.error!.message).toMatch(/Give "Term" or "Date"/);
		expect(sim.requests).toHaveLength(0);
	});

	test('student attendance needs Student ID or Student Number: nothing is sent without either', async () => {
		const result = await f.run('attendance', 'getStudent', { startTime: '2024-11-01', endTime: '2024-11-30' }, [{ json: {} }, { json: {} }], { continueOnFail: true });
		expect(result.items.map((i) => i.json.error)).toEqual([expect.stringMatching(/"Student" or "Student Number"/), expect.stringMatching(/"Student" or "Student Number"/)]);
		expect(sim.requests).toHaveLength(0);
	});

	test('either one is enough', async () => {
		sim.students.push({ id: 5, name: 'A', job_number: 'S5', subject_type: 0, photos: [] });
		sim.classes.push({ id: 3, name: 'C', grade: '1', students: [5] });
		const result = await f.run('attendance', 'getStudent', { startTime: '2024-11-01', endTime: '2024-11-30', additionalFields: { subjectId: 5 } });
		expect(result.error).toBeUndefined();
		expect(sentAfterLogin()[0].query).toEqual({ start_time: '2024-11-01', end_time: '2024-11-30', subject_id: '5' });
	});

	test('an invalid date, a missing required field or an out-of-range value fails before sending', async () => {
		const badDate = await f.run('term', 'create', { termYear: '2024', term: 'X', startTime: 'next monday', endTime: '2025-01-01' });
		expect(badDate.error!.message).toMatch(/"Start Date" field \(start_time\) must be a date/);
		// an expression that resolves to nothing passes n8n's own required-field check and reaches the node
		const missing = await f.run('student', 'create', { name: 'Li', jobNumber: '={{ "" }}' });
		expect(missing.error!.message).toMatch(/"Student Number" field \(job_number\) is required/);
		const range = await f.run('lessonIndex', 'create', { termId: byId(11), num: 13, startHour: 8, startMin: 0, endHour: 9, endMin: 0 });
		expect(range.error!.message).toMatch(/"Period Number" field \(num\) must be at most 12/);
		const missingPhoto = await f.run('student', 'createWithPhotos', { name: 'Li', jobNumber: 'S9', photo1: 'data' });
		expect(missingPhoto.error!.message).toMatch(/binary property "data"/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('paging', () => {
	beforeEach(() => {
		for (let i = 1; i <= 230; i++) sim.students.push({ id: 1000 + i, name: `S${i}`, job_number: `N${i}`, subject_type: 0, company_id: 7, photos: [] });
	});

	test('Return All reads page after page at 100 per page', async () => {
		const result = await f.run('student', 'list', { returnAll: true });
		expect(result.items).toHaveLength(230);
		expect(new Set(result.items.map((i) => i.json.id)).size).toBe(230);
		expect(sentAfterLogin().map((r) => r.query)).toEqual([
			{ page: '1', size: '100' },
			{ page: '2', size: '100' },
			{ page: '3', size: '100' },
		]);
	});

	test('Limit stops as soon as it has enough', async () => {
		const small = await f.run('student', 'list', { returnAll: false, limit: 7 });
		expect(small.items.map((i) => i.json.id)).toEqual([1001, 1002, 1003, 1004, 1005, 1006, 1007]);
		expect(sentAfterLogin().map((r) => r.query)).toEqual([{ page: '1', size: '7' }]);
		const large = await f.run('student', 'list', { returnAll: false, limit: 150 });
		expect(large.items).toHaveLength(150);
		expect(sentAfterLogin().slice(1).map((r) => r.query)).toEqual([
			{ page: '1', size: '100' },
			{ page: '2', size: '100' },
		]);
	});
});

describe('retries', () => {
	test('HTTP 5xx and dropped connections are retried', async () => {
		await f.ok('system', 'getTime');
		sim.failNext('http503', 'drop');
		const result = await f.run('term', 'get', { infoid: byId(11), ...FAST_RETRY });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.term).toBe('Autumn');
		expect(sim.faultCount).toBe(2);
	});

	test('-1009 (feature extraction overloaded, retry) is retried', async () => {
		await f.ok('system', 'getTime');
		sim.failNext('throttle');
		const result = await f.run('term', 'get', { infoid: byId(11), ...FAST_RETRY });
		expect(result.error).toBeUndefined();
		expect(sim.faultCount).toBe(1);
	});

	test('a request failing every time gives up after the retries with a clear error', async () => {
		await f.ok('system', 'getTime');
		sim.failNext('http500', 'http500', 'http500', 'http500');
		const result = await f.run('term', 'get', { infoid: byId(11), ...FAST_RETRY });
		expect(result.error!.message).toBe('Smart Classroom answered HTTP 500');
		expect(sim.faultCount).toBe(4);
	});
});

describe('a server answering the bare documented models', () => {
	beforeEach(() => (sim.bareModels = true));

	test('models are output as they are, even with a numeric-looking code of their own', async () => {
		const [course] = await f.ok('course', 'create', { name: 'Physics', code: '123' });
		expect(course.json).toMatchObject({ name: 'Physics', code: '123' });
		const terms = await f.ok('term', 'list', { returnAll: true });
		expect(terms.map((t) => t.json.id)).toEqual([11]);
		const [deleted] = await f.ok('course', 'delete', { infoid: String(course.json.id) });
		expect(deleted.json).toEqual({ code: 0 });
	});

	test('error codes are still errors', async () => {
		const result = await f.run('term', 'get', { infoid: byId(404) });
		expect(result.error!.message).toMatch(/-20172/);
	});
});
