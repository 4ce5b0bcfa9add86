/**
 * Every interface of the Gensee document (5.1–5.59) executed through a workflow in n8n-core against the
 * simulator. Each case states what the document requires on the wire: POST to the corrected path under
 * /integration/site, form-encoded, the documented parameter names (Id with a capital I for room/mini-room
 * modify, recordId[0]=… for recording lists, §3.3 times), and checks the answer's documented fields.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { vendorDocument } from '../fixtures/documents';
import { BASE_PATH, parseTime, type GenseeSimulator } from '../simulators/gensee/GenseeSimulator';
import { LOGIN, PASSWORD, startGensee } from './setup';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const START = '2026-12-01T08:00:00.000Z';
const START_MS = Date.parse(START);

interface Case {
	title: string;
	resource: string;
	operation: string;
	/** the documented path (corrected where the document has stray spaces) */
	path: string;
	params: (sim: GenseeSimulator) => IDataObject;
	/** documented form fields the request must carry */
	form?: (sim: GenseeSimulator) => Record<string, string>;
	check?: (items: INodeExecutionData[], form: Record<string, string>, sim: GenseeSimulator) => void;
}

let sim: GenseeSimulator;
let run: Awaited<ReturnType<typeof startGensee>>['run'];
const ids: Record<string, string> = {};

function seed(s: GenseeSimulator) {
	const room = s.addRoom({ subject: 'Seed room' });
	const other = s.addRoom({ subject: 'Relay source' });
	const record = s.addRecord();
	const record2 = s.addRecord();
	const courseware = s.addCourseware({ roomId: room.id });
	const doc = s.addDoc();
	s.vodViews.set(String(courseware.id), 42);
	room.groups.push({ code: 'g1', name: 'Group 1' });
	room.relays.add(other.id);
	const famous = s.addRoom({ kind: 'famous', subject: 'Famous' });
	const tutoring = s.addRoom({ kind: 'tutoring', famousId: famous.id, subject: 'Class 1' });
	const mini = s.addRoom({ kind: 'mini', subject: 'Mini', duration: 60, students: [{ id: 1, name: 'Ann' }] });
	s.warmups.set('wu1', { id: 'wu1', name: 'Warm', recordId: String(record.id), mode: 1 });
	s.accounts.set('teacher1', { password: 'secret1', role: 'teacher', name: 'T1' });
	const busy = s.addBusyRoom(Date.UTC(2026, 8, 1), 10);
	Object.assign(ids, {
		room: room.id, other: other.id, record: String(record.id), record2: String(record2.id), courseware: String(courseware.id),
		doc: String(doc.Id), famous: famous.id, tutoring: tutoring.id, mini: mini.id, busy: busy.id,
	});
	// a room created at a fixed instant, for room/sync (creation day in China time: 2026-11-20)
	s.addRoom({ subject: 'Created on the 20th', createdAt: Date.UTC(2026, 10, 20, 4, 0) });
}

const json = (items: INodeExecutionData[]) => items.map((i) => i.json);

