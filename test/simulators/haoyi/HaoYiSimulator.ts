/**
 * HaoYi cloud recording server simulator(云录播 API 接口): the 32 interfaces with state
 * (schools, subjects, grades, teachers, capture clients, channels, recordings, weekly recording tasks),
 * the unionid → access token exchange with tokens that expire, the `token` query parameter checked as the
 * document says (1004 missing, 1006 unreadable, 1007 expired), the flat {err_code, err_msg, ...} envelope
 * and the documented error codes. Written from the document, independently of the node code.
 *
 * Where the document is silent the simulator decides, and says so:
 *  - every interface is GET (section 1); another method answers HTTP 405;
 *  - a parameter the document does not list for an interface, or a malformed value the document
 *    constrains (ranges, base64 device password), is recorded in `violations` (tests assert none);
 *  - an ID that is missing, not numeric or unknown answers 1010 (没有编号);
 *  - `per` has no documented maximum: any positive page size is honoured;
 *  - list_record lists newest first (configurable with `recordOrder`);
 *  - samples are reproduced where they are self-consistent: ids of schools, subjects, grades and teachers
 *    are strings ("1"), cur_page/per_page are strings from list_teacher on, list_camera uses the sample's
 *    keys `image_fds` and `device_cmd_prot`, file_size and duration are strings;
 *  - /api/v1/del_school answers the subject delete as printed in 3.10 with 1010 (it has no school_id);
 *    deleting subjects is served at /api/v1/del_subject.
 */
import { createHmac, randomBytes } from 'node:crypto';

import { SimulatorServer, type SimRequest, type SimResponse } from '../common/SimulatorServer';

const PREFIX = '/api/v1/';

/** error messages as the document prints them */
export const MESSAGES: Record<number, string> = {
	1001: '无效的 unionid',
	1002: '没有找到 unionid 指定的帐号',
	1003: 'unionid 对应的帐号没有接口访问权限',
	1004: '没有凭证, 请确认参数',
	1006: '解析 token 失败',
	1007: '凭证已过期, 请重新获取',
	1008: '没有名称, 请确认参数',
	1009: '没有地址, 请确认参数',
	1010: '没有编号, 请确认参数',
	1011: '输入日期格式不正确',
	1012: '输入时间与已有时间发生重叠',
	1013: '不支持跨天任务',
};

class ApiError extends Error {
	constructor(readonly code: number) {
		super(MESSAGES[code]);
	}
}

export interface Account {
	unionid: string;
	admin: boolean;
}

export interface School { school_id: number; name: string; addr: string; phone: string; created: string; updated: string }
export interface Subject { subject_id: number; subject_name: string; created: string; updated: string }
export interface Grade { grade_id: number; grade_type: string; grade_name: string; created: string; updated: string }
export interface Teacher {
	teacher_id: number; teacher_name: string; sex_name: string; title_name: string; title_id: number; detail_info: string;
	created: string; updated: string;
}
export interface Gather {
	gather_id: number; school_id: number; mac_addr: string; ip_addr: string; name_pc: string; name_set: string; os_name: string;
	main_rate: number; sub_rate: number; auto_dvr: number; auto_fds: number; slice_val: number; inter_val: number; snap_val: number;
	status: number; created: string; updated: string;
}
export interface Camera {
	camera_id: number; camera_name: string; image_id: number; image_fdfs: string; gather_id: number; grade_id: number;
	stream_prop: number; stream_url: string; stream_mp4: string; device_ip: string; device_user: string; device_pass: string;
	device_cmd_port: number; device_mirror: number; device_osd: number; device_twice: number; device_show: number;
	status: number; clicks: number; created: string; updated: string;
}
export interface Recording {
	record_id: number; gather_id: number; camera_id: number; subject_id: number; teacher_id: number; file_fdfs: string;
	image_fdfs: string; file_size: number; duration: number; clicks: number; created: string; updated: string;
}
export interface Course {
	course_id: number; camera_id: number; subject_id: number; teacher_id: number; repeat_id: number; week_id: number;
	elapse_sec: number; start_sec: number; created: string; updated: string;
}

