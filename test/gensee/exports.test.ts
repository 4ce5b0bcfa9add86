/**
 * Exports and paging against the document: session exports take startTime/endTime at most 7 days apart,
 * daily exports startDate/endDate ("yyyy-MM-dd") at most 30 days apart; longer ranges chosen in the node
 * are split into allowed windows and merged with no record lost or repeated; pageNo pages (1-based) are
 * followed for Return All and stop early for a Limit.
 */
import { parseTime, type GenseeSimulator } from '../simulators/gensee/GenseeSimulator';
import { DAY, FAST_RETRY, formsTo, startGensee } from './setup';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

let sim: GenseeSimulator;
let run: Awaited<ReturnType<typeof startGensee>>['run'];
let busy: string;

const FROM = Date.UTC(2026, 8, 1); // 2026-09-01T00:00:00Z
const TO = Date.UTC(2026, 9, 1); // 2026-10-01T00:00:00Z

beforeAll(async () => {
	({ sim, run } = await startGensee());
	const room = sim.addBusyRoom(Date.UTC(2026, 7, 25), 45);
	busy = room.id;
	// messages on the edges: the first instant, the last instant, and around the 7-day boundary
	const chat = sim.activity.get(busy)!.chat;
	for (const [time, msg] of [
		[FROM, 'at start'],
		[TO, 'at end'],
		[FROM + 7 * DAY - 1, 'just before the boundary'],
		[FROM + 7 * DAY, 'on the boundary'],
		[FROM - 1, 'before the range'],
		[TO + 1, 'after the range'],
	] as const) {
		chat.push({ time, sender: 'Edge', senderId: 1, msg });
	}
});

afterAll(async () => {
	await sim.stop();
});

beforeEach(() => {
	sim.requests.length = 0;
	sim.clearFaults();
});

