/**
 * HaoYi Cloud Recording Trigger: polls list_record (3.25) — no filters, newest first in the simulator,
 * created = "YYYY-MM-DD HH:MM:SS" — and emits each new recording once; the cursor lives in workflow static
 * data; activation does not flood the workflow with the archive. Camera status changes come from
 * list_camera (3.18).
 */
import type { IDataObject } from 'n8n-workflow';

import { HaoYiApi } from '../../credentials/HaoYiApi.credentials';
import { HaoYiTrigger, SIMPLIFIED_KEYS } from '../../nodes/HaoYi/HaoYiTrigger.node';
import { operations } from '../../nodes/HaoYi/HaoYi.operations';
import { vendorDocument } from '../fixtures/documents';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runPoll, triggerFixture } from '../harness/triggers';
import { HaoYiSimulator } from '../simulators/haoyi/HaoYiSimulator';
import { UNIONID } from './setup';

describe('HaoYi Trigger', () => {
	let sim: HaoYiSimulator;
	let seconds = 0;

	/** a recording made one second after the previous one */
	const record = (fields = {}) => {
		seconds++;
		const created = `2026-11-23 08:${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
		return sim.addRecording({ created, updated: created, ...fields });
	};

	function fixture(parameters: IDataObject = { event: 'newRecording' }, typeVersion = 1) {
		const credentials = new TestCredentialsHelper({ haoYiApi: new HaoYiApi() });
		credentials.set('haoYiApi', { baseUrl: sim.url, unionid: UNIONID, accessToken: '' });
		return triggerFixture(new HaoYiTrigger(), parameters, credentials, {}, typeVersion);
	}

	const ids = (result: Awaited<ReturnType<typeof runPoll>>) => (result ? result[0].map((i) => i.json.record_id) : []);

	beforeEach(async () => {
		sim = await new HaoYiSimulator(UNIONID).start();
		sim.seedBasics();
		seconds = 0;
	});
	afterEach(async () => {
		expect(sim.violations).toEqual([]);
		await sim.stop();
	});

	test('the first poll only sets the cursor; later polls emit each new recording once, oldest first', async () => {
		for (let i = 0; i < 5; i++) record();
		const f = fixture();
		expect(await runPoll(f)).toBeNull();
		record();
		record();
		const second = await runPoll(f);
		expect(ids(second)).toEqual([6, 7]);
		expect(second![0][0].json).toMatchObject({
			record_id: 6,
			file_url: 'http://192.168.1.70:80/group1/M00/00/01/rec6.mp4',
			image_url: 'http://192.168.1.70:80/group1/M00/00/01/rec6.jpg',
			subject_name: '语文',
		});
		expect(await runPoll(f)).toBeNull();
		record();
		expect(ids(await runPoll(f))).toEqual([8]);
		expect(await runPoll(f)).toBeNull();
		// one token for all polls
		expect(sim.tokenExchanges).toBe(1);
	});

	test('recordings created in the same second as the cursor are emitted once each', async () => {
		const a = record();
		const f = fixture();
		await runPoll(f);
		sim.addRecording({ created: a.created });
		expect(ids(await runPoll(f))).toEqual([2]);
		sim.addRecording({ created: a.created });
		expect(ids(await runPoll(f))).toEqual([3]);
		expect(await runPoll(f)).toBeNull();
	});

	test('an empty archive at activation does not swallow the first recording', async () => {
		const f = fixture();
		expect(await runPoll(f)).toBeNull();
		record();
		expect(ids(await runPoll(f))).toEqual([1]);
		expect(await runPoll(f)).toBeNull();
	});

	test('"Include Existing Recordings" emits the archive on the first poll, then only new ones', async () => {
		record();
		record();
		const f = fixture({ event: 'newRecording', options: { includeExisting: true } });
		expect(ids(await runPoll(f))).toEqual([1, 2]);
		expect(await runPoll(f)).toBeNull();
		record();
		expect(ids(await runPoll(f))).toEqual([3]);
	});

	test('with the list newest first, a poll reads only the pages down to the cursor', async () => {
		for (let i = 0; i < 350; i++) record();
		const f = fixture();
		await runPoll(f);
		expect(sim.requestsTo('/list_record')).toHaveLength(4);
		record();
		const before = sim.requestsTo('/list_record').length;
		expect(ids(await runPoll(f))).toEqual([351]);
		expect(sim.requestsTo('/list_record').length - before).toBe(1);
	});

	test('with the list oldest first, new recordings on the last page are still found', async () => {
		sim.recordOrder = 'oldestFirst';
		for (let i = 0; i < 150; i++) record();
		const f = fixture();
		await runPoll(f);
		record();
		record();
		expect(ids(await runPoll(f))).toEqual([151, 152]);
		expect(await runPoll(f)).toBeNull();
	});

	test('a manual test run returns the newest recording as a sample', async () => {
		record();
		record();
		expect(ids(await runPoll(fixture(), 'manual'))).toEqual([2]);
	});

	test('a failing poll loses nothing: the recordings come with the next successful poll', async () => {
		record();
		const f = fixture();
		await runPoll(f);
		record();
		sim.setFaults({ rate: 1, kinds: ['http500'] });
		await expect(runPoll(f)).rejects.toThrow(/HTTP 500/);
		sim.clearFaults();
		expect(ids(await runPoll(f))).toEqual([2]);
	});

	test('camera status changes: first poll remembers, later polls emit changed cameras with the previous status', async () => {
		sim.addCamera({ status: 1 });
		const f = fixture({ event: 'cameraStatusChanged' });
		expect(await runPoll(f)).toBeNull();
		sim.cameras.get(1)!.status = 1;
		const changed = await runPoll(f);
		expect(changed![0].map((i) => i.json)).toEqual([expect.objectContaining({ camera_id: 1, status: 1, previous_status: 0, device_pass: '********' })]);
		expect(await runPoll(f)).toBeNull();
		sim.cameras.get(2)!.status = -1;
		expect((await runPoll(f))![0].map((i) => [i.json.camera_id, i.json.status, i.json.previous_status])).toEqual([[2, -1, 1]]);
	});
	describe('version 2: items follow the simplified shape by default', () => {
		const recordFields = (path: string) => vendorDocument('haoyi').endpoints.find((e) => e.method === 'GET' && e.path === path)!.recordFields!;
		const simplifyOf = (resource: string) => operations.find((o) => o.resource === resource && o.operation === 'list')!.simplify!;
		const documented = { newRecording: recordFields('/api/v1/list_record'), cameraStatusChanged: recordFields('/api/v1/list_camera') };

		test('the kept fields are those of the action node\'s List, documented (records of more than ten fields) or built by the node, with what the trigger adds', () => {
			expect(documented.newRecording.length).toBeGreaterThan(10);
			expect(documented.cameraStatusChanged.length).toBeGreaterThan(10);
			expect(SIMPLIFIED_KEYS.newRecording).toEqual(simplifyOf('record'));
			expect(SIMPLIFIED_KEYS.cameraStatusChanged).toEqual([...simplifyOf('camera'), 'previous_status']);
			// what is not a documented field: the URLs the node builds from storage_addr and the *_fdfs paths
			// (document: "storage_addr + file_fdfs => 完整录像 url"), and the status the trigger remembers
			for (const [event, keys] of Object.entries(SIMPLIFIED_KEYS))
				expect(keys.filter((k) => !documented[event as keyof typeof documented].includes(k))).toEqual(event === 'newRecording' ? ['file_url', 'image_url'] : ['image_url', 'previous_status']);
		});

		test('new recording: version 1 gives the whole record as before, version 2 the kept fields and media URLs, Raw as version 1', async () => {
			record({ clicks: 7 });
			const poll = async (parameters: IDataObject, typeVersion: number) =>
				(await runPoll(fixture({ event: 'newRecording', options: { includeExisting: true }, ...parameters }, typeVersion)))![0][0].json;
			const v1 = await poll({}, 1);
			expect(Object.keys(v1).sort()).toEqual([...documented.newRecording.filter((f) => f in v1), 'file_url', 'image_url'].sort());
			expect(Object.keys(v1).length).toBeGreaterThan(15);
			expect(v1).toMatchObject({ record_id: 1, clicks: 7, file_url: 'http://192.168.1.70:80/group1/M00/00/01/rec1.mp4' });
			const v2 = await poll({}, 2);
			expect(Object.keys(v2)).toEqual(SIMPLIFIED_KEYS.newRecording.filter((k) => k in v1));
			expect(v2).toEqual(Object.fromEntries(Object.keys(v2).map((k) => [k, v1[k]])));
			expect(v2).not.toHaveProperty('clicks');
			// the media URLs the node built stay in the simplified item
			expect(v2).toMatchObject({ file_url: v1.file_url, image_url: v1.image_url });
			expect(await poll({ output: 'raw' }, 2)).toEqual(v1);
			expect(await poll({ output: 'fields', outputFields: 'record_id, clicks' }, 2)).toEqual({ record_id: 1, clicks: 7 });
		});

		test('camera status changed: version 2 keeps the kept fields and the previous status; version 1 the whole camera', async () => {
			const v1 = fixture({ event: 'cameraStatusChanged' }, 1);
			const v2 = fixture({ event: 'cameraStatusChanged' }, 2);
			await runPoll(v1);
			await runPoll(v2);
			sim.cameras.get(1)!.status = 1;
			const whole = (await runPoll(v1))![0][0].json;
			const simple = (await runPoll(v2))![0][0].json;
			expect(whole).toMatchObject({ camera_id: 1, status: 1, previous_status: 0, device_pass: '********', device_ip: expect.any(String) });
			expect(Object.keys(simple)).toEqual(SIMPLIFIED_KEYS.cameraStatusChanged.filter((k) => k in whole));
			expect(simple).toEqual(Object.fromEntries(Object.keys(simple).map((k) => [k, whole[k]])));
			expect(simple).toMatchObject({ camera_id: 1, status: 1, previous_status: 0 });
			expect(simple).not.toHaveProperty('device_pass');
		});
	});
});
