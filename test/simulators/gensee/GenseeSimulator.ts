/**
 * Gensee training (展视互动 教育培训系统) integration API simulator, written from the vendor document independently of
 * the node code: the 59 interfaces under `/integration/site`, POST form-encoded only, loginName/password
 * (+ sec=true with a hashed password) checked on every call, flat JSON answers with a string `code`
 * (the document's 返回码定义), state for rooms, teachers, coursewares, recordings, documents, warm-ups,
 * groups, dual-teacher and mini classrooms, and generated classroom activity for the exports.
 *
 * Where the document is silent the simulator decides, and says so:
 *  - the document's malformed paths ('/training/ courseware/list', 'training/warmup/modify' …) answer HTTP 404,
 *    as an HTTP server would; GET (removed in the 2018-04-27 revision) answers HTTP 405;
 *  - only the form body is read (no query parameters), so credentials in a URL are not accepted;
 *  - sec=true: the password is compared with the hex digest (case-insensitive) of the site's configured
 *    algorithm (`secAlgorithm`, MD5 by default) — the document names MD5/SHA-1 without choosing;
 *  - a time range wider than the documented limit answers code 101 with the document's sentence;
 *  - times are "yyyy-MM-dd HH:mm:ss" (read as China time, UTC+8) or epoch milliseconds (§3.3);
 *  - export pages (medal, praise) hold 20 entries, study/history pages 30; the syn lists hold 50 as documented;
 *  - array-of-object parameters (slaveClazzList, groupNameList) are read as indexed fields `name[i].key`,
 *    the way the document sends recordId[i].
 */
import { createHash } from 'node:crypto';

import { postCallback, SimulatorServer, type SimRequest, type SimResponse } from '../common/SimulatorServer';

export const BASE_PATH = '/integration/site';
const DAY = 24 * 60 * 60 * 1000;
const CHINA_OFFSET = 8 * 60 * 60 * 1000;

class ApiError extends Error {
	constructor(
		readonly code: string,
		message: string,
	) {
		super(message);
	}
}

type Params = Record<string, string>;

export interface Account {
	password: string;
	role: 'admin' | 'teacher';
	name: string;
	expired?: boolean;
	maxPoints?: number;
	maxVodPoints?: number;
	validDate?: number;
	invalidDate?: number;
}

export interface Room {
	id: string;
	number: string;
	subject: string;
	startDate: number;
	invalidDate?: number;
	teacherToken: string;
	assistantToken: string;
	studentToken: string;
	studentClientToken: string;
	webJoin: string;
	clientJoin: string;
	realtime: boolean;
	scene: number;
	createdAt: number;
	creator: string;
	duration?: number;
	kind: 'room' | 'famous' | 'tutoring' | 'mini';
	famousId?: string;
	extra: Record<string, string>;
	groups: Array<{ code: string; name: string }>;
	warmupId?: string;
	insertRecords: Set<string>;
	docs: Set<string>;
	relays: Set<string>;
	telconf?: Record<string, string>;
	students: Array<{ id: number; name: string; groupCode?: string }>;
	/** live status for query/status */
	status: number;
	/** sessions (场次) held in the room */
	sessions: Array<{ start: number; end: number }>;
}

export interface Activity {
	chat: Array<{ time: number; sender: string; senderId: number; msg: string }>;
	attendance: Array<{ uid: number; nickname: string; joinTime: number; leaveTime: number; name: string; area: string; device: number; ip: string; mobile: string; company: string }>;
	qa: Array<{ submitter: number; published: string; submitTime: number; name: string; answerBy: number; question: string; response: string; answerTime: number }>;
	rollcall: Array<{ id: string; startTime: number; endTime: number; total: number; present: number; absent: number; users: Array<{ id: number; name: string; present: boolean }> }>;
	vote: Array<{ id: string; subject: string; type: number; time: number; questions: unknown[] }>;
	redpacket: Array<{ userName: string; issueTime: number; type: number; amount: number; number: number; receiveAmount: number; receiveNumber: number; users: unknown[] }>;
	medal: Array<{ userName: string; userId: number; count: number; roomStartTime: number }>;
	praise: Array<{ userName: string; userId: number; count: number; roomStartTime: number }>;
	praiseDetail: Array<{ userId: number; userName: string; actionTime: number; targetUserId: number; targetUserName: string }>;
}

export function md5(text: string): string {
	return createHash('md5').update(text, 'utf8').digest('hex');
}

export function sha1(text: string): string {
	return createHash('sha1').update(text, 'utf8').digest('hex');
}

/** §3.3 request time: "yyyy-MM-dd HH:mm:ss" (China time) or epoch milliseconds. */
export function parseTime(text: string): number | undefined {
	if (/^\d{10,}$/.test(text)) return Number(text);
	const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
	if (!m) return undefined;
	const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) - CHINA_OFFSET;
	return Number.isFinite(ms) ? ms : undefined;
}

/** The China-time calendar day of an instant, "yyyy-MM-dd". */
export function chinaDay(ms: number): string {
	return new Date(ms + CHINA_OFFSET).toISOString().slice(0, 10);
}

export class GenseeSimulator extends SimulatorServer {
	readonly accounts = new Map<string, Account>();

	secAlgorithm: 'md5' | 'sha1' = 'md5';

	/** interface paths (without the base) answering code 600 */
	readonly disabled = new Set<string>();

	readonly rooms = new Map<string, Room>();

	readonly activity = new Map<string, Activity>();

	readonly coursewares = new Map<string, Record<string, unknown>>();

	readonly records = new Map<string, Record<string, unknown>>();

	readonly docs = new Map<string, Record<string, unknown>>();

	readonly warmups = new Map<string, { id: string; name: string; recordId: string; mode: number }>();

	readonly vodViews = new Map<string, number>();

	readonly studyHistory: Array<Record<string, unknown>> = [];

	readonly dailyRoomConcurrency: Array<{ date: string; maxConcurrent: number }> = [];

	readonly dailyVodConcurrency: Array<{ date: string; maxConcurrent: number }> = [];

	readonly rewards: Array<{ subject: string; startDate: number; endDate: number; day: string; totalReward: number; speakerInfoList: unknown[] }> = [];

	/** transcodes waiting to report to their callbackUrl */
	readonly pendingTranscodes: Array<{ callbackUrl: string; coursewareId: string; status: 'ok' | 'error' }> = [];

	private seq = 1000;

	constructor(loginName = 'admin', password = 'admin-password') {
		super('Gensee');
		this.accounts.set(loginName, { password, role: 'admin', name: 'Administrator' });
	}

