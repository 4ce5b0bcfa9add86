/**
 * Every interface of the HaoYi document (section 3) through the node in n8n-core against the simulator:
 * GET, the documented path, the documented parameters (token added by the credential), and the answers as
 * the document describes them (ids as numbers, media URLs = storage_addr + *_fdfs, cascading deletes).
 */
import type { IDataObject } from 'n8n-workflow';

import type { HaoYiSimulator } from '../simulators/haoyi/HaoYiSimulator';
import { params, rl, startHaoYi } from './setup';

describe('HaoYi operations (document section 3)', () => {
	let env: Awaited<ReturnType<typeof startHaoYi>>;
	let sim: HaoYiSimulator;

	beforeEach(async () => {
		env = await startHaoYi();
		sim = env.sim;
	});
	afterEach(async () => {
		expect(sim.violations).toEqual([]);
		await sim.stop();
	});

	/** the last request that was not the token exchange */
	const last = () => sim.requests.filter((r) => !r.path.endsWith('/access_token')).at(-1)!;

	async function ok(resource: string, operation: string, parameters: IDataObject = {}) {
		const result = await env.run(resource, operation, parameters);
		expect(result.error).toBeUndefined();
		return result.items.map((i) => i.json);
	}

	function expectCall(path: string, query: Record<string, string>) {
		const request = last();
		expect(request.method).toBe('GET');
		expect(request.path).toBe(path);
		expect(params(request.query)).toEqual(query);
		expect(typeof request.query.token).toBe('string');
	}

	test('3.1 version: no token, the four documented fields', async () => {
		const [json] = await ok('server', 'getVersion');
		expect(json).toEqual({ API: 'v1', Name: '云录播', Version: '1.1.0', Server: 'Linux 2.6 x86_64' });
		const request = sim.requests.at(-1)!;
		expect(request.path).toBe('/api/v1/version');
		expect(request.query).toEqual({});
		expect(sim.tokenExchanges).toBe(0);
	});

	test('3.3–3.6 schools: list, add, update, delete (batch list with commas)', async () => {
		const list = await ok('school', 'list', { returnAll: true });
		expectCall('/api/v1/list_school', { cur: '1', per: '100' });
		// the sample gives "school_id":"1" — output ids are numbers
		expect(list).toEqual([expect.objectContaining({ school_id: 1, name: '东升一中', addr: '东升镇', phone: '010-6267772' })]);

		const [added] = await ok('school', 'add', { name: '南湖小学', addr: '南湖路 1 号', additionalFields: { phone: '010-1' } });
		expectCall('/api/v1/add_school', { name: '南湖小学', addr: '南湖路 1 号', phone: '010-1' });
		expect(added).toEqual({ school_id: 2 });

		await ok('school', 'update', { schoolId: rl(2), name: '南湖小学二部', addr: '南湖路 2 号' });
		expectCall('/api/v1/mod_school', { school_id: '2', name: '南湖小学二部', addr: '南湖路 2 号' });
		expect(sim.schools.get(2)).toMatchObject({ name: '南湖小学二部', addr: '南湖路 2 号' });

		sim.addSchool();
		const [deleted] = await ok('school', 'delete', { schoolId: '2, 3' });
		expect(deleted).toEqual({ success: true, school_id: [2, 3] });
		expectCall('/api/v1/del_school', { school_id: '2,3' });
		expect(sim.requestsTo('/del_school')).toHaveLength(1);
		expect([...sim.schools.keys()]).toEqual([1]);
	});

	test('school delete takes ids from expressions per item and answers per item', async () => {
		sim.addSchool();
		sim.addSchool();
		const result = await env.run('school', 'delete', { schoolId: '={{ $json.id }}' }, [{ json: { id: 2 } }, { json: { id: '3' } }]);
		expect(result.error).toBeUndefined();
		expectCall('/api/v1/del_school', { school_id: '2,3' });
		expect(result.items.map((i) => i.json)).toEqual([
			{ success: true, school_id: [2] },
			{ success: true, school_id: [3] },
		]);
	});

	test('3.7–3.10 subjects: list, add, update, delete at /api/v1/del_subject', async () => {
		const list = await ok('subject', 'list', { returnAll: true });
		expectCall('/api/v1/list_subject', { cur: '1', per: '100' });
		expect(list).toEqual([expect.objectContaining({ subject_id: 1, subject_name: '语文' })]);

		const [added] = await ok('subject', 'add', { subjectName: '数学' });
		expectCall('/api/v1/add_subject', { subject_name: '数学' });
		expect(added).toEqual({ subject_id: 2 });

		await ok('subject', 'update', { subjectId: rl(2), subjectName: '高等数学' });
		expectCall('/api/v1/mod_subject', { subject_id: '2', subject_name: '高等数学' });
		expect(sim.subjects.get(2)?.subject_name).toBe('高等数学');

		await ok('subject', 'delete', { subjectId: '2' });
		// the document prints /api/v1/del_school for 3.10 (copy of 3.6); schools must stay untouched
		expectCall('/api/v1/del_subject', { subject_id: '2' });
		expect(sim.subjects.has(2)).toBe(false);
		expect(sim.schools.size).toBe(1);
	});

	test('3.11 grades: list', async () => {
		sim.addGrade({ grade_name: '二年级' });
		const list = await ok('grade', 'list', { returnAll: true });
		expectCall('/api/v1/list_grade', { cur: '1', per: '100' });
		expect(list.map((g) => g.grade_id)).toEqual([1, 2]);
	});

	test('3.12–3.15 teachers: list, add, update, delete', async () => {
		const list = await ok('teacher', 'list', { returnAll: true });
		expectCall('/api/v1/list_teacher', { cur: '1', per: '100' });
		expect(list).toEqual([expect.objectContaining({ teacher_id: 1, teacher_name: '王老师', title_id: 2 })]);

		const [added] = await ok('teacher', 'add', {
			teacherName: '李老师',
			sexName: '男',
			titleName: '一级教师',
			titleId: 2,
			additionalFields: { detailInfo: '语文组' },
		});
		expectCall('/api/v1/add_teacher', { teacher_name: '李老师', sex_name: '男', title_name: '一级教师', title_id: '2', detail_info: '语文组' });
		expect(added).toEqual({ teacher_id: 2 });

		await ok('teacher', 'update', { teacherId: rl(2), additionalFields: { titleId: 1, titleName: '高级教师' } });
		expectCall('/api/v1/mod_teacher', { teacher_id: '2', title_id: '1', title_name: '高级教师' });
		expect(sim.teachers.get(2)).toMatchObject({ teacher_name: '李老师', title_id: 1, title_name: '高级教师' });

		await ok('teacher', 'delete', { teacherId: '2' });
		expectCall('/api/v1/del_teacher', { teacher_id: '2' });
		expect(sim.teachers.has(2)).toBe(false);
	});

	test('3.16–3.17 capture clients: list, update with documented ranges', async () => {
		const list = await ok('gather', 'list', { returnAll: true });
		expectCall('/api/v1/list_gather', { cur: '1', per: '100' });
		expect(list).toEqual([expect.objectContaining({ gather_id: 1, school_id: 1, os_name: 'Windows7', status: 1 })]);

		await ok('gather', 'update', {
			gatherId: rl(1),
			additionalFields: { schoolId: rl(1), nameSet: '一楼采集端', mainRate: 2048, subRate: 256, autoDvr: 1, autoFds: 0, sliceVal: 30, interVal: 3, snapVal: 5 },
		});
		expectCall('/api/v1/mod_gather', {
			gather_id: '1', school_id: '1', name_set: '一楼采集端', main_rate: '2048', sub_rate: '256', auto_dvr: '1', auto_fds: '0',
			slice_val: '30', inter_val: '3', snap_val: '5',
		});
		expect(sim.gathers.get(1)).toMatchObject({ slice_val: 30, inter_val: 3, name_set: '一楼采集端' });
	});

	test('capture client: slice length over 30 minutes is refused before sending', async () => {
		const before = sim.requests.length;
		const result = await env.run('gather', 'update', { gatherId: rl(1), additionalFields: { sliceVal: 31 } });
		expect(result.error?.message).toMatch(/Slice Length.*at most 30/);
		expect(sim.requests.length).toBe(before);
	});

	test('3.18 cameras: snapshot URL = storage_addr + image_fdfs, documented names, password masked', async () => {
		const [camera] = await ok('camera', 'list', { returnAll: true });
		expectCall('/api/v1/list_camera', { cur: '1', per: '100' });
		expect(camera).toMatchObject({
			camera_id: 1,
			school_id: 1,
			school_name: '东升一中',
			// the sample spells image_fds / device_cmd_prot; the field list says image_fdfs / device_cmd_port
			image_fdfs: 'group1/M00/00/00/snap1.jpg',
			image_url: 'http://192.168.1.70:80/group1/M00/00/00/snap1.jpg',
			device_cmd_port: 8000,
			device_user: 'admin',
		});
		expect(camera.device_pass).toBe('********');
		expect(JSON.stringify(camera)).not.toContain(Buffer.from('camera-secret').toString('base64'));
	});

	test('3.18 cameras: device password only when asked, base64 as stored and decoded', async () => {
		const [camera] = await ok('camera', 'list', { returnAll: true, includeDevicePassword: true });
		expect(camera.device_pass).toBe(Buffer.from('camera-secret').toString('base64'));
		expect(camera.device_password).toBe('camera-secret');
	});

	test('3.19 add camera: stream relay sends stream_url (and stream_mp4 empty, both are 【必填】)', async () => {
		const [added] = await ok('camera', 'add', {
			cameraName: '二班',
			gatherId: rl(1),
			gradeId: rl(1),
			streamProp: 2,
			additionalFields: { streamUrl: 'rtsp://192.168.1.65/live' },
		});
		expectCall('/api/v1/add_camera', { camera_name: '二班', gather_id: '1', grade_id: '1', stream_prop: '2', stream_url: 'rtsp://192.168.1.65/live', stream_mp4: '' });
		expect(added).toEqual({ camera_id: 2, transmit: 'OK' });
	});

	test('3.19 add camera: MP4 file needs its path; a relay without rtsp/rtmp URL is refused before sending', async () => {
		await ok('camera', 'add', { cameraName: '三班', gatherId: rl(1), gradeId: rl(1), streamProp: 1, additionalFields: { streamMp4: 'F:\\MP4\\a.mp4' } });
		expectCall('/api/v1/add_camera', { camera_name: '三班', gather_id: '1', grade_id: '1', stream_prop: '1', stream_url: '', stream_mp4: 'F:\\MP4\\a.mp4' });
		const before = sim.requests.length;
		const bad = await env.run('camera', 'add', { cameraName: '四班', gatherId: rl(1), gradeId: rl(1), streamProp: 2, additionalFields: { streamUrl: 'http://x' } });
		expect(bad.error?.message).toMatch(/rtsp:\/\/ or rtmp:\/\//);
		expect(sim.requests.length).toBe(before);
	});

	test('3.20 update camera: device password sent base64-encoded', async () => {
		await ok('camera', 'update', {
			cameraId: rl(1),
			cameraName: '一班',
			additionalFields: { gradeId: rl(1), streamProp: 0, deviceIp: '192.168.1.64', devicePass: 'n3w-pass', deviceCmdPort: 8000, deviceMirror: 1 },
		});
		expectCall('/api/v1/mod_camera', {
			camera_id: '1', camera_name: '一班', grade_id: '1', stream_prop: '0', device_ip: '192.168.1.64',
			device_pass: Buffer.from('n3w-pass').toString('base64'), device_cmd_port: '8000', device_mirror: '1',
		});
		expect(sim.cameras.get(1)).toMatchObject({ device_ip: '192.168.1.64', device_mirror: 1 });
	});

	test('3.21 delete camera cascades to its tasks and recordings (document 注意)', async () => {
		sim.addRecording({ camera_id: 1 });
		await ok('course', 'add', { cameraId: rl(1), subjectId: rl(1), teacherId: rl(1), weekId: 1, startTime: '08:00:00', elapseSec: 2700 });
		const [result] = await ok('camera', 'delete', { cameraId: '1' });
		expectCall('/api/v1/del_camera', { camera_id: '1' });
		expect(result).toEqual({ success: true, camera_id: [1] });
		expect(sim.cameras.size + sim.courses.size + sim.recordings.size).toBe(0);
	});

	test('3.22–3.24 camera status, start, stop', async () => {
		expect(await ok('camera', 'getStatus', { cameraId: rl(1) })).toEqual([{ camera_id: 1, status: 0 }]);
		expectCall('/api/v1/get_camera_status', { camera_id: '1' });
		expect(await ok('camera', 'start', { cameraId: rl(1) })).toEqual([{ transmit: 'OK' }]);
		expectCall('/api/v1/start_camera', { camera_id: '1' });
		expect(await ok('camera', 'getStatus', { cameraId: rl(1) })).toEqual([{ camera_id: 1, status: 1 }]);
		await ok('camera', 'stop', { cameraId: rl(1) });
		expectCall('/api/v1/stop_camera', { camera_id: '1' });
		expect(sim.cameras.get(1)?.status).toBe(0);
	});

	test('3.31 live player URL with window size', async () => {
		const [json] = await ok('camera', 'play', { cameraId: rl(1), additionalFields: { width: 1280, height: 720 } });
		expectCall('/api/v1/play_camera', { camera_id: '1', width: '1280', height: '720' });
		expect(String(json.play_url)).toMatch(/^http:\/\/.+camera_id\/1\/width\/1280\/height\/720$/);
	});

	test('3.25 recordings: video URL = storage_addr + file_fdfs, snapshot URL, numeric sizes', async () => {
		sim.addRecording({ file_fdfs: '/group1/M00/00/01/a.mp4', image_fdfs: 'group1/M00/00/01/a.jpg', file_size: 6598647, duration: 60 });
		const [recording] = await ok('record', 'list', { returnAll: true });
		expectCall('/api/v1/list_record', { cur: '1', per: '100' });
		expect(recording).toMatchObject({
			record_id: 1,
			camera_id: 1,
			subject_name: '语文',
			teacher_name: '王老师',
			file_url: 'http://192.168.1.70:80/group1/M00/00/01/a.mp4',
			image_url: 'http://192.168.1.70:80/group1/M00/00/01/a.jpg',
			file_size: 6598647,
			duration: 60,
			disptime: '00:01:00',
		});
	});

	test('3.26 delete recordings, 3.32 recording player URL', async () => {
		sim.addRecording();
		sim.addRecording();
		const [play] = await ok('record', 'play', { recordId: rl(2) });
		expectCall('/api/v1/play_record', { record_id: '2' });
		expect(String(play.play_url)).toContain('record_id/2');
		await ok('record', 'delete', { recordId: '1,2' });
		expectCall('/api/v1/del_record', { record_id: '1,2' });
		expect(sim.recordings.size).toBe(0);
	});

	test('3.27–3.30 recording tasks: add, list, update, delete', async () => {
		const [added] = await ok('course', 'add', { cameraId: rl(1), subjectId: rl(1), teacherId: rl(1), weekId: 3, startTime: '10:30:30', elapseSec: 3600 });
		expectCall('/api/v1/add_course', { camera_id: '1', subject_id: '1', teacher_id: '1', week_id: '3', start_time: '10:30:30', elapse_sec: '3600' });
		expect(added).toEqual({ course_id: 1, camera_id: 1, transmit: 'OK' });

		const list = await ok('course', 'list', { cameraId: rl(1), returnAll: true });
		expectCall('/api/v1/list_course', { camera_id: '1', cur: '1', per: '100' });
		expect(list).toEqual([
			expect.objectContaining({ course_id: 1, camera_id: 1, week_id: 3, repeat_id: 2, elapse_sec: 3600, start_time: '2017-11-15 10:30:30', end_time: '2017-11-15 11:30:30' }),
		]);

		await ok('course', 'update', { courseId: '1', cameraId: rl(1), subjectId: rl(1), teacherId: rl(1), weekId: 4, startTime: '14:00:00', elapseSec: 2700 });
		expectCall('/api/v1/mod_course', { course_id: '1', camera_id: '1', subject_id: '1', teacher_id: '1', week_id: '4', start_time: '14:00:00', elapse_sec: '2700' });
		expect(sim.courses.get(1)).toMatchObject({ week_id: 4, elapse_sec: 2700 });

		const [deleted] = await ok('course', 'delete', { courseId: '1' });
		expectCall('/api/v1/del_course', { course_id: '1' });
		expect(deleted).toMatchObject({ success: true, course_id: [1] });
		expect(sim.courses.size).toBe(0);
	});
});