describe('session exports (7 days at most per request)', () => {
	test('a month of chat is one node run: windows of at most 7 days, no message lost or repeated', async () => {
		const result = await run('export', 'chat', {
			roomId: rl(busy),
			returnAll: true,
			additionalFields: { startTime: new Date(FROM).toISOString(), endTime: new Date(TO).toISOString() },
		});
		expect(result.error).toBeUndefined();

		const windows = formsTo(sim, '/training/export/chat').map((f) => [parseTime(f.startTime)!, parseTime(f.endTime)!]);
		expect(windows.length).toBe(5);
		expect(windows[0][0]).toBe(FROM);
		expect(windows[windows.length - 1][1]).toBe(TO);
		for (const [start, end] of windows) expect(end - start).toBeLessThanOrEqual(7 * DAY);
		// "chat time >= startTime" and "<= endTime": consecutive windows must neither overlap nor leave a gap
		for (let i = 1; i < windows.length; i++) expect(windows[i][0]).toBe(windows[i - 1][1] + 1);

		const expected = sim.activity.get(busy)!.chat.filter((m) => m.time >= FROM && m.time <= TO);
		const got = result.items.map((i) => i.json);
		expect(got).toHaveLength(expected.length);
		expect(new Set(got.map((m) => `${m.time}|${m.msg}`)).size).toBe(got.length);
		expect(got.map((m) => `${m.time}|${m.msg}`).sort()).toEqual(expected.map((m) => `${m.time}|${m.msg}`).sort());
		expect(got.map((m) => m.msg)).toEqual(expect.arrayContaining(['at start', 'at end', 'just before the boundary', 'on the boundary']));
		expect(got.map((m) => m.msg)).not.toContain('before the range');
		// merged in time order, one item per message, epoch ms also as ISO
		expect(got.map((m) => m.time as number)).toEqual([...got.map((m) => m.time as number)].sort((a, b) => a - b));
		expect(got[0]).toMatchObject({ time: FROM, timeIso: '2026-09-01T00:00:00.000Z', msg: 'at start' });
	});

	test('the simulator refuses what the document forbids: more than 7 days in one request', async () => {
		const body = new URLSearchParams({ loginName: 'api-admin', password: 'Sim#Pass word&=1', roomId: busy, startTime: String(FROM), endTime: String(FROM + 7 * DAY + 1) });
		const response = await fetch(`${sim.url}/integration/site/training/export/chat`, {
			method: 'POST',
			body,
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		});
		expect(await response.json()).toMatchObject({ code: '101' });
	});

	test('a paged export over two windows follows every page of each window', async () => {
		const result = await run('export', 'medal', {
			roomId: rl(busy),
			returnAll: true,
			additionalFields: { startTime: new Date(FROM).toISOString(), endTime: new Date(FROM + 14 * DAY - 1).toISOString() },
		});
		expect(result.error).toBeUndefined();
		const forms = formsTo(sim, '/training/export/medal');
		const windows = new Set(forms.map((f) => `${f.startTime}-${f.endTime}`));
		expect(windows.size).toBe(2);
		// 7 sessions × 6 medals per window, 20 per page → pages 1, 2, 3 in each window
		expect(forms.map((f) => f.pageNo)).toEqual(['1', '2', '3', '1', '2', '3']);
		expect(result.items).toHaveLength(84);
		expect(new Set(result.items.map((i) => `${i.json.roomStartTime}|${i.json.count}`)).size).toBe(84);
		expect(typeof result.items[0].json.roomStartTimeIso).toBe('string');
	});

	test('a Limit stops as soon as enough records are in', async () => {
		const result = await run('export', 'attendance', {
			roomId: rl(busy),
			returnAll: false,
			limit: 10,
			additionalFields: { startTime: new Date(FROM).toISOString(), endTime: new Date(TO).toISOString() },
		});
		expect(result.items).toHaveLength(10);
		expect(formsTo(sim, '/training/export/history')).toHaveLength(1);
	});

	test('room sessions (both times required) over 20 days: three windows, each session once', async () => {
		const result = await run('export', 'roomUsage', {
			startTime: new Date(FROM).toISOString(),
			endTime: new Date(FROM + 20 * DAY).toISOString(),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(formsTo(sim, '/training/export/room/usage')).toHaveLength(3);
		expect(result.items).toHaveLength(20);
		expect(new Set(result.items.map((i) => i.json.endTime)).size).toBe(20);
	});

	test('an end without a start, or an end before the start, fails before anything is sent', async () => {
		const onlyEnd = await run('export', 'qa', { roomId: rl(busy), additionalFields: { endTime: new Date(TO).toISOString() } });
		expect(onlyEnd.error?.message).toMatch(/Start Time/);
		const reversed = await run('export', 'qa', { roomId: rl(busy), additionalFields: { startTime: new Date(TO).toISOString(), endTime: new Date(FROM).toISOString() } });
		expect(reversed.error?.message).toMatch(/before/);
		expect(sim.requests).toHaveLength(0);
	});

	test('a month of votes survives injected server faults with retries', async () => {
		sim.setFaults({ rate: 0.4, kinds: ['http500', 'http503', 'drop'] }, 7);
		const result = await run('export', 'vote', {
			roomId: rl(busy),
			returnAll: true,
			additionalFields: { startTime: new Date(FROM).toISOString(), endTime: new Date(TO).toISOString() },
			...FAST_RETRY,
		});
		expect(result.error).toBeUndefined();
		expect(sim.faultCount).toBeGreaterThan(0);
		expect(result.items).toHaveLength(30);
		expect(new Set(result.items.map((i) => i.json.id)).size).toBe(30);
	});
});

describe('open-ended ranges', () => {
	test('a start without an end runs up to now, in 7-day windows', async () => {
		const start = Date.now() - 10 * DAY;
		const result = await run('export', 'chat', { roomId: rl(busy), returnAll: true, additionalFields: { startTime: new Date(start).toISOString() } });
		expect(result.error).toBeUndefined();
		const windows = formsTo(sim, '/training/export/chat').map((f) => [parseTime(f.startTime)!, parseTime(f.endTime)!]);
		expect(windows).toHaveLength(2);
		expect(windows[0][0]).toBe(start);
		expect(windows[1][0]).toBe(windows[0][1] + 1);
		expect(Math.abs(windows[1][1] - Date.now())).toBeLessThan(60_000);
	});
});

describe('daily exports (30 days at most per request, yyyy-MM-dd)', () => {
	test('44 days of room concurrency: windows of at most 30 days, each day once', async () => {
		const result = await run('export', 'roomConcurrencyByDay', { startDate: '2026-08-25', endDate: '2026-10-07', returnAll: true });
		expect(result.error).toBeUndefined();
		const forms = formsTo(sim, '/training/export/room/concurrent');
		expect(forms.length).toBe(2);
		for (const f of forms) {
			expect(f.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect((Date.parse(f.endDate) - Date.parse(f.startDate)) / DAY).toBeLessThanOrEqual(30);
		}
		expect(forms[0].startDate).toBe('2026-08-25');
		expect(forms[1].endDate).toBe('2026-10-07');
		expect(Date.parse(forms[1].startDate) - Date.parse(forms[0].endDate)).toBe(DAY);
		const days = result.items.map((i) => i.json.date);
		expect(days).toHaveLength(44);
		expect(new Set(days).size).toBe(44);
	});

	test('rewards over 60 days: every session once', async () => {
		const result = await run('export', 'rewardByDay', { startDate: '2026-08-20', endDate: '2026-10-18', returnAll: true });
		expect(formsTo(sim, '/training/export/reward')).toHaveLength(2);
		expect(result.items).toHaveLength(45);
		expect(typeof result.items[0].json.startDateIso).toBe('string');
	});
});

describe('paging (pageNo, 1-based, 50 per page)', () => {
	test('Return All reads every page; a Limit reads only the pages it needs', async () => {
		for (let i = 0; i < 120; i++) sim.addRecord({ name: `bulk ${i}` });
		const all = await run('record', 'sync', { returnAll: true });
		expect(formsTo(sim, '/training/record/syn').map((f) => f.pageNo)).toEqual(['1', '2', '3']);
		expect(all.items.length).toBe(sim.records.size);
		expect(new Set(all.items.map((i) => i.json.id)).size).toBe(sim.records.size);

		sim.requests.length = 0;
		const some = await run('record', 'sync', { returnAll: false, limit: 60 });
		expect(some.items).toHaveLength(60);
		expect(formsTo(sim, '/training/record/syn').map((f) => f.pageNo)).toEqual(['1', '2']);
	});

	test('export/study/history pages at top level (pageNo, totalPages) are followed', async () => {
		for (let h = 0; h < 70; h++) {
			sim.studyHistory.push({ id: 'cw', uid: String(h), startTime: Date.UTC(2026, 10, 2, 2, 0) + h * 1000, leaveTime: Date.UTC(2026, 10, 2, 3, 0), name: `V${h}`, duration: '10', area: '', device: 0, ip: '' });
		}
		const result = await run('export', 'vodStudyHistoryByDay', { date: '2026-11-02T00:00:00', returnAll: true });
		expect(formsTo(sim, '/training/export/study/history').map((f) => f.pageNo)).toEqual(['1', '2', '3']);
		expect(result.items).toHaveLength(70);
	});
});
