/**
 * Every documented operation through a workflow in n8n-core against the simulator: the request the server
 * receives (method, documented path, where each parameter travels, formats) and what the node outputs.
 * Expectations come from the vendor document, not from the node's tables.
 */
import type { IDataObject } from 'n8n-workflow';

import { vendorDocument } from '../fixtures/documents';
import { fakeJpeg, fakeZip, type SmartClassroomSimulator } from '../simulators/smartclassroom/SmartClassroomSimulator';
import { binaryItem, byId, part, startSmartClassroom } from './setup';

type Fixture = Awaited<ReturnType<typeof startSmartClassroom>>;

let f: Fixture;
let sim: SmartClassroomSimulator;
const ids: Record<string, number> = {};

beforeAll(async () => {
	f = await startSmartClassroom();
	sim = f.sim;
});
afterAll(async () => await sim.stop());

/** method, documented path (after /api/v1) and the token of the last request */
function expectRequest(method: string, path: string) {
	const request = f.last();
	expect(request.method).toBe(method);
	expect(request.path).toBe(`/api/v1${path}`);
	return request;
}

const jsonBody = (request: ReturnType<Fixture['last']>) => {
	expect(String(request.headers['content-type'])).toContain('application/json');
	return JSON.parse(request.rawBody.toString('utf8')) as IDataObject;
};

describe('API接口, 权限管理, 用户管理', () => {
	test('GET /error lists the error codes, or one', async () => {
		const all = await f.ok('errorCode', 'get');
		expectRequest('GET', '/error');
		expect(all.map((i) => i.json.code)).toContain(-3003);
		const one = await f.ok('errorCode', 'get', { additionalFields: { code: '-20172' } });
		expect(expectRequest('GET', '/error').query).toEqual({ code: '-20172' });
		expect(one).toHaveLength(1);
		expect(one[0].json).toEqual({ code: -20172, desc: '学期不存在' });
	});

	test('GET /system/time', async () => {
		const [item] = await f.ok('system', 'getTime');
		expectRequest('GET', '/system/time');
		expect(typeof item.json.timestamp).toBe('number');
	});

	test('POST /auth logs in with the credential and outputs no token', async () => {
		const before = sim.loginCount;
		const [item] = await f.ok('auth', 'logIn');
		const login = sim.requests[sim.requests.length - 1];
		expect(login.method).toBe('POST');
		expect(login.path).toBe('/api/v1/auth');
		expect(JSON.parse(login.rawBody.toString())).toEqual({ username: sim.username, password: sim.password });
		expect(sim.loginCount).toBe(before + 1);
		expect(item.json).toMatchObject({ success: true, username: sim.username });
		expect(JSON.stringify(item.json)).not.toMatch(/tok-|S3cret/);
	});

	test('PUT /auth renews the token with the same body and outputs no token', async () => {
		const [item] = await f.ok('auth', 'renewToken');
		const renew = sim.requests[sim.requests.length - 1];
		expect(renew.method).toBe('PUT');
		expect(renew.path).toBe('/api/v1/auth');
		expect(JSON.parse(renew.rawBody.toString())).toEqual({ username: sim.username, password: sim.password });
		expect(JSON.stringify(item.json)).not.toMatch(/tok-|S3cret/);
	});

	test('GET /user with detail=true', async () => {
		const [item] = await f.ok('user', 'get', { additionalFields: { detail: true } });
		const request = expectRequest('GET', '/user');
		expect(request.query).toEqual({ detail: 'true' });
		expect(request.headers.authorization).toMatch(/^tok-/);
		expect(item.json).toMatchObject({ id: 1, company_id: 7 });
	});
});

