/**
 * Registry of the vendor simulators for the playground (`npm start`) and the end-to-end tests against a
 * real n8n. Adding a vendor there is one entry here: how to start its simulator with demo data and which
 * credential (type and fields) points n8n at it. Ports are offsets from a base port (playground: 5701).
 */
import type { SimulatorServer } from './common/SimulatorServer';

export { DISTANCES } from './common/SimulatorServer';
import { BaijiayunSimulator } from './baijiayun/BaijiayunSimulator';
import { genseePlayground } from './gensee/GenseeSimulator';
import { HaoYiSimulator } from './haoyi/HaoYiSimulator';
import { callbackSample } from '../fixtures/documents';
import { HongTuSimulator, pushTo } from './hongtu/HongTuSimulator';
import { SmartClassroomSimulator } from './smartclassroom/SmartClassroomSimulator';

export interface PlaygroundSimulator {
	/** lower-case vendor key, as in test/simulators/<vendor>/ and examples/<vendor>-*.json */
	vendor: string;
	/** human name, for the playground's summary */
	displayName: string;
	/** offset from the base port: each vendor listens on base + portOffset */
	portOffset: number;
	/** the credential the playground creates for this simulator */
	credential: {
		type: string;
		name: string;
		data(simulatorUrl: string): Record<string, unknown>;
	};
	/** a simulator with demo data, not yet listening */
	create(): SimulatorServer;
	/** one line: what the demo data holds, shown by the playground */
	demo: string;
	/** the vendor's webhook trigger, if it has one: node type name (without package) and webhook path */
	trigger?: {
		nodeType: string;
		webhookPath: string;
		/** makes the simulator send one realistic, signed callback to a trigger's production URL */
		sendDemoCallback(sim: SimulatorServer, webhookUrl: string): Promise<{ status: number; body: unknown; summary: string }>;
	};
}

export const BAIJIAYUN_DEMO = { partnerId: '20260001', partnerKey: 'playground-partner-key' };
/** the box's documented factory key pair (可用签名及秘钥) */
export const HONGTU_DEMO = { cappkey: 'appkey1', secret: 'sdfajk3242324fa!djq7' };
export const HAOYI_DEMO = { unionid: 'playground-admin-unionid' };

