/**
 * Megvii HongTu 3000 AIoT box simulator. Written from the document, independently of the node:
 * it verifies csign with its own MD5 routine, answers the documented {code, msg, data} envelope and error
 * codes, keeps persons, organizations, groups, devices, time plans, door configs and pass authorities with
 * their relationships, and answers all 154 documented paths (the rest with their documented response shape).
 *
 * Every request is checked against the document's endpoints (test/fixtures/hongtu/endpoints.json): documented
 * path and method, required top-level parameters present, arrays sent as JSON arrays, integers as numbers.
 * Decisions where the document is silent:
 *  - no timestamp window and no nonce-replay check (the document states neither);
 *  - GET requests without a body sign an empty body MD5 (the Java SDK's behaviour);
 *  - batch add/delete calls accept at most `batchLimit` entries (default 100; the document only names
 *    error 101067 "人员数量超过最大值" without a number);
 *  - wrong method on a documented path answers HTTP 405, unknown paths HTTP 404;
 *  - custom person uuids: GET personUuidSwitch reports the box setting `customPersonUuids` (default off, as
 *    documented; whether the GET also toggles it is not stated, so it only reports). With it on, batchAdd
 *    keeps an entry's uuid and refuses one used before ("historically unique": 101099 UUID已存在); with it
 *    off the uuid is ignored and the box makes its own;
 *  - the person fields with an "already exists" code in the document's table are unique on the box: employee
 *    code 101011, card 101010, phone 101007, ID number 101008, e-mail 101009, unique identifier 101090.
 */
import { createHash, randomBytes } from 'node:crypto';

import { vendorDocument, type DocumentedEndpoint } from '../../fixtures/documents';
import { SimulatorServer, type SimRequest, type SimResponse } from '../common/SimulatorServer';

/** What the simulator checked about one request. */
export interface Check {
	method: string;
	path: string;
	signatureOk: boolean;
	missing: string[];
	wrongTypes: string[];
	code: number;
}

export interface Person extends Record<string, unknown> {
	uuid: string;
	name: string;
	type: number;
	code?: string;
	orgUuid?: string;
	groupList: string[];
}

const md5 = (data: string | Buffer) => createHash('md5').update(data).digest('hex');
const newUuid = () => randomBytes(16).toString('hex');

/** Person fields the box keeps unique, with the document's "already exists" code. */
const UNIQUE_PERSON_FIELDS: Array<[string, number]> = [
	['code', 101011],
	['cardNum', 101010],
	['phone', 101007],
	['identifyNum', 101008],
	['email', 101009],
	['uniqueIdentify', 101090],
];

/** Marked required in the document, which then says exactly one of them is sent (checked as error 121042). */
const ONE_OF_PAIRS: Record<string, string[]> = { '/v1/api/person/track/query': ['personUuid', 'profileUuid'] };

const MESSAGES: Record<number, string> = {
	0: '成功',
	100003: '参数不合法',
	100008: '签名错误',
	101099: 'UUID已存在',
	101090: '唯一标识已存在',
	101007: '手机号已存在',
	101008: '证件号已存在',
	101009: '邮箱已存在',
	103001: '新增Group失败',
	103106: '时间计划不能超过128条',
	103116: '时间计划名称不允许重复',
	103149: '时间计划uuid不允许重复',
	103123: '无法删除默认组',
	103124: '组名重复',
	103125: '默认组不允许修改',
	103126: '组不存在',
	103150: '组uuid不允许重复',
	103134: '组名称长度应为2~32',
	121042: 'personUuid和profileUuid不能同时为空,也不能同时存在,请检查参数',
	101005: '机构不存在',
	101011: '员工编号已存在',
	101010: '卡号已存在',
	101012: '该人员不存在',
	101039: '读取文件出错误',
	101067: '人员数量超过最大值',
	101070: '人脸分析错误，可能是图片人脸质量较差或者没有人脸',
	101082: '图片大小超过10MB',
	102113: '设备不存在',
	122008: '该区域内已录入此车牌',
	122009: '车辆不存在',
	122019: '车牌号码不能为空',
	122020: '车牌号码必须在1-16个字符内且只能包含数字、中英文',
	122026: '该区域内唯一标识已存在',
	103100: '数据错误',
	103004: '参数不能为空',
};

class BoxError extends Error {
	constructor(readonly code: number, msg?: string) {
		super(msg ?? MESSAGES[code] ?? '失败');
	}
}

export class HongTuSimulator extends SimulatorServer {
	readonly endpoints = vendorDocument('hongtu').endpoints;

	readonly checks: Check[] = [];

	readonly persons = new Map<string, Person>();

