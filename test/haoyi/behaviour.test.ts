/**
 * How the node behaves around the document's interfaces: cur/per paging (total_num, max_page), the
 * documented error codes as clear errors, the course rules of 3.28/3.29 (备注 1 and 2: end = start +
 * duration, no task past 23:59:59), retries on server failures, and Continue On Fail.
 */
import { FAST_RETRY, items, rl, startHaoYi } from './setup';

describe('HaoYi behaviour', () => {
	let env: Awaited<ReturnType<typeof startHaoYi>>;

	beforeEach(async () => {
		env = await startHaoYi();
	});
	afterEach(async () => {
		expect(env.sim.violations).toEqual([]);
		await env.sim.stop();
	});

	const course = (fields: Record<string, unknown> = {}) => ({
		cameraId: rl(1),
		subjectId: rl(1),
		teacherId: rl(1),
		weekId: 1,
		startTime: '08:00:00',
		elapseSec: 2700,
		...fields,
	});

	describe('paging (cur / per, total_num)', () => {
		beforeEach(() => {
			for (let i = 0; i < 249; i++) env.sim.addRecording();
		});

		test('Return All reads every page once', async () => {
			const result = await env.run('record', 'list', { returnAll: true });
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(249);
			expect(new Set(result.items.map((i) => i.json.record_id)).size).toBe(249);
			expect(env.sim.requestsTo('/list_record').map((r) => r.query.cur)).toEqual(['1', '2', '3']);
		});

		test('Limit stops early and asks only for what it needs', async () => {
			const result = await env.run('record', 'list', { returnAll: false, limit: 30 });
			expect(result.items).toHaveLength(30);
			expect(env.sim.requestsTo('/list_record').map((r) => [r.query.cur, r.query.per])).toEqual([['1', '30']]);
		});

		test('a list whose size is an exact multiple of the page size stops on total_num', async () => {
			for (let i = 0; i < 199; i++) env.sim.addSubject();
			const result = await env.run('subject', 'list', { returnAll: true });
			expect(result.items).toHaveLength(200);
			expect(env.sim.requestsTo('/list_subject').map((r) => r.query.cur)).toEqual(['1', '2']);
		});
	});

	describe('recording tasks (3.28 / 3.29)', () => {
		test('a task ending after 23:59:59 is refused before sending, with the latest possible duration', async () => {
			const result = await env.run('course', 'add', course({ startTime: '23:30:00', elapseSec: 3600 }));
			expect(result.error?.message).toMatch(/cannot run past 23:59:59/);
			expect(result.error?.description).toContain('1799 seconds');
			expect(env.sim.requestsTo('/add_course')).toHaveLength(0);
		});

		test('a task ending exactly at 23:59:59 is accepted', async () => {
			const result = await env.run('course', 'add', course({ startTime: '23:00:00', elapseSec: 3599 }));
			expect(result.error).toBeUndefined();
			expect(env.sim.courses.size).toBe(1);
		});

		test('start times outside HH:MM:SS 00:00:00–23:59:59 are refused before sending', async () => {
			for (const startTime of ['24:00:00', '8:00', '08:00', '08:60:00']) {
				const result = await env.run('course', 'add', course({ startTime }));
				expect(result.error?.message).toMatch(/Start Time.*HH:MM:SS/);
			}
			expect(env.sim.requestsTo('/add_course')).toHaveLength(0);
		});

		test('weekdays outside 0–6 are refused before sending', async () => {
			const result = await env.run('course', 'add', course({ weekId: 7 }));
			expect(result.error?.message).toMatch(/Weekday/);
			expect(env.sim.requestsTo('/add_course')).toHaveLength(0);
		});

		test('an overlapping task (1012) gets a clear message saying what to do', async () => {
			await env.run('course', 'add', course({ startTime: '08:00:00', elapseSec: 2700 }));
			const result = await env.run('course', 'add', course({ startTime: '08:30:00', elapseSec: 600 }));
			expect(result.error?.message).toBe('HaoYi error 1012: The recording task overlaps an existing task (输入时间与已有时间发生重叠)');
			expect(result.error?.description).toMatch(/same weekday.*List Recording Tasks/);
			// the same time on another weekday is fine
			expect((await env.run('course', 'add', course({ weekId: 2, startTime: '08:30:00' }))).error).toBeUndefined();
		});

		test('the server’s own cross-day refusal (1013) is explained too', async () => {
			const { haoYiError } = await import('../../nodes/HaoYi/transport');
			const error = haoYiError({ name: 'n', type: 't', typeVersion: 1, position: [0, 0], parameters: {}, id: 'i' }, 1013, '不支持跨天任务', 0);
			expect(error.message).toBe('HaoYi error 1013: Recording tasks cannot run past midnight (不支持跨天任务)');
			expect(error.description).toMatch(/23:59:59/);
		});

		test('updating a task may keep its own time slot', async () => {
			await env.run('course', 'add', course());
			const result = await env.run('course', 'update', { courseId: '1', ...course({ elapseSec: 3000 }) });
			expect(result.error).toBeUndefined();
			expect(env.sim.courses.get(1)?.elapse_sec).toBe(3000);
		});
	});

	describe('errors', () => {
		test('documented codes become errors naming the code, the vendor text and what to do', async () => {
			const result = await env.run('camera', 'start', { cameraId: rl(42) });
			expect(result.error?.message).toBe('HaoYi error 1010: ID missing or unknown (没有编号, 请确认参数)');
			expect(result.error?.description).toMatch(/ID fields/);
		});

		test('ids that are not numbers are refused before sending', async () => {
			const result = await env.run('camera', 'start', { cameraId: rl('={{ "abc" }}') });
			expect(result.error?.message).toMatch(/numeric ID/);
			expect(env.sim.requestsTo('/start_camera')).toHaveLength(0);
		});

		test('Continue On Fail: each item gets its own result, failures carry the vendor code', async () => {
			const result = await env.run('camera', 'getStatus', { cameraId: '={{ $json.id }}' }, [{ json: { id: 1 } }, { json: { id: 99 } }, { json: { id: 1 } }], {
				continueOnFail: true,
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => i.json)).toEqual([
				{ camera_id: 1, status: 0 },
				expect.objectContaining({ error: expect.stringContaining('HaoYi error 1010') }),
				{ camera_id: 1, status: 0 },
			]);
			expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		});

		test('a server failing with HTTP 500 is reported after the retries', async () => {
			const first = await env.run('school', 'list', { returnAll: true });
			expect(first.error).toBeUndefined();
			env.sim.setFaults({ rate: 1, kinds: ['http500'] });
			const failed = await env.run('school', 'list', { returnAll: true, requestOptions: { maxRetries: 1, retryDelay: 1 } });
			expect(failed.error?.message).toBe('HaoYi answered HTTP 500');
			expect(env.sim.faultCount).toBe(2);
			// the same on the token exchange
			env.credentials.set('haoYiApi', { ...env.credentials.store.get('haoYiApi'), accessToken: '' });
			const login = await env.run('school', 'list', { returnAll: true, requestOptions: { maxRetries: 1, retryDelay: 1 } });
			expect(login.error?.message).toBe('HaoYi answered HTTP 500 while issuing an access token');
			expect(env.sim.faultCount).toBe(4);
		});
	});

	describe('retries', () => {
		test('5xx, 429 and dropped connections are retried; every item succeeds once', async () => {
			env.sim.failNext('http503', 'http429', 'drop', 'http502');
			const result = await env.run('subject', 'add', { subjectName: '={{ "S" + $json.n }}', ...FAST_RETRY }, items(5, (i) => ({ n: i })));
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(5);
			expect(env.sim.faultCount).toBe(4);
			expect(env.sim.subjects.size).toBe(6);
		});

		test('random faults on a long paged read still return every record once', async () => {
			for (let i = 0; i < 450; i++) env.sim.addRecording();
			env.sim.setFaults({ rate: 0.3, kinds: ['http500', 'http503', 'drop'] }, 7);
			const result = await env.run('record', 'list', { returnAll: true, requestOptions: { maxRetries: 8, retryDelay: 1 } });
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(450);
			expect(new Set(result.items.map((i) => i.json.record_id)).size).toBe(450);
			expect(env.sim.faultCount).toBeGreaterThan(0);
		});

		test('a server that stays down fails after the configured retries with a clear message', async () => {
			await env.sim.stop();
			const result = await env.run('school', 'list', { returnAll: true, ...FAST_RETRY });
			// n8n's NodeApiError words connection failures itself ("The service refused the connection")
			expect(result.error?.message).toMatch(/refused the connection|Could not reach HaoYi/);
			expect(result.error?.description).toMatch(/retried with backoff/);
			expect(JSON.stringify(result.error)).not.toContain('unionid=');
			await env.sim.start();
		});
	});
});