interface IssuedToken {
	expiresAt: number;
	unionid: string;
}

/** Which parameters each interface takes, besides token (section 3). */
const PARAMS: Record<string, string[]> = {
	version: [],
	access_token: ['unionid'],
	list_school: ['cur', 'per'],
	add_school: ['name', 'addr', 'phone'],
	mod_school: ['school_id', 'name', 'addr', 'phone'],
	del_school: ['school_id'],
	list_subject: ['cur', 'per'],
	add_subject: ['subject_name'],
	mod_subject: ['subject_id', 'subject_name'],
	del_subject: ['subject_id'],
	list_grade: ['cur', 'per'],
	list_teacher: ['cur', 'per'],
	add_teacher: ['teacher_name', 'sex_name', 'title_name', 'title_id', 'detail_info'],
	mod_teacher: ['teacher_id', 'teacher_name', 'sex_name', 'title_name', 'title_id', 'detail_info'],
	del_teacher: ['teacher_id'],
	list_gather: ['cur', 'per'],
	mod_gather: ['gather_id', 'school_id', 'name_set', 'main_rate', 'sub_rate', 'auto_dvr', 'auto_fds', 'slice_val', 'inter_val', 'snap_val'],
	list_camera: ['cur', 'per'],
	add_camera: ['camera_name', 'gather_id', 'grade_id', 'stream_prop', 'stream_url', 'stream_mp4'],
	mod_camera: [
		'camera_id', 'camera_name', 'grade_id', 'stream_prop', 'stream_url', 'stream_mp4', 'device_ip', 'device_user', 'device_pass',
		'device_cmd_port', 'device_mirror', 'device_osd', 'device_twice', 'device_show',
	],
	del_camera: ['camera_id'],
	get_camera_status: ['camera_id'],
	start_camera: ['camera_id'],
	stop_camera: ['camera_id'],
	list_record: ['cur', 'per'],
	del_record: ['record_id'],
	list_course: ['camera_id', 'cur', 'per'],
	add_course: ['camera_id', 'subject_id', 'teacher_id', 'week_id', 'elapse_sec', 'start_time'],
	mod_course: ['course_id', 'camera_id', 'subject_id', 'teacher_id', 'week_id', 'elapse_sec', 'start_time'],
	del_course: ['course_id'],
	play_camera: ['camera_id', 'width', 'height'],
	play_record: ['record_id', 'width', 'height'],
};

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