	readonly orgs = new Map<string, { uuid: string; fullName: string; parentUuid?: string }>();

	/** `isDefault`: a type's default group (员工默认组 …), which the box refuses to delete (103123) or change (103125) */
	readonly groups = new Map<string, { uuid: string; name: string; type: number; members: string[]; isDefault?: boolean }>();

	readonly devices = new Map<string, Record<string, unknown> & { uuid: string; name: string; bound: string[] }>();

	readonly schedules = new Map<string, Record<string, unknown> & { uuid: string; name: string; type: number }>();

	readonly doorConfigs = new Map<string, Record<string, unknown>>();

	/** door points (门禁点): devices bound as doors, as Door › List gives them */
	readonly doors = new Map<string, { uuid: string; name: string; location?: string }>();

	readonly authorities: Array<{ deviceUuid: string; scheduleUuid: string; groupUuids: string[] }> = [];

	readonly uploads: Array<{ uri: string; size: number; fileName: string }> = [];

	batchLimit = 100;

	readonly vehicles = new Map<string, Record<string, unknown> & { vehicleUuId: string }>();

	/** the box setting behind personUuidSwitch (an operator turns it on) */
	customPersonUuids = false;

	/** every person uuid the box has ever given out: custom uuids must be historically unique */
	private readonly usedPersonUuids = new Set<string>();

	readonly subscriptions = new Map<string, { appKey: string; pushUrl: string; busiTypes: number[] }>();

	aFaceConfig: Record<string, unknown> = {
		attendanceRecordCallbackUrl: 'http://hr.example/attendance',
		identifyRecordCallbackUrl: '',
		temperatureSwitch: 1,
		maskAlertSwitch: 0,
		healthKitSwitch: 0,
	};

	readonly topOrg = { uuid: 'a0000000000000000000000000000001', fullName: '总部' };

	constructor(readonly keys: Record<string, string> = { appkey1: 'sdfajk3242324fa!djq7', appkey2: 'zxcv&jlkfd234adf#xi9' }) {
		super('HongTu');
		this.orgs.set(this.topOrg.uuid, this.topOrg);
	}

	/** The box's business-code response for a busy box is not documented; it answers HTTP 503 instead. */
	protected throttleResponse(): SimResponse {
		return { status: 503, body: { message: 'busy' } };
	}

	private verify(request: SimRequest): boolean {
		const header = (name: string) => String(request.headers[name.toLowerCase()] ?? '');
		const secret = this.keys[header('cappkey')];
		if (secret === undefined) return false;
		const multipart = header('content-type').toLowerCase().startsWith('multipart/');
		const bodyMd5 = multipart || request.rawBody.length === 0 ? '' : md5(request.rawBody);
		const query = Object.entries(request.query).map(([k, v]) => `${k}=${v}`).join('&');
		const expected = md5(
			`${request.path}-${request.method.toUpperCase()}-${query}-${bodyMd5}-${secret}-${header('ctimestamp')}-${header('cnonce')}-${header('cappkey')}`,
		);
		return /^\d{13}$/.test(header('ctimestamp')) && header('cnonce') !== '' && expected === header('csign');
	}

	protected route(request: SimRequest): SimResponse {
		// images the box serves at http://{host}/pub/{uri}
		if (request.method === 'GET' && request.path.startsWith('/pub/')) return { status: 200, body: Buffer.from(`image:${request.path.slice(5)}`) };
		const op = this.endpoints.find((o) => o.path === request.path);
		const check: Check = { method: request.method, path: request.path, signatureOk: false, missing: [], wrongTypes: [], code: -1 };
		this.checks.push(check);
		if (!op) return { status: 404, body: { message: 'Not Found' } };
		if (op.method !== request.method) return { status: 405, body: { message: 'Method Not Allowed' } };
		check.signatureOk = this.verify(request);
		const reply = (code: number, data?: unknown, msg?: string): SimResponse => {
			check.code = code;
			return { status: 200, body: code === 0 ? { code, msg: '成功', ...(data === undefined ? {} : { data }) } : { code, msg: msg ?? MESSAGES[code] ?? '失败' } };
		};
		if (!check.signatureOk) return reply(100008);
		let body: Record<string, unknown> = request.body;
		let file: { data: Buffer; fileName: string } | undefined;
		if (op.contentType === 'multipart') {
			const parsed = parseMultipart(request);
			body = parsed.fields;
			file = parsed.files.file;
		} else if (op.method === 'POST') {
			if (!(request.headers['content-type'] ?? '').includes('application/json') || request.rawBody.length === 0) return reply(100003, undefined, 'JSON parse error');
		}
		for (const param of op.params) {
			if (param.name.includes('.') || param.name.includes('[]')) continue;
			const value = param.type === 'file' ? file : body[param.name];
			if (value === undefined || value === null || value === '') {
				if (param.required && !ONE_OF_PAIRS[op.path]?.includes(param.name)) check.missing.push(param.name);
				continue;
			}
			if (op.contentType === 'multipart') continue;
			const ok =
				param.type === 'array' ? Array.isArray(value)
				: param.type === 'integer' ? typeof value === 'number' && Number.isInteger(value)
				: param.type === 'number' ? typeof value === 'number'
				: param.type === 'boolean' ? typeof value === 'boolean'
				: param.type === 'object' ? typeof value === 'object' && !Array.isArray(value)
				: typeof value === 'string';
			if (!ok) check.wrongTypes.push(param.name);
		}
		if (check.missing.length || check.wrongTypes.length)
			return reply(100003, undefined, `参数不合法: ${[...check.missing, ...check.wrongTypes].join(',')}`);
		try {
			return reply(0, this.handle(op, request.path.replace('/v1/api/', ''), body, file));
		} catch (error) {
			if (error instanceof BoxError) return reply(error.code, undefined, error.message);
			throw error;
		}
	}