describe('学期管理 (terms)', () => {
	test('POST /info/term sends the TermRequest body with YYYY-MM-DD dates', async () => {
		const [item] = await f.ok('term', 'create', { termYear: '2024-2025', term: 'Autumn', startTime: '2024-09-01T00:00:00', endTime: '2025-01-20T00:00:00' });
		expect(jsonBody(expectRequest('POST', '/info/term'))).toEqual({ term_year: '2024-2025', term: 'Autumn', start_time: '2024-09-01', end_time: '2025-01-20' });
		ids.term = Number(item.json.id);
		const [spring] = await f.ok('term', 'create', { termYear: '2024-2025', term: 'Spring', startTime: '2025-02-20', endTime: '2025-07-10' });
		ids.spring = Number(spring.json.id);
	});

	test('GET /info/term/{infoid}', async () => {
		const [item] = await f.ok('term', 'get', { infoid: byId(ids.term) });
		expectRequest('GET', `/info/term/${ids.term}`);
		expect(item.json.term).toBe('Autumn');
	});

	test('PUT /info/term/{infoid}', async () => {
		await f.ok('term', 'update', { infoid: byId(ids.spring), termYear: '2024-2025', term: 'Spring', startTime: '2025-02-24', endTime: '2025-07-11' });
		expect(jsonBody(expectRequest('PUT', `/info/term/${ids.spring}`))).toEqual({ term_year: '2024-2025', term: 'Spring', start_time: '2025-02-24', end_time: '2025-07-11' });
	});

	test('GET /info/terms filters by term_year', async () => {
		const items = await f.ok('term', 'list', { returnAll: true, additionalFields: { termYear: '2024-2025' } });
		expect(expectRequest('GET', '/info/terms').query).toMatchObject({ term_year: '2024-2025', page: '1' });
		expect(items.map((i) => i.json.term)).toEqual(['Autumn', 'Spring']);
	});

	test('GET /get/term (sic) takes the date as time=YYYY-MM-DD', async () => {
		const [item] = await f.ok('term', 'getByDate', { time: '2024-10-08T09:30:00' });
		expect(expectRequest('GET', '/get/term').query).toEqual({ time: '2024-10-08' });
		expect(item.json.id).toBe(ids.term);
	});

	test('PUT /info/term/day/{infoid} sends update_date and day_type', async () => {
		await f.ok('term', 'updateDay', { infoid: byId(ids.term), updateDate: '2024-10-01', additionalFields: { dayType: 7 } });
		expect(jsonBody(expectRequest('PUT', `/info/term/day/${ids.term}`))).toEqual({ update_date: '2024-10-01', day_type: 7 });
	});
});

describe('教室管理, 课程管理, 课节管理 (classrooms, courses, lesson periods)', () => {
	test('POST /info/classroom, GET, PUT, GET /info/classrooms (not paged)', async () => {
		const [room] = await f.ok('classroom', 'create', { name: 'Room 101', location: 'Building A', additionalFields: { size: 40 } });
		expect(jsonBody(expectRequest('POST', '/info/classroom'))).toEqual({ name: 'Room 101', location: 'Building A', size: 40 });
		ids.classroom = Number(room.json.id);
		const [other] = await f.ok('classroom', 'create', { name: 'Room 102', location: 'Building A' });
		ids.classroom2 = Number(other.json.id);
		await f.ok('classroom', 'get', { infoid: byId(ids.classroom) });
		expectRequest('GET', `/info/classroom/${ids.classroom}`);
		await f.ok('classroom', 'update', { infoid: byId(ids.classroom), name: 'Room 101', location: 'Building B', additionalFields: { size: 45 } });
		expect(jsonBody(expectRequest('PUT', `/info/classroom/${ids.classroom}`))).toEqual({ name: 'Room 101', location: 'Building B', size: 45 });
		const list = await f.ok('classroom', 'list', { returnAll: false, limit: 1 });
		expect(expectRequest('GET', '/info/classrooms').query).toEqual({});
		expect(list).toHaveLength(1);
	});

	test('POST /info/course, GET, PUT, GET /info/courses', async () => {
		const [course] = await f.ok('course', 'create', { name: 'Maths', code: 'M-101', additionalFields: { major: 'Science', department: 'Maths' } });
		expect(jsonBody(expectRequest('POST', '/info/course'))).toEqual({ name: 'Maths', code: 'M-101', major: 'Science', department: 'Maths' });
		ids.course = Number(course.json.id);
		await f.ok('course', 'get', { infoid: String(ids.course) });
		expectRequest('GET', `/info/course/${ids.course}`);
		await f.ok('course', 'update', { infoid: String(ids.course), name: 'Mathematics', code: 'M-101' });
		expect(jsonBody(expectRequest('PUT', `/info/course/${ids.course}`))).toEqual({ name: 'Mathematics', code: 'M-101' });
		const list = await f.ok('course', 'list', { returnAll: true, additionalFields: { code: 'M-101' } });
		expect(expectRequest('GET', '/info/courses').query).toMatchObject({ code: 'M-101' });
		expect(list.map((i) => i.json.name)).toEqual(['Mathematics']);
	});

	test('POST /info/lessonindex sends term_id as a number, GET, PUT, GET /info/lessonindexs (sic)', async () => {
		const fields = { termId: byId(ids.term), num: 1, startHour: 8, startMin: 0, endHour: 8, endMin: 45 };
		const [lesson] = await f.ok('lessonIndex', 'create', fields);
		expect(jsonBody(expectRequest('POST', '/info/lessonindex'))).toEqual({ term_id: ids.term, num: 1, start_hour: 8, start_min: 0, end_hour: 8, end_min: 45 });
		ids.lesson = Number(lesson.json.id);
		const [item] = await f.ok('lessonIndex', 'get', { infoid: String(ids.lesson) });
		expectRequest('GET', `/info/lessonindex/${ids.lesson}`);
		expect((item.json.term as IDataObject).id).toBe(ids.term);
		await f.ok('lessonIndex', 'update', { ...fields, infoid: String(ids.lesson), startMin: 5, endMin: 50 });
		expect(jsonBody(expectRequest('PUT', `/info/lessonindex/${ids.lesson}`))).toMatchObject({ start_min: 5, end_min: 50 });
		const list = await f.ok('lessonIndex', 'list', { returnAll: true, additionalFields: { termId: byId(ids.term) } });
		expect(expectRequest('GET', '/info/lessonindexs').query).toMatchObject({ term_id: String(ids.term) });
		expect(list).toHaveLength(1);
	});
});

