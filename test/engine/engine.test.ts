/**
 * The shared engine's mechanics, proven on Baijiayun: signing, paging, batching with per-item results,
 * validation before sending, error mapping, retries under injected faults, rate limiting, continueOnFail.
 */
import type { IDataObject } from 'n8n-workflow';

import { BaijiayunApi } from '../../credentials/BaijiayunApi.credentials';
import { baijiayunSign, baijiayunStringToSign } from '../../credentials/baijiayunSigning';
import { RateLimiter } from '../../nodes/shared/transport/rateLimit';
import { runCredentialTest } from '../harness/credentialTest';
import { FAST_RETRY, PARTNER_ID, PARTNER_KEY, startBaijiayun } from '../baijiayun/setup';

const json = (items: Array<{ json: object }>) => items.map((i) => i.json);

describe('Baijiayun signing', () => {
	test('reproduces the worked example of Baijiayun’s signing rule', () => {
		const params = {
			partner_id: '12345678',
			title: '测试教室',
			start_time: '1501575608',
			end_time: '1501579208',
			type: '2',
			timestamp: '1501572288',
		};
		const key = 'rLkIPaQjxSwRQmC/ITnHh8i2rifmmbFIVsYw03SSi24zAnkrAd0ZNb2rcTzI2avy7+AmNJDdLmzU89zKUAP3Xg==';
		expect(baijiayunStringToSign(params, key)).toBe(
			'end_time=1501579208&partner_id=12345678&start_time=1501575608&timestamp=1501572288&title=测试教室&type=2&partner_key=' + key,
		);
		expect(baijiayunSign(params, key)).toBe('5b78486597c679b0c6256da014af1260');
	});

	test('the credential signs form requests of n8n’s HTTP Request node too (legacy `form` options)', async () => {
		const credential = new BaijiayunApi();
		const signed = await credential.authenticate({ partnerId: PARTNER_ID, partnerKey: PARTNER_KEY }, {
			method: 'POST',
			url: 'https://x.at.baijiayun.com/openapi/double_teacher/listZone',
			form: { page: 1 },
		} as never);
		const sent = Object.fromEntries(new URLSearchParams(String(signed.body)));
		expect(sent).toMatchObject({ page: '1', partner_id: PARTNER_ID });
		expect(sent.sign).toBe(baijiayunSign({ page: '1', partner_id: PARTNER_ID, timestamp: sent.timestamp }, PARTNER_KEY));
		expect(String(signed.body)).not.toContain('partner_key');
	});
});

describe('Baijiayun credential test', () => {
	test('passes with the right key and fails on a wrong one (code 1001)', async () => {
		const { sim } = await startBaijiayun();
		const base = { environment: 'baseUrl', baseUrl: sim.url, partnerId: PARTNER_ID };
		expect(await runCredentialTest(new BaijiayunApi(), { ...base, partnerKey: PARTNER_KEY })).toEqual({ status: 'OK' });
		const wrong = await runCredentialTest(new BaijiayunApi(), { ...base, partnerKey: 'wrong' });
		expect(wrong.status).toBe('Error');
		expect(wrong.message).toMatch(/partner key/);
		await sim.stop();
	});
});

describe('Return All and Limit', () => {
	test('Return All walks every page at the documented maximum page size of 1000', async () => {
		const { sim, run } = await startBaijiayun();
		for (let i = 1; i <= 2345; i++) sim.addDevice({ zone_id: 1 });
		const all = await run('device', 'list', { returnAll: true });
		expect(all.items).toHaveLength(2345);
		expect(new Set(all.items.map((i) => i.json.device_id)).size).toBe(2345);
		const pages = sim.requestsTo('/listDevice').map((r) => [r.body.page, r.body.page_size]);
		expect(pages).toEqual([
			['1', '1000'],
			['2', '1000'],
			['3', '1000'],
		]);
		await sim.stop();
	});

	test('Limit stops as soon as it has enough', async () => {
		const { sim, run } = await startBaijiayun();
		for (let i = 1; i <= 2345; i++) sim.addDevice();
		const some = await run('device', 'list', { returnAll: false, limit: 1200 });
		expect(some.items).toHaveLength(1200);
		expect(sim.requestsTo('/listDevice')).toHaveLength(2);
		const few = await run('device', 'list', { returnAll: false, limit: 5 });
		expect(few.items.map((i) => i.json.device_id)).toEqual([1, 2, 3, 4, 5]);
		expect(sim.requestsTo('/listDevice').at(-1)!.body.page_size).toBe('5');
		await sim.stop();
	});

	test('Limit applies to unpaged lists too (getAllSchedule)', async () => {
		const { sim, run } = await startBaijiayun();
		const lessons = Array.from({ length: 30 }, (_, n) => ({ serial_number: n + 1, date: '2024-03-01', title: `L${n}`, start_time: '08:00', end_time: '08:45' }));
		await run('schedule', 'setAll', { roomId: '42', title: 'Maths', teacherName: 'Li', schedule: JSON.stringify(lessons) });
		const limited = await run('schedule', 'list', { roomId: '42', returnAll: false, limit: 7 });
		expect(limited.items).toHaveLength(7);
		await sim.stop();
	});
});

