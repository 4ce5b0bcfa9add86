/**
 * A Smart Classroom (视课) server, written from the vendor document: login with username and
 * password (POST/PUT /auth) issuing access tokens sent raw in the Authorization header, the documented
 * resources and their relationships (term → lesson periods → timetable; classes → students; classrooms →
 * screens), multipart uploads parsed part by part, the documented error codes, and the `{code, data, page}`
 * envelope (the document only gives the models; code 0 is success, errors carry `desc`).
 */
import { SimulatorServer, type SimRequest, type SimResponse } from '../common/SimulatorServer';

export interface MultipartPart {
	name: string;
	fileName?: string;
	contentType?: string;
	data: Buffer;
}

export interface Upload {
	path: string;
	parts: MultipartPart[];
}

type Row = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Unix seconds of a YYYY-MM-DD date (UTC midnight). */
export const dayToUnix = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 1000;
const unixToDay = (seconds: number): string => new Date(seconds * 1000).toISOString().slice(0, 10);

class ApiError extends Error {
	constructor(
		readonly code: number,
		readonly desc: string,
	) {
		super(desc);
	}
}

const fail = (code: number, desc: string): never => {
	throw new ApiError(code, desc);
};

/** `-1016 [%s]参数错误`: a parameter is missing or malformed. */
const badParam = (name: string): never => fail(-1016, `[${name}]参数错误`);

export function parseMultipart(raw: Buffer, contentType: string): MultipartPart[] {
	const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
	if (!match) throw new ApiError(-1002, '参数错误: no multipart boundary');
	const boundary = Buffer.from(`--${match[1] ?? match[2]}`);
	const parts: MultipartPart[] = [];
	let position = raw.indexOf(boundary);
	if (position !== 0) throw new ApiError(-1002, '参数错误: malformed multipart body');
	for (;;) {
		const start = position + boundary.length;
		if (raw.subarray(start, start + 2).toString() === '--') break;
		if (raw.subarray(start, start + 2).toString() !== '\r\n') throw new ApiError(-1002, '参数错误: malformed multipart body');
		const next = raw.indexOf(boundary, start);
		if (next === -1) throw new ApiError(-1002, '参数错误: unterminated multipart body');
		const chunk = raw.subarray(start + 2, next - 2);
		if (raw.subarray(next - 2, next).toString() !== '\r\n') throw new ApiError(-1002, '参数错误: malformed multipart part');
		const headerEnd = chunk.indexOf('\r\n\r\n');
		const headers = chunk.subarray(0, headerEnd).toString('utf8');
		const disposition = /content-disposition:\s*form-data;([^\r\n]*)/i.exec(headers)?.[1] ?? '';
		const name = /\bname="([^"]*)"/.exec(disposition)?.[1];
		if (name === undefined) throw new ApiError(-1002, '参数错误: multipart part without a name');
		parts.push({
			name,
			fileName: /\bfilename="([^"]*)"/.exec(disposition)?.[1],
			contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim(),
			data: Buffer.from(chunk.subarray(headerEnd + 4)),
		});
		position = next;
	}
	return parts;
}

const isImage = (data: Buffer) =>
	(data[0] === 0xff && data[1] === 0xd8) || data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
const isZip = (data: Buffer) => data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

/** A tiny JPEG-looking file: the magic bytes and a marker. */
export const fakeJpeg = (marker: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(marker), Buffer.from([0xff, 0xd9])]);
/** A zip-looking file (xlsx files are zips). */
export const fakeZip = (marker: string): Buffer => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(marker)]);

const NO_AUTH = [/^\/error$/, /^\/system\/time$/, /^\/import\/get\/[^/]+$/, /^\/auth$/, /^\/sync\/lesson$/, /^\/screen\/camera\/type$/, /^\/be\/event\/image$/];

export class SmartClassroomSimulator extends SimulatorServer {
	readonly prefix = '/api/v1';

	username = 'admin@school.example';

	password = 'S3cret!pass';

	/** how a rejected token is answered: code -3003 in an HTTP 200 body (default) or HTTP 401 */
	tokenRejection: 'code' | 'http401' = 'code';

	/**
	 * Answer the documented models as they are, without the `{code, data}` envelope (the document shows only
	 * the models; the envelope comes from the public front-end of this system). Errors keep `{code, desc}`.
	 */
	bareModels = false;

	/** refuse every token (an account the API does not accept): each request answers -3003 */
	refuseTokens = false;

	loginCount = 0;

	wrongPasswords = 0;

	private tokens = new Map<string, { expired: boolean }>();

	private nextToken = 1;

	private ids = 100;

	readonly uploads: Upload[] = [];

	readonly companyId = 7;

	readonly user = { id: 1, username: this.username, password_reseted: 1, current_term_id: 0, company_id: 7, role_id: 1, organization_id: 3, avatar: '' };

	readonly terms: Row[] = [];

	readonly classrooms: Row[] = [];

	readonly lessonIndexes: Row[] = [];

	readonly lessonTables: Row[] = [];

	readonly classes: Row[] = [];

	readonly courses: Row[] = [];

	readonly students: Row[] = [];

	readonly teachers: Row[] = [];

	readonly photos: Row[] = [];

	readonly screens: Row[] = [];

	readonly attendance: Row[] = [];

	readonly behaviourEvents: Row[] = [];

	readonly recognitions: Row[] = [];

	readonly box = { id: 1, box_token: 'box-token-1', box_address: '10.0.0.2', model: 'MegBox', leaf_config: '', heartbeat: 0, current_version: '2.1', firmware_version: '1.0', facemin: 80, dog_expiration: 0, company_id: 7 };

	snapshotVersion = 1;

	frameReduction = 0;

	readonly templates = new Map<string, Buffer>();

	constructor() {
		super('Smart Classroom');
	}

	/** Every token issued so far stops working (the server's session timeout). */
	expireTokens(): void {
		for (const state of this.tokens.values()) state.expired = true;
	}

	/** Tokens expire after this many more accepted requests (a session timeout in the middle of a run). */
	expireTokensAfter(requests: number): void {
		this.expiryCountdown = requests;
	}