describe('学生管理, 教师管理, 班级管理 (students, teachers, classes)', () => {
	test('POST /student, GET, PUT, GET /students', async () => {
		const [student] = await f.ok('student', 'create', {
			name: 'Li Lei',
			jobNumber: 'S001',
			additionalFields: { gender: 1, startTime: '2024-09-01T00:00:00', certificateType: 1, certificateNumber: '110101200801010011', major: 'Science' },
		});
		expect(jsonBody(expectRequest('POST', '/student'))).toEqual({
			name: 'Li Lei', job_number: 'S001', gender: 1, start_time: '2024-09-01', certificate_type: 1, certificate_number: '110101200801010011', major: 'Science',
		});
		ids.student = Number(student.json.id);
		const [second] = await f.ok('student', 'create', { name: 'Han Meimei', jobNumber: 'S002' });
		ids.student2 = Number(second.json.id);
		await f.ok('student', 'get', { sid: String(ids.student) });
		expectRequest('GET', `/student/${ids.student}`);
		await f.ok('student', 'update', { sid: String(ids.student), name: 'Li Lei', jobNumber: 'S001', additionalFields: { gender: 1, major: 'Physics' } });
		expect(jsonBody(expectRequest('PUT', `/student/${ids.student}`))).toEqual({ name: 'Li Lei', job_number: 'S001', gender: 1, major: 'Physics' });
		const list = await f.ok('student', 'list', { returnAll: true, additionalFields: { jobNumber: 'S002' } });
		expect(expectRequest('GET', '/students').query).toMatchObject({ job_number: 'S002' });
		expect(list.map((i) => i.json.name)).toEqual(['Han Meimei']);
	});

	test('POST /teacher, GET, PUT, GET /teachers', async () => {
		const [teacher] = await f.ok('teacher', 'create', { name: 'Wang Fang', jobNumber: 'T001', additionalFields: { gender: 2 } });
		expect(jsonBody(expectRequest('POST', '/teacher'))).toEqual({ name: 'Wang Fang', job_number: 'T001', gender: 2 });
		ids.teacher = Number(teacher.json.id);
		await f.ok('teacher', 'get', { sid: byId(ids.teacher) });
		expectRequest('GET', `/teacher/${ids.teacher}`);
		await f.ok('teacher', 'update', { sid: byId(ids.teacher), name: 'Wang Fang', jobNumber: 'T001', additionalFields: { certificateType: 2, certificateNumber: 'E1234567' } });
		expect(jsonBody(expectRequest('PUT', `/teacher/${ids.teacher}`))).toEqual({ name: 'Wang Fang', job_number: 'T001', certificate_type: 2, certificate_number: 'E1234567' });
		const list = await f.ok('teacher', 'list', { returnAll: true, additionalFields: { name: 'Wang Fang' } });
		expect(expectRequest('GET', '/teachers').query).toMatchObject({ name: 'Wang Fang' });
		expect(list).toHaveLength(1);
	});

	test('POST /student/file and /teacher/file upload photos as multipart parts photo1..photo3', async () => {
		const photo = fakeJpeg('student-face-1');
		const [student] = await f.ok('student', 'createWithPhotos', { name: 'Zhang Wei', jobNumber: 'S003', photo1: 'face', additionalFields: { gender: 1, startTime: '2024-09-01' } }, [
			binaryItem({ face: { data: photo, mimeType: 'image/jpeg', fileName: 'zhang.jpg' } }),
		]);
		const request = expectRequest('POST', '/student/file');
		expect(String(request.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
		const { parts } = sim.uploads[sim.uploads.length - 1];
		expect(part(parts, 'photo1')!.data.equals(photo)).toBe(true);
		expect(part(parts, 'photo1')!.fileName).toBe('zhang.jpg');
		expect(part(parts, 'name')!.data.toString()).toBe('Zhang Wei');
		expect(part(parts, 'job_number')!.data.toString()).toBe('S003');
		expect(part(parts, 'start_time')!.data.toString()).toBe('2024-09-01');
		expect(student.json.photos).toHaveLength(1);
		ids.student3 = Number(student.json.id);
		ids.photo = Number((student.json.photos as IDataObject[])[0].id);

		await f.ok('teacher', 'createWithPhotos', { name: 'Zhao Min', jobNumber: 'T002', photo1: 'a', additionalFields: { photo2: 'b' } }, [
			binaryItem({ a: { data: fakeJpeg('t-a'), mimeType: 'image/jpeg', fileName: 'a.jpg' }, b: { data: fakeJpeg('t-b'), mimeType: 'image/jpeg', fileName: 'b.jpg' } }),
		]);
		expectRequest('POST', '/teacher/file');
		const teacherParts = sim.uploads[sim.uploads.length - 1].parts;
		expect(teacherParts.filter((p) => p.fileName).map((p) => p.name)).toEqual(['photo1', 'photo2']);
	});

	test('PUT /student/file/{sid} and /teacher/file/{sid} keep photos by photo_id', async () => {
		await f.ok('student', 'updateWithPhotos', { sid: String(ids.student3), name: 'Zhang Wei', jobNumber: 'S003', additionalFields: { photoId: String(ids.photo) } });
		expect(jsonBody(expectRequest('PUT', `/student/file/${ids.student3}`))).toEqual({ name: 'Zhang Wei', job_number: 'S003', photo_id: String(ids.photo) });
		const teacher = sim.teachers.find((t) => t.job_number === 'T002')!;
		const photoIds = (teacher.photos as IDataObject[]).map((p) => p.id);
		await f.ok('teacher', 'updateWithPhotos', { sid: byId(teacher.id), name: 'Zhao Min', jobNumber: 'T002', additionalFields: { photoId: photoIds } });
		expect(jsonBody(expectRequest('PUT', `/teacher/file/${String(teacher.id)}`))).toMatchObject({ photo_id: photoIds.join(',') });
	});

	test('POST /class with a comma-separated student_id, GET, PUT, GET /classes', async () => {
		const [cls] = await f.ok('class', 'create', {
			name: 'Class 1', grade: '2024',
			additionalFields: { teacherId: byId(ids.teacher), studentId: `${ids.student}`, beginTime: '2024-09-01T00:00:00', code: 'C1' },
		});
		expect(jsonBody(expectRequest('POST', '/class'))).toEqual({ name: 'Class 1', grade: '2024', teacher_id: ids.teacher, student_id: `${ids.student}`, begin_time: '2024-09-01', code: 'C1' });
		ids.class = Number(cls.json.id);
		await f.ok('class', 'get', { infoid: byId(ids.class) });
		expectRequest('GET', `/class/${ids.class}`);
		await f.ok('class', 'update', { infoid: byId(ids.class), name: 'Class 1', grade: '2024', additionalFields: { department: 'Science' } });
		expect(jsonBody(expectRequest('PUT', `/class/${ids.class}`))).toEqual({ name: 'Class 1', grade: '2024', department: 'Science' });
		const list = await f.ok('class', 'list', { returnAll: true, additionalFields: { detail: true } });
		expect(expectRequest('GET', '/classes').query).toMatchObject({ detail: 'true' });
		expect(list).toHaveLength(1);
	});

	test('PUT /class/bind/{infoid} and /class/unbind/{infoid}', async () => {
		await f.ok('class', 'bindStudents', { infoid: byId(ids.class), studentId: [ids.student2, ids.student3] });
		expect(jsonBody(expectRequest('PUT', `/class/bind/${ids.class}`))).toEqual({ student_id: `${ids.student2},${ids.student3}` });
		expect(sim.classes[0].students).toEqual([ids.student, ids.student2, ids.student3]);
		await f.ok('class', 'unbindStudents', { infoid: byId(ids.class), studentId: String(ids.student3) });
		expect(jsonBody(expectRequest('PUT', `/class/unbind/${ids.class}`))).toEqual({ student_id: String(ids.student3) });
		expect(sim.classes[0].students).toEqual([ids.student, ids.student2]);
	});
});

describe('人员管理 (persons)', () => {
	test('PUT /subject/photo uploads one photo as multipart with subject_id and subject_type', async () => {
		const photo = fakeJpeg('new-face');
		const [item] = await f.ok('subject', 'updatePhoto', { subjectId: ids.student, subjectType: 0, photo: 'data', additionalFields: { bind: 1 } }, [
			binaryItem({ data: { data: photo, mimeType: 'image/jpeg', fileName: 'li.jpg' } }),
		]);
		expectRequest('PUT', '/subject/photo');
		const { parts } = sim.uploads[sim.uploads.length - 1];
		expect(part(parts, 'photo')!.data.equals(photo)).toBe(true);
		expect(part(parts, 'subject_id')!.data.toString()).toBe(String(ids.student));
		expect(part(parts, 'subject_type')!.data.toString()).toBe('0');
		expect(part(parts, 'bind')!.data.toString()).toBe('1');
		expect(item.json).toMatchObject({ subject_id: ids.student, company_id: 7 });
		const stored = sim.photos.find((p) => p.id === item.json.id)!;
		expect((stored.data as Buffer).equals(photo)).toBe(true);
	});

	test('PUT /subject/photo/check sends the photo', async () => {
		const [item] = await f.ok('subject', 'checkPhoto', { photo: 'data' }, [binaryItem({ data: { data: fakeJpeg('check'), mimeType: 'image/jpeg', fileName: 'c.jpg' } })]);
		expectRequest('PUT', '/subject/photo/check');
		expect(item.json).toEqual({ success: true });
	});

	test('GET /subject/get finds a person by name and type', async () => {
		const [item] = await f.ok('subject', 'getByName', { subjectType: 1, name: 'Wang Fang' });
		expect(expectRequest('GET', '/subject/get').query).toEqual({ subject_type: '1', name: 'Wang Fang' });
		expect(item.json.id).toBe(ids.teacher);
	});
});

describe('课表管理 (timetable)', () => {
	test('POST /info/lessontable, GET, PUT', async () => {
		const fields = { clsId: byId(ids.class), courseId: ids.course, teacherId: byId(ids.teacher), classroomId: byId(ids.classroom), lessonIndexId: ids.lesson, weekday: 0 };
		const [entry] = await f.ok('lessonTable', 'create', fields);
		expect(jsonBody(expectRequest('POST', '/info/lessontable'))).toEqual({
			cls_id: ids.class, course_id: ids.course, teacher_id: ids.teacher, classroom_id: ids.classroom, lesson_index_id: ids.lesson, weekday: 0,
		});
		ids.entry = Number(entry.json.id);
		await f.ok('lessonTable', 'get', { infoid: String(ids.entry), additionalFields: { detail: true } });
		expect(expectRequest('GET', `/info/lessontable/${ids.entry}`).query).toEqual({ detail: 'true' });
		await f.ok('lessonTable', 'update', { ...fields, infoid: String(ids.entry), weekday: 2 });
		expect(jsonBody(expectRequest('PUT', `/info/lessontable/${ids.entry}`))).toMatchObject({ weekday: 2 });
	});

	test('GET /info/lessontables by term_id or by time', async () => {
		const byTerm = await f.ok('lessonTable', 'list', { returnAll: true, additionalFields: { termId: byId(ids.term) } });
		expect(expectRequest('GET', '/info/lessontables').query).toMatchObject({ term_id: String(ids.term) });
		expect(byTerm).toHaveLength(1);
		const byDate = await f.ok('lessonTable', 'list', { returnAll: true, additionalFields: { time: '2024-11-05T00:00:00', weekday: 2 } });
		expect(expectRequest('GET', '/info/lessontables').query).toMatchObject({ time: '2024-11-05', weekday: '2' });
		expect(byDate).toHaveLength(1);
	});

	test('PUT /info/lessontable/forcebuild/{infoid} and GET /sync/lesson with the box token', async () => {
		await f.ok('sync', 'syncLesson', { boxToken: sim.box.box_token });
		expect(expectRequest('GET', '/sync/lesson').query).toEqual({ box_token: sim.box.box_token });
		const version = sim.snapshotVersion;
		await f.ok('lessonTable', 'forceBuildSnapshot', { infoid: String(ids.entry) });
		expectRequest('PUT', `/info/lessontable/forcebuild/${ids.entry}`);
		expect(sim.snapshotVersion).toBe(version + 1);
		const [item] = await f.ok('sync', 'syncLesson', { boxToken: sim.box.box_token, additionalFields: { lessonDataToken: String(version), attendanceReset: 1 } });
		expect(expectRequest('GET', '/sync/lesson').query).toEqual({ box_token: sim.box.box_token, lesson_data_token: String(version), attendance_reset: '1' });
		expect(item.json).toMatchObject({ lesson_data_token: String(version + 1), updated: true });
	});
});

describe('设备管理 (screens and cameras), 主机', () => {
	test('GET /info/box by company_id', async () => {
		const [item] = await f.ok('box', 'get', { companyId: 7 });
		expect(expectRequest('GET', '/info/box').query).toEqual({ company_id: '7' });
		expect(item.json.id).toBe(sim.box.id);
	});

	test('POST /screen, GET, PUT, GET /screens', async () => {
		const fields = { cameraAddress: 'rtsp://10.0.0.9/live', boxId: sim.box.id, classroomId: byId(ids.classroom), type: 1, subType: 1, mode: 0 };
		const [screen] = await f.ok('screen', 'create', { ...fields, additionalFields: { description: 'Front camera' } });
		expect(jsonBody(expectRequest('POST', '/screen'))).toEqual({
			camera_address: 'rtsp://10.0.0.9/live', box_id: sim.box.id, classroom_id: ids.classroom, type: 1, sub_type: 1, mode: 0, description: 'Front camera',
		});
		ids.screen = Number(screen.json.id);
		await f.ok('screen', 'get', { infoid: String(ids.screen) });
		expectRequest('GET', `/screen/${ids.screen}`);
		await f.ok('screen', 'update', { ...fields, infoid: String(ids.screen), mode: 2, additionalFields: { cameraPosition: 'front' } });
		expect(jsonBody(expectRequest('PUT', `/screen/${ids.screen}`))).toMatchObject({ mode: 2, camera_position: 'front' });
		const list = await f.ok('screen', 'list', { returnAll: true, additionalFields: { classroomId: byId(ids.classroom), subType: 1 } });
		expect(expectRequest('GET', '/screens').query).toMatchObject({ classroom_id: String(ids.classroom), sub_type: '1' });
		expect(list).toHaveLength(1);
	});

	test('POST /screen/camera/manage, /capture, /snapshot, /cruise/status and GET /screen/camera/type', async () => {
		const screen = sim.screens[0];
		const common = { boxId: sim.box.id, classroomId: byId(ids.classroom), screenToken: String(screen.screen_token) };
		await f.ok('screen', 'cruiseControl', { ...common, cruiseStatus: 1 });
		expect(jsonBody(expectRequest('POST', '/screen/camera/manage'))).toEqual({ box_id: sim.box.id, classroom_id: ids.classroom, screen_token: screen.screen_token, cruise_status: 1 });
		expect(screen.cruise_status).toBe(1);
		await f.ok('screen', 'capture', { ...common, coreIp: '10.0.0.3' });
		expect(jsonBody(expectRequest('POST', '/screen/camera/capture'))).toMatchObject({ core_ip: '10.0.0.3' });
		await f.ok('screen', 'frameReduction', { signal: 1 });
		expect(jsonBody(expectRequest('POST', '/screen/camera/snapshot'))).toEqual({ signal: 1 });
		expect(sim.frameReduction).toBe(1);
		await f.ok('screen', 'getCruiseStatus', { cameraIp: 'rtsp://10.0.0.9/live' });
		expect(jsonBody(expectRequest('POST', '/screen/camera/cruise/status'))).toEqual({ camera_ip: 'rtsp://10.0.0.9/live' });
		const [types] = await f.ok('screen', 'getTypes', { additionalFields: { type: 5 } });
		expect(expectRequest('GET', '/screen/camera/type').query).toEqual({ type: '5' });
		expect(types.json.data).toEqual([expect.objectContaining({ type: '5', sub_type_desc: 'C3V-321' })]);
	});
});

describe('考勤查询, 识别记录 (attendance, recognition, behaviour)', () => {
	beforeAll(() => {
		sim.attendance.push(
			{ id: 9001, cls_id: ids.class, subject_id: ids.student, subject_name: 'Li Lei', subject_job_number: 'S001', attendance_status: 1, attendance_date: '2024-11-04', event_time: 1730700000, photo: '/p/1.jpg', event_confidence: 0.97, lesson_index_id: ids.lesson, course_id: ids.course, course_name: 'Mathematics', classroom_id: ids.classroom },
			{ id: 9002, cls_id: ids.class, subject_id: ids.student2, subject_name: 'Han Meimei', subject_job_number: 'S002', attendance_status: 0, attendance_date: '2024-11-04', event_time: null, photo: '', event_confidence: 0, lesson_index_id: ids.lesson, course_id: ids.course, course_name: 'Mathematics', classroom_id: ids.classroom },
		);
		sim.recognitions.push(
			{ id: 1, timestamp: 1730700000, subject_id: ids.student, event_type: 0, cls_name: 'Class 1', classroom_name: 'Room 101', subject: { name: 'Li Lei' }, screen: { id: ids.screen } },
			{ id: 2, timestamp: 1730800000, subject_id: ids.student2, event_type: 0, cls_name: 'Class 1', classroom_name: 'Room 101', subject: { name: 'Han Meimei' }, screen: { id: ids.screen } },
		);
		sim.behaviourEvents.push({ id: 501, cls_id: ids.class, lessonindex_id: ids.lesson, event_type: 23, sub_type: 1, timestamp: 1730700100, image_id: 'img-501' });
	});

	test('GET /attendance/{id}', async () => {
		const [item] = await f.ok('attendance', 'get', { id: '9001', additionalFields: { detail: true } });
		expect(expectRequest('GET', '/attendance/9001').query).toEqual({ detail: 'true' });
		expect(item.json).toMatchObject({ subject_name: 'Li Lei', attendance_status: 1 });
	});

	test('GET /attendance/course with attendance_date', async () => {
		const items = await f.ok('attendance', 'getCourse', { clsId: byId(ids.class), courseId: ids.course, attendanceDate: '2024-11-04T00:00:00' });
		expect(expectRequest('GET', '/attendance/course').query).toEqual({ cls_id: String(ids.class), course_id: String(ids.course), attendance_date: '2024-11-04' });
		expect(items).toHaveLength(1);
		expect(items[0].json.list).toHaveLength(2);
	});

	test('GET /attendance/class over a date range', async () => {
		const items = await f.ok('attendance', 'getClass', { clsId: byId(ids.class), startTime: '2024-11-01', endTime: '2024-11-30', additionalFields: { lessonindexId: ids.lesson } });
		expect(expectRequest('GET', '/attendance/class').query).toEqual({ cls_id: String(ids.class), start_time: '2024-11-01', end_time: '2024-11-30', lessonindex_id: String(ids.lesson) });
		expect(items).toHaveLength(1);
	});

	test('GET /attendance/student by student number', async () => {
		const [item] = await f.ok('attendance', 'getStudent', { startTime: '2024-11-01', endTime: '2024-11-30', additionalFields: { jobNumber: 'S002' } });
		expect(expectRequest('GET', '/attendance/student').query).toEqual({ start_time: '2024-11-01', end_time: '2024-11-30', job_number: 'S002' });
		expect(item.json).toMatchObject({ subject_id: ids.student2, nonattendance: 1 });
	});

	test('GET /attendance/students pages', async () => {
		const items = await f.ok('attendance', 'listStudents', { startTime: '2024-11-01', endTime: '2024-11-30', returnAll: false, limit: 2 });
		expect(expectRequest('GET', '/attendance/students').query).toMatchObject({ start_time: '2024-11-01', end_time: '2024-11-30', page: '1', size: '2' });
		expect(items).toHaveLength(2);
	});

	test('GET /event/events with unix-second start and end', async () => {
		const items = await f.ok('event', 'list', { returnAll: true, additionalFields: { start: '2024-11-04T06:00:00Z', end: '2024-11-05T00:00:00Z', className: 'Class 1' } });
		expect(expectRequest('GET', '/event/events').query).toMatchObject({ start: String(Date.parse('2024-11-04T06:00:00Z') / 1000), end: String(Date.parse('2024-11-05T00:00:00Z') / 1000), class_name: 'Class 1' });
		expect(items.map((i) => i.json.id)).toEqual([1]);
	});

	test('GET /be/events and GET /be/event/{data_type}', async () => {
		const events = await f.ok('behaviorEvent', 'list', { clsId: byId(ids.class), lessonindexId: ids.lesson, eventType: 23, startTime: '2024-11-04', endTime: '2024-11-04', returnAll: true });
		expect(expectRequest('GET', '/be/events').query).toMatchObject({ cls_id: String(ids.class), lessonindex_id: String(ids.lesson), event_type: '23', start_time: '2024-11-04', end_time: '2024-11-04' });
		expect(events.map((e) => e.json.id)).toEqual([501]);
		const [stats] = await f.ok('behaviorEvent', 'getClassStats', { dataType: 'radar', clsId: byId(ids.class), lessonindexId: ids.lesson, startTime: '2024-11-04', endTime: '2024-11-04', additionalFields: { splitBy: 'seconds', splitNum: 60 } });
		expect(expectRequest('GET', '/be/event/radar').query).toMatchObject({ split_by: 'seconds', split_num: '60' });
		expect(stats.json.data_type).toBe('radar');
	});

	test('GET /be/event/image returns the image as binary data', async () => {
		const result = await f.run('behaviorEvent', 'getImage', { imageId: 'img-501', binaryPropertyName: 'picture' });
		expect(result.error).toBeUndefined();
		expect(expectRequest('GET', '/be/event/image').query).toEqual({ image_id: 'img-501' });
		const binary = result.items[0].binary!.picture;
		expect(binary.mimeType).toBe('image/jpeg');
		expect(Buffer.from(binary.data, 'base64').equals(fakeJpeg('image img-501'))).toBe(true);
	});
});

describe('imports', () => {
	test('POST /import/xlxs (sic) sends the Excel file and subject_type', async () => {
		const xlsx = fakeZip('students.xlsx contents');
		const [item] = await f.ok('import', 'importXlsx', { file: 'sheet', additionalFields: { subjectType: 0 } }, [
			binaryItem({ sheet: { data: xlsx, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: 'students.xlsx' } }),
		]);
		expectRequest('POST', '/import/xlxs');
		const { parts } = sim.uploads[sim.uploads.length - 1];
		expect(part(parts, 'file')!.data.equals(xlsx)).toBe(true);
		expect(part(parts, 'file')!.fileName).toBe('students.xlsx');
		expect(part(parts, 'subject_type')!.data.toString()).toBe('0');
		expect(item.json).toEqual({ total: 1, success: 1, failed: 0, failed_detail: '' });
	});

	test('POST /import/zip requires subject_type', async () => {
		const zip = fakeZip('teachers.zip contents');
		await f.ok('import', 'importZip', { file: 'data', subjectType: 1 }, [binaryItem({ data: { data: zip, mimeType: 'application/zip', fileName: 'teachers.zip' } })]);
		expectRequest('POST', '/import/zip');
		const { parts } = sim.uploads[sim.uploads.length - 1];
		expect(part(parts, 'subject_type')!.data.toString()).toBe('1');
		expect(part(parts, 'file')!.data.equals(zip)).toBe(true);
	});

	test('GET /import/get/{import_type} gives the template location, downloaded into binary data', async () => {
		const result = await f.run('import', 'getTemplate', { importType: 7, binaryPropertyName: 'template' });
		expect(result.error).toBeUndefined();
		const calls = sim.requests.slice(-2);
		expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /api/v1/import/get/7', 'GET /static/template/template_7.xlsx']);
		const [item] = result.items;
		expect(item.json).toMatchObject({ import_type: 7, example_file: '/static/template/template_7.xlsx', fileName: 'template_7.xlsx' });
		const binary = item.binary!.template;
		expect(binary.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		expect(Buffer.from(binary.data, 'base64').equals(sim.templates.get('template_7.xlsx')!)).toBe(true);
	});
});

describe('deletes', () => {
	test('DELETE /subject/delete sends its JSON body', async () => {
		await f.ok('subject', 'batchDelete', { subjectId: `${ids.student3}`, subjectType: 0 });
		const request = expectRequest('DELETE', '/subject/delete');
		expect(jsonBody(request)).toEqual({ subject_id: String(ids.student3), subject_type: 0 });
		expect(sim.students.some((s) => s.id === ids.student3)).toBe(false);
	});

	test('DELETE timetable entry, lesson period, class, course, classroom, screen, term', async () => {
		await f.ok('lessonTable', 'delete', { infoid: String(ids.entry) });
		expectRequest('DELETE', `/info/lessontable/${ids.entry}`);
		await f.ok('lessonIndex', 'delete', { infoid: String(ids.lesson) });
		expectRequest('DELETE', `/info/lessonindex/${ids.lesson}`);
		await f.ok('class', 'delete', { infoid: byId(ids.class) });
		expectRequest('DELETE', `/class/${ids.class}`);
		await f.ok('course', 'delete', { infoid: String(ids.course) });
		expectRequest('DELETE', `/info/course/${ids.course}`);
		await f.ok('screen', 'delete', { infoid: String(ids.screen) });
		expectRequest('DELETE', `/screen/${ids.screen}`);
		const [room] = await f.ok('classroom', 'delete', { infoid: byId(ids.classroom2) });
		expectRequest('DELETE', `/info/classroom/${ids.classroom2}`);
		expect(room.json).toEqual({ code: 0 });
		await f.ok('term', 'delete', { infoid: byId(ids.spring) });
		expectRequest('DELETE', `/info/term/${ids.spring}`);
		expect(sim.terms.map((t) => t.id)).toEqual([ids.term]);
	});

	test('every operation of the document was sent (method and documented path)', () => {
		const { endpoints } = vendorDocument('smartclassroom');
		expect(endpoints).toHaveLength(80);
		const missing = endpoints.filter((op) => {
			const pattern = new RegExp(`^/api/v1${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
			return !sim.requests.some((r) => r.method === op.method && pattern.test(r.path));
		});
		expect(missing.map((op) => `${op.method} ${op.path}`)).toEqual([]);
	});
});
