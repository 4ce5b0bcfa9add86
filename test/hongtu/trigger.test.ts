/**
 * HongTu Trigger against the document: subscription API for business-data pushes, saveAFaceConfig
 * (read-merge-write, previous URL restored) for pass and attendance callbacks, every documented push sample
 * fed to the webhook, and forged / malformed calls rejected.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { HongTuApi } from '../../credentials/HongTuApi.credentials';
import { BUSI_TYPES, HongTuTrigger, SIMPLIFIED_FIELDS } from '../../nodes/HongTu/HongTuTrigger.node';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runWebhookMethod, triggerFixture, WebhookReceiver } from '../harness/triggers';
import { callbackSample, printedSample } from '../fixtures/documents';
import { HongTuSimulator, pushTo } from '../simulators/hongtu/HongTuSimulator';
import { APP_KEY, SECRET } from './setup';

const sample = (id: string) => callbackSample<IDataObject>('hongtu', id);
const HOOK = 'http://localhost:5678/webhook/test-webhook-id/webhook';

/** The top-level fields of a printed sample (the alert event's cannot be parsed: the PDF cut lines inside its arrays). */
const printedFields = (text: string) => [...text.matchAll(/^ {4}"(\w+)"\s*:/gm)].map((m) => m[1]);

/**
 * The item version 2 must give by default: what the trigger says of the record (`kind`), the listed fields the
 * record has and the ISO twins version 1 gives them, in that order, with version 1's values.
 */
function simplified(v1: IDataObject, kind: string[], fields: string[]): IDataObject {
	const present = fields.filter((f) => f in v1);
	const keys = [...kind, ...present, ...present.map((f) => `${f}Iso`).filter((k) => k in v1)];
	return Object.fromEntries(keys.map((k) => [k, v1[k]]));
}