	private expiryCountdown?: number;

	get issuedTokens(): string[] {
		return [...this.tokens.keys()];
	}

	nextId(): number {
		return ++this.ids;
	}

	// ── envelope ────────────────────────────────────────────────────────────────────
	private ok(data: unknown, page?: Row): SimResponse {
		if (this.bareModels) return { status: 200, body: data ?? {} };
		return { status: 200, body: { code: 0, data, ...(page ? { page } : {}) } };
	}

	private paged(request: SimRequest, rows: Row[]): SimResponse {
		const page = request.query.page === undefined ? 1 : Number(request.query.page);
		const size = request.query.size === undefined ? 10 : Number(request.query.size);
		if (!Number.isInteger(page) || page < 1) badParam('page');
		if (!Number.isInteger(size) || size < 1) badParam('size');
		const list = rows.slice((page - 1) * size, page * size);
		return this.ok({ list }, { count: list.length, current: page, size, total: rows.length });
	}

	protected throttleResponse(): SimResponse {
		return { status: 200, body: { code: -1009, desc: '抽取人脸特征服务压力过大，请重试' } };
	}

	protected route(request: SimRequest): SimResponse {
		try {
			return this.dispatch(request);
		} catch (error) {
			if (error instanceof ApiError) return { status: 200, body: { code: error.code, desc: error.desc } };
			throw error;
		}
	}

	// ── helpers ─────────────────────────────────────────────────────────────────────
	private authenticate(request: SimRequest): void {
		const token = request.headers.authorization;
		const state = typeof token === 'string' ? this.tokens.get(token) : undefined;
		if (state && !state.expired && this.expiryCountdown !== undefined && this.expiryCountdown-- <= 0) {
			this.expiryCountdown = undefined;
			this.expireTokens();
		}
		if (!state || state.expired || this.refuseTokens) {
			if (this.tokenRejection === 'http401') throw Object.assign(new ApiError(-3003, '请登录'), { http401: true });
			fail(-3003, '请登录');
		}
	}

	/** JSON or form fields of a request (flat-field operations accept both). */
	private fields(request: SimRequest): Row {
		const type = String(request.headers['content-type'] ?? '');
		if (type.includes('multipart/form-data')) {
			const parts = parseMultipart(request.rawBody, type);
			this.uploads.push({ path: request.path, parts });
			const fields: Row = {};
			for (const part of parts) fields[part.name] = part.fileName === undefined ? part.data.toString('utf8') : part;
			return fields;
		}
		return request.body;
	}

	private requireJson(request: SimRequest): Row {
		if (!String(request.headers['content-type'] ?? '').includes('application/json')) fail(-5002, '不是有效的JSON');
		return request.body;
	}

	private str(fields: Row, name: string, required = false): string | undefined {
		const value = fields[name];
		if (value === undefined || value === null || value === '') return required ? badParam(name) : undefined;
		if (typeof value !== 'string' && typeof value !== 'number') return badParam(name);
		return String(value);
	}

	private int(fields: Row, name: string, required = false, range?: [number, number]): number | undefined {
		const value = fields[name];
		if (value === undefined || value === null || value === '') return required ? badParam(name) : undefined;
		const n = typeof value === 'number' ? value : /^-?\d+$/.test(String(value)) ? Number(value) : NaN;
		if (!Number.isInteger(n)) return badParam(name);
		if (range && (n < range[0] || n > range[1])) return badParam(name);
		return n;
	}