	private page<T>(all: T[], body: Record<string, unknown>): unknown {
		const pageNum = Number(body.pageNum ?? body.currPage ?? 1);
		const pageSize = Number(body.pageSize ?? 20);
		if (pageNum <= 0 || pageSize <= 0) throw new BoxError(100003);
		return { pageNum, pageSize, total: all.length, list: all.slice((pageNum - 1) * pageSize, pageNum * pageSize) };
	}

	/**
	 * A stored person as the reads answer it (搜索人员列表, 查询人员详情信息): times under the read names as millisecond
	 * text (entryTime for the written entryTimeStamp …), groups as {uuid, name}, the photo as the URL of the box's copy.
	 */
	listed(person: Person): Record<string, unknown> {
		const { entryTimeStamp, birthdayStamp, visitStartTimeStamp, visitEndTimeStamp, groupList, imageUri, ...rest } = person;
		const times = { entryTime: entryTimeStamp, birthday: birthdayStamp, visitStartTime: visitStartTimeStamp, visitEndTime: visitEndTimeStamp };
		return {
			...rest,
			...Object.fromEntries(Object.entries(times).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, String(v)])),
			groupList: (groupList ?? []).map((uuid) => ({ uuid, name: this.groups.get(uuid)?.name ?? '' })),
			...(imageUri ? { imageUri: `${this.url}/pub/${String(imageUri)}` } : {}),
		};
	}

	private person(uuid: unknown): Person {
		const person = this.persons.get(String(uuid));
		if (!person) throw new BoxError(101012);
		return person;
	}

	/** Checks one person entry of batchAdd the way the document's field table describes it. */
	private personProblem(entry: Record<string, unknown>, taken: Map<string, Set<string>>): number | undefined {
		const name = entry.name;
		if (typeof name !== 'string' || name.length < 1 || name.length > 40) return 100003;
		if (![1, 2, 3].includes(Number(entry.type))) return 100003;
		if (entry.type === 2 && (!entry.phone || !entry.visitedUuid || !entry.visitStartTimeStamp || !entry.visitEndTimeStamp)) return entry.visitedUuid ? 101020 : 101069;
		if (entry.orgUuid !== undefined && !this.orgs.has(String(entry.orgUuid))) return 101005;
		for (const [field, code] of UNIQUE_PERSON_FIELDS) if (entry[field] !== undefined && taken.get(field)!.has(String(entry[field]))) return code;
		if (this.customPersonUuids && entry.uuid !== undefined) {
			if (typeof entry.uuid !== 'string' || entry.uuid.length < 1 || entry.uuid.length > 32) return 100003;
			if (this.usedPersonUuids.has(entry.uuid)) return 101099;
		}
		return undefined;
	}

	private handle(op: DocumentedEndpoint, path: string, body: Record<string, unknown>, file?: { data: Buffer; fileName: string }): unknown {
		switch (path) {
			// ── files ──
			case 'person/uploadImage':
			case 'person/config/uploadImage':
			case 'misc/file/upload':
			case 'misc/file/qualityJudge': {
				if (!file) throw new BoxError(101039);
				if (file.data.length > 10 * 1024 * 1024) throw new BoxError(101082);
				if (path !== 'misc/file/upload' && file.data.includes(Buffer.from('NOFACE'))) throw new BoxError(101070);
				if (path === 'misc/file/qualityJudge') return undefined;
				const uri = `_ZzEwMF9mb3JldmVyQnVja2V0_${newUuid()}`;
				this.uploads.push({ uri, size: file.data.length, fileName: file.fileName });
				return { uri };
			}
			// ── persons ──
			case 'person/batchAdd': {
				const list = body.personList as Array<Record<string, unknown>>;
				if (list.length > this.batchLimit) throw new BoxError(101067);
				const taken = new Map(UNIQUE_PERSON_FIELDS.map(([field]) => [field, new Set<string>()]));
				for (const person of this.persons.values())
					for (const [field] of UNIQUE_PERSON_FIELDS) if (person[field] !== undefined) taken.get(field)!.add(String(person[field]));
				const successes: unknown[] = [];
				const failures: unknown[] = [];
				for (const entry of list) {
					const { code: staffCode, ...rest } = entry;
					const problem = this.personProblem(entry, taken);
					if (problem) {
						failures.push({ ...rest, staffCode, code: problem, msg: MESSAGES[problem] ?? '参数不合法' });
						continue;
					}
					const uuid = this.customPersonUuids && typeof entry.uuid === 'string' ? entry.uuid : newUuid();
					const person: Person = { ...entry, uuid, name: String(entry.name), type: Number(entry.type), groupList: (entry.groupList as string[]) ?? [] };
					this.persons.set(person.uuid, person);
					this.usedPersonUuids.add(uuid);
					for (const [field] of UNIQUE_PERSON_FIELDS) if (entry[field] !== undefined) taken.get(field)!.add(String(entry[field]));
					for (const g of person.groupList) this.groups.get(g)?.members.push(person.uuid);
					successes.push({ ...rest, uuid: person.uuid, staffCode, code: 0, msg: '成功' });
				}
				return { successes, failures };
			}
			case 'person/batchDelete':
				return this.deleteIds(body.uuidList as string[], (id) => this.persons.delete(id), 101012);
			case 'person/update': {
				// every field but uuid is optional: the fields sent change, the others stay (the document does not say
				// that omitted fields are cleared); a unique field another person holds is refused with its code
				const person = this.person(body.uuid);
				for (const [field, code] of UNIQUE_PERSON_FIELDS)
					if (body[field] !== undefined && [...this.persons.values()].some((p) => p.uuid !== person.uuid && p[field] !== undefined && String(p[field]) === String(body[field]))) throw new BoxError(code);
				if (body.orgUuid !== undefined && !this.orgs.has(String(body.orgUuid))) throw new BoxError(101005);
				if (Array.isArray(body.groupList)) {
					for (const group of this.groups.values()) group.members = group.members.filter((m) => m !== person.uuid);
					for (const g of body.groupList as string[]) this.groups.get(g)?.members.push(person.uuid);
				}
				Object.assign(person, body);
				return undefined;
			}
			case 'person/list': {
				let all = [...this.persons.values()];
				if (body.type !== undefined) all = all.filter((p) => p.type === body.type);
				// the documented fuzzy-search fields
				for (const field of ['name', 'phone', 'identifyNum', 'email', 'code', 'cardNum'])
					if (body[field] !== undefined) all = all.filter((p) => p[field] !== undefined && String(p[field]).includes(String(body[field])));
				if (body.uniqueIdentify !== undefined) all = all.filter((p) => String(p.uniqueIdentify) === String(body.uniqueIdentify));
				if (body.orgUuid !== undefined) all = all.filter((p) => p.orgUuid === body.orgUuid);
				return this.page(all.map((p) => this.listed(p)), body);
			}
			case 'person/uuid/list':
				return (body.uuidList as string[]).filter((id) => this.persons.has(id)).map((id) => this.listed(this.persons.get(id)!));
			case 'person/query':
				return this.listed(this.person(body.uuid));
			case 'person/visitorCode':
				this.person(body.uuid);
				return { qrCode: 'data:image/png;base64,R0lGODlhAQABAAAAACw=', expireTime: Date.now() + 600_000 };
			case 'person/personUuidSwitch':
				return this.customPersonUuids
					? { personUuidSwitch: 1, personUuidSwitchMsg: '已开启人员uuid自定义，支持第三方自定义传入' }
					: { personUuidSwitch: 0, personUuidSwitchMsg: '已关闭人员uuid自定义，此时uuid系统内部生成' };
			// ── organizations ──
			case 'org/add': {
				if (!this.orgs.has(String(body.parentUuid))) throw new BoxError(101005);
				const org = { uuid: newUuid(), fullName: String(body.fullName), parentUuid: String(body.parentUuid) };
				this.orgs.set(org.uuid, org);
				return org;
			}
			case 'org/update': {
				const org = this.orgs.get(String(body.uuid));
				if (!org) throw new BoxError(101005);
				if (body.fullName !== undefined) org.fullName = String(body.fullName);
				return undefined;
			}
			case 'org/tree':
				return [...this.orgs.values()]
					.filter((o) => body.orgName === undefined || o.fullName.includes(String(body.orgName)))
					.map((o) => ({ orgUuid: o.uuid, orgName: o.fullName, parentUuid: o.parentUuid, childNum: [...this.persons.values()].filter((p) => p.orgUuid === o.uuid).length }));
			case 'org/delete': {
				if (!this.orgs.has(String(body.uuid))) throw new BoxError(101005);
				const parent = this.orgs.get(String(body.uuid))?.parentUuid ?? this.topOrg.uuid;
				this.orgs.delete(String(body.uuid));
				for (const p of [...this.persons.values()]) {
					if (p.orgUuid !== body.uuid) continue;
					// personInOrgHandleMode: 0 (default) deletes the department's people, 1 moves them to the parent
					if (body.personInOrgHandleMode === undefined || body.personInOrgHandleMode === 0) this.persons.delete(p.uuid);
					else p.orgUuid = parent;
				}
				return undefined;
			}
			case 'org/top/detail':
				return { orgUuid: this.topOrg.uuid, orgName: this.topOrg.fullName };
			// ── groups ──
			case 'pass/group/batchAdd': {
				const successes: unknown[] = [];
				const failures: unknown[] = [];
				for (const entry of (body.groupList as Array<Record<string, unknown>>) ?? []) {
					const name = String(entry.name ?? '');
					// the document's codes: 103134 name length 2~32, 103124 duplicate name, 103150 uuid used, 103001 any other failure
					const problem =
						name.length < 2 || name.length > 32
							? 103134
							: [...this.groups.values()].some((g) => g.name === name)
								? 103124
								: entry.uuid !== undefined && this.groups.has(String(entry.uuid))
									? 103150
									: ![1, 2, 3].includes(Number(entry.type))
										? 103001
										: undefined;
					if (problem) {
						failures.push({ ...entry, code: problem, msg: MESSAGES[problem] });
						continue;
					}
					const group = { uuid: String(entry.uuid ?? newUuid()), name, type: Number(entry.type), members: [] };
					this.groups.set(group.uuid, group);
					successes.push({ uuid: group.uuid, name, type: group.type, code: 0, msg: '成功', isAll: 0 });
				}
				return { successes, failures };
			}
			case 'pass/group/delete':
				if (this.group(body.uuid).isDefault) throw new BoxError(103123);
				this.groups.delete(String(body.uuid));
				return undefined;
			case 'pass/group/update': {
				// renames only: the default groups are fixed (103125), names stay unique (103124) and 2~32 long (103134)
				const group = this.group(body.uuid);
				const name = String(body.name);
				if (group.isDefault) throw new BoxError(103125);
				if (name.length < 2 || name.length > 32) throw new BoxError(103134);
				if ([...this.groups.values()].some((g) => g !== group && g.name === name)) throw new BoxError(103124);
				group.name = name;
				return undefined;
			}
			case 'pass/group/list':
				return this.page(
					[...this.groups.values()].filter((g) => g.type === body.type && (body.name === undefined || g.name.includes(String(body.name)))).map((g) => ({ uuid: g.uuid, name: g.name, type: g.type, personTotal: g.members.length })),
					body,
				);
			case 'pass/group/query': {
				const g = this.group(body.uuid);
				return { uuid: g.uuid, name: g.name, type: g.type, personTotal: g.members.length };
			}
			case 'pass/group/getDefaultGroup': {
				const stored = [...this.groups.values()].find((g) => g.isDefault && g.type === body.type);
				if (stored) return { uuid: stored.uuid, name: stored.name, type: stored.type, personTotal: stored.members.length };
				return { uuid: `default${String(body.type)}`, name: '默认组', type: body.type, personTotal: 0 };
			}
			case 'pass/group/batchDeletePerson': {
				const g = this.group(body.groupUuid);
				g.members = g.members.filter((m) => !(body.personUuids as string[]).includes(m));
				return undefined;
			}
			case 'pass/group/queryPersonListInGroup': {
				const g = this.group(body.uuid);
				if (g.type !== body.type) throw new BoxError(103101, '参数错误');
				return this.page(g.members.map((m) => ({ groupUuid: g.uuid, personUuid: m, personName: this.persons.get(m)?.name })), body);
			}
			case 'pass/group/batchUpdatePerson': {
				// replaces the whole member list (the document's usage flow 1.1 warns about it)
				const g = this.group(body.groupUuid);
				g.members = [...((body.personUuids as string[]) ?? [])];
				return undefined;
			}
			// ── devices ──
			case 'device/add': {
				const device = { ...body, uuid: newUuid(), name: String(body.name), bound: [] as string[] };
				if ([...this.devices.values()].some((d) => d.name === device.name)) return { successes: [], failures: [{ name: device.name, code: 102087, msg: '设备名称已存在' }] };
				this.devices.set(device.uuid, device);
				return { successes: [{ uuid: device.uuid, name: device.name, location: body.location, code: 0, msg: '成功' }], failures: [] };
			}
			case 'device/list':
				return this.page([...this.devices.values()].filter((d) => body.name === undefined || d.name.includes(String(body.name))).map(({ bound: _b, userPassword: _p, ...d }) => d), body);
			case 'device/query':
			case 'device/queryDeviceInfo': {
				const { userPassword: _p, bound, ...device } = this.device(body.uuid);
				return { ...device, bindDevices: bound.map((uuid) => ({ uuid })) };
			}
			case 'device/delete':
			case 'device/preDelete': {
				const device = this.device(body.uuid);
				if (path === 'device/preDelete') return { tag: device.bound.length ? 1 : 0 };
				this.devices.delete(device.uuid);
				return undefined;
			}
			case 'device/bind': {
				// full-set binding: whatever is missing from deviceUuids is unbound
				const device = this.device(body.uuid);
				device.bound = [...(body.deviceUuids as string[])];
				return undefined;
			}
			case 'device/unbind': {
				const device = this.device(body.uuid);
				device.bound = device.bound.filter((d) => d !== body.unBindDeviceUuid);
				return undefined;
			}
			// ── time plans ──
			case 'pass/schedule/addBatch': {
				const successes: unknown[] = [];
				const failures: unknown[] = [];
				for (const entry of body.scheduleList as Array<Record<string, unknown>>) {
					// the document's codes: 103149 time-plan uuid repeated, 103116 name repeated, 103106 more than 128 plans
					const problem = this.schedules.has(String(entry.uuid))
						? 103149
						: [...this.schedules.values()].some((plan) => plan.name === entry.name)
							? 103116
							: this.schedules.size >= 128
								? 103106
								: undefined;
					if (problem) {
						failures.push({ ...entry, code: problem, msg: MESSAGES[problem] });
						continue;
					}
					this.schedules.set(String(entry.uuid), { ...entry, uuid: String(entry.uuid), name: String(entry.name), type: Number(entry.type) });
					successes.push({ ...entry, code: 0, msg: '成功' });
				}
				return { successes, failures };
			}
			case 'pass/schedule/update': {
				const plan = this.schedules.get(String(body.uuid));
				if (!plan) throw new BoxError(103100);
				Object.assign(plan, body);
				return undefined;
			}
			case 'pass/schedule/delete':
				return this.deleteIds(body.uuidList as string[], (id) => this.schedules.delete(id), 103100);
			case 'pass/schedule/page':
				return this.page([...this.schedules.values()].filter((s) => s.type === body.type), body);
			case 'pass/schedule/details':
				return (body.uuidList as string[]).map((id) => this.schedules.get(id)).filter(Boolean);
			// ── doors ──
			// ── business-data push subscription: one per appKey ──
			case 'pubsub/busi/record/add':
				this.subscriptions.set(String(body.appKey), { appKey: String(body.appKey), pushUrl: String(body.pushUrl), busiTypes: body.busiTypes as number[] });
				return undefined;
			case 'pubsub/busi/record/query':
				return this.subscriptions.get(String(body.appKey ?? 'appkey1')) ?? {};
			case 'pubsub/busi/record/unbind':
				this.subscriptions.delete(String(body.appKey ?? 'appkey1'));
				return undefined;
			case 'sys/config/queryAFaceConfig':
				return { ...this.aFaceConfig };
			case 'sys/config/resetAFaceConfig':
				this.aFaceConfig = { attendanceRecordCallbackUrl: '', identifyRecordCallbackUrl: '', temperatureSwitch: 0, maskAlertSwitch: 0, healthKitSwitch: 0 };
				return { ...this.aFaceConfig };
			case 'sys/config/saveAFaceConfig':
				// the whole configuration is replaced: URLs not sent are cleared
				this.aFaceConfig = {
					attendanceRecordCallbackUrl: String(body.attendanceRecordCallbackUrl ?? ''),
					identifyRecordCallbackUrl: String(body.identifyRecordCallbackUrl ?? ''),
					temperatureSwitch: Number(body.temperatureSwitch),
					maskAlertSwitch: Number(body.maskAlertSwitch),
					healthKitSwitch: Number(body.healthKitSwitch),
				};
				return { ...this.aFaceConfig };
			case 'door/list':
				return this.page([...this.doors.values()], body);
			case 'door/queryConfig':
				return this.doorConfigs.get(String(body.uuid)) ?? { uuid: body.uuid, customConfig: { companyName: 'Megvii', showPersonName: 1 }, algorithmConfig: { recognitionThreshold: 80, livenessThreshold: 50 } };
			case 'door/config': {
				this.doorConfigs.set(String(body.uuid), { ...body });
				return undefined;
			}
			case 'door/alwaysOpenDoor':
			case 'door/alwaysCloseDoor':
			case 'door/normal': {
				const device = this.devices.get(String(body.uuid));
				if (device && device.deviceType !== 2) throw new BoxError(200314, '目前仅面板机支持远程长开、远程常闭、恢复正常');
				return undefined;
			}
			// ── pass rules ──
			case 'pass/authority/add':
				for (const deviceUuid of body.deviceUuids as string[]) this.authorities.push({ deviceUuid, scheduleUuid: String(body.scheduleUuid), groupUuids: body.groupUuids as string[] });
				return undefined;
			case 'pass/authority/list':
				return this.page(this.authorities, body);
			// ── batch id lists without state ──
			case 'attendance/device/batchAdd':
				return { successes: (body.uuids as string[]).map((uuid) => ({ uuid, attendanceDeviceUuid: newUuid(), code: 0, msg: '成功' })), failures: [] };
			case 'attendance/device/batchDelete':
			case 'attendance/group/batchDelete':
				return { successes: (body.uuids as string[]).map((uuid) => ({ uuid, code: 0, msg: '成功' })), failures: [] };
			case 'pass/rule/deleteBatch':
				return { successes: (body.ruleIdList as string[]).map((uuid) => ({ uuid, code: 0, msg: '成功' })), failures: [] };
			case 'pass/rule/addBatch':
				return { successes: (body.ruleList as Array<Record<string, unknown>>).map((r) => ({ ...r, uuid: newUuid(), code: 0, msg: '成功' })), failures: [] };
			// ── vehicle library: plates (122008) and unique identifiers (122026) are unique on the box ──
			case 'vehicle/batchAdd': {
				const successVehicles: unknown[] = [];
				const failVehicles: unknown[] = [];
				for (const entry of body.addVehicleBeans as Array<Record<string, unknown>>) {
					const problem = this.vehicleProblem(entry);
					if (problem) {
						failVehicles.push({ ...entry, code: problem, msg: MESSAGES[problem] });
						continue;
					}
					const vehicle = { ...entry, vehicleUuId: newUuid() };
					this.vehicles.set(vehicle.vehicleUuId, vehicle);
					successVehicles.push(vehicle);
				}
				return { successVehicles, failVehicles };
			}
			case 'vehicle/update': {
				// the document's example sends every field, empty ones included, and does not say that a field left out
				// is kept: the simulator takes the body as the whole vehicle (the stricter reading)
				const current = this.vehicle(body.vehicleUuId);
				const problem = this.vehicleProblem(body, current.vehicleUuId);
				if (problem) throw new BoxError(problem);
				this.vehicles.set(current.vehicleUuId, { ...body, vehicleUuId: current.vehicleUuId });
				return undefined;
			}
			case 'vehicle/query':
				return this.listedVehicle(this.vehicle(body.vehicleUuId));
			case 'vehicle/batchDelete': {
				const ids = body.vehicleUuIdList as string[];
				const gone = ids.filter((id) => !this.vehicles.has(id));
				for (const id of ids) this.vehicles.delete(id);
				return {
					successVehicles: ids.filter((id) => !gone.includes(id)).map((vehicleUuId) => ({ vehicleUuId })),
					failVehicles: gone.map((vehicleUuId) => ({ vehicleUuId, code: 122009, msg: MESSAGES[122009] })),
				};
			}
			case 'vehicle/list': {
				let all = [...this.vehicles.values()];
				if (body.plateNumber !== undefined && body.plateNumber !== null) all = all.filter((v) => String(v.plateNumber).includes(String(body.plateNumber)));
				for (const field of ['personUuId', 'plateType', 'vehicleType'])
					if (body[field] !== undefined && body[field] !== null) all = all.filter((v) => v[field] === body[field]);
				return this.page(all.map((v) => this.listedVehicle(v)), body);
			}
			case 'photo/mvsn/virtualGroup/batchAddPerson':
				return (body.personUuidList as string[]).map((personUuid) => ({ personUuid, compFaceId: `29-${newUuid()}` }));
			case 'photo/mvsn/virtualGroup/batchDeletePerson':
				return { errorPersonIdList: [] };
			case 'device/info':
				return { name: 'AIoT视图综合应用一体机', version: 'V1.0.2.0' };
			case 'person/track/query':
				// error 121042: personUuid and profileUuid may be neither both empty nor both present
				if ((body.personUuid === undefined) === (body.profileUuid === undefined)) throw new BoxError(121042);
				return this.page([], body);
			default:
				// documented response shape: paged lists, arrays, or an object / nothing
				if (op.responseData === 'page') return this.page([], body);
				if (op.responseData === 'array') return [];
				return op.responseData === 'none' ? undefined : {};
		}
	}

	/** A vehicle as List and Get answer it: with its owner's name and type. */
	private listedVehicle(vehicle: Record<string, unknown>): Record<string, unknown> {
		const owner = vehicle.personUuId ? this.persons.get(String(vehicle.personUuId)) : undefined;
		return { ...vehicle, ...(owner ? { personName: owner.name, personType: owner.type } : {}) };
	}

	private vehicle(uuid: unknown) {
		const vehicle = this.vehicles.get(String(uuid));
		if (!vehicle) throw new BoxError(122009);
		return vehicle;
	}

	/** Checks a vehicle entry as the document's field table and codes describe it (`self`: the vehicle an update changes). */
	private vehicleProblem(entry: Record<string, unknown>, self?: string): number | undefined {
		const plate = entry.plateNumber;
		if (plate === undefined || plate === null || plate === '') return 122019;
		if (!/^[0-9A-Za-z\u4e00-\u9fff]{1,16}$/.test(String(plate))) return 122020;
		const others = [...this.vehicles.values()].filter((v) => v.vehicleUuId !== self);
		if (others.some((v) => v.plateNumber === plate)) return 122008;
		if (entry.uniqueIdentify !== undefined && entry.uniqueIdentify !== '' && others.some((v) => v.uniqueIdentify === entry.uniqueIdentify)) return 122026;
		return undefined;
	}

	private group(uuid: unknown) {
		const group = this.groups.get(String(uuid));
		if (!group) throw new BoxError(103126);
		return group;
	}

	private device(uuid: unknown) {
		const device = this.devices.get(String(uuid));
		if (!device) throw new BoxError(102113);
		return device;
	}

	private deleteIds(ids: string[], remove: (id: string) => boolean, missingCode: number): unknown {
		if (ids.length > this.batchLimit) throw new BoxError(101067);
		const successes: unknown[] = [];
		const failures: unknown[] = [];
		for (const uuid of ids) {
			if (remove(uuid)) successes.push({ uuid });
			else failures.push({ uuid, code: missingCode, msg: MESSAGES[missingCode] ?? '失败' });
		}
		return { successes, failures };
	}
}