describe('HongTu Trigger', () => {
	let sim: HongTuSimulator;
	let receiver: WebhookReceiver | undefined;

	async function setup(parameters: IDataObject) {
		const credentials = new TestCredentialsHelper({ hongTuApi: new HongTuApi() });
		credentials.set('hongTuApi', { baseUrl: sim.url, cappkey: APP_KEY, secret: SECRET });
		const fixture = triggerFixture(new HongTuTrigger(), parameters, credentials);
		receiver = await new WebhookReceiver(fixture).start();
		return fixture;
	}

	beforeEach(async () => {
		sim = await new HongTuSimulator().start();
	});
	afterEach(async () => {
		await receiver?.stop();
		receiver = undefined;
		await sim.stop();
	});

	test('business push: activation subscribes the webhook with the cappkey, deactivation unbinds it', async () => {
		const fixture = await setup({ source: 'businessPush', busiTypes: ['1', '5'], options: {} });
		expect(await runWebhookMethod(fixture, 'checkExists')).toBe(false);
		await runWebhookMethod(fixture, 'create');
		expect(sim.subscriptions.get(APP_KEY)).toEqual({ appKey: APP_KEY, pushUrl: HOOK, busiTypes: [1, 5] });
		expect(await runWebhookMethod(fixture, 'checkExists')).toBe(true);
		await runWebhookMethod(fixture, 'delete');
		expect(sim.subscriptions.size).toBe(0);
	});

	test('pass records: activation over another receiver stops and names it; taking over sets the URL without touching the switches, and the old URL comes back', async () => {
		sim.aFaceConfig.identifyRecordCallbackUrl = 'http://old.example/pass';
		const refused = await setup({ source: 'passRecords', options: {} });
		await expect(runWebhookMethod(refused, 'create')).rejects.toThrow('The box already sends pass records to http://old.example/pass');
		expect(sim.aFaceConfig.identifyRecordCallbackUrl).toBe('http://old.example/pass');
		await receiver!.stop();
		const fixture = await setup({ source: 'passRecords', options: { takeOver: true } });
		await runWebhookMethod(fixture, 'create');
		expect(sim.aFaceConfig).toMatchObject({ identifyRecordCallbackUrl: HOOK, attendanceRecordCallbackUrl: 'http://hr.example/attendance', temperatureSwitch: 1 });
		expect(await runWebhookMethod(fixture, 'checkExists')).toBe(true);
		await runWebhookMethod(fixture, 'delete');
		expect(sim.aFaceConfig).toMatchObject({ identifyRecordCallbackUrl: 'http://old.example/pass', attendanceRecordCallbackUrl: 'http://hr.example/attendance', temperatureSwitch: 1 });
	});

	describe('one push subscription per app key (订阅接口: add, query, unbind)', () => {
		const OTHER = 'http://campus-platform.example/hongtu/push';
		const TEST_HOOK = 'http://localhost:5678/webhook-test/test-webhook-id/webhook';

		test('activation refuses to take another receiver\'s subscription, and says how to go on', async () => {
			sim.subscriptions.set(APP_KEY, { appKey: APP_KEY, pushUrl: OTHER, busiTypes: [5] });
			const fixture = await setup({ source: 'businessPush', busiTypes: ['5'], options: {} });
			const error = await runWebhookMethod(fixture, 'create').catch((e: Error & { description?: string }) => e);
			expect(error).toBeInstanceOf(Error);
			expect((error as Error).message).toBe(`The box already sends this app key's business-data pushes to ${OTHER}`);
			expect((error as { description?: string }).description).toMatch(/another app key.*Take Over Existing Subscription/);
			expect(sim.subscriptions.get(APP_KEY)?.pushUrl).toBe(OTHER);
		});

		test('with Take Over Existing Subscription it moves the subscription here; deactivation removes only its own', async () => {
			sim.subscriptions.set(APP_KEY, { appKey: APP_KEY, pushUrl: OTHER, busiTypes: [5] });
			const fixture = await setup({ source: 'businessPush', busiTypes: ['5'], options: { takeOver: true } });
			await runWebhookMethod(fixture, 'create');
			expect(sim.subscriptions.get(APP_KEY)?.pushUrl).toBe(HOOK);
			// someone else subscribes in the meantime: deactivating this workflow leaves theirs alone
			sim.subscriptions.set(APP_KEY, { appKey: APP_KEY, pushUrl: OTHER, busiTypes: [1] });
			await runWebhookMethod(fixture, 'delete');
			expect(sim.subscriptions.get(APP_KEY)).toEqual({ appKey: APP_KEY, pushUrl: OTHER, busiTypes: [1] });
		});

		test('listening for a test event borrows the production subscription and gives it back when listening ends', async () => {
			const production = await setup({ source: 'businessPush', busiTypes: ['1', '5'], options: {} });
			await runWebhookMethod(production, 'create');
			expect(sim.subscriptions.get(APP_KEY)?.pushUrl).toBe(HOOK);
			await receiver!.stop();
			// the editor's test listening: mode manual, the webhook-test URL, the workflow's static data as saved
			const listening = await setup({ source: 'businessPush', busiTypes: ['5'], options: {} });
			listening.workflow.staticData = JSON.parse(JSON.stringify(production.workflow.staticData));
			expect(await runWebhookMethod(listening, 'checkExists', undefined, undefined, { test: true })).toBe(false);
			await runWebhookMethod(listening, 'create', undefined, undefined, { test: true });
			expect(sim.subscriptions.get(APP_KEY)).toEqual({ appKey: APP_KEY, pushUrl: TEST_HOOK, busiTypes: [5] });
			await runWebhookMethod(listening, 'delete', undefined, 'update', { test: true });
			expect(sim.subscriptions.get(APP_KEY)).toEqual({ appKey: APP_KEY, pushUrl: HOOK, busiTypes: [1, 5] });
		});

		test('a webhook URL on loopback is refused when the box is on another machine, naming WEBHOOK_URL', async () => {
			const fixture = await setup({ source: 'businessPush', busiTypes: ['5'], options: {} });
			fixture.credentials.set('hongTuApi', { baseUrl: 'http://192.0.2.10:18082', cappkey: APP_KEY, secret: SECRET });
			const error = (await runWebhookMethod(fixture, 'create').catch((e: Error) => e)) as Error & { description?: string };
			expect(error.message).toBe("The box cannot reach n8n's webhook URL http://localhost:5678");
			expect(error.description).toMatch(/WEBHOOK_URL/);
			expect(sim.subscriptions.size).toBe(0);
		});
	});

	describe('Send Sample Event When Listening', () => {
		/** the editor's "Listen for test event": mode manual on the webhook-test URL of the receiver's server */
		async function listen(parameters: IDataObject, mode: 'manual' | 'webhook' = 'manual') {
			const credentials = new TestCredentialsHelper({ hongTuApi: new HongTuApi() });
			credentials.set('hongTuApi', { baseUrl: sim.url, cappkey: APP_KEY, secret: SECRET });
			const fixture = triggerFixture(new HongTuTrigger(), parameters, credentials);
			const testReceiver = await new WebhookReceiver(fixture, mode).start();
			const base = testReceiver.url.replace(/\/webhook\/.*$/, '/webhook');
			return { fixture, receiver: testReceiver, base };
		}

		test.each([
			['Business Data Push (first selected type: 5)', { source: 'businessPush', busiTypes: ['5', '1'] }, ['busiPush5PassRecord'], { busiType: 5 }],
			['Business Data Push (type 12: the face record)', { source: 'businessPush', busiTypes: ['12'] }, ['busiPush12StructuredRecord', 'category=1 face (printed under heading category=2)'], { busiType: 12 }],
			['Pass Records', { source: 'passRecords' }, ['passRecord'], { source: 'passRecords' }],
			['Attendance Records', { source: 'attendanceRecords' }, ['attendanceRecord'], { source: 'attendanceRecords' }],
			['Event Records', { source: 'eventRecords' }, ['eventRecord', 'personEvent (1.3.4)'], { source: 'eventRecords' }],
		] as Array<[string, IDataObject, [string, string?], IDataObject]>)(
			'%s: listening sends the document\'s sample once, with the shared secret, through the webhook; the box is not touched',
			async (_, parameters, [id, variant], extra) => {
				sim.subscriptions.set(APP_KEY, { appKey: APP_KEY, pushUrl: HOOK, busiTypes: [1, 5] });
				const before = JSON.stringify(sim.aFaceConfig);
				const { fixture, receiver: listening, base } = await listen({ ...parameters, sendSampleEvent: true, options: { sharedSecret: 's3cret' } });
				try {
					expect(await runWebhookMethod(fixture, 'checkExists', base, undefined, { test: true })).toBe(true);
					const [call] = await listening.waitForCalls(1);
					// the box's way to post: JSON, the shared secret as ?token=, and (business push) the documented envelope
					expect(call.request?.query).toEqual({ token: 's3cret' });
					expect(call.request?.headers['content-type']).toMatch(/^application\/json/);
					const document = printedSample('hongtu', id, variant);
					if (parameters.source === 'businessPush') {
						const body = call.request?.body as IDataObject;
						expect(body.busiType).toBe(String(extra.busiType));
						expect(JSON.parse(String(body.data))).toEqual(document);
					} else expect(call.request?.body).toEqual(document);
					expect(call.status).toBe(200);
					expect(call.responseBody).toEqual({ code: 0, msg: '成功' });
					expect(listening.executions).toHaveLength(1);
					const [[item]] = listening.executions[0];
					expect(item.json).toMatchObject({ ...document, ...extra, isSample: true });
					await new Promise((resolve) => setTimeout(resolve, 1500));
					expect(listening.calls).toHaveLength(1);
					// listening ends: nothing was registered, so nothing is undone
					await runWebhookMethod(fixture, 'delete', base, 'update', { test: true });
					expect(sim.subscriptions.get(APP_KEY)).toEqual({ appKey: APP_KEY, pushUrl: HOOK, busiTypes: [1, 5] });
					expect(JSON.stringify(sim.aFaceConfig)).toBe(before);
					expect(sim.requests).toHaveLength(0);
				} finally {
					await listening.stop();
				}
			},
		);

		test('Download Image leaves the sample alone: its URLs point into the document author\'s network', async () => {
			const { fixture, receiver: listening, base } = await listen({ source: 'businessPush', busiTypes: ['1'], sendSampleEvent: true, options: { downloadImage: true } });
			try {
				await runWebhookMethod(fixture, 'checkExists', base, undefined, { test: true });
				await listening.waitForCalls(1);
				const [[item]] = listening.executions[0];
				expect(item.binary).toBeUndefined();
				expect(item.json.imageError).toBeUndefined();
			} finally {
				await listening.stop();
			}
		});

		test('activation with the option on and listening with it off send nothing and register as before', async () => {
			const active = await listen({ source: 'businessPush', busiTypes: ['5'], sendSampleEvent: true, options: {} });
			const off = await listen({ source: 'passRecords', options: {} });
			try {
				expect(await runWebhookMethod(active.fixture, 'checkExists', active.base)).toBe(false);
				await runWebhookMethod(active.fixture, 'create', active.base);
				expect(sim.subscriptions.get(APP_KEY)?.pushUrl).toBe(`${active.base}/test-webhook-id/webhook`);
				expect(await runWebhookMethod(off.fixture, 'checkExists', off.base, undefined, { test: true })).toBe(false);
				await runWebhookMethod(off.fixture, 'create', off.base, undefined, { test: true });
				expect(sim.aFaceConfig.identifyRecordCallbackUrl).toBe(`${off.base}-test/test-webhook-id/webhook`);
				await new Promise((resolve) => setTimeout(resolve, 2500));
				expect(active.receiver.calls).toHaveLength(0);
				expect(off.receiver.calls).toHaveLength(0);
			} finally {
				await active.receiver.stop();
				await off.receiver.stop();
			}
		});

		test('the sample header means nothing to an active workflow: a repeated record there still starts nothing', async () => {
			const { receiver: active } = await listen({ source: 'passRecords', sendSampleEvent: true, options: {} }, 'webhook');
			try {
				const record = printedSample('hongtu', 'passRecord');
				for (let i = 0; i < 2; i++) {
					const answer = await fetch(active.url, { method: 'POST', body: JSON.stringify(record), headers: { 'Content-Type': 'application/json', 'x-smart-campus-sample': '1' } });
					expect(answer.status).toBe(200);
				}
				expect(active.executions).toHaveLength(1);
				expect(active.executions[0][0][0].json.isSample).toBeUndefined();
			} finally {
				await active.stop();
			}
		});
	});

	test.each([
		['1', 'busiPush1SecurityRecognition'],
		['2', 'busiPush2VehicleRecord'],
		['3', 'busiPush3AlertRecord'],
		['5', 'busiPush5PassRecord'],
	])('busiType %s push sample becomes one clean item', async (busiType, id) => {
		await setup({ source: 'businessPush', busiTypes: ['1', '2', '3', '5', '12'], options: {} });
		const record = sample(id);
		const answer = await pushTo(receiver!.url, { busiType, data: JSON.stringify(record) });
		expect(answer).toEqual({ status: 200, body: { code: 0, msg: '成功' } });
		const item = receiver!.executions[0][0][0].json;
		expect(item).toMatchObject({ ...record, busiType: Number(busiType) });
		expect(item.busiTypeName).toBeTruthy();
		for (const field of ['captureTime', 'recognitionTime', 'alarmTime', 'passTimestamp'])
			if (typeof record[field] === 'number') expect(item[`${field}Iso`]).toBe(new Date(record[field] as number).toISOString());
	});

	test('busiType 12: all four structured categories', async () => {
		await setup({ source: 'businessPush', busiTypes: ['12'], options: {} });
		const samples = Object.values(sample('busiPush12StructuredRecord')) as IDataObject[];
		expect(samples.length).toBeGreaterThanOrEqual(4);
		for (const record of samples) await pushTo(receiver!.url, { busiType: '12', data: JSON.stringify(record) });
		expect(receiver!.executions).toHaveLength(samples.length);
		receiver!.executions.forEach((run, n) => {
			const item = run[0][0].json;
			expect(item).toMatchObject(samples[n]);
			if (typeof samples[n].cropUri === 'string' && !samples[n].cropUrl) expect(item.cropUrl).toBe(`${sim.url}/pub/${String(samples[n].cropUri)}`);
		});
	});

	test('busiType 12: a record with an image URI but no URL gets the full URL on the box', async () => {
		await setup({ source: 'businessPush', busiTypes: ['12'], options: {} });
		const withUri = (Object.values(sample('busiPush12StructuredRecord')) as IDataObject[]).find((r) => typeof r.cropUri === 'string');
		expect(withUri).toBeDefined();
		const record = { ...withUri! };
		delete record.cropUrl;
		await pushTo(receiver!.url, { busiType: '12', data: JSON.stringify(record) });
		expect(receiver!.executions).toHaveLength(1);
		expect(receiver!.executions[0][0][0].json.cropUrl).toBe(`${sim.url}/pub/${String(record.cropUri)}`);
	});

	test('pass-record and attendance callbacks start the workflow with their fields', async () => {
		await setup({ source: 'attendanceRecords', options: {} });
		const record = JSON.parse(String(callbackSample('hongtu', 'attendanceRecord')));
		await pushTo(receiver!.url, record);
		const item = receiver!.executions[0][0][0].json;
		expect(item).toMatchObject(record);
		expect(item.attendanceDateIso).toBe(new Date(record.attendanceDate).toISOString());
	});

	test('Download Image puts the capture image into binary data', async () => {
		await setup({ source: 'businessPush', busiTypes: ['1'], options: { downloadImage: true } });
		const record = { ...sample('busiPush1SecurityRecognition'), captureImageUrl: `${sim.url}/pub/_capture_1` };
		await pushTo(receiver!.url, { busiType: '1', data: JSON.stringify(record) });
		const item = receiver!.executions[0][0][0];
		expect(item.json.imageError).toBeUndefined();
		expect(Buffer.from(item.binary!.image.data, 'base64').toString()).toBe('image:_capture_1');
	});

	test('pass-record callbacks (saveAFaceConfig) start the workflow with the record, ISO time beside passTimestamp', async () => {
		await setup({ source: 'passRecords', options: {} });
		const record = sample('busiPush5PassRecord');
		await pushTo(receiver!.url, record);
		const item = receiver!.executions[0][0][0].json;
		expect(item).toMatchObject({ ...record, source: 'passRecords' });
		expect(item.passTimestampIso).toBe(new Date(record.passTimestamp as number).toISOString());
	});

	test('types not selected are acknowledged and start nothing', async () => {
		await setup({ source: 'businessPush', busiTypes: ['5'], options: {} });
		const answer = await pushTo(receiver!.url, { busiType: '1', data: JSON.stringify(sample('busiPush1SecurityRecognition')) });
		expect(answer.status).toBe(200);
		expect(receiver!.executions).toHaveLength(0);
	});

	test('forged (no or wrong token), malformed and foreign-address calls are rejected and start nothing', async () => {
		await setup({ source: 'businessPush', busiTypes: ['1'], options: { sharedSecret: 's3cret' } });
		const data = JSON.stringify(sample('busiPush1SecurityRecognition'));
		expect((await pushTo(receiver!.url, { busiType: '1', data })).status).toBe(401);
		expect((await pushTo(`${receiver!.url}?token=wrong`, { busiType: '1', data })).status).toBe(401);
		expect((await pushTo(`${receiver!.url}?token=s3cret`, { busiType: '1', data: '{not json' })).status).toBe(400);
		expect((await pushTo(`${receiver!.url}?token=s3cret`, { busiType: '99', data })).status).toBe(400);
		expect((await pushTo(`${receiver!.url}?token=s3cret`, '{broken')).status).toBe(400);
		expect(receiver!.executions).toHaveLength(0);
		expect((await pushTo(`${receiver!.url}?token=s3cret`, { busiType: '1', data })).status).toBe(200);
		expect(receiver!.executions).toHaveLength(1);
		await receiver!.stop();
		await setup({ source: 'businessPush', busiTypes: ['1'], options: { allowedIps: '10.9.9.9' } });
		expect((await pushTo(receiver!.url, { busiType: '1', data })).status).toBe(401);
		expect(receiver!.executions).toHaveLength(0);
		await receiver!.stop();
		await setup({ source: 'businessPush', busiTypes: ['1'], options: { allowedIps: '10.9.9.9, 127.0.0.1' } });
		expect((await pushTo(receiver!.url, { busiType: '1', data })).status).toBe(200);
		expect(receiver!.executions).toHaveLength(1);
	});
	describe('version 2: items follow the simplified shape by default', () => {
		const receivers: WebhookReceiver[] = [];
		afterEach(async () => {
			for (const r of receivers.splice(0)) await r.stop();
		});

		/** The item one delivery starts in a workflow saved with the given node version. */
		async function itemOf(typeVersion: number, parameters: IDataObject, body: unknown, headers: Record<string, string> = {}, mode: 'webhook' | 'manual' = 'webhook'): Promise<INodeExecutionData> {
			const credentials = new TestCredentialsHelper({ hongTuApi: new HongTuApi() });
			credentials.set('hongTuApi', { baseUrl: sim.url, cappkey: APP_KEY, secret: SECRET });
			const r = await new WebhookReceiver(triggerFixture(new HongTuTrigger(), parameters, credentials, {}, typeVersion), mode).start();
			receivers.push(r);
			const answer = await fetch(r.url, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } });
			expect(answer.status).toBe(200);
			expect(r.executions).toHaveLength(1);
			return r.executions[0][0][0];
		}

		const structured = Object.entries(sample('busiPush12StructuredRecord')) as Array<[string, IDataObject]>;
		const pushed: Array<[string, string, IDataObject]> = [
			['1', 'security recognition', sample('busiPush1SecurityRecognition')],
			['2', 'vehicle', sample('busiPush2VehicleRecord')],
			['3', 'area alert', sample('busiPush3AlertRecord')],
			['5', 'pass', sample('busiPush5PassRecord')],
			...structured.map(([category, record]): [string, string, IDataObject] => ['12', category, record]),
		];

		test('every listed field is a field of the document\'s record, which has more than ten', () => {
			const documented: Array<[string, string[], string[]]> = [
				...Object.entries(SIMPLIFIED_FIELDS.busiTypes).map(([busiType, fields]): [string, string[], string[]] => [
					`busiType ${busiType}`,
					fields,
					pushed.filter(([t]) => t === busiType).flatMap(([, , record]) => Object.keys(record)),
				]),
				['pass records', SIMPLIFIED_FIELDS.passRecords, Object.keys(printedSample('hongtu', 'passRecord'))],
				['event records', SIMPLIFIED_FIELDS.eventRecords, Object.values(sample('eventRecord')).flatMap((text) => printedFields(String(text)))],
			];
			for (const [kind, fields, recordFields] of documented) {
				expect([kind, new Set(recordFields).size > 10]).toEqual([kind, true]);
				expect([kind, fields.filter((f) => !recordFields.includes(f))]).toEqual([kind, []]);
			}
		});

		test.each(pushed)('busiType %s (%s): the listed fields, the record type and ISO times; version 1 as before', async (busiType, _kind, record) => {
			const parameters = { source: 'businessPush', busiTypes: [busiType], options: {} };
			const body = { busiType, data: JSON.stringify(record) };
			const v1 = (await itemOf(1, parameters, body)).json;
			// version 1: the whole record, the record type before it, an ISO twin beside each millisecond time
			const twins = Object.keys(v1).filter((k) => /Iso$/.test(k));
			expect(v1).toEqual({ busiType: Number(busiType), busiTypeName: BUSI_TYPES[busiType], ...record, ...Object.fromEntries(twins.map((k) => [k, v1[k]])) });
			for (const twin of twins) expect(v1[twin]).toBe(new Date(record[twin.replace(/Iso$/, '')] as number).toISOString());
			const v2 = (await itemOf(2, parameters, body)).json;
			const expected = simplified(v1, ['busiType', 'busiTypeName'], SIMPLIFIED_FIELDS.busiTypes[busiType]);
			expect(Object.keys(expected).length).toBeGreaterThanOrEqual(8);
			expect(v2).toEqual({ ...expected, deliveryKey: expect.stringMatching(/^[0-9a-f]{64}$/) });
			expect(Object.keys(v2)).toEqual([...Object.keys(expected), 'deliveryKey']);
			// Output "Raw" is version 1's item with its delivery key
			expect((await itemOf(2, { ...parameters, output: 'raw' }, body)).json).toEqual({ ...v1, deliveryKey: v2.deliveryKey });
		});

		test('busiType 1 keeps exactly its ten fields with the record type and the capture time as ISO', async () => {
			const record = sample('busiPush1SecurityRecognition');
			const item = (await itemOf(2, { source: 'businessPush', busiTypes: ['1'], options: {} }, { busiType: '1', data: JSON.stringify(record) })).json;
			expect(Object.keys(item)).toEqual(['busiType', 'busiTypeName', ...SIMPLIFIED_FIELDS.busiTypes[1], 'captureTimeIso', 'deliveryKey']);
			expect(item).toMatchObject({ personName: record.personName, captureTime: record.captureTime, captureTimeIso: new Date(record.captureTime as number).toISOString() });
			expect(item).not.toHaveProperty('frameUrl');
		});

		test.each([
			['passRecords', printedSample('hongtu', 'passRecord'), SIMPLIFIED_FIELDS.passRecords],
			['eventRecords', printedSample('hongtu', 'eventRecord', 'personEvent (1.3.4)'), SIMPLIFIED_FIELDS.eventRecords],
		] as Array<[string, IDataObject, string[]]>)('%s: the listed fields with the source; Raw is version 1', async (source, record, fields) => {
			const v1 = (await itemOf(1, { source, options: {} }, record)).json;
			expect(v1).toEqual({ source, ...record, ...Object.fromEntries(Object.keys(v1).filter((k) => /Iso$/.test(k)).map((k) => [k, v1[k]])) });
			const v2 = (await itemOf(2, { source, options: {} }, record)).json;
			const expected = simplified(v1, ['source'], fields);
			expect(Object.keys(expected)).toEqual(['source', ...fields, ...(source === 'passRecords' ? [] : ['gmtCreateIso'])]);
			expect(v2).toEqual({ ...expected, deliveryKey: expect.stringMatching(/^[0-9a-f]{64}$/) });
			expect(Object.keys(v2)).toEqual([...Object.keys(expected), 'deliveryKey']);
			expect((await itemOf(2, { source, output: 'raw', options: {} }, record)).json).toEqual({ ...v1, deliveryKey: v2.deliveryKey });
		});

		test('attendance records (seven fields) stay whole in version 2', async () => {
			const record = printedSample('hongtu', 'attendanceRecord');
			const v1 = (await itemOf(1, { source: 'attendanceRecords', options: {} }, record)).json;
			expect(await itemOf(2, { source: 'attendanceRecords', options: {} }, record)).toEqual({ json: { ...v1, deliveryKey: expect.stringMatching(/^[0-9a-f]{64}$/) } });
		});

		test('Selected Fields keeps only the given fields, ISO twins included', async () => {
			const record = sample('busiPush5PassRecord');
			const parameters = { source: 'businessPush', busiTypes: ['5'], output: 'fields', outputFields: 'personName, passTimestampIso, temperature', options: {} };
			const item = (await itemOf(2, parameters, { busiType: '5', data: JSON.stringify(record) })).json;
			expect(item).toEqual({ personName: record.personName, passTimestampIso: new Date(record.passTimestamp as number).toISOString(), temperature: record.temperature });
		});

		test('the delivery key is the record\'s: the same record again has the same key, another record another', async () => {
			const record = sample('busiPush5PassRecord');
			const parameters = { source: 'businessPush', busiTypes: ['5'], options: {} };
			const first = (await itemOf(2, parameters, { busiType: '5', data: JSON.stringify(record) })).json.deliveryKey;
			const again = (await itemOf(2, parameters, { busiType: '5', data: JSON.stringify(record) })).json.deliveryKey;
			const other = (await itemOf(2, parameters, { busiType: '5', data: JSON.stringify({ ...record, id: `${String(record.id)}-2` }) })).json.deliveryKey;
			expect(first).toBe(again);
			expect(other).not.toBe(first);
			expect((await itemOf(1, parameters, { busiType: '5', data: JSON.stringify(record) })).json).not.toHaveProperty('deliveryKey');
		});

		test('Download Image still finds the image and keeps the binary; a sample says isSample: true', async () => {
			const record = { ...sample('busiPush1SecurityRecognition'), captureImageUrl: `${sim.url}/pub/_capture_1` };
			const item = await itemOf(2, { source: 'businessPush', busiTypes: ['1'], options: { downloadImage: true } }, { busiType: '1', data: JSON.stringify(record) });
			expect(Buffer.from(item.binary!.image.data, 'base64').toString()).toBe('image:_capture_1');
			expect(item.json.captureImageUrl).toBe(record.captureImageUrl);
			const unreachable = { ...record, captureImageUrl: 'http://127.0.0.1:9/pub/_gone' };
			const failed = await itemOf(2, { source: 'businessPush', busiTypes: ['1'], options: { downloadImage: true } }, { busiType: '1', data: JSON.stringify(unreachable) });
			expect(failed.json.imageError).toMatch(/^Could not download the image/);
			const listened = await itemOf(2, { source: 'passRecords', sendSampleEvent: true, options: {} }, printedSample('hongtu', 'passRecord'), { 'x-smart-campus-sample': '1' }, 'manual');
			expect(Object.keys(listened.json).slice(-1)).toEqual(['isSample']);
			expect(listened.json.isSample).toBe(true);
		});
	});
});