const cases: Case[] = [
	// ── classrooms ──
	{
		title: '5.1 create a live classroom', resource: 'room', operation: 'create', path: '/training/room/created',
		params: () => ({ subject: 'Algebra', startDate: START, realtime: true, additionalFields: { teacherToken: 'teach6789', uiMode: 2, webJoin: false, duration: 90 } }),
		form: () => ({ subject: 'Algebra', realtime: 'true', teacherToken: 'teach6789', uiMode: '2', webJoin: 'false', duration: '90' }),
		check: (items, form) => {
			expect(parseTime(form.startDate)).toBe(START_MS);
			expect(items[0].json).toMatchObject({ teacherToken: 'teach6789', startDate: START_MS, startDateIso: START });
			expect(typeof items[0].json.id).toBe('string');
			expect(items[0].json).not.toHaveProperty('code');
		},
	},
	{
		title: '5.2 modify a live classroom (Id with a capital I)', resource: 'room', operation: 'update', path: '/training/room/modify',
		params: () => ({ id: rl(ids.room), subject: 'Renamed', startDate: START, realtime: false }),
		form: () => ({ Id: ids.room, subject: 'Renamed', realtime: 'false' }),
		check: (items, _f, s) => {
			expect(items[0].json).toEqual({ success: true });
			expect(s.rooms.get(ids.room)!.subject).toBe('Renamed');
		},
	},
	{
		title: '5.4 get classroom info', resource: 'room', operation: 'get', path: '/training/room/info',
		params: () => ({ roomId: rl(ids.room) }), form: () => ({ roomId: ids.room }),
		check: (items) => expect(items[0].json).toMatchObject({ id: ids.room, groupList: [{ code: 'g1' }] }),
	},
	{
		title: '5.41 query live status', resource: 'room', operation: 'getStatus', path: '/training/query/status',
		params: () => ({ roomId: rl(ids.room) }), form: () => ({ roomId: ids.room }),
		check: (items) => expect(items[0].json).toEqual({ status: 0 }),
	},
	{
		title: '5.30 set the 263 telephone conference', resource: 'room', operation: 'setTelconf', path: '/training/room/telconf',
		params: () => ({ roomId: rl(ids.room), additionalFields: { siteName: 'acc263', sitePassword: 'pw263', callinSupport: true, callinNum: '4000' } }),
		form: () => ({ roomId: ids.room, siteName: 'acc263', sitePassword: 'pw263', callinSupport: 'true', callinNum: '4000' }),
	},
	{
		title: '5.54 rooms created on a day', resource: 'room', operation: 'syncByDay', path: '/training/room/sync',
		params: () => ({ returnAll: true, additionalFields: { createTime: '2026-11-20T12:00:00', status: -1 } }),
		form: () => ({ pageNo: '1', status: '-1' }),
		check: (items, form) => {
			expect(form.createTime.slice(0, 10)).toBe('2026-11-20');
			expect(json(items).map((r) => r.subject)).toEqual(['Created on the 20th']);
		},
	},
	{
		title: '5.59 set the student list (JSON array string)', resource: 'room', operation: 'setStudentList', path: '/training/room/student/list',
		params: () => ({ roomId: rl(ids.room), studentListInfo: '[{"id":111,"name":"张三"},{"id":22,"name":"李四"}]', additionalFields: { cover: true, expireTime: 30 } }),
		form: () => ({ roomId: ids.room, cover: 'true', expireTime: '30' }),
		check: (_i, form, s) => {
			expect(JSON.parse(form.studentListInfo)).toEqual([{ id: 111, name: '张三' }, { id: 22, name: '李四' }]);
			expect(s.rooms.get(ids.room)!.students.map((x) => x.id)).toEqual([111, 22]);
		},
	},
	// ── coursewares ──
	{
		title: '5.5 coursewares of a room', resource: 'courseware', operation: 'listByRoom', path: '/training/courseware/list',
		params: () => ({ roomId: rl(ids.room), returnAll: true }), form: () => ({ roomId: ids.room }),
		check: (items) => expect(json(items).map((c) => c.id)).toEqual([ids.courseware]),
	},
	{
		title: '5.6 courseware info', resource: 'courseware', operation: 'get', path: '/training/courseware/info',
		params: () => ({ coursewareId: rl(ids.courseware) }), form: () => ({ coursewareId: ids.courseware }),
		check: (items) => expect(items[0].json.id).toBe(ids.courseware),
	},
	{
		title: '5.7 modify courseware', resource: 'courseware', operation: 'update', path: '/training/courseware/modify',
		params: () => ({ id: rl(ids.courseware), subject: 'New name', additionalFields: { autoPlay: false, mobileMode: 3 } }),
		form: () => ({ id: ids.courseware, subject: 'New name', autoPlay: 'false', mobileMode: '3' }),
	},
	{
		title: '5.38 courseware view count', resource: 'courseware', operation: 'getViewCount', path: '/training/vod/vodview',
		params: () => ({ id: rl(ids.courseware) }), form: () => ({ id: ids.courseware }),
		check: (items) => expect(items[0].json).toEqual({ total: 42 }),
	},
	{
		title: '5.11 coursewares (paged sync)', resource: 'courseware', operation: 'sync', path: '/training/courseware/syn',
		params: () => ({ returnAll: true }), form: () => ({ pageNo: '1' }),
		check: (items) => expect(json(items).length).toBeGreaterThanOrEqual(1),
	},
	{
		title: '5.8 delete courseware', resource: 'courseware', operation: 'delete', path: '/training/courseware/deleted',
		params: () => ({ coursewareId: rl(ids.courseware) }), form: () => ({ coursewareId: ids.courseware }),
		check: (_i, _f, s) => expect(s.coursewares.has(ids.courseware)).toBe(false),
	},
	// ── teachers ──
	{
		title: '5.9 create a teacher', resource: 'teacher', operation: 'create', path: '/training/teacher/created',
		params: () => ({ teacherLoginName: 'newteacher', teacherPassword: 'abcdef12', name: 'New Teacher', additionalFields: { maxPoints: 100, maxVodPoints: 50, validDate: START } }),
		form: () => ({ teacherLoginName: 'newteacher', teacherPassword: 'abcdef12', name: 'New Teacher', maxPoints: '100', maxVodPoints: '50' }),
		check: (_i, form, s) => {
			expect(parseTime(form.validDate)).toBe(START_MS);
			expect(s.accounts.get('newteacher')).toMatchObject({ role: 'teacher', name: 'New Teacher' });
		},
	},
	{
		title: '5.40 modify a teacher', resource: 'teacher', operation: 'update', path: '/training/teacher/modify',
		params: () => ({ teacherLoginName: 'teacher1', teacherPassword: 'changed1', name: 'Renamed' }),
		form: () => ({ teacherLoginName: 'teacher1', teacherPassword: 'changed1', name: 'Renamed' }),
		check: (_i, _f, s) => expect(s.accounts.get('teacher1')!.password).toBe('changed1'),
	},
	// ── recordings ──
	{
		title: '5.10 recordings (paged sync)', resource: 'record', operation: 'sync', path: '/training/record/syn',
		params: () => ({ returnAll: true, additionalFields: { startTime: '2000-01-01T00:00:00Z' } }), form: () => ({ pageNo: '1' }),
		check: (items, form) => {
			expect(parseTime(form.startTime)).toBe(Date.parse('2000-01-01T00:00:00Z'));
			expect(json(items).map((r) => r.id)).toEqual(expect.arrayContaining([ids.record, ids.record2]));
			expect(typeof items[0].json.createdTimeIso).toBe('string');
		},
	},
	{
		title: '5.16 set recordings as insert playback (recordId[0], recordId[1])', resource: 'record', operation: 'attachInsert', path: '/training/record/choose',
		params: () => ({ roomId: rl(ids.room), recordId: `${ids.record},${ids.record2}` }),
		form: () => ({ roomId: ids.room, 'recordId[0]': ids.record, 'recordId[1]': ids.record2 }),
		check: (items, form, s) => {
			expect(form).not.toHaveProperty('recordId');
			expect([...s.rooms.get(ids.room)!.insertRecords]).toEqual([ids.record, ids.record2]);
			expect(items[0].json).toMatchObject({ success: true, recordId: [ids.record, ids.record2] });
		},
	},
	{
		title: '5.17 remove insert playback recordings', resource: 'record', operation: 'detachInsert', path: '/training/record/remove',
		params: () => ({ roomId: rl(ids.room), recordId: ids.record }),
		form: () => ({ roomId: ids.room, 'recordId[0]': ids.record }),
		check: (_i, _f, s) => expect([...s.rooms.get(ids.room)!.insertRecords]).toEqual([ids.record2]),
	},
	// ── warm-up ──
	{
		title: '5.12 create a warm-up video', resource: 'warmup', operation: 'create', path: '/training/warmup/created',
		params: () => ({ name: 'Intro', recordId: rl(ids.record), additionalFields: { mode: 2 } }),
		form: () => ({ name: 'Intro', recordId: ids.record, mode: '2' }),
		check: (items) => expect(items[0].json).toMatchObject({ name: 'Intro', mode: 2 }),
	},
	{
		title: '5.13 modify a warm-up video (path without the leading slash in the document)', resource: 'warmup', operation: 'update', path: '/training/warmup/modify',
		params: () => ({ id: 'wu1', additionalFields: { name: 'Renamed warm-up' } }), form: () => ({ id: 'wu1', name: 'Renamed warm-up' }),
	},
	{
		title: '5.14 attach a warm-up video', resource: 'warmup', operation: 'attach', path: '/training/warmup/attach',
		params: () => ({ roomId: rl(ids.room), warmupId: 'wu1' }), form: () => ({ roomId: ids.room, warmupId: 'wu1' }),
		check: (_i, _f, s) => expect(s.rooms.get(ids.room)!.warmupId).toBe('wu1'),
	},
	{
		title: '5.15 detach a warm-up video', resource: 'warmup', operation: 'detach', path: '/training/warmup/detach',
		params: () => ({ roomId: rl(ids.room), warmupId: 'wu1' }), form: () => ({ roomId: ids.room, warmupId: 'wu1' }),
	},
	// ── documents and media ──
	{
		title: '5.22 documents (paged sync)', resource: 'document', operation: 'sync', path: '/training/doc/syn',
		params: () => ({ returnAll: true }), form: () => ({ pageNo: '1' }),
		check: (items) => expect(json(items).map((d) => String(d.Id))).toContain(ids.doc),
	},
	{
		title: '5.23 attach a document', resource: 'document', operation: 'attach', path: '/training/doc/attach',
		params: () => ({ roomId: rl(ids.room), docId: rl(ids.doc) }), form: () => ({ roomId: ids.room, docId: ids.doc }),
	},
	{
		title: '5.24 detach a document', resource: 'document', operation: 'detach', path: '/training/doc/detach',
		params: () => ({ roomId: rl(ids.room), docId: rl(ids.doc) }), form: () => ({ roomId: ids.room, docId: ids.doc }),
	},
	{
		title: '5.27 upload and transcode a document', resource: 'document', operation: 'transcode', path: '/training/courseware/transcode',
		params: () => ({ resourceUrl: 'http://files.example/docs/课件.pptx', name: 'Deck', additionalFields: { convmode: 1, callbackUrl: 'http://hooks.example/cb' } }),
		form: () => ({ name: 'Deck', convmode: '1', callbackUrl: 'http://hooks.example/cb' }),
		check: (items, form) => {
			// "post请求：对url中文部分编码"
			expect(form.resourceUrl).toBe('http://files.example/docs/%E8%AF%BE%E4%BB%B6.pptx');
			expect(items[0].json).toMatchObject({ coursewareId: expect.any(String), docId: expect.any(String) });
		},
	},
	{
		title: '5.28 upload and transcode media', resource: 'media', operation: 'transcode', path: '/training/media/transcode',
		params: () => ({ resourceUrl: 'http://files.example/v/lesson.mp4', name: 'Lesson' }),
		form: () => ({ resourceUrl: 'http://files.example/v/lesson.mp4', name: 'Lesson' }),
		check: (items) => expect(items[0].json).toMatchObject({ coursewareId: expect.any(String), recordId: expect.any(String) }),
	},
	// ── relays ──
	{
		title: '5.37 remove a relay source', resource: 'relay', operation: 'remove', path: '/training/relay/remove',
		params: () => ({ roomId: rl(ids.room), relayId: ids.other }), form: () => ({ roomId: ids.room, relayId: ids.other }),
	},
	{
		title: '5.36 add a relay source', resource: 'relay', operation: 'add', path: '/training/relay/add',
		params: () => ({ roomId: rl(ids.room), relayId: ids.other }), form: () => ({ roomId: ids.room, relayId: ids.other }),
		check: (_i, _f, s) => expect([...s.rooms.get(ids.room)!.relays]).toEqual([ids.other]),
	},
	// ── dual-teacher ──
	{
		title: '5.44 create a dual-teacher classroom', resource: 'famousRoom', operation: 'create', path: '/training/famousroom/created',
		params: () => ({ subject: 'Famous lesson', startDate: START, realtime: true, slaveClazzList: '[{"clazzName":"Class A"},{"clazzName":"Class B"}]', additionalFields: { classCount: 2, slaveStudentClientToken: 'slave123' } }),
		form: () => ({ subject: 'Famous lesson', realtime: 'true', classCount: '2', slaveStudentClientToken: 'slave123', 'slaveClazzList[0].clazzName': 'Class A', 'slaveClazzList[1].clazzName': 'Class B' }),
		check: (items) => expect((items[0].json.slaveRoomWrapper as IDataObject).slaveFamousRoomResultInfos).toHaveLength(2),
	},
	{
		title: '5.45 modify a dual-teacher classroom (slavestudentClientToken)', resource: 'famousRoom', operation: 'update', path: '/training/famousroom/modify',
		params: () => ({ id: ids.famous, startDate: START, realtime: false, slaveClazzList: '[{"clazzName":"Class A"}]', additionalFields: { slavestudentClientToken: 'slave456' } }),
		form: () => ({ id: ids.famous, realtime: 'false', slavestudentClientToken: 'slave456', 'slaveClazzList[0].clazzName': 'Class A' }),
		check: (items) => expect(items[0].json.id).toBe(ids.famous),
	},
	{
		title: '5.47 dual-teacher classroom info', resource: 'famousRoom', operation: 'get', path: '/training/famousroom/info',
		params: () => ({ id: ids.famous }), form: () => ({ id: ids.famous }),
		check: (items) => expect(items[0].json.id).toBe(ids.famous),
	},
	{
		title: '5.46 modify a tutoring room', resource: 'tutoringRoom', operation: 'update', path: '/training/slaveroom/modify',
		params: () => ({ roomId: ids.tutoring, additionalFields: { className: 'Class 9' } }), form: () => ({ roomId: ids.tutoring, className: 'Class 9' }),
		check: (items, _f, s) => {
			expect(items[0].json).toEqual({ success: true });
			expect(s.rooms.get(ids.tutoring)!.subject).toBe('Class 9');
		},
	},
	{
		title: '5.48 tutoring room info', resource: 'tutoringRoom', operation: 'get', path: '/training/tutorialroom/info',
		params: () => ({ roomId: ids.tutoring }), form: () => ({ roomId: ids.tutoring }),
		check: (items) => expect(items[0].json).toMatchObject({ id: ids.famous, tutorialRoomId: ids.tutoring, tutorialRoomName: 'Class 9' }),
	},
	{
		title: '5.49 delete a dual-teacher classroom', resource: 'famousRoom', operation: 'delete', path: '/training/famousroom/deleted',
		params: () => ({ roomId: ids.famous }), form: () => ({ roomId: ids.famous }),
		check: (_i, _f, s) => expect(s.rooms.has(ids.famous)).toBe(false),
	},
	// ── groups ──
	{
		title: '5.50 create groups', resource: 'group', operation: 'create', path: '/training/group/create',
		params: () => ({ groupCount: 2, roomId: rl(ids.room), groupNameList: '[{"groupName":"Red"},{"groupName":"Blue"}]' }),
		form: () => ({ groupCount: '2', roomId: ids.room, 'groupNameList[0].groupName': 'Red', 'groupNameList[1].groupName': 'Blue' }),
		check: (items) => expect(json(items).map((g) => g.name)).toEqual(['Red', 'Blue']),
	},
	{
		title: '5.51 add a group', resource: 'group', operation: 'add', path: '/training/group/add',
		params: () => ({ roomId: rl(ids.room), additionalFields: { groupName: 'Green' } }), form: () => ({ roomId: ids.room, groupName: 'Green' }),
		check: (items) => expect(items[0].json).toMatchObject({ name: 'Green', groupCode: expect.any(String) }),
	},
	{
		title: '5.52 modify a group', resource: 'group', operation: 'update', path: '/training/group/update',
		params: (s) => ({ roomId: rl(ids.room), groupCode: s.rooms.get(ids.room)!.groups[0].code, groupName: 'Crimson' }),
		form: () => ({ roomId: ids.room, groupName: 'Crimson' }),
		check: (items) => expect(items[0].json.name).toBe('Crimson'),
	},
	{
		title: '5.53 delete a group', resource: 'group', operation: 'delete', path: '/training/group/delete',
		params: (s) => ({ roomId: rl(ids.room), groupCode: s.rooms.get(ids.room)!.groups[0].code }), form: () => ({ roomId: ids.room }),
		check: (_i, _f, s) => expect(s.rooms.get(ids.room)!.groups.map((g) => g.name)).toEqual(['Blue', 'Green']),
	},
	// ── mini classrooms ──
	{
		title: '5.55 create a mini classroom', resource: 'miniRoom', operation: 'create', path: '/training/miniroom/created',
		params: () => ({ subject: 'Mini 2', startDate: START, duration: 45, additionalFields: { action: false } }),
		form: () => ({ subject: 'Mini 2', duration: '45', action: 'false' }),
		check: (items) => expect(items[0].json).toMatchObject({ duration: 45, action: false, invalidDateIso: '2026-12-01T08:45:00.000Z' }),
	},
	{
		title: '5.56 modify a mini classroom (Id with a capital I)', resource: 'miniRoom', operation: 'update', path: '/training/miniroom/modify',
		params: () => ({ id: ids.mini, subject: 'Mini renamed' }), form: () => ({ Id: ids.mini, subject: 'Mini renamed' }),
		check: (items) => expect(items[0].json).toMatchObject({ id: ids.mini }),
	},
	{
		title: '5.57 mini classroom student statistics', resource: 'miniRoom', operation: 'exportStudentStats', path: '/training/miniroom/export/history',
		params: () => ({ id: ids.mini, returnAll: true }), form: () => ({ id: ids.mini, pageNo: '1' }),
		check: (items) => expect(json(items)).toEqual([expect.objectContaining({ userId: 1, userNickname: 'Ann' })]),
	},
	{
		title: '5.58 mini classroom statistics', resource: 'miniRoom', operation: 'syncRoomStats', path: '/training/miniroom/syn',
		params: () => ({ returnAll: true }), form: () => ({ pageNo: '1' }),
		check: (items) => expect(json(items).map((r) => r.id)).toContain(ids.mini),
	},
	// ── exports (latest session when no time is given) ──
	...(
		[
			['5.18', 'attendance', '/training/export/history', 'uid'],
			['5.19', 'qa', '/training/export/qa', 'question'],
			['5.20', 'rollcall', '/training/export/rollcall', 'present'],
			['5.21', 'vote', '/training/export/vote', 'questions'],
			['5.26', 'chat', '/training/export/chat', 'msg'],
			['5.33', 'redPacket', '/training/export/redpacket', 'receiveAmount'],
			['5.34', 'medal', '/training/export/medal', 'count'],
			['5.35', 'praiseSummary', '/training/export/praise', 'count'],
		] as const
	).map(
		([section, operation, path, field]): Case => ({
			title: `${section} export ${operation} of the latest session`, resource: 'export', operation, path,
			params: () => ({ roomId: rl(ids.busy), returnAll: true }), form: () => ({ roomId: ids.busy }),
			check: (items, form) => {
				expect(form).not.toHaveProperty('startTime');
				expect(form).not.toHaveProperty('endTime');
				expect(items.length).toBeGreaterThan(0);
				expect(items[0].json).toHaveProperty(field);
			},
		}),
	),
	{
		title: '5.42 export like details (paged, no pageNo documented for the first page)', resource: 'export', operation: 'praiseDetail', path: '/training/export/praise/detail',
		params: () => ({ roomId: rl(ids.busy), returnAll: true, additionalFields: { startTime: '2026-09-01T00:00:00Z', endTime: '2026-09-06T00:00:00Z' } }),
		form: () => ({ roomId: ids.busy }),
		check: (items, _f, s) => {
			const forms = s.requests.filter((r) => r.path.endsWith('/training/export/praise/detail')).map((r) => Object.fromEntries(new URLSearchParams(r.rawBody.toString())));
			expect(forms[0]).not.toHaveProperty('pageNo');
			expect(forms.slice(1).map((f) => f.pageNo)).toEqual(['2']);
			expect(items).toHaveLength(5 * 6);
			expect(typeof items[0].json.actionTimeIso).toBe('string');
		},
	},
	{
		title: '5.29 export room sessions (both times required)', resource: 'export', operation: 'roomUsage', path: '/training/export/room/usage',
		params: () => ({ startTime: '2026-09-01T00:00:00Z', endTime: '2026-09-04T00:00:00Z', returnAll: true, additionalFields: { roomId: rl(ids.busy) } }),
		form: () => ({ roomId: ids.busy }),
		check: (items, form) => {
			expect(parseTime(form.startTime)).toBe(Date.parse('2026-09-01T00:00:00Z'));
			expect(items).toHaveLength(3);
			expect(items[0].json).toMatchObject({ id: ids.busy, startTimeIso: '2026-09-01T02:00:00.000Z' });
		},
	},
	{
		title: '5.31 export daily room concurrency (yyyy-MM-dd)', resource: 'export', operation: 'roomConcurrencyByDay', path: '/training/export/room/concurrent',
		params: () => ({ startDate: '2026-09-02', endDate: '2026-09-04', returnAll: true }),
		form: () => ({ startDate: '2026-09-02', endDate: '2026-09-04' }),
		check: (items) => expect(json(items).map((d) => d.date)).toEqual(['2026-09-02', '2026-09-03', '2026-09-04']),
	},
	{
		title: '5.32 export daily courseware concurrency', resource: 'export', operation: 'vodConcurrencyByDay', path: '/training/export/vod/concurrent',
		params: () => ({ startDate: '2026-09-01', endDate: '2026-09-01', returnAll: true }),
		form: () => ({ startDate: '2026-09-01', endDate: '2026-09-01' }),
		check: (items) => expect(json(items)).toEqual([{ date: '2026-09-01', maxConcurrent: 3 }]),
	},
	{
		title: '5.39 export rewards by day', resource: 'export', operation: 'rewardByDay', path: '/training/export/reward',
		params: () => ({ startDate: '2026-09-01', endDate: '2026-09-02', returnAll: true }),
		form: () => ({ startDate: '2026-09-01', endDate: '2026-09-02' }),
		check: (items) => expect(items).toHaveLength(2),
	},
	{
		title: '5.25 courseware views of a day (pages at top level)', resource: 'export', operation: 'vodStudyHistoryByDay', path: '/training/export/study/history',
		params: () => ({ date: '2026-09-03T00:00:00', returnAll: true, additionalFields: { joinTimeSync: true } }),
		form: () => ({ joinTimeSync: 'true' }),
		check: (items, form) => {
			expect(form.date.slice(0, 10)).toBe('2026-09-03');
			expect(items).toHaveLength(4);
		},
	},
	// ── deletions last ──
	{
		title: '5.43 delete a recording', resource: 'record', operation: 'delete', path: '/training/gr/delete',
		params: () => ({ grId: rl(ids.record2) }), form: () => ({ grId: ids.record2 }),
		check: (_i, _f, s) => expect(s.records.has(ids.record2)).toBe(false),
	},
	{
		title: '5.3 delete a live classroom', resource: 'room', operation: 'delete', path: '/training/room/deleted',
		params: () => ({ roomId: rl(ids.other) }), form: () => ({ roomId: ids.other }),
		check: (items, _f, s) => {
			expect(items[0].json).toEqual({ success: true });
			expect(s.rooms.has(ids.other)).toBe(false);
		},
	},
];