describe('Batching items into list calls', () => {
	test('N items for one room become one bindStudentDeviceBatch call; each item gets its own result', async () => {
		const { sim, run } = await startBaijiayun();
		for (let i = 0; i < 25; i++) sim.addDevice();
		const items = Array.from({ length: 25 }, (_, n) => ({ json: { room: '900', device: n + 1 } }));
		const result = await run('roomDevice', 'bindStudentDevicesBatch', { roomId: '={{$json.room}}', deviceIds: '={{$json.device}}' }, items);
		expect(result.error).toBeUndefined();
		expect(sim.requestsTo('/bindStudentDeviceBatch')).toHaveLength(1);
		expect(result.items).toHaveLength(25);
		result.items.forEach((item, n) => {
			expect(item.pairedItem).toEqual({ item: n });
			expect(item.json).toEqual({ success: true, room_id: '900', device_ids: [String(n + 1)] });
		});
		expect(sim.bindings.get(900)?.size).toBe(25);
		await sim.stop();
	});

	test('Batch Size splits N items into ⌈N/size⌉ calls, one call per room', async () => {
		const { sim, run } = await startBaijiayun();
		for (let i = 0; i < 23; i++) sim.addDevice();
		const items = Array.from({ length: 23 }, (_, n) => ({ json: { room: n < 20 ? '1' : '2', device: n + 1 } }));
		const result = await run(
			'roomDevice',
			'bindStudentDevicesBatch',
			{ roomId: '={{$json.room}}', deviceIds: '={{$json.device}}', requestOptions: { batchSize: 8 } },
			items,
		);
		expect(result.error).toBeUndefined();
		const calls = sim.requestsTo('/bindStudentDeviceBatch').map((r) => [r.body.room_id, String(r.body.device_ids).split(',').length]);
		expect(calls).toEqual([
			['1', 8],
			['1', 8],
			['1', 4],
			['2', 3],
		]);
		await sim.stop();
	});

	test('entries the vendor leaves out of succ_list fail exactly their items (continueOnFail)', async () => {
		const { sim, run } = await startBaijiayun();
		sim.addDevice();
		sim.addDevice();
		const items = [{ json: { d: '1' } }, { json: { d: '404' } }, { json: { d: '2' } }];
		const result = await run('roomDevice', 'bindStudentDevicesBatch', { roomId: '7', deviceIds: '={{$json.d}}' }, items, { continueOnFail: true });
		expect(sim.requestsTo('/bindStudentDeviceBatch')).toHaveLength(1);
		expect(result.items.map((i) => [i.pairedItem, i.json.success ?? false])).toEqual([
			[{ item: 0 }, true],
			[{ item: 1 }, false],
			[{ item: 2 }, true],
		]);
		expect(result.items[1].json.error).toMatch(/did not confirm .*404/);
		expect(result.items[1].json.failed).toEqual(['404']);
		await sim.stop();
	});

	test('without continueOnFail a partial failure names exactly the failed items', async () => {
		const { sim, run } = await startBaijiayun();
		sim.addDevice();
		const items = [{ json: { d: '1' } }, { json: { d: '404' } }, { json: { d: '405' } }];
		const result = await run('roomDevice', 'bindStudentDevicesBatch', { roomId: '7', deviceIds: '={{$json.d}}' }, items);
		expect(result.error?.message).toMatch(/^2 of 3 items failed: item 1: .*404.*; item 2: .*405/);
		await sim.stop();
	});

	test('Replace All Lessons sends the lessons of all items of a room as one timetable (never split)', async () => {
		const { sim, run } = await startBaijiayun();
		const rows = [
			{ room: '10', serial: 1, date: '2024-03-04' },
			{ room: '11', serial: 1, date: '2024-03-04' },
			{ room: '10', serial: 2, date: '2024-03-04' },
			{ room: '10', serial: 1, date: '2024-03-05' },
		];
		const result = await run(
			'schedule',
			'setAll',
			{
				roomId: '={{$json.room}}',
				title: 'Physics',
				teacherName: 'Zhang',
				schedule: '={{ {"serial_number": $json.serial, "date": $json.date, "title": "Lesson " + $json.serial, "start_time": "09:00", "end_time": "09:45"} }}',
				requestOptions: { batchSize: 1 },
			},
			rows.map((json) => ({ json })),
		);
		expect(result.error).toBeUndefined();
		const calls = sim.requestsTo('/setRoomSchedules');
		expect(calls.map((c) => [c.body.room_id, JSON.parse(String(c.body.schedule)).length])).toEqual([
			['10', 3],
			['11', 1],
		]);
		expect(sim.lessons.get(10)?.map((l) => `${l.date}#${l.serial_number}`)).toEqual(['2024-03-04#1', '2024-03-04#2', '2024-03-05#1']);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		await sim.stop();
	});
});

