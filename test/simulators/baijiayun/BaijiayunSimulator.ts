/**
 * Baijiayun dual-teacher classroom simulator: the 21 endpoints of the vendor document with state (zones, devices,
 * room bindings, lessons), signature and timestamp checks per Baijiayun's signing rule, the documented
 * {code, msg, data, ts} envelope, the 200-requests-per-10-s limit, and signed callbacks.
 *
 * Written from the document, independently of the node code: it signs with its own MD5 routine.
 * Where the document is silent the simulator decides, and says so:
 *  - parameter errors answer code 1002 with a Chinese message (no error table is documented);
 *  - throttling answers HTTP 429 (the stated limit has no documented error shape);
 *  - timestamps more than 300 s from the server clock are rejected with code 1001.
 */
import { createHash } from 'node:crypto';

import { postCallback, SimulatorServer, type SimRequest, type SimResponse } from '../common/SimulatorServer';

const PREFIX = '/openapi/double_teacher/';

export interface Zone {
	zone_id: number;
	zone_unique: number;
	area_id: number;
	name: string;
	address: string;
	create_time: string;
}

export interface Device {
	device_id: number;
	device_unique: string;
	zone_id: number;
	user_role: number;
	class_name: string;
	address: string;
	create_time: string;
	install_date: string;
	first_active_date: string;
	max_user: number;
	confirm_pic: string;
	class_spot: string[];
	province: string;
	city: string;
	use_type: number;
	status: number;
}

export interface Lesson {
	id: number;
	partner_id: number;
	room_id: number;
	date: string;
	title: string;
	serial_number: number;
	start_time: string;
	end_time: string;
	teacher_name: string;
	create_time: string;
	update_time: string;
}

class ParamError extends Error {}

export function signParams(params: Record<string, string>, partnerKey: string): string {
	const text =
		Object.keys(params)
			.filter((k) => k !== 'sign')
			.sort()
			.map((k) => `${k}=${params[k]}`)
			.join('&') + `&partner_key=${partnerKey}`;
	return createHash('md5').update(text, 'utf8').digest('hex');
}

function now(): string {
	return new Date().toISOString().replace('T', ' ').slice(0, 19);
}

export class BaijiayunSimulator extends SimulatorServer {
	/** partner_id → partner_key of the accounts the server knows */
	readonly partners = new Map<string, string>();

	readonly zones = new Map<number, Zone>();

	readonly devices = new Map<number, Device>();

	/** room_id → device_id → binding */
	readonly bindings = new Map<number, Map<number, { bind_id: number; user_role: number }>>();

	readonly roomInfo = new Map<number, { title: string; teacher_name: string }>();

	readonly lessons = new Map<number, Lesson[]>();

	private nextId = { zone: 1, device: 1, bind: 1, lesson: 1 };

	/** request start times per partner, for the rate limit */
	private readonly window = new Map<string, number[]>();

	rateLimit = { limit: 200, windowMs: 10_000 };

	maxClockSkewSeconds = 300;

	constructor(partnerId = '12345678', partnerKey = 'test-partner-key') {
		super('Baijiayun');
		this.partners.set(partnerId, partnerKey);
	}

	/** A device appears when it is activated on site; the API cannot create one. */
	addDevice(fields: Partial<Device> = {}): Device {
		const id = this.nextId.device++;
		const device: Device = {
			device_id: id,
			device_unique: `DEV-${String(id).padStart(6, '0')}`,
			zone_id: 0,
			user_role: 0,
			class_name: `Classroom ${id}`,
			address: '',
			create_time: now(),
			install_date: now().slice(0, 10),
			first_active_date: now().slice(0, 10),
			max_user: 10,
			confirm_pic: '',
			class_spot: [],
			province: '',
			city: '',
			use_type: 1,
			status: 0,
			...fields,
		};
		this.devices.set(device.device_id, device);
		return device;
	}