function clock(seconds: number): string {
	return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

export class HaoYiSimulator extends SimulatorServer {
	readonly accounts = new Map<string, Account>();

	readonly tokens = new Map<string, IssuedToken>();

	/** successful unionid → token exchanges */
	tokenExchanges = 0;

	/** seconds a new token lives ("默认 2 小时（7200 秒）过期") */
	tokenLifetimeSec = 7200;

	/** ms added to the real clock, to let time pass */
	clockOffsetMs = 0;

	/** when set: after this many more accepted token calls, every issued token expires */
	private expireAfter?: number;

	/** problems with what the client sent (wrong method, unknown parameter, malformed value) */
	readonly violations: string[] = [];

	recordOrder: 'newestFirst' | 'oldestFirst' = 'newestFirst';

	/** the next token exchanges fail with 1004 "生成 token 过程中发生错误" */
	tokenIssueFailures = 0;

	storageAddr = 'http://192.168.1.70:80';

	readonly schools = new Map<number, School>();
	readonly subjects = new Map<number, Subject>();
	readonly grades = new Map<number, Grade>();
	readonly teachers = new Map<number, Teacher>();
	readonly gathers = new Map<number, Gather>();
	readonly cameras = new Map<number, Camera>();
	readonly recordings = new Map<number, Recording>();
	readonly courses = new Map<number, Course>();

	private readonly ids = { school: 1, subject: 1, grade: 1, teacher: 1, gather: 1, camera: 1, record: 1, course: 1, image: 1 };

	private readonly secret = randomBytes(16);

	constructor(unionid = 'sim-admin-unionid') {
		super('HaoYi');
		this.accounts.set(unionid, { unionid, admin: true });
	}

	// ── clock and tokens ───────────────────────────────────────────────────

	now(): number {
		return Date.now() + this.clockOffsetMs;
	}

	stamp(at = this.now()): string {
		const d = new Date(at);
		return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
	}

	/** Lets time pass on the server. */
	advanceClock(seconds: number): void {
		this.clockOffsetMs += seconds * 1000;
	}

	/** Every token issued so far expires now. */
	expireAllTokens(): void {
		for (const token of this.tokens.values()) token.expiresAt = 0;
	}

	/** Every issued token expires after `calls` more accepted calls (a token running out mid-run). */
	expireTokensAfter(calls: number): void {
		this.expireAfter = calls;
	}

	private issueToken(unionid: string): string {
		const payload = Buffer.from(JSON.stringify({ u: unionid, t: this.now(), n: randomBytes(4).toString('hex') })).toString('base64url');
		const mac = createHmac('sha256', this.secret).update(payload).digest('base64url').slice(0, 22);
		const token = `${payload}.${mac}`;
		this.tokens.set(token, { unionid, expiresAt: this.now() + this.tokenLifetimeSec * 1000 });
		this.tokenExchanges++;
		return token;
	}

	/** 1004 missing, 1006 unreadable (not issued by this server), 1007 expired. */
	private checkToken(token: string | undefined): void {
		if (token === undefined || token === '') throw new ApiError(1004);
		const [payload, mac] = token.split('.');
		const expected = payload ? createHmac('sha256', this.secret).update(payload).digest('base64url').slice(0, 22) : '';
		const issued = this.tokens.get(token);
		if (!payload || mac !== expected || !issued) throw new ApiError(1006);
		if (issued.expiresAt <= this.now()) throw new ApiError(1007);
		if (this.expireAfter !== undefined) {
			if (this.expireAfter <= 0) {
				this.expireAfter = undefined;
				this.expireAllTokens();
				throw new ApiError(1007);
			}
			this.expireAfter--;
		}
	}

	// ── seed data helpers ──────────────────────────────────────────────────

	addSchool(fields: Partial<School> = {}): School {
		const id = this.ids.school++;
		const school: School = { school_id: id, name: `School ${id}`, addr: `Address ${id}`, phone: '', created: this.stamp(), updated: this.stamp(), ...fields };
		this.schools.set(school.school_id, school);
		return school;
	}

	addSubject(fields: Partial<Subject> = {}): Subject {
		const id = this.ids.subject++;
		const subject: Subject = { subject_id: id, subject_name: `Subject ${id}`, created: this.stamp(), updated: this.stamp(), ...fields };
		this.subjects.set(subject.subject_id, subject);
		return subject;
	}

	addGrade(fields: Partial<Grade> = {}): Grade {
		const id = this.ids.grade++;
		const grade: Grade = { grade_id: id, grade_type: '小学', grade_name: `${id} 年级`, created: this.stamp(), updated: this.stamp(), ...fields };
		this.grades.set(grade.grade_id, grade);
		return grade;
	}

	addTeacher(fields: Partial<Teacher> = {}): Teacher {
		const id = this.ids.teacher++;
		const teacher: Teacher = {
			teacher_id: id, teacher_name: `Teacher ${id}`, sex_name: '女', title_name: '一级教师', title_id: 2, detail_info: '',
			created: this.stamp(), updated: this.stamp(), ...fields,
		};
		this.teachers.set(teacher.teacher_id, teacher);
		return teacher;
	}

	/** Capture clients register themselves; the API cannot create them. */
	addGather(fields: Partial<Gather> = {}): Gather {
		const id = this.ids.gather++;
		const gather: Gather = {
			gather_id: id, school_id: 1, mac_addr: `00:11:22:33:44:${pad(id)}`, ip_addr: `192.168.1.${100 + id}`, name_pc: `PC-${id}`,
			name_set: `采集端 ${id}`, os_name: 'Windows7', main_rate: 1024, sub_rate: 512, auto_dvr: 0, auto_fds: 1, slice_val: 0,
			inter_val: 0, snap_val: 2, status: 1, created: this.stamp(), updated: this.stamp(), ...fields,
		};
		this.gathers.set(gather.gather_id, gather);
		return gather;
	}

	/** Any kind of channel, including camera devices (stream_prop 0), which the API cannot add. */
	addCamera(fields: Partial<Camera> = {}): Camera {
		const id = this.ids.camera++;
		const camera: Camera = {
			camera_id: id, camera_name: `一班 ${id}`, image_id: this.ids.image++, image_fdfs: `group1/M00/00/00/snap${id}.jpg`,
			gather_id: 1, grade_id: 1, stream_prop: 0, stream_url: '', stream_mp4: '', device_ip: `192.168.1.${60 + id}`,
			device_user: 'admin', device_pass: Buffer.from('camera-secret').toString('base64'), device_cmd_port: 8000, device_mirror: 0,
			device_osd: 1, device_twice: 0, device_show: 1, status: 0, clicks: 0, created: this.stamp(), updated: this.stamp(), ...fields,
		};
		this.cameras.set(camera.camera_id, camera);
		return camera;
	}

	/** A recording appears when a task (or a manual recording) finishes. */
	addRecording(fields: Partial<Recording> = {}): Recording {
		const id = this.ids.record++;
		const recording: Recording = {
			record_id: id, gather_id: 1, camera_id: 1, subject_id: 1, teacher_id: 1, file_fdfs: `/group1/M00/00/01/rec${id}.mp4`,
			image_fdfs: `group1/M00/00/01/rec${id}.jpg`, file_size: 6598647, duration: 60, clicks: 0, created: this.stamp(),
			updated: this.stamp(), ...fields,
		};
		this.recordings.set(recording.record_id, recording);
		return recording;
	}

	/** A school, grade, subject, teacher, capture client and camera, ids all 1. */
	seedBasics(): void {
		this.addSchool({ name: '东升一中', addr: '东升镇', phone: '010-6267772' });
		this.addGrade();
		this.addSubject({ subject_name: '语文' });
		this.addTeacher({ teacher_name: '王老师' });
		this.addGather();
		this.addCamera();
	}

	// ── request handling ───────────────────────────────────────────────────

	private violation(request: SimRequest, problem: string): void {
		this.violations.push(`${request.method} ${request.path}: ${problem}`);
	}

	private ok(fields: Record<string, unknown> = {}): SimResponse {
		return { status: 200, body: { err_code: 0, err_msg: 'OK', ...fields } };
	}

	private fail(code: number): SimResponse {
		return { status: 200, body: { err_code: code, err_msg: MESSAGES[code] } };
	}

	protected route(request: SimRequest): SimResponse {
		if (!request.path.startsWith(PREFIX)) return { status: 404, body: { message: 'Not Found' } };
		const name = request.path.slice(PREFIX.length);
		const allowed = PARAMS[name];
		if (!allowed) return { status: 404, body: { message: 'Not Found' } };
		if (request.method !== 'GET') {
			this.violation(request, 'every interface is called with GET');
			return { status: 405, body: { message: 'Method Not Allowed' } };
		}
		const q = request.query;
		for (const key of Object.keys(q)) {
			if (key === 'token' && name !== 'version' && name !== 'access_token') continue;
			if (!allowed.includes(key)) this.violation(request, `unexpected parameter ${key}`);
		}
		try {
			if (name === 'version') return { status: 200, body: { API: 'v1', Name: '云录播', Version: '1.1.0', Server: 'Linux 2.6 x86_64' } };
			if (name === 'access_token') return this.accessToken(q.unionid);
			this.checkToken(q.token);
			return this.dispatch(name, request);
		} catch (error) {
			if (error instanceof ApiError) return this.fail(error.code);
			throw error;
		}
	}

	private accessToken(unionid: string | undefined): SimResponse {
		if (unionid === undefined || !/^[\w-]{4,64}$/.test(unionid)) return this.fail(1001);
		const account = this.accounts.get(unionid);
		if (!account) return this.fail(1002);
		if (!account.admin) return this.fail(1003);
		if (this.tokenIssueFailures > 0) {
			this.tokenIssueFailures--;
			// on this interface 1004 has its own meaning (3.2 返回码说明)
			return { status: 200, body: { err_code: 1004, err_msg: '生成 token 过程中发生错误' } };
		}
		return this.ok({ token: this.issueToken(unionid), expires: this.tokenLifetimeSec });
	}

	// parameter readers -----------------------------------------------------

	private id(request: SimRequest, key: string): number {
		const value = request.query[key];
		if (value === undefined || !/^\d+$/.test(value)) throw new ApiError(1010);
		return Number(value);
	}

	private ids_(request: SimRequest, key: string): number[] {
		const value = request.query[key];
		if (value === undefined || value === '') throw new ApiError(1010);
		const parts = value.split(',');
		if (parts.some((p) => !/^\d+$/.test(p))) throw new ApiError(1010);
		return parts.map(Number);
	}

	private existing<T>(map: Map<number, T>, request: SimRequest, key: string): T {
		const found = map.get(this.id(request, key));
		if (!found) throw new ApiError(1010);
		return found;
	}

	private int(request: SimRequest, key: string, min?: number, max?: number): number | undefined {
		const value = request.query[key];
		if (value === undefined) return undefined;
		if (!/^-?\d+$/.test(value)) {
			this.violation(request, `${key} must be a whole number, got ${value}`);
			return undefined;
		}
		const n = Number(value);
		if ((min !== undefined && n < min) || (max !== undefined && n > max)) this.violation(request, `${key} out of range: ${n}`);
		return n;
	}

	private text(request: SimRequest, key: string, missingCode?: number): string | undefined {
		const value = request.query[key];
		if ((value === undefined || value.trim() === '') && missingCode) throw new ApiError(missingCode);
		return value;
	}

	private page<T>(request: SimRequest, entries: T[], view: (entry: T) => Record<string, unknown>, asStrings: boolean, extra: Record<string, unknown> = {}): SimResponse {
		const cur = this.int(request, 'cur', 1) ?? 1;
		const per = this.int(request, 'per', 1) ?? 10;
		const total = entries.length;
		const maxPage = Math.max(1, Math.ceil(total / per));
		const data = entries.slice((cur - 1) * per, cur * per).map(view);
		return this.ok({
			total_num: total,
			max_page: maxPage,
			cur_page: asStrings ? String(cur) : cur,
			per_page: asStrings ? String(per) : per,
			...extra,
			data,
		});
	}

	// interfaces ------------------------------------------------------------

	private dispatch(name: string, r: SimRequest): SimResponse {
		const now = this.stamp();
		switch (name) {
			case 'list_school':
				return this.page(r, [...this.schools.values()], (s) => ({ ...s, school_id: String(s.school_id) }), false);
			case 'add_school': {
				const school_name = this.text(r, 'name', 1008)!;
				const addr = this.text(r, 'addr', 1009)!;
				const school = this.addSchool({ name: school_name, addr, phone: r.query.phone ?? '' });
				return this.ok({ school_id: school.school_id });
			}
			case 'mod_school': {
				const school = this.existing(this.schools, r, 'school_id');
				const school_name = this.text(r, 'name', 1008)!;
				const addr = this.text(r, 'addr', 1009)!;
				Object.assign(school, { name: school_name, addr, updated: now }, r.query.phone !== undefined ? { phone: r.query.phone } : {});
				return this.ok();
			}
			case 'del_school':
				for (const id of this.ids_(r, 'school_id')) this.schools.delete(id);
				return this.ok();
			case 'list_subject':
				return this.page(r, [...this.subjects.values()], (s) => ({ ...s, subject_id: String(s.subject_id) }), false);
			case 'add_subject':
				return this.ok({ subject_id: this.addSubject({ subject_name: this.text(r, 'subject_name', 1008)! }).subject_id });
			case 'mod_subject': {
				const subject = this.existing(this.subjects, r, 'subject_id');
				Object.assign(subject, { subject_name: this.text(r, 'subject_name', 1008)!, updated: now });
				return this.ok();
			}
			case 'del_subject':
				for (const id of this.ids_(r, 'subject_id')) this.subjects.delete(id);
				return this.ok();
			case 'list_grade':
				return this.page(r, [...this.grades.values()], (g) => ({ ...g, grade_id: String(g.grade_id) }), false);
			case 'list_teacher':
				return this.page(r, [...this.teachers.values()], (t) => ({ ...t, teacher_id: String(t.teacher_id) }), true);
			case 'add_teacher': {
				const teacher_name = this.text(r, 'teacher_name', 1008)!;
				const sex = this.sex(r, true)!;
				const title_name = this.text(r, 'title_name');
				const title_id = this.int(r, 'title_id', 0, 4);
				if (title_name === undefined || title_id === undefined) {
					this.violation(r, 'title_name and title_id are required');
					throw new ApiError(1010);
				}
				const teacher = this.addTeacher({ teacher_name, sex_name: sex, title_name, title_id, detail_info: r.query.detail_info ?? '' });
				return this.ok({ teacher_id: teacher.teacher_id });
			}
			case 'mod_teacher': {
				const teacher = this.existing(this.teachers, r, 'teacher_id');
				if (r.query.teacher_name !== undefined && r.query.teacher_name.trim() === '') throw new ApiError(1008);
				const sex = this.sex(r, false);
				const title_id = this.int(r, 'title_id', 0, 4);
				Object.assign(teacher, {
					...(r.query.teacher_name !== undefined ? { teacher_name: r.query.teacher_name } : {}),
					...(sex !== undefined ? { sex_name: sex } : {}),
					...(r.query.title_name !== undefined ? { title_name: r.query.title_name } : {}),
					...(title_id !== undefined ? { title_id } : {}),
					...(r.query.detail_info !== undefined ? { detail_info: r.query.detail_info } : {}),
					updated: now,
				});
				return this.ok();
			}
			case 'del_teacher':
				for (const id of this.ids_(r, 'teacher_id')) this.teachers.delete(id);
				return this.ok();
			case 'list_gather':
				return this.page(r, [...this.gathers.values()], (g) => ({ ...g }), true);
			case 'mod_gather': {
				const gather = this.existing(this.gathers, r, 'gather_id');
				const changes: Record<string, unknown> = {};
				if (r.query.school_id !== undefined) changes.school_id = this.existing(this.schools, r, 'school_id').school_id;
				if (r.query.name_set !== undefined) changes.name_set = r.query.name_set;
				const ranges: Record<string, [number, number?]> = {
					main_rate: [0], sub_rate: [0], auto_dvr: [0, 1], auto_fds: [0, 1], slice_val: [0, 30], inter_val: [0, 3], snap_val: [1],
				};
				for (const [key, [min, max]] of Object.entries(ranges)) {
					const v = this.int(r, key, min, max);
					if (v !== undefined) changes[key] = v;
				}
				Object.assign(gather, changes, { updated: now });
				return this.ok();
			}
			case 'list_camera':
				return this.page(r, [...this.cameras.values()], (c) => this.cameraView(c), true, { storage_addr: this.storageAddr });
			case 'add_camera': {
				const camera_name = this.text(r, 'camera_name', 1008)!;
				const gather = this.existing(this.gathers, r, 'gather_id');
				const grade = this.existing(this.grades, r, 'grade_id');
				const prop = this.int(r, 'stream_prop');
				if (!('stream_url' in r.query) || !('stream_mp4' in r.query)) this.violation(r, 'stream_url and stream_mp4 are both 【必填】');
				if (prop !== 1 && prop !== 2) {
					this.violation(r, `stream_prop must be 1 or 2, got ${String(r.query.stream_prop)}`);
					throw new ApiError(1010);
				}
				if (prop === 2 && !/^(rtsp|rtmp):\/\//.test(r.query.stream_url ?? '')) this.violation(r, 'stream_url must be rtsp:// or rtmp://');
				if (prop === 1 && !r.query.stream_mp4) this.violation(r, 'stream_mp4 must be given for MP4 channels');
				const camera = this.addCamera({
					camera_name, gather_id: gather.gather_id, grade_id: grade.grade_id, stream_prop: prop,
					stream_url: prop === 2 ? r.query.stream_url : '', stream_mp4: prop === 1 ? r.query.stream_mp4 : '', device_ip: '',
					device_user: '', device_pass: '',
				});
				return this.ok({ camera_id: camera.camera_id, transmit: 'OK' });
			}
			case 'mod_camera': {
				const camera = this.existing(this.cameras, r, 'camera_id');
				const camera_name = this.text(r, 'camera_name', 1008)!;
				const changes: Record<string, unknown> = { camera_name };
				if (r.query.grade_id !== undefined) changes.grade_id = this.existing(this.grades, r, 'grade_id').grade_id;
				const prop = this.int(r, 'stream_prop', 0, 2);
				if (prop !== undefined) changes.stream_prop = prop;
				for (const key of ['stream_url', 'stream_mp4', 'device_ip', 'device_user']) if (r.query[key] !== undefined) changes[key] = r.query[key];
				if (r.query.device_pass !== undefined) {
					const pass = r.query.device_pass;
					if (!/^[A-Za-z0-9+/]*={0,2}$/.test(pass) || pass.length % 4 !== 0) this.violation(r, 'device_pass must be base64-encoded');
					changes.device_pass = pass;
				}
				const port = this.int(r, 'device_cmd_port', 1, 65535);
				if (port !== undefined) changes.device_cmd_port = port;
				for (const key of ['device_mirror', 'device_osd', 'device_twice', 'device_show']) {
					const v = this.int(r, key, 0, 1);
					if (v !== undefined) changes[key] = v;
				}
				Object.assign(camera, changes, { updated: now });
				return this.ok({ transmit: 'OK' });
			}
			case 'del_camera':
				// "删除通道时, 会将通道下的通道记录、录像任务、快照截图、录像视频 全部删除"
				for (const id of this.ids_(r, 'camera_id')) {
					this.cameras.delete(id);
					for (const [courseId, course] of this.courses) if (course.camera_id === id) this.courses.delete(courseId);
					for (const [recordId, recording] of this.recordings) if (recording.camera_id === id) this.recordings.delete(recordId);
				}
				return this.ok();
			case 'get_camera_status': {
				const camera = this.existing(this.cameras, r, 'camera_id');
				return this.ok({ camera_id: camera.camera_id, status: camera.status === 1 ? 1 : 0 });
			}
			case 'start_camera':
				this.existing(this.cameras, r, 'camera_id').status = 1;
				return this.ok({ transmit: 'OK' });
			case 'stop_camera':
				this.existing(this.cameras, r, 'camera_id').status = 0;
				return this.ok({ transmit: 'OK' });
			case 'play_camera': {
				const camera = this.existing(this.cameras, r, 'camera_id');
				const width = this.int(r, 'width', 1) ?? 850;
				const height = this.int(r, 'height', 1) ?? 550;
				camera.clicks++;
				return this.ok({ play_url: `${this.storageAddr}/play/live/camera_id/${camera.camera_id}/width/${width}/height/${height}` });
			}
			case 'list_record': {
				const list = [...this.recordings.values()].sort((a, b) => a.created.localeCompare(b.created) || a.record_id - b.record_id);
				if (this.recordOrder === 'newestFirst') list.reverse();
				return this.page(r, list, (rec) => this.recordView(rec), true, { storage_addr: this.storageAddr });
			}
			case 'del_record':
				for (const id of this.ids_(r, 'record_id')) this.recordings.delete(id);
				return this.ok();
			case 'play_record': {
				const recording = this.existing(this.recordings, r, 'record_id');
				const width = this.int(r, 'width', 1) ?? 850;
				const height = this.int(r, 'height', 1) ?? 550;
				recording.clicks++;
				return this.ok({ play_url: `${this.storageAddr}/play/vod/record_id/${recording.record_id}/width/${width}/height/${height}` });
			}
			case 'list_course': {
				const camera = this.existing(this.cameras, r, 'camera_id');
				const list = [...this.courses.values()].filter((c) => c.camera_id === camera.camera_id);
				return this.page(r, list, (c) => this.courseView(c), true);
			}
			case 'add_course':
			case 'mod_course': {
				const existing = name === 'mod_course' ? this.existing(this.courses, r, 'course_id') : undefined;
				const camera = this.existing(this.cameras, r, 'camera_id');
				const subject = this.existing(this.subjects, r, 'subject_id');
				const teacher = this.existing(this.teachers, r, 'teacher_id');
				const week = r.query.week_id;
				if (week === undefined || !/^[0-6]$/.test(week)) throw new ApiError(1010);
				const elapse = r.query.elapse_sec;
				if (elapse === undefined || !/^\d+$/.test(elapse) || Number(elapse) < 1) throw new ApiError(1010);
				const match = /^(\d{2}):(\d{2}):(\d{2})$/.exec(r.query.start_time ?? '');
				if (!match || Number(match[1]) > 23 || Number(match[2]) > 59 || Number(match[3]) > 59) throw new ApiError(1011);
				const start = Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
				const end = start + Number(elapse);
				// 备注 2: 结束时间超过 23:59:59 就认为是跨天任务
				if (end > 86399) throw new ApiError(1013);
				const overlap = [...this.courses.values()].some(
					(c) => c !== existing && c.camera_id === camera.camera_id && c.week_id === Number(week) && start < c.start_sec + c.elapse_sec && c.start_sec < end,
				);
				if (overlap) throw new ApiError(1012);
				const fields = {
					camera_id: camera.camera_id, subject_id: subject.subject_id, teacher_id: teacher.teacher_id, week_id: Number(week),
					elapse_sec: Number(elapse), start_sec: start, updated: now,
				};
				let course: Course;
				if (existing) {
					course = Object.assign(existing, fields);
				} else {
					course = { course_id: this.ids.course++, repeat_id: 2, created: now, ...fields };
					this.courses.set(course.course_id, course);
				}
				return this.ok({ course_id: course.course_id, camera_id: course.camera_id, transmit: 'OK' });
			}
			case 'del_course':
				for (const id of this.ids_(r, 'course_id')) this.courses.delete(id);
				return this.ok({ transmit: 'OK' });
			default:
				return { status: 404, body: { message: 'Not Found' } };
		}
	}

	private sex(r: SimRequest, required: boolean): string | undefined {
		const value = r.query.sex_name;
		if (value === undefined) {
			if (required) this.violation(r, 'sex_name is required');
			return undefined;
		}
		if (value !== '男' && value !== '女') this.violation(r, `sex_name must be 男 or 女, got ${value}`);
		return value;
	}

	private cameraView(c: Camera): Record<string, unknown> {
		const school = this.schools.get(this.gathers.get(c.gather_id)?.school_id ?? 0);
		const grade = this.grades.get(c.grade_id);
		const { image_fdfs, device_cmd_port, ...rest } = c;
		return {
			...rest,
			// the sample's spelling of image_fdfs and device_cmd_port
			image_fds: image_fdfs,
			device_cmd_prot: device_cmd_port,
			name_set: this.gathers.get(c.gather_id)?.name_set ?? '',
			school_id: school?.school_id ?? 0,
			school_name: school?.name ?? '',
			grade_type: grade?.grade_type ?? '',
			grade_name: grade?.grade_name ?? '',
		};
	}

	private recordView(rec: Recording): Record<string, unknown> {
		const camera = this.cameras.get(rec.camera_id);
		const grade = this.grades.get(camera?.grade_id ?? 0);
		const teacher = this.teachers.get(rec.teacher_id);
		return {
			...rec,
			camera_name: camera?.camera_name ?? '',
			grade_id: grade?.grade_id ?? 0,
			grade_type: grade?.grade_type ?? '',
			grade_name: grade?.grade_name ?? '',
			subject_name: this.subjects.get(rec.subject_id)?.subject_name ?? '',
			teacher_name: teacher?.teacher_name ?? '',
			title_name: teacher?.title_name ?? '',
			file_size: String(rec.file_size),
			duration: String(rec.duration),
			disptime: clock(rec.duration),
		};
	}

	private courseView(c: Course): Record<string, unknown> {
		const { start_sec, ...rest } = c;
		// "start_time ... 只有时间有效, 日期无效"
		return { ...rest, start_time: `2017-11-15 ${clock(start_sec)}`, end_time: `2017-11-15 ${clock(start_sec + c.elapse_sec)}` };
	}
}
