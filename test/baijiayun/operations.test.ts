/**
 * Every Baijiayun operation of the vendor document, executed through a workflow in n8n-core against the simulator.
 * The expected path of each call comes from the vendor document (test/fixtures/baijiayun/endpoints.json), the simulator verifies
 * the signature, and each case checks the parameters the document lists and the state change.
 */
import type { IDataObject } from 'n8n-workflow';

import { vendorDocument, type DocumentedEndpoint } from '../fixtures/documents';
import { startBaijiayun } from './setup';

const endpoints = vendorDocument('baijiayun').endpoints;

function documented(path: string): DocumentedEndpoint {
	const op = endpoints.find((o) => o.path.endsWith(`/${path}`));
	if (!op) throw new Error(`${path} is not in the document`);
	return op;
}

describe('Baijiayun: every documented operation through the engine', () => {
	let env: Awaited<ReturnType<typeof startBaijiayun>>;
	const ROOM = '18020796069152';

	beforeAll(async () => {
		env = await startBaijiayun();
	});
	afterAll(async () => {
		await env.sim.stop();
	});

	/** Runs an operation and checks the single request it sent against the document. */
	async function call(resource: string, operation: string, docPath: string, parameters: IDataObject = {}) {
		const before = env.sim.requests.length;
		const result = await env.run(resource, operation, parameters);
		expect(result.error?.message).toBeUndefined();
		const sent = env.sim.requests.slice(before);
		const doc = documented(docPath);
		expect(sent.length).toBeGreaterThanOrEqual(1);
		for (const request of sent) {
			expect(request.method).toBe(doc.method);
			expect(request.path).toBe(doc.path.replace(/^https:\/\/\$\{private_domain\}\.at\.baijiayun\.com/, ''));
			expect(request.headers['content-type']).toContain('application/x-www-form-urlencoded');
			// every parameter the document marks required is present, and nothing undocumented is sent
			for (const p of doc.params.filter((x) => x.required && !x.name.includes("[]"))) expect(request.body).toHaveProperty(p.name);
			for (const key of Object.keys(request.body)) expect(doc.params.map((p) => p.name)).toContain(key);
		}
		return { items: result.items.map((i) => i.json), sent };
	}

	test('addZone (API-1) creates a campus and returns its zone_id', async () => {
		const { items, sent } = await call('zone', 'add', 'addZone', { zoneUnique: 131, areaId: 1, name: '北京网校', address: '北京海淀区' });
		expect(items).toEqual([{ zone_id: 1 }]);
		expect(sent[0].body).toMatchObject({ zone_unique: '131', area_id: '1', name: '北京网校', address: '北京海淀区', partner_id: '37102096' });
		expect(env.sim.zones.get(1)?.name).toBe('北京网校');
	});

	test('listZone (API-2) lists campuses', async () => {
		await call('zone', 'add', 'addZone', { zoneUnique: 1, areaId: 2, name: '湖北校区', address: '清和广场' });
		const { items } = await call('zone', 'list', 'listZone', { returnAll: true });
		expect(items.map((z) => z.name)).toEqual(['北京网校', '湖北校区']);
		expect(items[0]).toMatchObject({ zone_id: 1, zone_unique: 131, address: '北京海淀区' });
	});

	test('updateZone (API-3) changes only the given fields', async () => {
		const { items, sent } = await call('zone', 'update', 'updateZone', {
			zoneId: { __rl: true, mode: 'id', value: '2' },
			additionalFields: { name: '武汉校区' },
		});
		expect(items).toEqual([{ zone_id: 2 }]);
		expect(sent[0].body).not.toHaveProperty('address');
		expect(env.sim.zones.get(2)).toMatchObject({ name: '武汉校区', address: '清和广场' });
	});

	test('listDevice (API-5) lists devices of one campus or all', async () => {
		env.sim.addDevice({ zone_id: 1, class_name: '湖北华图中禹厅', user_role: 1 });
		env.sim.addDevice({ zone_id: 1, class_name: '学生教室A' });
		env.sim.addDevice({ zone_id: 2, class_name: '学生教室B' });
		const all = await call('device', 'list', 'listDevice', { returnAll: true });
		expect(all.items).toHaveLength(3);
		const one = await call('device', 'list', 'listDevice', { returnAll: true, additionalFields: { zoneId: { __rl: true, mode: 'id', value: '2' } } });
		expect(one.items.map((d) => d.class_name)).toEqual(['学生教室B']);
		expect(one.sent[0].body.zone_id).toBe('2');
	});

	test('deleteZone (API-4) refuses a campus with devices and deletes an empty one', async () => {
		const refused = await env.run('zone', 'delete', { zoneId: { __rl: true, mode: 'id', value: '2' } });
		expect(refused.error?.message).toContain('Baijiayun error');
		await env.run('zone', 'add', { zoneUnique: 77, areaId: 3, name: 'Empty', address: 'x' });
		const { items } = await call('zone', 'delete', 'deleteZone', { zoneId: { __rl: true, mode: 'id', value: '3' } });
		expect(items).toEqual([{ zone_id: 3 }]);
		expect(env.sim.zones.has(3)).toBe(false);
	});

	test('updateDeviceInfo (API-6) updates class name, role, use type and status', async () => {
		const { items, sent } = await call('device', 'updateInfo', 'updateDeviceInfo', {
			deviceId: { __rl: true, mode: 'list', value: '2' },
			additionalFields: { className: '教室1', userRole: 1, useType: 2, status: 1, address: '武汉' },
		});
		expect(items).toEqual([{ device_id: 2 }]);
		expect(sent[0].body).toMatchObject({ device_id: '2', class_name: '教室1', user_role: '1', use_type: '2', status: '1' });
		expect(env.sim.devices.get(2)).toMatchObject({ class_name: '教室1', user_role: 1, use_type: 2, status: 1, address: '武汉' });
	});

	test('getRecentActivateRecord (API-14) returns the activation record', async () => {
		const { items } = await call('device', 'getRecentActivateRecord', 'getRecentActivateRecord', { deviceId: { __rl: true, mode: 'id', value: '1' } });
		expect(items[0]).toMatchObject({ device_id: 1, activate_record: { activate_length: 365 } });
	});

	test('bindDevice (API-7) binds a teacher device to a room', async () => {
		const { items, sent } = await call('roomDevice', 'bind', 'bindDevice', { roomId: ROOM, deviceId: { __rl: true, mode: 'id', value: '1' }, userRole: 1 });
		expect(items[0]).toHaveProperty('bind_id');
		expect(sent[0].body).toMatchObject({ room_id: ROOM, device_id: '1', user_role: '1' });
	});

	test('bindStudentDeviceBatch (API-8) binds student devices given as a comma list', async () => {
		const { items, sent } = await call('roomDevice', 'bindStudentDevicesBatch', 'bindStudentDeviceBatch', { roomId: ROOM, deviceIds: '2,3' });
		expect(sent).toHaveLength(1);
		expect(sent[0].body.device_ids).toBe('2,3');
		expect(items[0]).toMatchObject({ success: true, room_id: ROOM, device_ids: ['2', '3'] });
	});

	test('getRoomDeviceInfo (API-13) lists the devices of a room', async () => {
		const { items } = await call('roomDevice', 'list', 'getRoomDeviceInfo', { roomId: ROOM, returnAll: true });
		expect(items.map((d) => d.device_id).sort()).toEqual([1, 2, 3]);
		expect(items.find((d) => d.device_id === 1)).toMatchObject({ user_role: 1 });
	});

	test('bindRoomBatch (API-9) binds one device to several rooms', async () => {
		const { items, sent } = await call('roomDevice', 'bindRoomsBatch', 'bindRoomBatch', {
			roomIds: '123456789,232423424',
			deviceId: { __rl: true, mode: 'id', value: '3' },
			userRole: 0,
		});
		expect(sent[0].body).toMatchObject({ room_ids: '123456789,232423424', device_id: '3', user_role: '0' });
		expect(items[0]).toMatchObject({ success: true, room_ids: ['123456789', '232423424'] });
		expect(env.sim.bindings.get(232423424)?.has(3)).toBe(true);
	});

	test('unbindDevice (API-10) removes one binding', async () => {
		const { items } = await call('roomDevice', 'unbind', 'unbindDevice', { roomId: '123456789', deviceId: { __rl: true, mode: 'id', value: '3' } });
		expect(items[0]).toHaveProperty('bind_id');
		expect(env.sim.bindings.get(123456789)?.has(3)).toBe(false);
	});

	test('unbindDeviceBatch (API-11) removes several bindings', async () => {
		const { items } = await call('roomDevice', 'unbindBatch', 'unbindDeviceBatch', { roomId: ROOM, deviceIds: '2,3' });
		expect(items[0]).toMatchObject({ success: true, device_ids: ['2', '3'], response: { count: 2 } });
		expect([...env.sim.bindings.get(Number(ROOM))!.keys()]).toEqual([1]);
	});

	test('setAllStudentDevice (API-12) replaces the student devices of a room', async () => {
		await env.run('roomDevice', 'bindStudentDevicesBatch', { roomId: ROOM, deviceIds: '2' });
		const { items } = await call('roomDevice', 'setAllStudentDevices', 'setAllStudentDevice', { roomId: ROOM, deviceIds: '3' });
		expect(items[0]).toMatchObject({ success: true, response: { count: 1 } });
		const room = env.sim.bindings.get(Number(ROOM))!;
		expect([...room.keys()].sort()).toEqual([1, 3]);
		expect(room.get(1)?.user_role).toBe(1);
	});

	test('setRoomScheduleInfo sets the course title and teacher', async () => {
		const { items, sent } = await call('schedule', 'setRoomInfo', 'setRoomScheduleInfo', { roomId: ROOM, title: '英语', teacherName: '王老师' });
		expect(items).toEqual([{ success: true }]);
		expect(sent[0].body).toMatchObject({ title: '英语', teacher_name: '王老师' });
		expect(env.sim.roomInfo.get(Number(ROOM))).toEqual({ title: '英语', teacher_name: '王老师' });
	});

	test('setRoomSchedules sends the lessons as a JSON string in "schedule"', async () => {
		const lessons = [
			{ date: '2018-11-19', serial_number: 123, title: '课节标题', start_time: '09:00', end_time: '09:45', teacher_name: '老师名称' },
			{ date: '2018-11-19', serial_number: 124, title: '课节标题', start_time: '10:00', end_time: '10:45', teacher_name: '老师名称' },
		];
		const { sent } = await call('schedule', 'setAll', 'setRoomSchedules', {
			roomId: ROOM,
			title: '英语',
			teacherName: '王老师',
			schedule: JSON.stringify(lessons),
		});
		expect(JSON.parse(String(sent[0].body.schedule))).toEqual(lessons);
		expect(env.sim.lessons.get(Number(ROOM))?.map((l) => l.serial_number)).toEqual([123, 124]);
	});

	test('addSchedule adds one lesson; a repeated serial number on the same day is refused', async () => {
		const lesson = { serialNumber: '125', date: '2018-11-20', title: '日语', startTime: '10:00', endTime: '11:00' };
		await call('schedule', 'add', 'addSchedule', { roomId: ROOM, ...lesson, additionalFields: { teacherName: '猴子' } });
		expect(env.sim.lessons.get(Number(ROOM))).toHaveLength(3);
		const again = await env.run('schedule', 'add', { roomId: ROOM, ...lesson });
		expect(again.error?.message).toMatch(/Baijiayun error 1002/);
	});

	test('updateSchedule changes the lesson found by room and serial number', async () => {
		await call('schedule', 'update', 'updateSchedule', {
			roomId: ROOM,
			serialNumber: 125,
			date: '2018-11-21',
			title: '日语2',
			startTime: '10:00',
			endTime: '11:00',
		});
		expect(env.sim.lessons.get(Number(ROOM))?.find((l) => l.serial_number === 125)).toMatchObject({ title: '日语2', date: '2018-11-21' });
	});

	test('getAllSchedule lists every lesson with full start/end times', async () => {
		const { items } = await call('schedule', 'list', 'getAllSchedule', { roomId: ROOM, returnAll: true });
		expect(items).toHaveLength(3);
		expect(items[0]).toMatchObject({ serial_number: 123, start_time: '2018-11-19 09:00:00', room_id: Number(ROOM) });
	});

	test('deleteScheduleBatch deletes lessons by serial number', async () => {
		await call('schedule', 'deleteBatch', 'deleteScheduleBatch', { roomId: ROOM, serialNumbers: '123,124' });
		expect(env.sim.lessons.get(Number(ROOM))?.map((l) => l.serial_number)).toEqual([125]);
	});

	test('deleteAllSchedule clears the room', async () => {
		await call('schedule', 'deleteAll', 'deleteAllSchedule', { roomId: ROOM });
		expect(env.sim.lessons.has(Number(ROOM))).toBe(false);
	});

	test('all 21 documented operations were exercised', () => {
		const hit = new Set(env.sim.requests.map((r) => r.path.split('/').pop()));
		const missing = endpoints.map((o) => o.path.split('/').pop()).filter((p) => !hit.has(p));
		expect(missing).toEqual([]);
		expect(endpoints).toHaveLength(21);
	});
});