	/** Sends a signed callback the way Baijiayun would (form-encoded POST); returns the receiver's answer. */
	async sendCallback(
		url: string,
		params: Record<string, string | number>,
		options: { partnerId?: string; sign?: string | null; timestamp?: number } = {},
	): Promise<{ status: number; body: unknown }> {
		const partnerId = options.partnerId ?? [...this.partners.keys()][0];
		const key = this.partners.get(partnerId) ?? '';
		const all: Record<string, string> = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
		all.timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
		if (options.sign !== null) all.sign = options.sign ?? signParams(all, key);
		return await postCallback(url, new URLSearchParams(all).toString(), 'application/x-www-form-urlencoded');
	}

	protected throttleResponse(): SimResponse {
		return { status: 429, body: { code: 429, msg: '请求过于频繁', data: null, ts: Math.floor(Date.now() / 1000) } };
	}

	protected route(request: SimRequest): SimResponse {
		if (!request.path.startsWith(PREFIX)) return { status: 404, body: { code: 404, msg: 'not found' } };
		if (request.method !== 'POST') return { status: 405, body: { code: 405, msg: 'method not allowed' } };
		const params = { ...request.query, ...(request.body as Record<string, string>) };

		const partnerId = params.partner_id;
		const key = partnerId === undefined ? undefined : this.partners.get(partnerId);
		if (!key) return this.fail(1001, 'partner_id 错误');
		if (!params.sign || signParams(params, key) !== params.sign) return this.fail(1001, '签名错误');
		const ts = Number(params.timestamp);
		if (!Number.isInteger(ts) || Math.abs(Date.now() / 1000 - ts) > this.maxClockSkewSeconds)
			return this.fail(1001, 'timestamp 过期');
		if (!this.admit(partnerId)) return this.throttleResponse();

		const action = request.path.slice(PREFIX.length);
		const handler = (this.handlers as Record<string, ((p: Record<string, string>) => unknown) | undefined>)[action];
		if (!handler) return { status: 404, body: { code: 404, msg: 'not found' } };
		try {
			return this.ok(handler.call(this, params));
		} catch (error) {
			if (error instanceof ParamError) return this.fail(1002, error.message);
			throw error;
		}
	}

	private admit(partnerId: string): boolean {
		const t = Date.now();
		const starts = (this.window.get(partnerId) ?? []).filter((s) => t - s < this.rateLimit.windowMs);
		if (starts.length >= this.rateLimit.limit) {
			this.window.set(partnerId, starts);
			return false;
		}
		starts.push(t);
		this.window.set(partnerId, starts);
		return true;
	}

	private ok(data: unknown): SimResponse {
		return { status: 200, body: { code: 0, data: data ?? null, msg: '', ts: Math.floor(Date.now() / 1000) } };
	}

	private fail(code: number, msg: string): SimResponse {
		return { status: 200, body: { code, data: null, msg, ts: Math.floor(Date.now() / 1000) } };
	}

	// ── parameter checks ───────────────────────────────────────────────────────
	private int(p: Record<string, string>, name: string, required = true): number | undefined {
		const v = p[name];
		if (v === undefined || v === '') {
			if (required) throw new ParamError(`${name} 不能为空`);
			return undefined;
		}
		if (!/^-?\d+$/.test(v)) throw new ParamError(`${name} 必须是整数`);
		return Number(v);
	}

	private str(p: Record<string, string>, name: string, required = true, maxLength?: number): string | undefined {
		const v = p[name];
		if (v === undefined || v === '') {
			if (required) throw new ParamError(`${name} 不能为空`);
			return undefined;
		}
		if (maxLength !== undefined && [...v].length > maxLength) throw new ParamError(`${name} 长度不能超过${maxLength}个字符`);
		return v;
	}

	private ids(p: Record<string, string>, name: string): number[] {
		const v = this.str(p, name)!;
		const parts = v.split(',');
		if (parts.some((x) => !/^\d+$/.test(x))) throw new ParamError(`${name} 格式错误`);
		return parts.map(Number);
	}

	private role(p: Record<string, string>, required = true): number | undefined {
		const r = this.int(p, 'user_role', required);
		if (r !== undefined && r !== 0 && r !== 1) throw new ParamError('user_role 只能是0或1');
		return r;
	}