/** POSTs a push the way the box would (no signature is documented). */
export async function pushTo(url: string, body: unknown): Promise<{ status: number; body: unknown }> {
	const response = await fetch(url, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
	const text = await response.text();
	try {
		return { status: response.status, body: JSON.parse(text) };
	} catch {
		return { status: response.status, body: text };
	}
}

/** Minimal multipart/form-data parser: text fields and file parts. */
export function parseMultipart(request: SimRequest): { fields: Record<string, unknown>; files: Record<string, { data: Buffer; fileName: string }> } {
	const type = String(request.headers['content-type'] ?? '');
	const boundary = /boundary=([^;]+)/.exec(type)?.[1];
	const fields: Record<string, unknown> = {};
	const files: Record<string, { data: Buffer; fileName: string }> = {};
	if (!boundary) return { fields, files };
	const raw = request.rawBody;
	const delimiter = Buffer.from(`--${boundary}`);
	let position = raw.indexOf(delimiter);
	while (position !== -1) {
		const start = position + delimiter.length;
		const next = raw.indexOf(delimiter, start);
		if (next === -1) break;
		const part = raw.subarray(start + 2, next - 2);
		const headerEnd = part.indexOf('\r\n\r\n');
		if (headerEnd !== -1) {
			const headers = part.subarray(0, headerEnd).toString('utf8');
			const content = part.subarray(headerEnd + 4);
			const name = /name="([^"]*)"/.exec(headers)?.[1] ?? '';
			const fileName = /filename="([^"]*)"/.exec(headers)?.[1];
			if (fileName !== undefined) files[name] = { data: Buffer.from(content), fileName };
			else fields[name] = /^-?\d+$/.test(content.toString('utf8')) ? Number(content.toString('utf8')) : content.toString('utf8');
		}
		position = next;
	}
	return { fields, files };
}