export const simulators: PlaygroundSimulator[] = [
	{
		vendor: 'baijiayun',
		displayName: 'Baijiayun dual-teacher classroom',
		portOffset: 0,
		credential: {
			type: 'baijiayunApi',
			name: 'Baijiayun (simulator)',
			data: (url) => ({ environment: 'baseUrl', baseUrl: url, partnerId: BAIJIAYUN_DEMO.partnerId, partnerKey: BAIJIAYUN_DEMO.partnerKey }),
		},
		create() {
			const sim = new BaijiayunSimulator(BAIJIAYUN_DEMO.partnerId, BAIJIAYUN_DEMO.partnerKey);
			sim.addDevice({ class_name: 'Main lecture hall (teacher side)', address: 'Building A', user_role: 1 });
			sim.addDevice({ class_name: 'Classroom 2-01', address: 'Building B' });
			sim.addDevice({ class_name: 'Classroom 2-02', address: 'Building B' });
			sim.addDevice({ class_name: 'Classroom 3-01', address: 'Building C' });
			return sim;
		},
		demo: 'devices 1 (teacher side) and 2-4 (student side); no zones, rooms or lessons yet',
		trigger: {
			nodeType: 'baijiayunTrigger',
			webhookPath: 'webhook',
			async sendDemoCallback(sim, webhookUrl) {
				const baijiayun = sim as BaijiayunSimulator;
				const device = baijiayun.addDevice({ class_name: '', address: 'Building D' });
				const { device_id, device_unique, zone_id, class_name, address, user_role } = device;
				const answer = await baijiayun.sendCallback(webhookUrl, {
					type: 'add_device', device_id, device_unique, zone_id, class_name, address, user_role,
					qid: `demo-${device_id}-${Date.now()}`,
				});
				return { ...answer, summary: `new-device callback for device ${device_id} (${device_unique})` };
			},
		},
	},
	genseePlayground,
	{
		vendor: 'haoyi',
		displayName: 'HaoYi cloud recording',
		portOffset: 3,
		credential: {
			type: 'haoYiApi',
			name: 'HaoYi (simulator)',
			data: (url) => ({ baseUrl: url, unionid: HAOYI_DEMO.unionid, accessToken: '' }),
		},
		create() {
			const sim = new HaoYiSimulator(HAOYI_DEMO.unionid);
			sim.seedBasics();
			for (let i = 0; i < 3; i++) sim.addRecording({ duration: 2700 });
			return sim;
		},
		demo: 'a school, grade, subject, teacher, capture client and camera (ids 1) and 3 recordings',
	},
	{
		vendor: 'smartclassroom',
		displayName: 'Megvii Smart Classroom',
		portOffset: 4,
		credential: {
			type: 'smartClassroomApi',
			name: 'Smart Classroom (simulator)',
			data: (url) => {
				const defaults = new SmartClassroomSimulator();
				return { baseUrl: `${url}/api/v1/`, username: defaults.username, password: defaults.password, accessToken: '' };
			},
		},
		create() {
			const sim = new SmartClassroomSimulator();
			sim.classes.push({ id: 3, name: 'Class 3 (Grade 8)', grade: '2024', students: [1, 2, 3, 4, 5] });
			const day = new Date().toISOString().slice(0, 10);
			const names = ['Zhang Wei', 'Li Na', 'Wang Fang', 'Liu Yang', 'Chen Jie'];
			names.forEach((name, i) =>
				sim.attendance.push({
					id: sim.nextId(), cls_id: 3, subject_id: i + 1, subject_name: name, subject_job_number: `S00${i + 1}`,
					attendance_status: i === 3 ? 0 : 1, attendance_date: day, event_time: Math.floor(Date.now() / 1000) - 600 * i,
					lesson_index_id: 21, course_id: 4, course_name: 'Maths', photo: '',
				}),
			);
			return sim;
		},
		demo: 'attendance of 5 students of class 3 in Maths today (one absent)',
	},
	{
		vendor: 'hongtu',
		displayName: 'Megvii HongTu AIoT box',
		portOffset: 1,
		credential: {
			type: 'hongTuApi',
			name: 'HongTu (simulator)',
			data: (url) => ({ baseUrl: url, cappkey: HONGTU_DEMO.cappkey, secret: HONGTU_DEMO.secret }),
		},
		create() {
			const sim = new HongTuSimulator({ [HONGTU_DEMO.cappkey]: HONGTU_DEMO.secret });
			sim.doors.set('d0000000000000000000000000000001', { uuid: 'd0000000000000000000000000000001', name: 'Main Gate', location: 'North entrance' });
			sim.doors.set('d0000000000000000000000000000002', { uuid: 'd0000000000000000000000000000002', name: 'Library Door', location: 'Building B' });
			sim.groups.set('g0000000000000000000000000000001', { uuid: 'g0000000000000000000000000000001', name: 'Teachers', type: 1, members: [] });
			sim.groups.set('g0000000000000000000000000000002', { uuid: 'g0000000000000000000000000000002', name: 'Students', type: 1, members: [] });
			sim.schedules.set('s0000000000000000000000000000001', { uuid: 's0000000000000000000000000000001', name: 'School Days', type: 1 });
			return sim;
		},
		demo: 'two doors (Main Gate, Library Door), two person groups (Teachers, Students) and a pass time plan (School Days); no persons yet; signed with the documented factory key pair',
		trigger: {
			nodeType: 'hongTuTrigger',
			webhookPath: 'webhook',
			async sendDemoCallback(sim, webhookUrl) {
				const hongtu = sim as HongTuSimulator;
				// the box pushes to the URL the trigger subscribed on activation (business-data push)
				const subscribed = hongtu.subscriptions.get(HONGTU_DEMO.cappkey)?.pushUrl;
				const now = new Date();
				const record = {
					...callbackSample('hongtu', 'busiPush5PassRecord'),
					id: `pass-${now.getTime()}`,
					passTimestamp: now.getTime(),
					passTime: now.toISOString(),
					passTimeFormat: now.toISOString().replace('T', ' ').slice(0, 19),
					deviceName: 'Main gate',
					personName: 'Zhao Lei',
					visitPersonName: 'Li Ming',
				};
				const answer = await pushTo(subscribed ?? webhookUrl, { busiType: '5', data: JSON.stringify(record) });
				return { ...answer, summary: `pass-record push (busiType 5) for visitor ${record.personName} to ${subscribed ? 'the subscribed push URL' : 'the production URL (no subscription!)'}` };
			},
		},
	},
];