	private paging(p: Record<string, string>): { page: number; size: number } {
		const page = this.int(p, 'page', false) ?? 1;
		const size = this.int(p, 'page_size', false) ?? 10;
		if (page < 1) throw new ParamError('page 从1开始');
		if (size < 1 || size > 1000) throw new ParamError('page_size 不得超过1000');
		return { page, size };
	}

	private device(id: number): Device {
		const device = this.devices.get(id);
		if (!device) throw new ParamError('设备不存在');
		return device;
	}

	private lessonTimes(date: string, start: string, end: string): { start_time: string; end_time: string } {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ParamError('date 格式错误');
		const full = (t: string) => (/^\d{2}:\d{2}$/.test(t) ? `${date} ${t}:00` : /^\d{2}:\d{2}:\d{2}$/.test(t) ? `${date} ${t}` : t);
		return { start_time: full(start), end_time: full(end) };
	}

	private roomBindings(roomId: number) {
		if (!this.bindings.has(roomId)) this.bindings.set(roomId, new Map());
		return this.bindings.get(roomId)!;
	}

	private readonly handlers = {
		addZone(this: BaijiayunSimulator, p: Record<string, string>) {
			const zone_unique = this.int(p, 'zone_unique')!;
			const area_id = this.int(p, 'area_id')!;
			const name = this.str(p, 'name', true, 100)!;
			const address = this.str(p, 'address', true, 255)!;
			if ([...this.zones.values()].some((z) => z.zone_unique === zone_unique)) throw new ParamError('校区唯一编码已存在');
			const zone: Zone = { zone_id: this.nextId.zone++, zone_unique, area_id, name, address, create_time: now() };
			this.zones.set(zone.zone_id, zone);
			return { zone_id: zone.zone_id };
		},
		listZone(this: BaijiayunSimulator, p: Record<string, string>) {
			const { page, size } = this.paging(p);
			const all = [...this.zones.values()].map(({ area_id: _a, ...zone }) => zone);
			return { total: all.length, list: all.slice((page - 1) * size, page * size) };
		},
		updateZone(this: BaijiayunSimulator, p: Record<string, string>) {
			const zone = this.zones.get(this.int(p, 'zone_id')!);
			if (!zone) throw new ParamError('校区不存在');
			const area_id = this.int(p, 'area_id', false);
			const name = this.str(p, 'name', false, 100);
			const address = this.str(p, 'address', false, 255);
			if (area_id !== undefined) zone.area_id = area_id;
			if (name !== undefined) zone.name = name;
			if (address !== undefined) zone.address = address;
			return { zone_id: zone.zone_id };
		},
		deleteZone(this: BaijiayunSimulator, p: Record<string, string>) {
			const zoneId = this.int(p, 'zone_id')!;
			if (!this.zones.has(zoneId)) throw new ParamError('校区不存在');
			if ([...this.devices.values()].some((d) => d.zone_id === zoneId)) throw new ParamError('校区下有录入设备,不能删除');
			this.zones.delete(zoneId);
			return { zone_id: zoneId };
		},
		listDevice(this: BaijiayunSimulator, p: Record<string, string>) {
			const zoneId = this.int(p, 'zone_id', false);
			const { page, size } = this.paging(p);
			const all = [...this.devices.values()]
				.filter((d) => zoneId === undefined || d.zone_id === zoneId)
				.map(({ use_type: _u, status: _s, ...device }) => device);
			return { total: all.length, list: all.slice((page - 1) * size, page * size) };
		},
		updateDeviceInfo(this: BaijiayunSimulator, p: Record<string, string>) {
			const device = this.device(this.int(p, 'device_id')!);
			const zoneId = this.int(p, 'zone_id', false);
			if (zoneId !== undefined && !this.zones.has(zoneId)) throw new ParamError('校区不存在');
			const useType = this.int(p, 'use_type', false);
			if (useType !== undefined && useType !== 1 && useType !== 2) throw new ParamError('use_type 只能是1或2');
			const status = this.int(p, 'status', false);
			if (status !== undefined && status !== 0 && status !== 1) throw new ParamError('status 只能是0或1');
			const role = this.role(p, false);
			const className = this.str(p, 'class_name', false);
			const address = this.str(p, 'address', false);
			Object.assign(device, {
				...(zoneId !== undefined ? { zone_id: zoneId } : {}),
				...(useType !== undefined ? { use_type: useType } : {}),
				...(status !== undefined ? { status } : {}),
				...(role !== undefined ? { user_role: role } : {}),
				...(className !== undefined ? { class_name: className } : {}),
				...(address !== undefined ? { address } : {}),
			});
			return { device_id: device.device_id };
		},
		bindDevice(this: BaijiayunSimulator, p: Record<string, string>) {
			const roomId = this.int(p, 'room_id')!;
			const device = this.device(this.int(p, 'device_id')!);
			const role = this.role(p)!;
			const bind_id = this.nextId.bind++;
			this.roomBindings(roomId).set(device.device_id, { bind_id, user_role: role });
			return { bind_id };
		},
		bindStudentDeviceBatch(this: BaijiayunSimulator, p: Record<string, string>) {
			const roomId = this.int(p, 'room_id')!;
			const succ_list: number[] = [];
			for (const id of this.ids(p, 'device_ids')) {
				if (!this.devices.has(id)) continue;
				this.roomBindings(roomId).set(id, { bind_id: this.nextId.bind++, user_role: 0 });
				succ_list.push(id);
			}
			return { succ_list };
		},
		bindRoomBatch(this: BaijiayunSimulator, p: Record<string, string>) {
			const roomIds = this.ids(p, 'room_ids');
			const device = this.device(this.int(p, 'device_id')!);
			const role = this.role(p)!;
			for (const roomId of roomIds) this.roomBindings(roomId).set(device.device_id, { bind_id: this.nextId.bind++, user_role: role });
			return { succ_list: roomIds };
		},
		unbindDevice(this: BaijiayunSimulator, p: Record<string, string>) {
			const roomId = this.int(p, 'room_id')!;
			const deviceId = this.int(p, 'device_id')!;
			const binding = this.bindings.get(roomId)?.get(deviceId);
			if (!binding) throw new ParamError('设备未绑定该课程');
			this.bindings.get(roomId)!.delete(deviceId);
			return { bind_id: binding.bind_id };
		},
		unbindDeviceBatch(this: BaijiayunSimulator, p: Record<string, string>) {
			const roomId = this.int(p, 'room_id')!;
			let count = 0;
			for (const id of this.ids(p, 'device_ids')) if (this.bindings.get(roomId)?.delete(id)) count++;
			return { count };
		},
		setAllStudentDevice(this: BaijiayunSimulator, p: Record<string, string>) {
			const roomId = this.int(p, 'room_id')!;
			const ids = this.ids(p, 'device_ids').filter((id) => this.devices.has(id));
			const room = this.roomBindings(roomId);
			for (const [id, binding] of room) if (binding.user_role === 0) room.delete(id);
			for (const id of ids) room.set(id, { bind_id: this.nextId.bind++, user_role: 0 });
			return { count: ids.length };
		},
		getRoomDeviceInfo(this: BaijiayunSimulator, p: Record<string, string>) {
			const roomId = this.int(p, 'room_id')!;
			const { page, size } = this.paging(p);
			const all = [...(this.bindings.get(roomId) ?? new Map()).keys()].map((id) => {
				const d = this.devices.get(id)!;
				return {
					device_id: d.device_id,
					device_unique: d.device_unique,
					zone_id: d.zone_id,
					class_name: d.class_name,
					address: d.address,
					user_role: this.bindings.get(roomId)!.get(id)!.user_role,
					use_type: d.use_type,
					status: d.status,
				};
			});
			return { room_device_list: all.slice((page - 1) * size, page * size), total: all.length };
		},
		getRecentActivateRecord(this: BaijiayunSimulator, p: Record<string, string>) {
			const device = this.device(this.int(p, 'device_id')!);
			return {
				device_id: device.device_id,
				device_unique: device.device_unique,
				activate_record: { activate_time: `${device.first_active_date} 09:00:00`, activate_length: 365 },
			};
		},
		setRoomScheduleInfo(this: BaijiayunSimulator, p: Record<string, string>) {
			const roomId = this.int(p, 'room_id')!;
			this.roomInfo.set(roomId, { title: this.str(p, 'title')!, teacher_name: this.str(p, 'teacher_name')! });
			return null;
		},
		setRoomSchedules(this: BaijiayunSimulator, p: Record<string, string>) {
			const roomId = this.int(p, 'room_id')!;
			const title = this.str(p, 'title')!;
			const teacher = this.str(p, 'teacher_name')!;
			let schedule: unknown;
			try {
				schedule = JSON.parse(this.str(p, 'schedule')!);
			} catch {
				throw new ParamError('schedule 不是合法的json');
			}
			if (!Array.isArray(schedule)) throw new ParamError('schedule 必须是数组');
			const seen = new Set<string>();
			const lessons = schedule.map((entry: Record<string, unknown>) => {
				for (const f of ['serial_number', 'date', 'title', 'start_time', 'end_time'])
					if (entry[f] === undefined || entry[f] === '') throw new ParamError(`schedule.${f} 不能为空`);
				const key = `${String(entry.date)}#${String(entry.serial_number)}`;
				if (seen.has(key)) throw new ParamError('同一课程同一天的课节编号不可重复');
				seen.add(key);
				return this.makeLesson(roomId, {
					serial_number: String(entry.serial_number),
					date: String(entry.date),
					title: String(entry.title),
					start_time: String(entry.start_time),
					end_time: String(entry.end_time),
					teacher_name: String(entry.teacher_name ?? ''),
				});
			});
			this.roomInfo.set(roomId, { title, teacher_name: teacher });
			this.lessons.set(roomId, lessons);
			return null;
		},
		addSchedule(this: BaijiayunSimulator, p: Record<string, string>) {
			const roomId = this.int(p, 'room_id')!;
			const lesson = this.makeLesson(roomId, p);
			const list = this.lessons.get(roomId) ?? [];
			if (list.some((l) => l.serial_number === lesson.serial_number && l.date === lesson.date))
				throw new ParamError('同一课程同一天的课节编号不可重复');
			list.push(lesson);
			this.lessons.set(roomId, list);
			return null;
		},
		updateSchedule(this: BaijiayunSimulator, p: Record<string, string>) {
			const roomId = this.int(p, 'room_id')!;
			const serial = this.int(p, 'serial_number')!;
			const lesson = (this.lessons.get(roomId) ?? []).find((l) => l.serial_number === serial);
			if (!lesson) throw new ParamError('课节不存在');
			const updated = this.makeLesson(roomId, p);
			Object.assign(lesson, { ...updated, id: lesson.id, create_time: lesson.create_time });
			return null;
		},
		deleteScheduleBatch(this: BaijiayunSimulator, p: Record<string, string>) {
			const roomId = this.int(p, 'room_id')!;
			const serials = new Set(this.ids(p, 'serial_numbers'));
			this.lessons.set(roomId, (this.lessons.get(roomId) ?? []).filter((l) => !serials.has(l.serial_number)));
			return null;
		},
		deleteAllSchedule(this: BaijiayunSimulator, p: Record<string, string>) {
			this.lessons.delete(this.int(p, 'room_id')!);
			return null;
		},
		getAllSchedule(this: BaijiayunSimulator, p: Record<string, string>) {
			return { list: this.lessons.get(this.int(p, 'room_id')!) ?? [] };
		},
	};

	private makeLesson(roomId: number, p: Record<string, string>): Lesson {
		const serial = this.int(p, 'serial_number')!;
		const date = this.str(p, 'date')!;
		const times = this.lessonTimes(date, this.str(p, 'start_time')!, this.str(p, 'end_time')!);
		return {
			id: this.nextId.lesson++,
			partner_id: Number([...this.partners.keys()][0]),
			room_id: roomId,
			date,
			title: this.str(p, 'title')!,
			serial_number: serial,
			...times,
			teacher_name: p.teacher_name ?? '',
			create_time: now(),
			update_time: now(),
		};
	}
}