	private date(fields: Row, name: string, required = false): string | undefined {
		const value = this.str(fields, name, required);
		if (value === undefined) return undefined;
		if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) fail(-20178, '日期参数错误');
		return value;
	}

	private idList(fields: Row, name: string, required = false): number[] {
		const value = this.str(fields, name, required);
		if (value === undefined) return [];
		const parts = value.split(',');
		if (parts.some((p) => !/^\d+$/.test(p))) badParam(name);
		return parts.map(Number);
	}

	private find(rows: Row[], id: unknown, code: number, desc: string): Row {
		const row = rows.find((r) => String(r.id) === String(id));
		if (!row) fail(code, desc);
		return row!;
	}

	private remove(rows: Row[], row: Row): void {
		rows.splice(rows.indexOf(row), 1);
	}

	private file(fields: Row, name: string, required: boolean): MultipartPart | undefined {
		const part = fields[name];
		if (part === undefined) return required ? badParam(name) : undefined;
		if (typeof part !== 'object' || !(part as MultipartPart).data) return badParam(name);
		return part as MultipartPart;
	}

	private addPhoto(subject: Row, part: MultipartPart): Row {
		if (!isImage(part.data)) fail(-1010, '图片文件格式不正确');
		if (part.data.includes('noface')) fail(-5000, '未检测到人脸');
		const photos = subject.photos as Row[];
		if (photos.length >= 3) fail(-20120, '照片已满');
		const id = this.nextId();
		const photo: Row = { id, url: `/static/photo/${id}.jpg`, origin_url: `/static/photo/${id}.jpg`, subject_id: subject.id, company_id: this.companyId, quality: 0.93, version: 1 };
		this.photos.push({ ...photo, data: part.data });
		photos.push(photo);
		return photo;
	}

	private term(id: unknown): Row {
		return this.find(this.terms, id, -20172, '学期不存在');
	}

	private termOf(day: string): Row | undefined {
		const t = dayToUnix(day);
		return this.terms.find((term) => Number(term.start_time) <= t && t <= Number(term.end_time));
	}

	// ── persons ─────────────────────────────────────────────────────────────────────
	private person(fields: Row, kind: 'student' | 'teacher', existing?: Row): Row {
		const rows = kind === 'student' ? this.students : this.teachers;
		const name = this.str(fields, 'name', true)!;
		const jobNumber = this.str(fields, 'job_number', true)!;
		const gender = this.int(fields, 'gender', false, [0, 2]);
		const certificateType = this.int(fields, 'certificate_type', false, [1, 2]);
		const certificateNumber = this.str(fields, 'certificate_number');
		if (certificateNumber && certificateType === undefined) fail(-20216, '未选择证件类型');
		if (rows.some((r) => r.job_number === jobNumber && r !== existing)) fail(-20110, '人员已存在');
		const row: Row = existing ?? { id: this.nextId(), company_id: this.companyId, photos: [], create_time: Math.floor(Date.now() / 1000) };
		Object.assign(row, {
			subject_type: kind === 'student' ? 0 : 1,
			name,
			pinyin: name,
			job_number: jobNumber,
			gender: gender ?? row.gender ?? 0,
			certificate_type: certificateType ?? row.certificate_type ?? null,
			certificate_number: certificateNumber ?? row.certificate_number ?? '',
		});
		if (kind === 'student') {
			const start = this.date(fields, 'start_time');
			row.major = this.str(fields, 'major') ?? row.major ?? '';
			if (start) row.start_time = dayToUnix(start);
		}
		if (!existing) rows.push(row);
		return row;
	}

	private withPhotos(fields: Row, kind: 'student' | 'teacher'): Row {
		const photo1 = this.file(fields, 'photo1', true)!;
		const others = ['photo2', 'photo3'].map((n) => this.file(fields, n, false)).filter(Boolean) as MultipartPart[];
		const row = this.person(fields, kind);
		try {
			for (const part of [photo1, ...others]) this.addPhoto(row, part);
		} catch (error) {
			this.remove(kind === 'student' ? this.students : this.teachers, row);
			throw error;
		}
		return row;
	}

	private keepPhotos(row: Row, fields: Row): void {
		const wanted = this.idList(fields, 'photo_id');
		if (!wanted.length) return;
		const mine = this.photos.filter((p) => p.subject_id === row.id);
		if (wanted.some((id) => !mine.some((p) => p.id === id))) fail(-2111, '错误的photo_id');
		row.photos = (row.photos as Row[]).filter((p) => wanted.includes(Number(p.id)));
	}

	private subject(type: number | undefined, id: unknown): Row {
		if (type === 0) {
			if (this.teachers.some((t) => String(t.id) === String(id))) fail(-2112, `人员ID(${String(id)})为老师类型`);
			return this.find(this.students, id, -2015, '学生不存在');
		}
		if (this.students.some((t) => String(t.id) === String(id))) fail(-20222, '人员类型不匹配');
		return this.find(this.teachers, id, -20181, '教师不存在');
	}

	// ── timetable ───────────────────────────────────────────────────────────────────
	private lessonIndex(fields: Row, existing?: Row): Row {
		const termId = this.int(fields, 'term_id', true)!;
		this.term(termId);
		const num = this.int(fields, 'num', true, [1, 12])!;
		const [sh, sm, eh, em] = ['start_hour', 'start_min', 'end_hour', 'end_min'].map((n, i) => this.int(fields, n, true, i % 2 ? [0, 59] : [0, 23])!);
		if (sh * 60 + sm >= eh * 60 + em) fail(-20225, '课节开始时间大于等于结束时间');
		const sameTerm = this.lessonIndexes.filter((l) => l.term_id === termId && l !== existing);
		if (sameTerm.some((l) => l.num === num)) fail(-20182, `课节节次(${num})已存在`);
		if (sameTerm.some((l) => Number(l.start_hour) * 60 + Number(l.start_min) < eh * 60 + em && sh * 60 + sm < Number(l.end_hour) * 60 + Number(l.end_min)))
			fail(-20190, '课节时间已存在或有重叠');
		const row = existing ?? { id: this.nextId(), company_id: this.companyId };
		Object.assign(row, { term_id: termId, num, start_hour: sh, start_min: sm, end_hour: eh, end_min: em });
		if (!existing) this.lessonIndexes.push(row);
		return row;
	}

	private lessonTable(fields: Row, existing?: Row): Row {
		const cls = this.find(this.classes, this.int(fields, 'cls_id', true), -20176, '班级不存在');
		const teacher = this.find(this.teachers, this.int(fields, 'teacher_id', true), -20181, '教师不存在');
		const classroom = this.find(this.classrooms, this.int(fields, 'classroom_id', true), -20173, '教室不存在');
		const lesson = this.find(this.lessonIndexes, this.int(fields, 'lesson_index_id', true), -20174, '课节不存在');
		const course = this.find(this.courses, this.int(fields, 'course_id', true), -20177, '课程不存在');
		const weekday = this.int(fields, 'weekday', true);
		if (weekday! < 0 || weekday! > 6) fail(-20184, '星期参数不正确，范围是0到6');
		const clash = this.lessonTables.find(
			(t) => t !== existing && t.weekday === weekday && t.lesson_index_id === lesson.id && (t.cls_id === cls.id || t.teacher_id === teacher.id || t.classroom_id === classroom.id),
		);
		if (clash) fail(-20212, '班级、教师或教室在该时间已有课程');
		const row = existing ?? { id: this.nextId(), company_id: this.companyId };
		Object.assign(row, { cls_id: cls.id, teacher_id: teacher.id, classroom_id: classroom.id, lesson_index_id: lesson.id, course_id: course.id, weekday, term_id: lesson.term_id });
		if (!existing) this.lessonTables.push(row);
		return row;
	}

	private cls(fields: Row, existing?: Row): Row {
		const name = this.str(fields, 'name', true)!;
		const grade = this.str(fields, 'grade', true)!;
		if (this.classes.some((c) => c.name === name && c.grade === grade && c !== existing)) fail(-20193, `班级(${name})已存在`);
		const teacherId = this.int(fields, 'teacher_id');
		if (teacherId !== undefined) this.find(this.teachers, teacherId, -20181, '教师不存在');
		const begin = this.date(fields, 'begin_time');
		const students = this.idList(fields, 'student_id');
		for (const id of students) this.find(this.students, id, -2015, '学生不存在');
		const row: Row = existing ?? { id: this.nextId(), company_id: this.companyId, students: [], create_time: Math.floor(Date.now() / 1000) };
		Object.assign(row, {
			name,
			grade,
			code: this.str(fields, 'code') ?? row.code ?? '',
			teacher_id: teacherId ?? row.teacher_id ?? null,
			program: this.str(fields, 'program') ?? row.program ?? '',
			major: this.str(fields, 'major') ?? row.major ?? '',
			department: this.str(fields, 'department') ?? row.department ?? '',
			...(begin ? { begin_time: dayToUnix(begin) } : {}),
		});
		if (fields.student_id !== undefined) row.students = students;
		if (!existing) this.classes.push(row);
		return row;
	}

	private screen(fields: Row, existing?: Row): Row {
		const address = this.str(fields, 'camera_address', true)!;
		const boxId = this.int(fields, 'box_id', true)!;
		if (boxId !== this.box.id) fail(-2007, '主机不存在');
		const classroom = this.find(this.classrooms, this.int(fields, 'classroom_id', true), -20173, '教室不存在');
		const type = this.int(fields, 'type', true, [1, 5]);
		const subType = this.int(fields, 'sub_type', true, [1, 2]);
		const mode = this.int(fields, 'mode', true, [0, 4]);
		const other = this.screens.find((s) => s.camera_address === address && s !== existing);
		if (other) fail(other.classroom_id === classroom.id ? -20235 : -20215, `相机已绑定教室(${String(other.classroom_id)})`);
		const row: Row = existing ?? { id: this.nextId(), company_id: this.companyId, screen_token: `screen-${this.ids}`, box_token: this.box.box_token, cruise_status: 0 };
		Object.assign(row, {
			camera_address: address,
			box_id: boxId,
			classroom_id: classroom.id,
			classroom: classroom,
			type,
			sub_type: subType,
			mode,
			description: this.str(fields, 'description') ?? row.description ?? '',
			camera_position: this.str(fields, 'camera_position') ?? row.camera_position ?? '',
		});
		if (!existing) this.screens.push(row);
		return row;
	}

	private attendanceCells(records: Row[], withDetail: boolean): Row[] {
		const groups = new Map<string, Row[]>();
		for (const r of records) {
			const key = `${String(r.attendance_date)}|${String(r.lesson_index_id)}|${String(r.cls_id)}`;
			if (!groups.has(key)) groups.set(key, []);
			groups.get(key)!.push(r);
		}
		return [...groups.values()].map((list) => {
			const first = list[0];
			const cls = this.classes.find((c) => c.id === first.cls_id);
			return {
				lesson_index_id: first.lesson_index_id,
				lesson_index: this.lessonIndexes.find((l) => l.id === first.lesson_index_id) ?? null,
				cls: cls ?? null,
				classroom: this.classrooms.find((c) => c.id === first.classroom_id) ?? null,
				course_teacher: null,
				students_num: (cls?.students as number[] | undefined)?.length ?? 0,
				attendance_date: first.attendance_date,
				list: list.map((r) => (withDetail ? { ...r } : { ...r, photo: r.photo })),
			};
		});
	}

	// ── routes ──────────────────────────────────────────────────────────────────────
	private dispatch(request: SimRequest): SimResponse {
		const method = request.method;
		// files the server hands out (example_file of the import templates) live beside the API, not under it
		if (method === 'GET' && request.path.startsWith('/static/template/')) {
			const data = this.templates.get(request.path.split('/').pop()!);
			if (!data) return { status: 404, body: { message: 'Not Found' } };
			const mime = request.path.endsWith('.zip') ? 'application/zip' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
			return { status: 200, body: data, headers: { 'Content-Type': mime, 'Content-Disposition': `attachment; filename="${request.path.split('/').pop()!}"` } };
		}
		if (!request.path.startsWith(this.prefix)) return { status: 404, body: { message: 'Not Found' } };
		const path = request.path.slice(this.prefix.length);
		if (!NO_AUTH.some((re) => re.test(path))) {
			try {
				this.authenticate(request);
			} catch (error) {
				if ((error as { http401?: boolean }).http401) return { status: 401, body: { code: -3003, desc: '请登录' } };
				throw error;
			}
		}
		const q = request.query;
		let m: RegExpExecArray | null;
		const is = (verb: string, re: RegExp) => method === verb && (m = re.exec(path)) !== null;

		// 权限管理
		if ((method === 'POST' || method === 'PUT') && path === '/auth') {
			const body = this.requireJson(request);
			if (body.username !== this.username) fail(-2000, '用户不存在');
			if (body.password !== this.password) {
				this.wrongPasswords++;
				fail(this.wrongPasswords >= 3 ? -6002 : -3000, this.wrongPasswords >= 3 ? '连续3次密码错误，账号已锁定，请10分钟后再试' : '密码错误');
			}
			this.loginCount++;
			const token = `tok-${this.nextToken++}-${Math.random().toString(36).slice(2, 10)}`;
			this.tokens.set(token, { expired: false });
			return this.ok({ access_token: token });
		}
		// API接口
		if (is('GET', /^\/error$/)) {
			const errors = [
				{ code: -1002, desc: '参数错误' },
				{ code: -3003, desc: '请登录' },
				{ code: -20172, desc: '学期不存在' },
			];
			return this.ok({ errors: q.code ? errors.filter((e) => String(e.code) === q.code) : errors });
		}
		if (is('GET', /^\/system\/time$/)) return this.ok({ timestamp: Math.floor(Date.now() / 1000) });
		if (is('GET', /^\/import\/get\/([^/]+)$/)) {
			const type = Number(m![1]);
			if (!Number.isInteger(type) || type < 1 || type > 9) fail(-20186, '不支持的导出类型');
			const name = type <= 2 ? `template_${type}.zip` : `template_${type}.xlsx`;
			if (!this.templates.has(name)) this.templates.set(name, type <= 2 ? fakeZip(`zip template ${type}`) : fakeZip(`xlsx template ${type}`));
			return this.ok({ support_list: [{ action: type <= 2 ? 'zip' : 'excel', example_file: `/static/template/${name}` }] });
		}
		if (is('POST', /^\/import\/(xlxs|zip)$/)) {
			const zip = m![1] === 'zip';
			const fields = this.fields(request);
			const part = this.file(fields, 'file', true)!;
			const subjectType = this.int(fields, 'subject_type', zip, [0, 1]);
			if (!isZip(part.data)) fail(-20141, '文件格式错误');
			if (!part.data.length) fail(-20217, '导入的excel为空');
			void subjectType;
			return this.ok({ total: 1, success: 1, failed: 0, failed_detail: '' });
		}
		// 用户管理
		if (is('GET', /^\/user$/)) return this.ok({ ...this.user, ...(q.detail === 'true' ? { company: { id: this.companyId, name: 'Sim School' } } : {}) });

		// 学生 / 教师
		for (const kind of ['student', 'teacher'] as const) {
			const rows = kind === 'student' ? this.students : this.teachers;
			const missing: [number, string] = kind === 'student' ? [-2015, '学生不存在'] : [-20181, '教师不存在'];
			if (is('GET', new RegExp(`^/${kind}/(\\d+)$`))) return this.ok(this.find(rows, m![1], ...missing));
			if (is('PUT', new RegExp(`^/${kind}/(\\d+)$`))) return this.ok(this.person(this.requireJson(request), kind, this.find(rows, m![1], ...missing)));
			if (is('POST', new RegExp(`^/${kind}$`))) return this.ok(this.person(this.requireJson(request), kind));
			if (is('POST', new RegExp(`^/${kind}/file$`))) return this.ok(this.withPhotos(this.fields(request), kind));
			if (is('PUT', new RegExp(`^/${kind}/file/(\\d+)$`))) {
				const row = this.find(rows, m![1], ...missing);
				const fields = this.fields(request);
				this.person(fields, kind, row);
				this.keepPhotos(row, fields);
				return this.ok(row);
			}
			if (is('GET', new RegExp(`^/${kind}s$`))) {
				return this.paged(request, rows.filter((r) => (!q.name || r.name === q.name) && (!q.job_number || r.job_number === q.job_number)));
			}
		}
		// 人员管理
		if (is('PUT', /^\/subject\/photo$/)) {
			const fields = this.fields(request);
			const subjectId = this.int(fields, 'subject_id', true);
			const type = this.int(fields, 'subject_type', true, [0, 1]);
			const part = this.file(fields, 'photo', true)!;
			const subject = this.subject(type, subjectId);
			const old = this.str(fields, 'old_photo_id');
			if (old) {
				const photos = subject.photos as Row[];
				const index = photos.findIndex((p) => String(p.id) === old);
				if (index === -1) fail(-2111, '错误的photo_id');
				photos.splice(index, 1);
			}
			return this.ok(this.addPhoto(subject, part));
		}
		if (is('PUT', /^\/subject\/photo\/check$/)) {
			const part = this.file(this.fields(request), 'photo', true)!;
			if (!isImage(part.data)) fail(-1010, '图片文件格式不正确');
			if (part.data.includes('noface')) fail(-5000, '未检测到人脸');
			return this.ok(null);
		}
		if (is('GET', /^\/subject\/get$/)) {
			const type = this.int(q, 'subject_type', true, [0, 1]);
			const name = this.str(q, 'name', true);
			const row = (type === 0 ? this.students : this.teachers).find((r) => r.name === name);
			if (!row) fail(-1015, '未知人员');
			return this.ok(row);
		}
		if (is('DELETE', /^\/subject\/delete$/)) {
			const body = this.requireJson(request);
			const type = this.int(body, 'subject_type', true, [0, 1]);
			if (typeof body.subject_id !== 'string') badParam('subject_id');
			const ids = this.idList(body, 'subject_id', true);
			const rows = ids.map((id) => this.subject(type, id));
			for (const row of rows) {
				if (type === 0 && this.classes.some((c) => (c.students as number[]).includes(Number(row.id)))) fail(-20207, '学生已绑定班级，请先解绑');
				if (type === 1 && this.lessonTables.some((t) => t.teacher_id === row.id)) fail(-20208, '教师已绑定课表，请先移除');
			}
			for (const row of rows) this.remove(type === 0 ? this.students : this.teachers, row);
			return this.ok(null);
		}
		// 学期管理
		if (is('DELETE', /^\/info\/term\/(\d+)$/)) {
			const term = this.term(m![1]);
			if (this.lessonIndexes.some((l) => l.term_id === term.id)) fail(-20202, '学期已绑定课节');
			this.remove(this.terms, term);
			return this.ok({ code: 0 });
		}
		if (is('GET', /^\/info\/term\/(\d+)$/)) return this.ok(this.term(m![1]));
		if (is('PUT', /^\/info\/term\/(\d+)$/) || is('POST', /^\/info\/term$/)) {
			const existing = method === 'PUT' ? this.term(m![1]) : undefined;
			const body = this.requireJson(request);
			const termYear = this.str(body, 'term_year', true);
			const name = this.str(body, 'term', true);
			const start = dayToUnix(this.date(body, 'start_time', true)!);
			const end = dayToUnix(this.date(body, 'end_time', true)!);
			if (start > end) fail(-20214, '开始时间大于结束时间');
			if (end - start > 366 * 86400) fail(-20196, '学期时长超过一年');
			if (this.terms.some((t) => t !== existing && t.term_year === termYear && t.term === name)) fail(-20189, '学期已存在');
			if (this.terms.some((t) => t !== existing && Number(t.start_time) <= end && start <= Number(t.end_time))) fail(-20218, '学期时间与其他学期重叠');
			const row: Row = existing ?? { id: this.nextId(), company_id: this.companyId, create_time: Math.floor(Date.now() / 1000), days: {} };
			Object.assign(row, { term_year: termYear, term: name, start_time: start, end_time: end });
			if (!existing) this.terms.push(row);
			return this.ok(row);
		}
		if (is('GET', /^\/info\/terms$/)) return this.paged(request, this.terms.filter((t) => (!q.term || t.term === q.term) && (!q.term_year || t.term_year === q.term_year)));
		if (is('GET', /^\/get\/term$/)) {
			const day = this.date(q, 'time', true)!;
			const term = this.termOf(day);
			if (!term) fail(-20198, '日期不在学期内');
			return this.ok(term);
		}
		if (is('PUT', /^\/info\/term\/day\/(\d+)$/)) {
			const term = this.term(m![1]);
			const body = this.requireJson(request);
			const day = this.date(body, 'update_date', true)!;
			const dayType = this.int(body, 'day_type', false, [0, 9]);
			const t = dayToUnix(day);
			if (t < Number(term.start_time) || t > Number(term.end_time)) fail(-20198, '日期不在学期内');
			(term.days as Row)[day] = dayType ?? 7;
			return this.ok(term);
		}
		// 教室管理
		if (is('DELETE', /^\/info\/classroom\/(\d+)$/)) {
			const room = this.find(this.classrooms, m![1], -20173, '教室不存在');
			this.remove(this.classrooms, room);
			return this.ok({ code: 0 });
		}
		if (is('GET', /^\/info\/classroom\/(\d+)$/)) return this.ok(this.find(this.classrooms, m![1], -20173, '教室不存在'));
		if (is('PUT', /^\/info\/classroom\/(\d+)$/) || is('POST', /^\/info\/classroom$/)) {
			const existing = method === 'PUT' ? this.find(this.classrooms, m![1], -20173, '教室不存在') : undefined;
			const body = this.requireJson(request);
			const name = this.str(body, 'name', true);
			const location = this.str(body, 'location', true);
			const size = this.int(body, 'size');
			if (size !== undefined && size <= 0) fail(-20213, '教室容量必须大于0');
			if (size !== undefined && size > 2147483647) fail(-20223, '教室容量超过整数最大值');
			if (this.classrooms.some((c) => c.name === name && c !== existing)) fail(-20179, '教室已存在');
			const row: Row = existing ?? { id: this.nextId(), company_id: this.companyId, create_time: Math.floor(Date.now() / 1000), size: 0 };
			Object.assign(row, { name, location, ...(size !== undefined ? { size } : {}) });
			if (!existing) this.classrooms.push(row);
			return this.ok(row);
		}
		if (is('GET', /^\/info\/classrooms$/)) return this.ok({ list: this.classrooms });
		// 课节管理
		if (is('DELETE', /^\/info\/lessonindex\/(\d+)$/)) {
			const row = this.find(this.lessonIndexes, m![1], -20174, '课节不存在');
			if (this.lessonTables.some((t) => t.lesson_index_id === row.id)) fail(-20194, '课节已绑定课表，请先从课表中移除');
			this.remove(this.lessonIndexes, row);
			return this.ok({ code: 0 });
		}
		if (is('GET', /^\/info\/lessonindex\/(\d+)$/)) {
			const row = this.find(this.lessonIndexes, m![1], -20174, '课节不存在');
			return this.ok({ ...row, term: this.terms.find((t) => t.id === row.term_id) ?? null });
		}
		if (is('PUT', /^\/info\/lessonindex\/(\d+)$/)) return this.ok(this.lessonIndex(this.requireJson(request), this.find(this.lessonIndexes, m![1], -20174, '课节不存在')));
		if (is('POST', /^\/info\/lessonindex$/)) return this.ok(this.lessonIndex(this.requireJson(request)));
		if (is('GET', /^\/info\/lessonindexs$/)) {
			return this.paged(request, this.lessonIndexes.filter((l) => (!q.term_id || String(l.term_id) === q.term_id) && (!q.num || String(l.num) === q.num)));
		}
		// 课表管理
		if (is('DELETE', /^\/info\/lessontable\/(\d+)$/)) {
			this.remove(this.lessonTables, this.find(this.lessonTables, m![1], -20175, '课表不存在'));
			return this.ok({ code: 0 });
		}
		if (is('GET', /^\/info\/lessontable\/(\d+)$/)) {
			const row = this.find(this.lessonTables, m![1], -20175, '课表不存在');
			return this.ok(q.detail === 'true' ? { ...row, cls: this.classes.find((c) => c.id === row.cls_id) } : row);
		}
		if (is('PUT', /^\/info\/lessontable\/(\d+)$/)) return this.ok(this.lessonTable(this.requireJson(request), this.find(this.lessonTables, m![1], -20175, '课表不存在')));
		if (is('POST', /^\/info\/lessontable$/)) return this.ok(this.lessonTable(this.requireJson(request)));
		if (is('GET', /^\/info\/lessontables$/)) {
			if (!q.time && !q.term_id) fail(-20209, '学期和日期必须存在一个');
			let termId = q.term_id ? Number(q.term_id) : undefined;
			if (q.time) {
				const day = this.date(q, 'time', true)!;
				const term = this.termOf(day);
				if (!term) fail(-20198, '日期不在学期内');
				if (termId !== undefined && termId !== term!.id) fail(-20210, '学期和日期不匹配');
				termId = Number(term!.id);
			}
			this.term(termId);
			return this.paged(
				request,
				this.lessonTables.filter(
					(t) =>
						t.term_id === termId &&
						(!q.cls_id || String(t.cls_id) === q.cls_id) &&
						(!q.classroom_id || String(t.classroom_id) === q.classroom_id) &&
						(!q.teacher_id || String(t.teacher_id) === q.teacher_id) &&
						(q.weekday === undefined || String(t.weekday) === q.weekday),
				),
			);
		}
		if (is('PUT', /^\/info\/lessontable\/forcebuild\/(\d+)$/)) {
			this.find(this.lessonTables, m![1], -20175, '课表不存在');
			this.snapshotVersion++;
			return this.ok(null);
		}
		// 班级管理
		if (is('DELETE', /^\/class\/(\d+)$/)) {
			const row = this.find(this.classes, m![1], -20176, '班级不存在');
			if (this.lessonTables.some((t) => t.cls_id === row.id)) fail(-20203, '班级已绑定课表，请先从课表中移除');
			this.remove(this.classes, row);
			return this.ok({ code: 0 });
		}
		if (is('GET', /^\/class\/(\d+)$/)) return this.ok(this.find(this.classes, m![1], -20176, '班级不存在'));
		if (is('PUT', /^\/class\/(\d+)$/)) return this.ok(this.cls(this.requireJson(request), this.find(this.classes, m![1], -20176, '班级不存在')));
		if (is('POST', /^\/class$/)) return this.ok(this.cls(this.requireJson(request)));
		if (is('GET', /^\/classes$/)) return this.paged(request, this.classes.filter((c) => !q.name || c.name === q.name));
		if (is('PUT', /^\/class\/(bind|unbind)\/(\d+)$/)) {
			const row = this.find(this.classes, m![2], -20176, '班级不存在');
			const body = this.requireJson(request);
			if (typeof body.student_id !== 'string') badParam('student_id');
			const ids = this.idList(body, 'student_id', true);
			for (const id of ids) this.find(this.students, id, -2015, '学生不存在');
			const students = row.students as number[];
			if (m![1] === 'bind') {
				const already = ids.find((id) => students.includes(id));
				if (already !== undefined) fail(-20185, `班级(${String(row.grade)}, ${String(row.name)})已绑定学生(${already})`);
				students.push(...ids);
			} else {
				if (ids.some((id) => !students.includes(id))) fail(-20200, '解绑学生失败');
				row.students = students.filter((id) => !ids.includes(id));
			}
			return this.ok(null);
		}
		// 课程管理
		if (is('DELETE', /^\/info\/course\/(\d+)$/)) {
			this.remove(this.courses, this.find(this.courses, m![1], -20177, '课程不存在'));
			return this.ok({ code: 0 });
		}
		if (is('GET', /^\/info\/course\/(\d+)$/)) return this.ok(this.find(this.courses, m![1], -20177, '课程不存在'));
		if (is('PUT', /^\/info\/course\/(\d+)$/) || is('POST', /^\/info\/course$/)) {
			const existing = method === 'PUT' ? this.find(this.courses, m![1], -20177, '课程不存在') : undefined;
			const body = this.requireJson(request);
			const name = this.str(body, 'name', true);
			const code = this.str(body, 'code', true);
			if (this.courses.some((c) => c.code === code && c !== existing)) fail(-20199, '课程已存在');
			const row: Row = existing ?? { id: this.nextId(), company_id: this.companyId };
			Object.assign(row, { name, code, major: this.str(body, 'major') ?? row.major ?? '', department: this.str(body, 'department') ?? row.department ?? '' });
			if (!existing) this.courses.push(row);
			return this.ok(row);
		}
		if (is('GET', /^\/info\/courses$/)) return this.paged(request, this.courses.filter((c) => (!q.name || c.name === q.name) && (!q.code || c.code === q.code)));
		// 同步
		if (is('GET', /^\/sync\/lesson$/)) {
			if (q.box_token !== this.box.box_token) fail(-2007, '主机不存在');
			const unchanged = q.lesson_data_token === String(this.snapshotVersion);
			return this.ok({ lesson_data_token: String(this.snapshotVersion), updated: !unchanged, lessons: unchanged ? [] : this.lessonTables });
		}
		// 设备管理
		if (is('DELETE', /^\/screen\/(\d+)$/)) {
			this.remove(this.screens, this.find(this.screens, m![1], -2008, '屏幕不存在'));
			return this.ok({ code: 0 });
		}
		if (is('GET', /^\/screen\/(\d+)$/)) return this.ok(this.find(this.screens, m![1], -2008, '屏幕不存在'));
		if (is('PUT', /^\/screen\/(\d+)$/)) return this.ok(this.screen(this.requireJson(request), this.find(this.screens, m![1], -2008, '屏幕不存在')));
		if (is('POST', /^\/screen$/)) return this.ok(this.screen(this.requireJson(request)));
		if (is('GET', /^\/screens$/)) {
			return this.paged(
				request,
				this.screens.filter(
					(s) =>
						(!q.classroom_id || String(s.classroom_id) === q.classroom_id) &&
						(!q.type || String(s.type) === q.type) &&
						(!q.sub_type || String(s.sub_type) === q.sub_type) &&
						(!q.camera_position || s.camera_position === q.camera_position),
				),
			);
		}
		if (is('POST', /^\/screen\/camera\/(manage|capture)$/)) {
			const fields = this.fields(request);
			const boxId = this.int(fields, 'box_id', true);
			const classroomId = this.int(fields, 'classroom_id', true);
			const token = this.str(fields, 'screen_token', true);
			const screen = this.screens.find((s) => s.screen_token === token && s.box_id === boxId && s.classroom_id === classroomId);
			if (!screen) fail(-2003, '相机不存在');
			if (screen!.sub_type !== 1) fail(-7002, '相机类型错误');
			if (m![1] === 'manage') screen!.cruise_status = this.int(fields, 'cruise_status', true, [0, 1]);
			else this.str(fields, 'core_ip', true);
			return this.ok({ code: 0 });
		}
		if (is('POST', /^\/screen\/camera\/snapshot$/)) {
			this.frameReduction = this.int(this.fields(request), 'signal', true, [0, 1])!;
			return this.ok({ code: 0 });
		}
		if (is('GET', /^\/screen\/camera\/type$/)) {
			const types = [
				{ type: '1', type_desc: '摄像头', sub_type: '1', sub_type_desc: 'C3V-920', mode: '0', mode_desc: '视频流模式' },
				{ type: '5', type_desc: '行为表情摄像头', sub_type: '2', sub_type_desc: 'C3V-321', mode: '3', mode_desc: '行为表情实时模式' },
			];
			return this.ok({ data: q.type ? types.filter((t) => t.type === q.type) : types });
		}
		if (is('POST', /^\/screen\/camera\/cruise\/status$/)) {
			const address = this.str(this.fields(request), 'camera_ip', true);
			if (!this.screens.some((s) => s.camera_address === address)) fail(-2003, '相机不存在');
			return this.ok({ code: 0 });
		}
		// 考勤查询
		if (is('GET', /^\/attendance\/(\d+)$/)) return this.ok(this.find(this.attendance, m![1], -20188, '考勤不存在'));
		if (is('GET', /^\/attendance\/course$/)) {
			const clsId = this.int(q, 'cls_id', true);
			const courseId = this.int(q, 'course_id', true);
			const day = this.date(q, 'attendance_date', true);
			const lesson = this.int(q, 'lessonindex_id');
			this.find(this.classes, clsId, -20176, '班级不存在');
			const records = this.attendance.filter((a) => a.cls_id === clsId && a.course_id === courseId && a.attendance_date === day && (lesson === undefined || a.lesson_index_id === lesson));
			return this.ok({ list: this.attendanceCells(records, q.detail === 'true') });
		}
		if (is('GET', /^\/attendance\/class$/)) {
			const clsId = this.int(q, 'cls_id', true);
			const start = this.date(q, 'start_time', true)!;
			const end = this.date(q, 'end_time', true)!;
			const lesson = this.int(q, 'lessonindex_id');
			this.find(this.classes, clsId, -20176, '班级不存在');
			const term = this.termOf(start);
			if (!term || term !== this.termOf(end)) fail(-20197, '时间段内无学期或跨多个学期');
			const records = this.attendance.filter(
				(a) => a.cls_id === clsId && String(a.attendance_date) >= start && String(a.attendance_date) <= end && (lesson === undefined || a.lesson_index_id === lesson),
			);
			return this.ok({ list: this.attendanceCells(records, false) });
		}
		if (is('GET', /^\/attendance\/student$/)) {
			const start = this.date(q, 'start_time', true)!;
			const end = this.date(q, 'end_time', true)!;
			const id = this.int(q, 'subject_id');
			if (id === undefined && !q.job_number) fail(-20206, '学生ID和学号必须存在一个');
			const student = id !== undefined ? this.find(this.students, id, -2015, '学生不存在') : this.students.find((s) => s.job_number === q.job_number);
			if (!student) fail(-2015, '学生不存在');
			const cls = this.classes.find((c) => (c.students as number[]).includes(Number(student!.id)));
			if (!cls) fail(-20195, '学生未绑定班级');
			const mine = this.attendance.filter((a) => a.subject_id === student!.id && String(a.attendance_date) >= start && String(a.attendance_date) <= end);
			return this.ok({
				list: [
					{
						subject_id: student!.id,
						attendance: mine.filter((a) => a.attendance_status === 1).length,
						nonattendance: mine.filter((a) => a.attendance_status === 0).length,
						term_nonattendance: this.attendance.filter((a) => a.subject_id === student!.id && a.attendance_status === 0).length,
						term: this.termOf(start) ?? null,
						cls: { id: cls!.id, name: cls!.name },
						list: mine,
					},
				],
			});
		}
		if (is('GET', /^\/attendance\/students$/)) {
			const start = this.date(q, 'start_time', true)!;
			const end = this.date(q, 'end_time', true)!;
			const rows = this.students
				.filter((s) => !q.name || s.name === q.name)
				.map((student) => {
					const mine = this.attendance.filter((a) => a.subject_id === student.id && String(a.attendance_date) >= start && String(a.attendance_date) <= end);
					return { student, attendance: { attendance: mine.filter((a) => a.attendance_status === 1).length, nonattendance: mine.filter((a) => a.attendance_status === 0).length } };
				});
			return this.paged(request, rows);
		}
		// 识别记录
		if (is('GET', /^\/event\/events$/)) {
			const start = this.int(q, 'start');
			const end = this.int(q, 'end');
			return this.paged(
				request,
				this.recognitions.filter(
					(r) =>
						(start === undefined || Number(r.timestamp) >= start) &&
						(end === undefined || Number(r.timestamp) <= end) &&
						(!q.name || (r.subject as Row | undefined)?.name === q.name) &&
						(!q.subject_id || String(r.subject_id) === q.subject_id) &&
						(!q.screen_id || String((r.screen as Row | undefined)?.id) === q.screen_id) &&
						(!q.class_name || r.cls_name === q.class_name) &&
						(!q.classroom || r.classroom_name === q.classroom),
				),
			);
		}
		if (is('GET', /^\/be\/event\/image$/)) {
			const event = this.behaviourEvents.find((e) => e.image_id === q.image_id);
			if (!event) fail(-20226, '行为表情数据不存在');
			return { status: 200, body: fakeJpeg(`image ${String(q.image_id)}`), headers: { 'Content-Type': 'image/jpeg' } };
		}
		if (is('GET', /^\/be\/events$/)) {
			const clsId = this.int(q, 'cls_id', true);
			const lesson = this.int(q, 'lessonindex_id', true);
			const eventType = this.int(q, 'event_type', true);
			const subType = this.int(q, 'sub_type');
			const start = this.date(q, 'start_time', true)!;
			const end = this.date(q, 'end_time', true)!;
			return this.paged(
				request,
				this.behaviourEvents.filter(
					(e) =>
						e.cls_id === clsId &&
						e.lessonindex_id === lesson &&
						e.event_type === eventType &&
						(subType === undefined || e.sub_type === subType) &&
						unixToDay(Number(e.timestamp)) >= start &&
						unixToDay(Number(e.timestamp)) <= end,
				),
			);
		}
		if (is('GET', /^\/be\/event\/([^/]+)$/)) {
			if (m![1] !== 'line' && m![1] !== 'radar') badParam('data_type');
			const clsId = this.int(q, 'cls_id', true);
			const lesson = this.int(q, 'lessonindex_id', true);
			this.date(q, 'start_time', true);
			this.date(q, 'end_time', true);
			const events = this.behaviourEvents.filter((e) => e.cls_id === clsId && e.lessonindex_id === lesson);
			if (!events.length) fail(-20226, '行为表情数据不存在');
			return this.ok({ data_type: m![1], split_by: q.split_by ?? null, split_num: q.split_num ? Number(q.split_num) : null, points: events.length });
		}
		// 主机
		if (is('GET', /^\/info\/box$/)) {
			const company = this.int(q, 'company_id', true);
			if (company !== this.companyId) fail(-2009, '学校不存在');
			return this.ok(this.box);
		}
		return { status: 404, body: { code: -1001, desc: '请求方法不允许' } };
	}
}