describe('Gensee: every documented interface through n8n-core', () => {
	beforeAll(async () => {
		({ sim, run } = await startGensee());
		seed(sim);
	});
	afterAll(async () => {
		await sim.stop();
	});

	test('the table covers the 59 interfaces of the document', () => {
		expect(new Set(cases.map((c) => c.path)).size).toBe(59);
	});

	test.each(cases.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
		const before = sim.requests.length;
		const result = await run(c.resource, c.operation, c.params(sim));
		expect(result.error?.message).toBeUndefined();
		const mine = sim.requests.slice(before);
		expect(mine.length).toBeGreaterThan(0);
		for (const request of mine) {
			expect(request.method).toBe('POST');
			expect(request.path).toBe(`${BASE_PATH}${c.path}`);
			expect(String(request.headers['content-type'])).toContain('application/x-www-form-urlencoded');
			expect(request.query).toEqual({});
		}
		const form = Object.fromEntries(new URLSearchParams(mine[0].rawBody.toString('utf8')));
		// every interface authenticates with loginName and password in the form (never in the URL)
		expect(form).toMatchObject({ loginName: LOGIN, password: PASSWORD });
		if (c.form) expect(form).toMatchObject(c.form(sim));
		c.check?.(result.items, form, sim);
		for (const item of result.items) expect(JSON.stringify(item.json)).not.toContain(PASSWORD);
	});

	test('every interface of the document was called at its documented path', () => {
		const { endpoints } = vendorDocument('gensee');
		expect(endpoints).toHaveLength(59);
		const called = new Set(sim.requests.map((r) => r.path));
		const missing = endpoints.map((op) => op.path).filter((path) => ![...called].some((c) => c.endsWith(path)));
		expect(missing).toEqual([]);
	});
});
