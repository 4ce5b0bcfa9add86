/**
 * Behaviour the document asks for beyond single calls: batch add with per-item results, photos from binary
 * data, Return All across pages, the merge mode of a replace-whole-set operation, error mapping, retries.
 */
import type { INodeExecutionData } from 'n8n-workflow';

import { FAST_RETRY, photoItem, startHongTu } from './setup';

describe('HongTu behaviour', () => {
	let env: Awaited<ReturnType<typeof startHongTu>>;
	beforeAll(async () => {
		env = await startHongTu();
	});
	afterAll(async () => await env.sim.stop());
	beforeEach(() => {
		env.sim.clearFaults();
		env.sim.persons.clear();
		env.sim.groups.clear();
	});

	const personParams = {
		name: '={{ $json.name }}',
		type: '={{ $json.type }}',
		additionalFields: { code: '={{ $json.code }}', phone: '={{ $json.phone }}' },
	};

	it('Batch Add of 1,000 persons makes ⌈1000/100⌉ calls and puts each failure on its own item', async () => {
		const bad = new Set([7, 123, 500, 999]);
		const items: INodeExecutionData[] = Array.from({ length: 1000 }, (_, i) => ({
			// invalid rows: a duplicate employee code (7, 123) and a visitor without the documented required fields (500, 999)
			json: { name: `Person ${i}`, type: i === 500 || i === 999 ? 2 : 1, code: i === 7 || i === 123 ? 'E0000' : `E${String(i).padStart(4, '0')}` },
		}));
		const before = env.sim.requestsTo('/v1/api/person/batchAdd').length;
		const result = await env.run('person', 'batchAdd', personParams, items, { continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(env.sim.requestsTo('/v1/api/person/batchAdd').length - before).toBe(10);
		expect(result.items).toHaveLength(1000);
		result.items.forEach((item, i) => {
			expect(item.pairedItem).toEqual({ item: i });
			if (bad.has(i)) {
				expect(item.json.error).toMatch(/^HongTu error 1010(11|69)/);
				expect(item.json.msg).toBeTruthy();
			} else {
				expect(item.json).toMatchObject({ success: true, name: `Person ${i}` });
				expect(item.json.uuid).toMatch(/^[0-9a-f]{32}$/);
			}
		});
		expect(env.sim.persons.size).toBe(996);
	});

	it('without Continue On Fail the batch reports exactly the failed items', async () => {
		const items = [{ json: { name: 'A', type: 1, code: 'X1' } }, { json: { name: 'B', type: 1, code: 'X1' } }, { json: { name: 'C', type: 1, code: 'X3' } }];
		const result = await env.run('person', 'batchAdd', personParams, items);
		expect(result.error?.message).toMatch(/^1 of 3 items failed: item 1: HongTu error 101011/);
		expect(env.sim.persons.size).toBe(2);
	});

	it('Batch Add uploads each photo from binary data (multipart) and sends the returned URI', async () => {
		const items = [photoItem({ name: 'Ann', type: 1 }, 'face-one'), photoItem({ name: 'Bob', type: 1 }, 'NOFACE')];
		const before = env.sim.uploads.length;
		const result = await env.run(
			'person',
			'batchAdd',
			{ name: '={{ $json.name }}', type: '={{ $json.type }}', additionalFields: { photoBinaryProperty: 'data' } },
			items,
			{ continueOnFail: true },
		);
		expect(env.sim.uploads.length - before).toBe(1);
		const uri = env.sim.uploads[env.sim.uploads.length - 1].uri;
		expect(result.items[0].json).toMatchObject({ success: true, imageUri: uri });
		expect(result.items[1].json.error).toMatch(/^HongTu error 101070/);
		expect(String(result.items[1].json.errorDescription)).toMatch(/photo/);
		const stored = [...env.sim.persons.values()];
		expect(stored.map((p) => p.name)).toEqual(['Ann']);
		expect(stored[0].imageUri).toBe(uri);
	});

	it('Upload Image sends the binary file as the multipart part "file"', async () => {
		const result = await env.run('person', 'uploadImage', { file: 'data' }, [photoItem({}, 'x'.repeat(2048))]);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.uri).toMatch(/^_ZzEwMF9mb3JldmVyQnVja2V0_/);
		expect(env.sim.uploads[env.sim.uploads.length - 1]).toMatchObject({ size: 2048, fileName: 'face.jpg' });
	});

	it('Compare Two Images sends binary images as Base64 with the Base64 image type', async () => {
		const item = photoItem({}, 'first-face', 'a');
		item.binary!.b = photoItem({}, 'second-face').binary!.data;
		const result = await env.run('faceCompare', 'compareOneToOne', { imageType: 1, additionalFields: { image1BinaryProperty: 'a', image2BinaryProperty: 'b' } }, [item]);
		expect(result.error).toBeUndefined();
		const sent = env.sim.requestsTo('/v1/api/photo/searchOneToOnePhoto').pop()!.body;
		expect(sent).toEqual({ image1: Buffer.from('first-face').toString('base64'), image2: Buffer.from('second-face').toString('base64'), imageType: 2 });
	});

	it('Return All reads every page; Limit stops early', async () => {
		await env.run('person', 'batchAdd', personParams, Array.from({ length: 230 }, (_, i) => ({ json: { name: `P${i}`, type: 1, code: `C${i}` } })));
		const before = env.sim.requestsTo('/v1/api/person/list').length;
		const all = await env.run('person', 'list', { returnAll: true });
		expect(all.items).toHaveLength(230);
		expect(env.sim.requestsTo('/v1/api/person/list').length - before).toBe(3);
		const some = await env.run('person', 'list', { returnAll: false, limit: 5 });
		expect(some.items).toHaveLength(5);
	});

	it('Set Members adds to the current members by default instead of replacing them', async () => {
		env.sim.groups.set('g1', { uuid: 'g1', name: 'Staff', type: 1, members: ['p1', 'p2'] });
		const merged = await env.run('personGroup', 'setPersons', { groupUuid: 'g1', mode: 'add', additionalFields: { personUuids: 'p3' } });
		expect(merged.error).toBeUndefined();
		expect(env.sim.groups.get('g1')!.members).toEqual(['p1', 'p2', 'p3']);
		expect(merged.items[0].json).toMatchObject({ added: ['p3'], removed: [] });
		await env.run('personGroup', 'setPersons', { groupUuid: 'g1', mode: 'remove', additionalFields: { personUuids: 'p1' } });
		expect(env.sim.groups.get('g1')!.members).toEqual(['p2', 'p3']);
		await env.run('personGroup', 'setPersons', { groupUuid: 'g1', mode: 'replace', additionalFields: { personUuids: 'p9' } });
		expect(env.sim.groups.get('g1')!.members).toEqual(['p9']);
	});

	it('Update Config merges into the current door configuration', async () => {
		const result = await env.run('door', 'updateConfig', { uuid: 'd1', mode: 'merge', additionalFields: { algorithmConfig: '{"recognitionThreshold": 90}' } });
		expect(result.error).toBeUndefined();
		expect(env.sim.doorConfigs.get('d1')).toMatchObject({ customConfig: { companyName: 'Megvii' }, algorithmConfig: { recognitionThreshold: 90, livenessThreshold: 50 } });
	});

	it('Save One Face Pass Config changes one callback URL and keeps the switches and the other URL', async () => {
		const result = await env.run('config', 'saveOneFacePass', { mode: 'merge', additionalFields: { identifyRecordCallbackUrl: 'https://n8n.example/webhook/pass' } });
		expect(result.error).toBeUndefined();
		expect(env.sim.aFaceConfig).toEqual({
			attendanceRecordCallbackUrl: 'http://hr.example/attendance',
			identifyRecordCallbackUrl: 'https://n8n.example/webhook/pass',
			temperatureSwitch: 1,
			maskAlertSwitch: 0,
			healthKitSwitch: 0,
		});
		const replace = await env.run('config', 'saveOneFacePass', { mode: 'replace', additionalFields: { temperatureSwitch: 0 } });
		expect(replace.error?.message).toMatch(/requires maskAlertSwitch, healthKitSwitch/);
	});

	it('maps documented codes to errors with the code, the box message and a hint', async () => {
		const result = await env.run('person', 'get', { uuid: 'nobody' });
		expect(result.error?.message).toBe('HongTu error 101012: Person does not exist');
		expect(result.error?.description).toMatch(/该人员不存在/);
		expect(result.error?.description).toMatch(/does not exist on this box/);
		const cont = await env.run('person', 'get', { uuid: 'nobody' }, [{ json: {} }, { json: {} }], { continueOnFail: true });
		expect(cont.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(cont.items[1].json.error).toMatch(/101012/);
	});

	it('retries HTTP 5xx, 429 and dropped connections, then succeeds', async () => {
		env.sim.failNext('http503', 'http429', 'drop');
		const result = await env.run('organization', 'getTop', FAST_RETRY);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.orgUuid).toBe(env.sim.topOrg.uuid);
	});

	it('gives up after the configured retries with a clear error', async () => {
		env.sim.failNext('http500', 'http500', 'http500');
		const result = await env.run('organization', 'getTop', { requestOptions: { maxRetries: 2, retryDelay: 1 } });
		expect(result.error?.message).toMatch(/HongTu answered HTTP 500/);
	});

	it('batch delete maps failures per item (unknown uuid) and splits by the batch limit', async () => {
		await env.run('person', 'batchAdd', personParams, [{ json: { name: 'Keep', type: 1, code: 'K1' } }]);
		const uuid = [...env.sim.persons.keys()][0];
		const result = await env.run('person', 'batchDelete', { uuidList: '={{ $json.id }}' }, [{ json: { id: uuid } }, { json: { id: 'ghost' } }], {
			continueOnFail: true,
		});
		expect(result.items[0].json).toMatchObject({ success: true, uuidList: [uuid] });
		expect(result.items[1].json.error).toMatch(/^HongTu error 101012/);
		expect(env.sim.persons.size).toBe(0);
	});
});

describe('HongTu person track: exactly one of Person UUID and Profile UUID (error 121042), checked before sending', () => {
	let env: Awaited<ReturnType<typeof startHongTu>>;
	beforeAll(async () => {
		env = await startHongTu();
	});
	afterAll(async () => await env.sim.stop());

	const window = { startTime: '2026-09-01T00:00:00Z', endTime: '2026-09-02T00:00:00Z', returnAll: true };

	it('neither or both: the item fails naming both fields, and nothing is sent', async () => {
		const before = env.sim.requestsTo('/v1/api/person/track/query').length;
		const result = await env.run(
			'recognition',
			'getTrack',
			{ ...window, additionalFields: { personUuid: '={{ $json.person }}', profileUuid: '={{ $json.profile }}' } },
			[{ json: {} }, { json: { person: 'a'.repeat(32), profile: 'b'.repeat(32) } }],
			{ continueOnFail: true },
		);
		expect(result.items.map((i) => i.json.error)).toEqual([
			'Give "Person" or "Profile UUID" [item 0]',
			'Give only one of "Person" and "Profile UUID" [item 1]',
		]);
		expect(env.sim.requestsTo('/v1/api/person/track/query').length).toBe(before);
	});

	it('one of them: sent, and the box accepts it', async () => {
		const result = await env.run('recognition', 'getTrack', { ...window, additionalFields: { profileUuid: 'c'.repeat(32) } });
		expect(result.error).toBeUndefined();
		expect(env.sim.requestsTo('/v1/api/person/track/query').at(-1)?.body).toMatchObject({ profileUuid: 'c'.repeat(32) });
	});
});

/**
 * Version 1 of the node took codes as numbers, lists as JSON or comma text, timestamps as typed digits and IDs as
 * plain text. Such saved values still run: the tests' node is version 1 and gets them as a saved workflow holds them.
 */
describe('HongTu: values saved by version 1 of the node still run', () => {
	let env: Awaited<ReturnType<typeof startHongTu>>;
	beforeAll(async () => (env = await startHongTu()));
	afterAll(async () => await env.sim.stop());
	const lastBody = (path: string) => env.sim.requestsTo(path).at(-1)?.body;

	it('codes as numbers, an ID as plain text', async () => {
		const result = await env.run('person', 'list', { returnAll: false, limit: 5, additionalFields: { filterVisitedType: 1, orgUuid: 'org0000000000000000000000000001' } });
		expect(result.error).toBeUndefined();
		expect(lastBody('/v1/api/person/list')).toMatchObject({ filterVisitedType: 1, orgUuid: 'org0000000000000000000000000001' });
	});

	it('a list of codes as JSON text, weekdays as comma text', async () => {
		await env.run('device', 'listDeployable', { deviceModes: '[1,4]' });
		expect(lastBody('/v1/api/device/queryDeviceControl')).toMatchObject({ deviceModes: [1, 4] });
		await env.run('attendance', 'addGroup', {
			name: 'Teaching Staff',
			groupPersons: 'p0000000000000000000000000000001',
			attendanceTime: '[{"order":1,"onSt":"08:30","onEt":"09:00","offSt":"17:30","offEt":"18:00"}]',
			weekPlan: 'MONDAY,TUESDAY',
			daySpan: 0,
		});
		expect(lastBody('/v1/api/attendance/group/add')).toMatchObject({ weekPlan: ['MONDAY', 'TUESDAY'], daySpan: 0 });
	});

	it('a millisecond timestamp typed as text, sent as the document types it (text)', async () => {
		await env.run('attendance', 'listRecords', { returnAll: false, limit: 5, additionalFields: { startTime: '1622434654000', endTime: 1622535454000 } });
		expect(lastBody('/v1/api/attendance/record/list')).toMatchObject({ startTime: '1622434654000', endTime: '1622535454000' });
	});

	it('a yes/no code as 0 or 1', async () => {
		await env.run('video', 'ptzControl', { deviceUuid: 'd0000000000000000000000000000001', ptzCmd: 9, speed: 3, stop: 0 });
		expect(lastBody('/v1/api/video/realtime/ptzControl')).toMatchObject({ deviceUuid: 'd0000000000000000000000000000001', ptzCmd: 9, stop: 0 });
		await env.run('video', 'ptzControl', { deviceUuid: 'd0000000000000000000000000000001', ptzCmd: 9, speed: 3, stop: 1 });
		expect(lastBody('/v1/api/video/realtime/ptzControl')).toMatchObject({ stop: 1 });
	});
});