	private nextId(prefix: string): string {
		return `${prefix}${(this.seq++).toString(36)}x${(this.seq * 7919).toString(36).slice(-3)}`;
	}

	private nextNumber(): string {
		return String(10_000_000 + this.seq++);
	}

	// ── fixtures ────────────────────────────────────────────────────────────────
	addRoom(fields: Partial<Room> = {}): Room {
		const id = fields.id ?? this.nextId('rm');
		const room: Room = {
			id,
			number: this.nextNumber(),
			subject: `Room ${id}`,
			startDate: Date.now(),
			teacherToken: 'teach123',
			assistantToken: 'assist123',
			studentToken: 'stud123',
			studentClientToken: 'client123',
			webJoin: 'true',
			clientJoin: 'true',
			realtime: false,
			scene: 0,
			createdAt: Date.now(),
			creator: 'admin',
			kind: 'room',
			extra: {},
			groups: [],
			insertRecords: new Set(),
			docs: new Set(),
			relays: new Set(),
			students: [],
			status: 0,
			sessions: [],
			...fields,
		};
		this.rooms.set(id, room);
		this.activity.set(id, this.activity.get(id) ?? emptyActivity());
		return room;
	}

	/**
	 * A room with a one-hour session every day from `from` for `days` days, each with chat, attendance, Q&A,
	 * roll calls, votes, red packets, medals and likes; plus site-wide daily statistics for those days.
	 */
	addBusyRoom(from: number, days: number, perSession = 6): Room {
		const room = this.addRoom({ subject: 'Busy room', createdAt: from - DAY });
		const act = this.activity.get(room.id)!;
		let uid = 5000;
		for (let d = 0; d < days; d++) {
			const start = from + d * DAY + 2 * 60 * 60 * 1000;
			const end = start + 60 * 60 * 1000;
			room.sessions.push({ start, end });
			for (let k = 0; k < perSession; k++) {
				const t = start + k * 7 * 60 * 1000 + d;
				const user = uid + k;
				act.chat.push({ time: t, sender: `Student ${user}`, senderId: user, msg: `day ${d} message ${k}` });
				act.attendance.push({ uid: user, nickname: `S${user}`, joinTime: t, leaveTime: t + 30 * 60 * 1000, name: `Student ${user}`, area: 'Beijing', device: k % 3, ip: `10.0.${d}.${k}`, mobile: '', company: '' });
				act.qa.push({ submitter: user, published: 'true', submitTime: t, name: `S${user}`, answerBy: 1, question: `q ${d}/${k}`, response: `a ${d}/${k}`, answerTime: t + 60_000 });
				act.praiseDetail.push({ userId: user, userName: `S${user}`, actionTime: t, targetUserId: 1, targetUserName: 'Teacher' });
				act.medal.push({ userName: 'Teacher', userId: 1, count: k + 1, roomStartTime: start + k });
				act.praise.push({ userName: `S${user}`, userId: user, count: k, roomStartTime: start + k });
			}
			act.rollcall.push({ id: `rc${d}`, startTime: start + 5 * 60_000, endTime: start + 6 * 60_000, total: 3, present: 2, absent: 1, users: [{ id: uid, name: `Student ${uid}`, present: true }] });
			act.vote.push({ id: `v${d}`, subject: `Vote ${d}`, type: 0, time: start + 10 * 60_000, questions: [{ id: `q${d}`, content: 'Which?', answer: '1', options: [{ value: 'A', precentage: '50%', result: 1, type: 0, results: [] }] }] });
			act.redpacket.push({ userName: 'Teacher', issueTime: start + 20 * 60_000, type: 0, amount: 100, number: 5, receiveAmount: 80, receiveNumber: 4, users: [{ userId: uid, userName: `S${uid}`, receiveTime: start + 21 * 60_000, amount: 20 }] });
			const day = chinaDay(start);
			this.dailyRoomConcurrency.push({ date: day, maxConcurrent: 10 + d });
			this.dailyVodConcurrency.push({ date: day, maxConcurrent: 3 + d });
			this.rewards.push({ subject: room.subject, startDate: start, endDate: end, day, totalReward: d, speakerInfoList: [{ speakerName: 'Teacher', speakerReward: d }] });
			for (let h = 0; h < 4; h++) {
				this.studyHistory.push({ id: 'cw-busy', uid: String(uid + h), startTime: start + h * 3_600_000, leaveTime: start + h * 3_600_000 + 600_000, name: `Student ${uid + h}`, duration: '600', area: 'Beijing', device: 0, ip: '10.1.1.1' });
			}
		}
		return room;
	}

	addRecord(fields: Record<string, unknown> = {}): Record<string, unknown> {
		const id = String(fields.id ?? 900_000_000_000 + this.seq++);
		const record = { id, name: `Recording ${id}`, recordStartTime: Date.now() - 7_200_000, recordEndTime: Date.now() - 3_600_000, createdTime: Date.now(), size: 1024, roomId: '', duration: 3_600_000, creator: 1, ...fields };
		this.records.set(id, record);
		return record;
	}

	addCourseware(fields: Record<string, unknown> = {}): Record<string, unknown> {
		const id = String(fields.id ?? this.nextId('cw'));
		const courseware = { id, token: 'cwtoken', subject: `Courseware ${id}`, url: `http://sim/cw/${id}`, roomId: '', description: '', creator: 1, recordId: 0, number: this.nextNumber(), createdTime: Date.now(), duration: 60_000, grType: 0, convertResult: 1, ...fields };
		this.coursewares.set(id, courseware);
		return courseware;
	}

	addDoc(fields: Record<string, unknown> = {}): Record<string, unknown> {
		const id = String(fields.Id ?? 700_000 + this.seq++);
		const doc = { Id: Number(id), name: `Document ${id}`, upload: 'true', createdTime: Date.now(), convCode: 0, ...fields };
		this.docs.set(id, doc);
		return doc;
	}

	/** POSTs the transcoding-status callbacks (gscoursewareId, gsstatus) of finished transcodes, form-encoded. */
	async completeTranscodes(): Promise<Array<{ status: number; body: unknown }>> {
		const answers = [];
		for (const pending of this.pendingTranscodes.splice(0)) {
			const courseware = this.coursewares.get(pending.coursewareId);
			if (courseware) courseware.convertResult = pending.status === 'ok' ? 1 : -1;
			answers.push(await this.sendCallback(pending.callbackUrl, { gscoursewareId: pending.coursewareId, gsstatus: pending.status }));
		}
		return answers;
	}