describe('Validation before sending', () => {
	const cases: Array<[string, string, IDataObject, RegExp]> = [
		['zone', 'add', { zoneUnique: 1, areaId: 1, name: '={{"  "}}', address: 'a' }, /"Name" field \(name\) is required \[item 0\]/],
		['zone', 'add', { zoneUnique: 1, areaId: 1, name: 'x'.repeat(101), address: 'a' }, /"Name" field \(name\) must be at most 100 characters long/],
		['zone', 'add', { zoneUnique: 1.5, areaId: 1, name: 'x', address: 'a' }, /"Zone Unique Code" field \(zone_unique\) must be a whole number/],
		['zone', 'add', { zoneUnique: '={{"abc"}}', areaId: 1, name: 'x', address: 'a' }, /must be a number, got "abc"/],
		['roomDevice', 'bind', { roomId: 'abc', deviceId: { __rl: true, mode: 'id', value: '1' }, userRole: 0 }, /"Room ID" field \(room_id\) must be a numeric live room ID/],
		['roomDevice', 'bind', { roomId: '1', deviceId: { __rl: true, mode: 'id', value: '1' }, userRole: 7 }, /"User Role" field \(user_role\) must be one of 0 \(Student Side\), 1 \(Teacher Side\), got 7/],
		['roomDevice', 'bindStudentDevicesBatch', { roomId: '1', deviceIds: '1,x' }, /"Device IDs" field \(device_ids\) must contain numeric device IDs, got "x"/],
		['schedule', 'setAll', { roomId: '1', title: 't', teacherName: 'n', schedule: '[{"serial_number": 1' }, /"Lessons \(JSON\)" field \(schedule\) is not valid JSON/],
		['schedule', 'setAll', { roomId: '1', title: 't', teacherName: 'n', schedule: '[{"serial_number": 1, "date": "19/11/2018", "title": "a", "start_time": "9", "end_time": "10"}]' }, /entry 0: "date" must be a date as YYYY-MM-DD/],
		['schedule', 'setAll', { roomId: '1', title: 't', teacherName: 'n', schedule: '[{"date": "2018-11-19", "title": "a", "start_time": "9", "end_time": "10"}]' }, /entry 0 is missing "serial_number"/],
		['schedule', 'add', { roomId: '1', serialNumber: '1', date: '2018-1-1', title: 'a', startTime: '1', endTime: '2' }, /"Date" field \(date\) must be a date as YYYY-MM-DD/],
	];

	test.each(cases)('%s.%s with bad input fails with a NodeOperationError naming the field and item, sending nothing', async (resource, operation, parameters, message) => {
		const { sim, run } = await startBaijiayun();
		const result = await run(resource, operation, parameters);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toMatch(message);
		expect(sim.requests).toHaveLength(0);
		await sim.stop();
	});

	test('under continueOnFail a bad item fails alone and the good ones are sent', async () => {
		const { sim, run } = await startBaijiayun();
		const items = [{ json: { name: 'A' } }, { json: { name: '' } }, { json: { name: 'C' } }];
		const result = await run('zone', 'add', { zoneUnique: '={{$itemIndex + 1}}', areaId: 1, name: '={{$json.name}}', address: 'addr' }, items, { continueOnFail: true });
		expect(json(result.items)).toEqual([{ zone_id: 1 }, expect.objectContaining({ error: expect.stringMatching(/\[item 1\]/) }), { zone_id: 2 }]);
		expect(sim.requestsTo('/addZone')).toHaveLength(2);
		await sim.stop();
	});
});