	async sendCallback(url: string, params: Record<string, string>): Promise<{ status: number; body: unknown }> {
		return await postCallback(url, new URLSearchParams(params).toString(), 'application/x-www-form-urlencoded');
	}

	// ── HTTP ────────────────────────────────────────────────────────────────────
	protected async route(request: SimRequest): Promise<SimResponse> {
		const path = decodeURIComponent(request.path);
		if (!path.startsWith(`${BASE_PATH}/`)) return notFound();
		const iface = path.slice(BASE_PATH.length);
		const handler = this.interfaces[iface];
		if (!handler) return notFound();
		if (request.method !== 'POST') return { status: 405, body: { message: 'Request method not supported' } };
		if (!String(request.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
			// without a form body there is no loginName to see
			return ok200({ code: '200', message: '认证失败' });
		}
		const params = Object.fromEntries(new URLSearchParams(request.rawBody.toString('utf8'))) as Params;
		try {
			const account = this.authenticate(params);
			if (this.disabled.has(iface)) throw new ApiError('600', '接口被禁用，请联系管理员');
			const result = (handler.call(this, params, account) ?? {}) as Record<string, unknown>;
			return ok200({ ...result, code: '0', message: '成功' });
		} catch (error) {
			if (error instanceof ApiError) return ok200({ code: error.code, message: error.message });
			throw error;
		}
	}

	private authenticate(p: Params): Account & { loginName: string } {
		const loginName = p.loginName;
		const account = loginName === undefined ? undefined : this.accounts.get(loginName);
		if (!account || p.password === undefined) throw new ApiError('200', '认证失败');
		const hashed = p.sec === 'true';
		const expected = hashed ? (this.secAlgorithm === 'md5' ? md5(account.password) : sha1(account.password)) : account.password;
		const matches = hashed ? p.password.toLowerCase() === expected : p.password === expected;
		if (!matches) throw new ApiError('200', '认证失败');
		if (account.expired) throw new ApiError('201', '口令过期');
		return { ...account, loginName };
	}

	// ── parameter reading ──────────────────────────────────────────────────────
	private str(p: Params, name: string, required = true): string | undefined {
		const v = p[name];
		if (v === undefined || v.trim() === '') {
			if (required) throw new ApiError('101', `${name}不能为空`);
			return undefined;
		}
		return v;
	}

	private int(p: Params, name: string, required = true): number | undefined {
		const v = this.str(p, name, required);
		if (v === undefined) return undefined;
		if (!/^-?\d+$/.test(v)) throw new ApiError('102', `${name}参数转换错误`);
		return Number(v);
	}

	private bool(p: Params, name: string, required = false): boolean | undefined {
		const v = this.str(p, name, required);
		if (v === undefined) return undefined;
		if (v !== 'true' && v !== 'false') throw new ApiError('102', `${name}参数转换错误`);
		return v === 'true';
	}

	private time(p: Params, name: string, required = true): number | undefined {
		const v = this.str(p, name, required);
		if (v === undefined) return undefined;
		const ms = parseTime(v);
		if (ms === undefined) throw new ApiError('102', `${name}时间格式错误`);
		return ms;
	}

	private day(p: Params, name: string): string {
		const v = this.str(p, name)!;
		if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new ApiError('102', `${name}格式必须为yyyy-MM-dd`);
		return v;
	}

	private len(p: Params, name: string, min: number, max: number, required = false): string | undefined {
		const v = this.str(p, name, required);
		if (v !== undefined && ([...v].length < min || [...v].length > max)) throw new ApiError('101', `${name}长度错误`);
		return v;
	}

	/** recordId[0]=…&recordId[1]=… (index 0..N-1, as the document shows) */
	private indexed(p: Params, name: string): string[] {
		const values: string[] = [];
		for (let i = 0; p[`${name}[${i}]`] !== undefined; i++) values.push(p[`${name}[${i}]`]);
		if (Object.keys(p).some((k) => k.startsWith(`${name}[`) && !/^\w+\[\d+\]$/.test(k))) throw new ApiError('102', `${name}参数转换错误`);
		return values;
	}

	/** name[i].field=… for arrays of objects */
	private indexedObjects(p: Params, name: string): Array<Record<string, string>> {
		const list: Array<Record<string, string>> = [];
		for (const [key, value] of Object.entries(p)) {
			const m = new RegExp(`^${name}\\[(\\d+)\\]\\.(\\w+)$`).exec(key);
			if (!m) continue;
			(list[Number(m[1])] ??= {})[m[2]] = value;
		}
		return list.filter(Boolean);
	}

	private room(p: Params, name = 'roomId', kinds?: Room['kind'][]): Room {
		const id = this.str(p, name)!;
		const room = this.rooms.get(id);
		if (!room || (kinds && !kinds.includes(room.kind))) throw new ApiError('501', '课堂不存在');
		return room;
	}

	private tokens(p: Params, room?: Room): Record<string, string> {
		const teacherToken = this.len(p, 'teacherToken', 6, 15);
		const assistantToken = this.len(p, 'assistantToken', 6, 15);
		const studentToken = this.len(p, 'studentToken', 0, 15);
		const studentClientToken = this.str(p, 'studentClientToken', false);
		const given = [teacherToken, assistantToken, studentToken, studentClientToken].filter((t): t is string => !!t);
		if (new Set(given).size !== given.length) throw new ApiError('500', '口令不能相同');
		return {
			teacherToken: teacherToken ?? room?.teacherToken ?? String(100000 + (this.seq++ % 899999)),
			assistantToken: assistantToken ?? room?.assistantToken ?? String(200000 + (this.seq++ % 799999)),
			studentToken: studentToken ?? room?.studentToken ?? '',
			studentClientToken: studentClientToken ?? room?.studentClientToken ?? '',
		};
	}

	private subjectFree(subject: string, except?: string): void {
		for (const room of this.rooms.values()) if (room.subject === subject && room.id !== except) throw new ApiError('502', '课堂主题重复');
	}

	private roomView(room: Room): Record<string, unknown> {
		return {
			id: room.id,
			number: room.number,
			subject: room.subject,
			assistantToken: room.assistantToken,
			studentToken: room.studentToken,
			teacherToken: room.teacherToken,
			studentClientToken: room.studentClientToken,
			startDate: room.startDate,
			invalidDate: room.invalidDate,
			webJoin: room.webJoin,
			clientJoin: room.clientJoin,
			teacherJoinUrl: `http://sim/training/r/${room.number}?t=teacher`,
			studentJoinUrl: `http://sim/training/r/${room.number}`,
			scene: room.scene,
			duration: room.duration,
			aacSupport: room.extra.aacSupport === 'true',
			groupList: room.groups.map((g) => ({ code: g.code, name: g.name, joinUrl: `http://sim/training/r/${room.number}/${g.code}` })),
		};
	}

	/** §5 paging: page{pageNo,totalPages,totalCounts}. */
	private page<T>(p: Params, all: T[], size: number, key = 'list', topLevel = false): Record<string, unknown> {
		const pageNo = this.int(p, 'pageNo', false) ?? 1;
		if (pageNo < 1) throw new ApiError('101', 'pageNo错误');
		const totalPages = Math.max(1, Math.ceil(all.length / size));
		const page = { pageNo, totalPages, totalCounts: all.length };
		const list = all.slice((pageNo - 1) * size, pageNo * size);
		return topLevel ? { [key]: list, ...page } : { [key]: list, page };
	}

	/** Session exports: both times or neither (latest ended session); at most 7 days apart. */
	private sessionRange(p: Params, room: Room | undefined, bothRequired = false): [number, number] {
		const start = this.time(p, 'startTime', bothRequired);
		const end = this.time(p, 'endTime', bothRequired);
		if (start === undefined && end === undefined) {
			const latest = room?.sessions.filter((s) => s.end <= Date.now()).sort((a, b) => b.end - a.end)[0];
			if (!latest) throw new ApiError('501', '没有已结束的课堂场次');
			return [latest.start, latest.end];
		}
		if (start === undefined || end === undefined) throw new ApiError('101', '开始时间和结束时间必须同时提供');
		if (end < start) throw new ApiError('101', '结束时间不能早于开始时间');
		if (end - start > 7 * DAY) throw new ApiError('101', '开始时间和结束时间间隔不能超过7天');
		return [start, end];
	}

	/** Daily exports: startDate/endDate "yyyy-MM-dd", at most 30 days apart. */
	private dayRange(p: Params): [string, string] {
		const start = this.day(p, 'startDate');
		const end = this.day(p, 'endDate');
		if (end < start) throw new ApiError('101', '结束日期不能早于开始日期');
		if ((Date.parse(end) - Date.parse(start)) / DAY > 30) throw new ApiError('101', '开始日期和结束日期间隔不能超过30天');
		return [start, end];
	}

	private exportOf<K extends keyof Activity>(p: Params, key: K, timeField: string): { room: Room; entries: Activity[K] } {
		const room = this.room(p);
		const [start, end] = this.sessionRange(p, room);
		const all = this.activity.get(room.id)![key] as Array<Record<string, unknown>>;
		const inRange = all.filter((e) => (e[timeField] as number) >= start && (e[timeField] as number) <= end);
		// records come in time order
		return { room, entries: inRange.sort((a, b) => (a[timeField] as number) - (b[timeField] as number)) as Activity[K] };
	}

	private requireAdmin(account: Account): void {
		if (account.role !== 'admin') throw new ApiError('500', '该接口需要管理员角色');
	}

	// ── the 59 interfaces ──────────────────────────────────────────────────────
	private readonly interfaces: Record<string, (this: GenseeSimulator, p: Params, account: Account & { loginName: string }) => unknown> = {
		'/training/room/created': function (p, account) {
			const subject = this.len(p, 'subject', 1, 250, true)!;
			const startDate = this.time(p, 'startDate')!;
			const realtime = this.bool(p, 'realtime', true)!;
			this.subjectFree(subject);
			const tokens = this.tokens(p);
			let webJoin = String(this.bool(p, 'webJoin') ?? true);
			let clientJoin = String(this.bool(p, 'clientJoin') ?? true);
			if (webJoin === 'false' && clientJoin === 'false') webJoin = clientJoin = 'true';
			for (const n of ['uiMode', 'scene', 'duration', 'maxAttendees', 'fullScreenMode']) this.int(p, n, false);
			for (const n of ['uiWindow', 'uiVideo', 'upgrade', 'aacSupport']) this.bool(p, n);
			if (p.mobileMode !== undefined) throw new ApiError('101', 'mobileMode参数错误');
			const room = this.addRoom({
				subject, startDate, realtime, ...tokens, webJoin, clientJoin,
				invalidDate: this.time(p, 'invalidDate', false), scene: this.int(p, 'scene', false) ?? 0,
				duration: this.int(p, 'duration', false), creator: account.loginName, extra: { ...p },
			});
			const view = this.roomView(room);
			return { id: view.id, number: view.number, assistantToken: view.assistantToken, studentToken: view.studentToken, teacherToken: view.teacherToken, studentClientToken: view.studentClientToken, startDate: view.startDate, webJoin: view.webJoin, clientJoin: view.clientJoin, invalidDate: view.invalidDate, teacherJoinUrl: view.teacherJoinUrl, studentJoinUrl: view.studentJoinUrl, scene: view.scene };
		},
		'/training/room/modify': function (p) {
			const room = this.room(p, 'Id', ['room']);
			const subject = this.len(p, 'subject', 1, 250, true)!;
			room.startDate = this.time(p, 'startDate')!;
			room.realtime = this.bool(p, 'realtime', true)!;
			this.subjectFree(subject, room.id);
			Object.assign(room, this.tokens(p, room), { subject });
			for (const n of ['uiMode', 'scene', 'duration', 'maxAttendees', 'fullScreenMode', 'mobileMode']) this.int(p, n, false);
			for (const n of ['uiWindow', 'uiVideo', 'upgrade', 'aacSupport']) this.bool(p, n);
			if (!room.telconf && p.aacSupport !== undefined) room.extra.aacSupport = p.aacSupport;
			return {};
		},
		'/training/room/deleted': function (p) {
			this.rooms.delete(this.room(p).id);
			return {};
		},
		'/training/room/info': function (p) {
			const room = this.room(p);
			return { ...this.roomView(room), action: room.status === 2 };
		},
		'/training/courseware/list': function (p) {
			const room = this.room(p);
			return { coursewares: [...this.coursewares.values()].filter((c) => c.roomId === room.id) };
		},
		'/training/courseware/info': function (p) {
			const c = this.coursewares.get(this.str(p, 'coursewareId')!);
			if (!c) throw new ApiError('501', '课件不存在');
			return { id: c.id, token: c.token, subject: c.subject, roomId: c.roomId, url: c.url, description: c.description, creator: c.creator, number: c.number };
		},
		'/training/courseware/modify': function (p) {
			const c = this.coursewares.get(this.str(p, 'id')!);
			if (!c) throw new ApiError('501', '课件不存在');
			c.subject = this.str(p, 'subject')!;
			if (p.token !== undefined) c.token = p.token;
			for (const n of ['uiMode', 'mobileMode', 'fullScreenMode']) this.int(p, n, false);
			for (const n of ['uiWindow', 'uiVideo', 'autoPlay']) this.bool(p, n);
			return {};
		},
		'/training/courseware/deleted': function (p) {
			const id = this.str(p, 'coursewareId')!;
			if (!this.coursewares.delete(id)) throw new ApiError('501', '课件不存在');
			return {};
		},
		'/training/teacher/created': function (p, account) {
			this.requireAdmin(account);
			const login = this.len(p, 'teacherLoginName', 1, 40, true)!;
			const password = this.len(p, 'teacherPassword', 6, 15, true)!;
			const name = this.len(p, 'name', 1, 40, true)!;
			if (this.accounts.has(login)) throw new ApiError('502', '登录名已存在');
			this.accounts.set(login, { password, name, role: 'teacher', maxPoints: this.int(p, 'maxPoints', false), maxVodPoints: this.int(p, 'maxVodPoints', false), validDate: this.time(p, 'validDate', false), invalidDate: this.time(p, 'invalidDate', false) });
			return {};
		},
		'/training/teacher/modify': function (p, account) {
			this.requireAdmin(account);
			const login = this.len(p, 'teacherLoginName', 1, 40, true)!;
			const teacher = this.accounts.get(login);
			if (!teacher || teacher.role !== 'teacher') throw new ApiError('501', '老师不存在');
			teacher.password = this.len(p, 'teacherPassword', 6, 15, true)!;
			teacher.name = this.len(p, 'name', 1, 40, true)!;
			teacher.maxPoints = this.int(p, 'maxPoints', false) ?? teacher.maxPoints;
			teacher.maxVodPoints = this.int(p, 'maxVodPoints', false) ?? teacher.maxVodPoints;
			teacher.validDate = this.time(p, 'validDate', false) ?? teacher.validDate;
			teacher.invalidDate = this.time(p, 'invalidDate', false) ?? teacher.invalidDate;
			return {};
		},
		'/training/record/syn': function (p) {
			const start = this.time(p, 'startTime', false) ?? 0;
			const end = this.time(p, 'endTime', false) ?? Infinity;
			const all = [...this.records.values()].filter((r) => (r.createdTime as number) >= start && (r.createdTime as number) <= end);
			return this.page(p, all, 50);
		},
		'/training/courseware/syn': function (p) {
			const start = this.time(p, 'startTime', false) ?? 0;
			const end = this.time(p, 'endTime', false) ?? Infinity;
			const all = [...this.coursewares.values()].filter((c) => (c.createdTime as number) >= start && (c.createdTime as number) <= end);
			return this.page(p, all, 50);
		},
		'/training/warmup/created': function (p) {
			const name = this.str(p, 'name')!;
			const recordId = String(this.int(p, 'recordId'));
			if (!this.records.has(recordId)) throw new ApiError('501', '录制件不存在');
			const mode = this.int(p, 'mode', false) ?? 1;
			const warmup = { id: this.nextId('wu'), name, recordId, mode };
			this.warmups.set(warmup.id, warmup);
			return { ...warmup, recordId: Number(recordId) };
		},
		'/training/warmup/modify': function (p) {
			const warmup = this.warmups.get(this.str(p, 'id')!);
			if (!warmup) throw new ApiError('501', '暖场不存在');
			warmup.name = this.str(p, 'name', false) ?? warmup.name;
			const recordId = this.int(p, 'recordId', false);
			if (recordId !== undefined) warmup.recordId = String(recordId);
			warmup.mode = this.int(p, 'mode', false) ?? warmup.mode;
			return {};
		},
		'/training/warmup/attach': function (p) {
			const room = this.room(p);
			const id = this.str(p, 'warmupId')!;
			if (!this.warmups.has(id)) throw new ApiError('501', '暖场不存在');
			room.warmupId = id;
			return {};
		},
		'/training/warmup/detach': function (p) {
			const room = this.room(p);
			this.str(p, 'warmupId');
			room.warmupId = undefined;
			return {};
		},
		'/training/record/choose': function (p) {
			const room = this.room(p);
			for (const id of this.indexed(p, 'recordId')) {
				if (!/^\d+$/.test(id)) throw new ApiError('102', 'recordId参数转换错误');
				room.insertRecords.add(id);
			}
			return {};
		},
		'/training/record/remove': function (p) {
			const room = this.room(p);
			for (const id of this.indexed(p, 'recordId')) room.insertRecords.delete(id);
			return {};
		},
		'/training/export/history': function (p) {
			return { list: this.exportOf(p, 'attendance', 'joinTime').entries };
		},
		'/training/export/qa': function (p) {
			return { list: this.exportOf(p, 'qa', 'submitTime').entries };
		},
		'/training/export/rollcall': function (p) {
			return { rollcall: this.exportOf(p, 'rollcall', 'startTime').entries };
		},
		'/training/export/vote': function (p) {
			return { list: this.exportOf(p, 'vote', 'time').entries.map(({ time: _t, ...v }) => v) };
		},
		'/training/doc/syn': function (p) {
			const start = this.time(p, 'startTime', false) ?? 0;
			const end = this.time(p, 'endTime', false) ?? Infinity;
			return this.page(p, [...this.docs.values()].filter((d) => (d.createdTime as number) >= start && (d.createdTime as number) <= end), 50);
		},
		'/training/doc/attach': function (p) {
			const room = this.room(p);
			const id = String(this.int(p, 'docId'));
			if (!this.docs.has(id)) throw new ApiError('501', '文档不存在');
			room.docs.add(id);
			return {};
		},
		'/training/doc/detach': function (p) {
			const room = this.room(p);
			room.docs.delete(String(this.int(p, 'docId')));
			return {};
		},
		'/training/export/study/history': function (p, account) {
			this.requireAdmin(account);
			const date = this.time(p, 'date')!;
			const hour = this.int(p, 'hour', false);
			if (hour !== undefined && (hour < 0 || hour > 23)) throw new ApiError('101', 'hour错误');
			const joinTime = p.joinTimeSync === undefined || p.joinTimeSync === '' || p.joinTimeSync === 'true';
			const day = chinaDay(date);
			const all = this.studyHistory.filter((r) => {
				const t = (joinTime ? r.startTime : r.leaveTime) as number;
				return chinaDay(t) === day && (hour === undefined || new Date(t + CHINA_OFFSET).getUTCHours() === hour);
			});
			return this.page(p, all, 30, 'list', true);
		},
		'/training/export/chat': function (p) {
			return { list: this.exportOf(p, 'chat', 'time').entries };
		},
		'/training/courseware/transcode': function (p) {
			return this.transcode(p, 'doc');
		},
		'/training/media/transcode': function (p) {
			return this.transcode(p, 'media');
		},
		'/training/export/room/usage': function (p, account) {
			this.requireAdmin(account);
			const roomId = this.str(p, 'roomId', false);
			const room = roomId === undefined ? undefined : this.room(p);
			const [start, end] = this.sessionRange(p, room, true);
			const list = [];
			for (const r of room ? [room] : this.rooms.values()) {
				for (const s of r.sessions) if (s.end >= start && s.end <= end) list.push({ id: r.id, startTime: s.start, endTime: s.end, subject: r.subject, number: r.number, maxConcurrent: 12, total: 30 });
			}
			return { list };
		},
		'/training/room/telconf': function (p) {
			const room = this.room(p);
			this.bool(p, 'callinSupport');
			room.telconf = { ...p };
			room.extra.aacSupport = 'false';
			return {};
		},
		'/training/export/room/concurrent': function (p, account) {
			this.requireAdmin(account);
			const [start, end] = this.dayRange(p);
			return { list: this.dailyRoomConcurrency.filter((d) => d.date >= start && d.date <= end) };
		},
		'/training/export/vod/concurrent': function (p, account) {
			this.requireAdmin(account);
			const [start, end] = this.dayRange(p);
			return { list: this.dailyVodConcurrency.filter((d) => d.date >= start && d.date <= end) };
		},
		'/training/export/redpacket': function (p) {
			return { redpacket: this.exportOf(p, 'redpacket', 'issueTime').entries };
		},
		'/training/export/medal': function (p) {
			return this.page(p, this.exportOf(p, 'medal', 'roomStartTime').entries, 20, 'medalDtos');
		},
		'/training/export/praise': function (p) {
			return this.page(p, this.exportOf(p, 'praise', 'roomStartTime').entries, 20, 'praiseDtos');
		},
		'/training/relay/add': function (p) {
			const room = this.room(p);
			const relayId = this.str(p, 'relayId')!;
			if (!this.rooms.has(relayId)) throw new ApiError('501', '转播课堂不存在');
			if (room.relays.has(relayId)) throw new ApiError('502', '重复数据');
			room.relays.add(relayId);
			return {};
		},
		'/training/relay/remove': function (p) {
			const room = this.room(p);
			if (!room.relays.delete(this.str(p, 'relayId')!)) throw new ApiError('501', '数据不存在');
			return {};
		},
		'/training/vod/vodview': function (p) {
			const id = this.str(p, 'id')!;
			if (!this.coursewares.has(id)) throw new ApiError('501', '课件不存在');
			return { total: this.vodViews.get(id) ?? 0 };
		},
		'/training/export/reward': function (p, account) {
			this.requireAdmin(account);
			const [start, end] = this.dayRange(p);
			return { list: this.rewards.filter((r) => r.day >= start && r.day <= end).map(({ day: _d, ...r }) => r) };
		},
		'/training/query/status': function (p) {
			return { status: this.room(p).status };
		},
		'/training/export/praise/detail': function (p) {
			return this.page(p, this.exportOf(p, 'praiseDetail', 'actionTime').entries, 20, 'praiseDtos');
		},
		'/training/gr/delete': function (p) {
			const id = String(this.int(p, 'grId'));
			if (!this.records.delete(id)) throw new ApiError('501', '录制件不存在');
			for (const [wid, w] of this.warmups) if (w.recordId === id) this.warmups.delete(wid);
			return {};
		},
		'/training/famousroom/created': function (p, account) {
			const subject = this.len(p, 'subject', 1, 50, true)!;
			const startDate = this.time(p, 'startDate')!;
			const realtime = this.bool(p, 'realtime', true)!;
			const classCount = this.int(p, 'classCount', false) ?? 1;
			if (classCount < 1 || classCount > 30) throw new ApiError('101', 'classCount最大30');
			const classes = this.indexedObjects(p, 'slaveClazzList');
			if (!classes.length) throw new ApiError('101', 'slaveClazzList不能为空');
			if (classes.some((c) => [...(c.clazzName ?? '')].length > 20)) throw new ApiError('101', 'clazzName最长20');
			for (const n of ['teacherToken', 'assistantToken', 'slaveStudentClientToken', 'slaveTeacherToken', 'slaveAssistantToken']) this.len(p, n, 6, 15);
			const famous = this.addRoom({ subject, startDate, realtime, kind: 'famous', creator: account.loginName, invalidDate: this.time(p, 'invalidDate', false), teacherToken: p.teacherToken ?? 'fteach1', assistantToken: p.assistantToken ?? 'fassist1' });
			const slaves = [];
			for (let i = 0; i < classCount; i++) {
				const slave = this.addRoom({ subject: classes[i]?.clazzName ?? `${i + 1}班`, startDate, kind: 'tutoring', famousId: famous.id, teacherToken: p.slaveTeacherToken ?? 'steach1', assistantToken: p.slaveAssistantToken ?? 'sassist1', studentClientToken: p.slaveStudentClientToken ?? 'sclient1' });
				slaves.push({ id: slave.id, code: slave.number, clientUrl: `http://sim/t/${slave.number}`, studentClientUrl: `http://sim/s/${slave.number}` });
			}
			return this.famousView(famous, slaves);
		},
		'/training/famousroom/modify': function (p) {
			const famous = this.room(p, 'id', ['famous']);
			famous.startDate = this.time(p, 'startDate')!;
			famous.realtime = this.bool(p, 'realtime', true)!;
			const subject = this.len(p, 'subject', 1, 50);
			if (subject) famous.subject = subject;
			if (!this.indexedObjects(p, 'slaveClazzList').length) throw new ApiError('101', 'slaveClazzList不能为空');
			for (const n of ['teacherToken', 'assistantToken', 'slavestudentClientToken', 'slaveTeacherToken', 'slaveAssistantToken']) this.len(p, n, 6, 15);
			return this.famousView(famous);
		},
		'/training/slaveroom/modify': function (p) {
			const room = this.room(p, 'roomId', ['tutoring']);
			room.subject = this.str(p, 'className', false) ?? room.subject;
			return {};
		},
		'/training/famousroom/info': function (p) {
			return this.famousView(this.room(p, 'id', ['famous']));
		},
		'/training/tutorialroom/info': function (p) {
			const room = this.room(p, 'roomId', ['tutoring']);
			const famous = this.rooms.get(room.famousId!)!;
			return { id: famous.id, number: famous.number, tutorialRoomId: room.id, subject: famous.subject, tutorialRoomName: room.subject, assistantToken: room.assistantToken, teacherToken: room.teacherToken, studentClientToken: room.studentClientToken, startDate: room.startDate, clientUrl: `http://sim/t/${room.number}`, joinUrl: `http://sim/s/${room.number}`, invalidDate: room.invalidDate, groupList: [] };
		},
		'/training/famousroom/deleted': function (p) {
			const room = this.room(p, 'roomId', ['famous', 'tutoring']);
			this.rooms.delete(room.id);
			if (room.kind === 'famous') for (const r of [...this.rooms.values()]) if (r.famousId === room.id) this.rooms.delete(r.id);
			return {};
		},
		'/training/group/create': function (p) {
			const groupCount = this.int(p, 'groupCount')!;
			if (groupCount < 1 || groupCount > 40) throw new ApiError('101', 'groupCount范围1-40');
			const room = this.room(p);
			const names = this.indexedObjects(p, 'groupNameList');
			room.groups = [];
			for (let i = 0; i < groupCount; i++) room.groups.push({ code: `g${this.seq++}`, name: names[i]?.groupName || `${i + 1}组` });
			return { groups: room.groups.map((g) => ({ code: g.code, roomId: room.id, joinUrl: `http://sim/g/${g.code}`, name: g.name, subject: room.subject })) };
		},
		'/training/group/add': function (p) {
			const room = this.room(p);
			if (!room.groups.length) throw new ApiError('500', '课堂未分组');
			const group = { code: `g${this.seq++}`, name: this.str(p, 'groupName', false) ?? `${room.groups.length + 1}组` };
			room.groups.push(group);
			return { groupCode: group.code, roomId: room.id, subject: room.subject, joinUrl: `http://sim/g/${group.code}`, name: group.name };
		},
		'/training/group/update': function (p) {
			const room = this.room(p);
			const group = room.groups.find((g) => g.code === this.str(p, 'groupCode'));
			if (!group) throw new ApiError('501', '分组不存在');
			group.name = this.str(p, 'groupName')!;
			return { groupCode: group.code, roomId: room.id, subject: room.subject, joinUrl: `http://sim/g/${group.code}`, name: group.name };
		},
		'/training/group/delete': function (p) {
			const room = this.room(p);
			const code = this.str(p, 'groupCode');
			const before = room.groups.length;
			room.groups = room.groups.filter((g) => g.code !== code);
			if (room.groups.length === before) throw new ApiError('501', '分组不存在');
			return {};
		},
		'/training/room/sync': function (p) {
			const created = this.str(p, 'createTime', false);
			let day = chinaDay(Date.now());
			if (created !== undefined) {
				const ms = parseTime(created);
				if (ms === undefined) throw new ApiError('102', 'createTime时间格式错误');
				day = created.slice(0, 10).match(/^\d{4}-\d{2}-\d{2}$/) ? created.slice(0, 10) : chinaDay(ms);
			}
			const status = this.int(p, 'status', false) ?? -1;
			const finished = this.int(p, 'finished', false) ?? 0;
			const all = [...this.rooms.values()]
				.filter((r) => r.kind === 'room' && chinaDay(r.createdAt) === day)
				.filter((r) => status === -1 || r.status === status)
				.filter((r) => finished === 0 || (finished === 1) === (r.invalidDate !== undefined && r.invalidDate < Date.now()))
				.map((r) => ({ roomId: r.id, subject: r.subject, beginTime: r.startDate, createTime: r.createdAt, code: r.number, teacherToken: r.teacherToken, status: r.status, duration: r.duration }));
			return this.page(p, all, 50);
		},
		'/training/miniroom/created': function (p, account) {
			const subject = this.len(p, 'subject', 1, 250, true)!;
			const startDate = this.time(p, 'startDate')!;
			const duration = this.int(p, 'duration')!;
			if (duration < 30 || duration > 480) throw new ApiError('101', 'duration范围30-480');
			const teacherToken = this.len(p, 'teacherToken', 6, 15) ?? 'mteach1';
			const studentClientToken = this.len(p, 'studentClientToken', 6, 15) ?? 'mstud1';
			const room = this.addRoom({ subject, startDate, duration, kind: 'mini', teacherToken, studentClientToken, creator: account.loginName, invalidDate: startDate + duration * 60_000, extra: { action: String(this.bool(p, 'action') ?? true) } });
			return this.miniView(room);
		},
		'/training/miniroom/modify': function (p) {
			const room = this.room(p, 'Id', ['mini']);
			room.subject = this.len(p, 'subject', 1, 250, true)!;
			room.teacherToken = this.len(p, 'teacherToken', 6, 15) ?? room.teacherToken;
			room.studentClientToken = this.len(p, 'studentClientToken', 6, 15) ?? room.studentClientToken;
			const action = this.bool(p, 'action');
			if (action !== undefined) room.extra.action = String(action);
			return this.miniView(room);
		},
		'/training/miniroom/export/history': function (p) {
			const room = this.room(p, 'id', ['mini']);
			const stats = room.students.map((s) => ({ userNickname: s.name, userId: s.id, medalCount: 1, handUpCount: 2, podiumDuration: 60, duration: 1800, handUpTimeStampList: [{ timeStamp: room.startDate + 60_000 }], rollCallDetailList: [], podiumDetailList: [], voteDetails: [], answerSheetDetail: [] }));
			return this.page(p, stats, 20, 'recordStatistics');
		},
		'/training/miniroom/syn': function (p) {
			const minis = [...this.rooms.values()].filter((r) => r.kind === 'mini').map((r) => ({ id: r.id, stageNum: 1, handupNum: 2, watchTotalTime: 300, visitNum: r.students.length }));
			return { ...this.page(p, minis, 20, 'roomStatistics'), duration: 0 };
		},
		'/training/room/student/list': function (p) {
			const room = this.room(p);
			const text = this.str(p, 'studentListInfo')!;
			let students: Array<{ id: number; name: string }>;
			try {
				students = JSON.parse(text) as Array<{ id: number; name: string }>;
			} catch {
				throw new ApiError('102', 'studentListInfo不是JSON数组');
			}
			if (!Array.isArray(students) || students.some((s) => typeof s.id !== 'number' || typeof s.name !== 'string')) throw new ApiError('101', 'studentListInfo格式错误');
			if (new Set(students.map((s) => s.id)).size !== students.length) throw new ApiError('502', '用户id重复');
			const expire = this.int(p, 'expireTime', false) ?? 7;
			if (expire < 1 || expire > 180) throw new ApiError('101', 'expireTime范围1-180');
			const groupCode = this.str(p, 'groupCode', false);
			const cover = this.bool(p, 'cover') ?? false;
			const entries = students.map((s) => ({ ...s, groupCode }));
			room.students = cover ? entries : [...room.students, ...entries];
			return {};
		},
	};

	private transcode(p: Params, kind: 'doc' | 'media'): Record<string, unknown> {
		const url = this.str(p, 'resourceUrl')!;
		const name = this.str(p, 'name')!;
		if (!/^https?:\/\/[\x21-\x7e]+$/.test(url)) throw new ApiError('101', 'resourceUrl必须是编码后的url');
		if (kind === 'doc') {
			const convmode = this.int(p, 'convmode', false);
			if (convmode !== undefined && convmode !== 0 && convmode !== 1) throw new ApiError('101', 'convmode错误');
		}
		const courseware = this.addCourseware({ subject: name, convertResult: 0, grType: kind === 'doc' ? 2 : 1, sourceUrl: url });
		const callbackUrl = this.str(p, 'callbackUrl', false);
		// 5.27: the downloader takes the file name from gs_filename, else from the URL path; without one it fails
		const parsed = new URL(url);
		const fileName = parsed.searchParams.get('gs_filename') ?? parsed.pathname.split('/').pop() ?? '';
		const fails = /fail/i.test(url) || (kind === 'doc' && !/\.\w+$/.test(fileName));
		if (callbackUrl) this.pendingTranscodes.push({ callbackUrl, coursewareId: String(courseware.id), status: fails ? 'error' : 'ok' });
		return {
			coursewareId: courseware.id,
			coursewareCode: courseware.number,
			visitUrl: courseware.url,
			...(kind === 'doc' ? { docId: String(this.addDoc({ name }).Id) } : { recordId: String(this.addRecord({ name }).id) }),
		};
	}

	private famousView(famous: Room, slaves?: unknown[]): Record<string, unknown> {
		const infos = slaves ?? [...this.rooms.values()].filter((r) => r.famousId === famous.id).map((r) => ({ id: r.id, code: r.number, clientUrl: `http://sim/t/${r.number}`, studentClientUrl: `http://sim/s/${r.number}`, groupList: [] }));
		return { id: famous.id, number: famous.number, assistantToken: famous.assistantToken, teacherToken: famous.teacherToken, startDate: famous.startDate, clientUrl: `http://sim/f/${famous.number}`, invalidDate: famous.invalidDate, slaveRoomWrapper: { teacherToken: 'steach1', assistantToken: 'sassist1', studentClientToken: 'sclient1', slaveFamousRoomResultInfos: infos } };
	}

	private miniView(room: Room): Record<string, unknown> {
		return { id: room.id, number: room.number, teacherToken: room.teacherToken, studentClientToken: room.studentClientToken, startDate: room.startDate, duration: room.duration, invalidDate: room.invalidDate, teacherJoinUrl: `http://sim/m/${room.number}?t`, studentJoinUrl: `http://sim/m/${room.number}`, action: room.extra.action !== 'false' };
	}
}

function emptyActivity(): Activity {
	return { chat: [], attendance: [], qa: [], rollcall: [], vote: [], redpacket: [], medal: [], praise: [], praiseDetail: [] };
}

function ok200(body: Record<string, unknown>): SimResponse {
	// the document: attributes whose value is null are absent
	return { status: 200, body: JSON.parse(JSON.stringify(body)) as unknown };
}

function notFound(): SimResponse {
	return { status: 404, body: '<html><body><h1>404 Not Found</h1></body></html>', headers: { 'Content-Type': 'text/html' } };
}

export const GENSEE_DEMO = { loginName: 'playground-admin', password: 'playground-password' };

/**
 * Ready-made entry for the playground registry (test/simulators/index.ts, PlaygroundSimulator): a site with
 * a classroom that held a one-hour session every day of the last five weeks (chat, attendance, Q&A, votes,
 * roll calls …), a second empty classroom, recordings, coursewares and documents.
 */
export const genseePlayground = {
	vendor: 'gensee',
	displayName: 'Gensee training / live classroom',
	portOffset: 2,
	credential: {
		type: 'genseeApi',
		name: 'Gensee (simulator)',
		data: (url: string) => ({ site: url, loginName: GENSEE_DEMO.loginName, password: GENSEE_DEMO.password, sec: 'md5' }),
	},
	create(): GenseeSimulator {
		const sim = new GenseeSimulator(GENSEE_DEMO.loginName, GENSEE_DEMO.password);
		const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
		const busy = sim.addBusyRoom(today - 35 * DAY, 35);
		busy.subject = 'Algebra (daily class)';
		sim.addRoom({ subject: 'Physics (new)' });
		for (let i = 1; i <= 3; i++) {
			const record = sim.addRecord({ name: `Algebra recording ${i}`, roomId: busy.id });
			sim.addCourseware({ subject: `Algebra lesson ${i}`, roomId: busy.id, recordId: Number(record.id) });
		}
		sim.addDoc({ name: 'Syllabus.pdf' });
		sim.accounts.set('teacher.li', { password: 'teacher-pass', role: 'teacher', name: 'Li Wei' });
		return sim;
	},
	demo: 'classroom "Algebra (daily class)" with a session every day of the last 5 weeks (chat, attendance, votes …), recordings, coursewares, a document',
	trigger: {
		nodeType: 'genseeTrigger',
		webhookPath: 'transcode',
		async sendDemoCallback(sim: SimulatorServer, webhookUrl: string) {
			const gensee = sim as GenseeSimulator;
			const courseware = gensee.addCourseware({ subject: 'Uploaded slides.pptx', convertResult: 1 });
			const answer = await gensee.sendCallback(webhookUrl, { gscoursewareId: String(courseware.id), gsstatus: 'ok' });
			return { ...answer, summary: `transcoding callback for courseware ${String(courseware.id)} (ok)` };
		},
	},
};