describe('Vendor errors', () => {
	test('a wrong partner key gives a NodeApiError with the vendor code, message and a hint, and no secret', async () => {
		const { sim, credentials, run } = await startBaijiayun();
		credentials.set('baijiayunApi', { environment: 'baseUrl', baseUrl: sim.url, partnerId: PARTNER_ID, partnerKey: 'not-the-key-4f1e' });
		const result = await run('zone', 'list', { returnAll: true });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Baijiayun error 1001: 签名错误');
		expect(result.error?.description).toMatch(/partner key/);
		const everything = JSON.stringify({ error: result.error, message: result.error?.message, description: result.error?.description, run: result.run });
		expect(everything).not.toContain('not-the-key-4f1e');
		await sim.stop();
	});

	test('a response that is not JSON is a clear NodeApiError, not a crash', async () => {
		const { sim, credentials, run } = await startBaijiayun();
		const { createServer } = await import('node:http');
		const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>proxy login</html>'));
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		const port = (server.address() as { port: number }).port;
		credentials.set('baijiayunApi', { environment: 'baseUrl', baseUrl: `http://127.0.0.1:${port}`, partnerId: PARTNER_ID, partnerKey: PARTNER_KEY });
		const result = await run('zone', 'list', { returnAll: true });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toMatch(/not valid JSON/);
		server.close();
		await sim.stop();
	});
});

describe('Retries', () => {
	test('5xx, HTTP 429, dropped connections and throttling are retried until the call succeeds', async () => {
		const { sim, run } = await startBaijiayun();
		sim.failNext('http500', 'drop', 'http429', 'throttle');
		const result = await run('zone', 'add', { zoneUnique: 1, areaId: 1, name: 'Z', address: 'A', ...FAST_RETRY });
		expect(result.error).toBeUndefined();
		expect(json(result.items)).toEqual([{ zone_id: 1 }]);
		expect(sim.faultCount).toBe(4);
		expect(sim.zones.size).toBe(1);
		await sim.stop();
	});

	test('a vendor that stays down fails with a clear error after the bounded retries', async () => {
		const { sim, run } = await startBaijiayun();
		sim.setFaults({ rate: 1, kinds: ['http503'] });
		const result = await run('zone', 'list', { returnAll: true, requestOptions: { maxRetries: 2, retryDelay: 1 } });
		expect(result.error?.message).toBe('Baijiayun answered HTTP 503');
		expect(sim.faultCount).toBe(3);
		await sim.stop();
	});

	test('under continueOnFail every item carries its own error when the vendor is unreachable', async () => {
		const { sim, credentials, run } = await startBaijiayun();
		const deadUrl = sim.url;
		await sim.stop();
		credentials.set('baijiayunApi', { environment: 'baseUrl', baseUrl: deadUrl, partnerId: PARTNER_ID, partnerKey: PARTNER_KEY });
		const result = await run('zone', 'list', { returnAll: true, requestOptions: { maxRetries: 1, retryDelay: 1 } }, [{ json: {} }, { json: {} }], { continueOnFail: true });
		expect(result.items).toHaveLength(2);
		for (const item of result.items) expect(item.json.error).toMatch(/Could not reach Baijiayun/);
	}, 30_000);

	test('random faults on 10% of requests lose nothing in a 150-room course-info sync', async () => {
		const { sim, run } = await startBaijiayun();
		sim.setFaults({ rate: 0.1, kinds: ['http500', 'http502', 'drop', 'throttle'] }, 7);
		const items = Array.from({ length: 150 }, (_, n) => ({ json: { room: String(1000 + n) } }));
		const result = await run('schedule', 'setRoomInfo', { roomId: '={{$json.room}}', title: 'T', teacherName: 'N', requestOptions: { maxRetries: 6, retryDelay: 1 } }, items);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(150);
		expect(sim.roomInfo.size).toBe(150);
		expect(sim.faultCount).toBeGreaterThan(10);
		await sim.stop();
	});
});

describe('Rate limit: 200 requests per 10 s per account', () => {
	test('the limiter never lets more than `limit` requests start in any window', async () => {
		const limiter = new RateLimiter(5, 200);
		const starts: number[] = [];
		for (let i = 0; i < 12; i++) {
			await limiter.acquire();
			starts.push(Date.now());
		}
		for (let i = 5; i < starts.length; i++) expect(starts[i] - starts[i - 5]).toBeGreaterThanOrEqual(200);
	});

	test('205 calls in one execution pass the simulator’s limit without a single throttling answer', async () => {
		const { sim, run } = await startBaijiayun();
		const items = Array.from({ length: 205 }, (_, n) => ({ json: { room: String(n + 1) } }));
		const result = await run('schedule', 'list', { roomId: '={{$json.room}}', returnAll: true, requestOptions: { maxRetries: 0 } }, items);
		expect(result.error).toBeUndefined();
		expect(sim.requestsTo('/getAllSchedule')).toHaveLength(205);
		await sim.stop();
	}, 30_000);
});
