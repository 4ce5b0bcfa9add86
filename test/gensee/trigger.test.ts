/**
 * Gensee Trigger against the transcoding callback of the document (5.27/5.28 callbackUrl): after a
 * transcode started by the Gensee node, the simulator POSTs gscoursewareId and gsstatus (ok | error) to the
 * callbackUrl; the trigger starts the workflow once per courseware and status, checks the optional shared
 * secret carried in the URL, and answers malformed requests with HTTP 400.
 */
import { GenseeTrigger, SAMPLE_COURSEWARE_ID } from '../../nodes/Gensee/GenseeTrigger.node';
import { documentedCallback } from '../fixtures/documents';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runWebhookMethod, triggerFixture, WebhookReceiver } from '../harness/triggers';
import { postCallback } from '../simulators/common/SimulatorServer';
import type { GenseeSimulator } from '../simulators/gensee/GenseeSimulator';
import { startGensee } from './setup';

describe('Gensee Trigger', () => {
	let sim: GenseeSimulator;
	let run: Awaited<ReturnType<typeof startGensee>>['run'];
	let receiver: WebhookReceiver | undefined;

	async function listen(statuses = ['ok', 'error'], options = {}) {
		const fixture = triggerFixture(new GenseeTrigger(), { statuses, options }, new TestCredentialsHelper({}));
		receiver = await new WebhookReceiver(fixture).start();
		return fixture;
	}

	beforeEach(async () => {
		({ sim, run } = await startGensee());
	});
	afterEach(async () => {
		await receiver?.stop();
		receiver = undefined;
		await sim.stop();
	});

	test('a document transcode started by the node reports back through the trigger', async () => {
		await listen();
		const started = await run('document', 'transcode', {
			resourceUrl: 'http://files.example/slides.pptx',
			name: 'Slides',
			additionalFields: { callbackUrl: receiver!.url },
		});
		expect(started.error).toBeUndefined();
		const coursewareId = started.items[0].json.coursewareId;

		const answers = await sim.completeTranscodes();
		expect(answers).toEqual([{ status: 200, body: { code: '0', message: 'ok' } }]);
		expect(receiver!.executions).toHaveLength(1);
		expect(receiver!.executions[0][0][0].json).toMatchObject({ coursewareId, status: 'ok', succeeded: true, gscoursewareId: coursewareId, gsstatus: 'ok' });
	});

	test('a failed media transcode arrives as status error', async () => {
		await listen();
		await run('media', 'transcode', { resourceUrl: 'http://files.example/fail.mp4', name: 'Broken', additionalFields: { callbackUrl: receiver!.url } });
		await sim.completeTranscodes();
		expect(receiver!.executions[0][0][0].json).toMatchObject({ status: 'error', succeeded: false });
	});

	test('a download link without a file name fails unless the file name is given (gs_filename)', async () => {
		await listen();
		await run('document', 'transcode', { resourceUrl: 'http://files.example/download?id=5', name: 'No name', additionalFields: { callbackUrl: receiver!.url } });
		await run('document', 'transcode', { resourceUrl: 'http://files.example/download?id=6', name: 'Named', additionalFields: { callbackUrl: receiver!.url, gsFilename: 'deck.pptx' } });
		const forms = sim.requests.filter((r) => r.path.endsWith('/training/courseware/transcode')).map((r) => Object.fromEntries(new URLSearchParams(r.rawBody.toString())));
		expect(forms[1].resourceUrl).toBe('http://files.example/download?id=6&gs_filename=deck.pptx');
		expect(forms[1]).not.toHaveProperty('gs_filename');
		await sim.completeTranscodes();
		expect(receiver!.executions.map((e) => e[0][0].json.status)).toEqual(['error', 'ok']);
	});

	test('a repeated callback starts the workflow once', async () => {
		await listen();
		for (let i = 0; i < 3; i++) {
			expect(await sim.sendCallback(receiver!.url, { gscoursewareId: 'cw-1', gsstatus: 'ok' })).toEqual({ status: 200, body: { code: '0', message: 'ok' } });
		}
		expect(receiver!.executions).toHaveLength(1);
		await sim.sendCallback(receiver!.url, { gscoursewareId: 'cw-1', gsstatus: 'error' });
		expect(receiver!.executions).toHaveLength(2);
	});

	test('only the selected statuses start the workflow; the others are acknowledged', async () => {
		await listen(['error']);
		expect((await sim.sendCallback(receiver!.url, { gscoursewareId: 'cw-2', gsstatus: 'ok' })).status).toBe(200);
		expect(receiver!.executions).toHaveLength(0);
		await sim.sendCallback(receiver!.url, { gscoursewareId: 'cw-3', gsstatus: 'error' });
		expect(receiver!.executions).toHaveLength(1);
	});

	test('with a shared secret, only callbacks to the URL carrying it are accepted', async () => {
		await listen(['ok', 'error'], { secret: 's3cret' });
		const without = await sim.sendCallback(receiver!.url, { gscoursewareId: 'cw-4', gsstatus: 'ok' });
		const wrong = await sim.sendCallback(`${receiver!.url}?secret=guess`, { gscoursewareId: 'cw-4', gsstatus: 'ok' });
		expect(without.status).toBe(401);
		expect(wrong.status).toBe(401);
		expect(receiver!.executions).toHaveLength(0);

		const started = await run('document', 'transcode', {
			resourceUrl: 'http://files.example/a.docx',
			name: 'Doc',
			additionalFields: { callbackUrl: `${receiver!.url}?secret=s3cret` },
		});
		await sim.completeTranscodes();
		expect(receiver!.executions).toHaveLength(1);
		expect(receiver!.executions[0][0][0].json.coursewareId).toBe(started.items[0].json.coursewareId);
		expect(JSON.stringify(receiver!.executions[0][0][0].json)).not.toContain('s3cret');
	});

	test('malformed callbacks get HTTP 400 and start nothing', async () => {
		await listen();
		const missingId = await sim.sendCallback(receiver!.url, { gsstatus: 'ok' });
		const badStatus = await sim.sendCallback(receiver!.url, { gscoursewareId: 'cw-5', gsstatus: 'done' });
		const empty = await postCallback(receiver!.url, '', 'application/x-www-form-urlencoded');
		for (const answer of [missingId, badStatus, empty]) expect(answer.status).toBe(400);
		expect(receiver!.executions).toHaveLength(0);
	});

	test('a JSON body is accepted as well (the document does not state the content type)', async () => {
		await listen();
		const answer = await postCallback(receiver!.url, JSON.stringify({ gscoursewareId: 'cw-6', gsstatus: 'ok' }), 'application/json');
		expect(answer.status).toBe(200);
		expect(receiver!.executions[0][0][0].json).toMatchObject({ coursewareId: 'cw-6', status: 'ok' });
	});

	test('activation registers nothing: the callback URL travels with each transcode request', async () => {
		const fixture = await listen();
		expect(await runWebhookMethod(fixture, 'checkExists')).toBe(true);
		expect(await runWebhookMethod(fixture, 'create')).toBe(true);
		expect(await runWebhookMethod(fixture, 'delete')).toBe(true);
	});

	describe('version 2 (what new workflows get)', () => {
		async function listenV2(options: object = {}, mode: 'webhook' | 'manual' = 'webhook') {
			const fixture = triggerFixture(new GenseeTrigger(), { statuses: ['ok', 'error'], options }, new TestCredentialsHelper({}), {}, 2);
			receiver = await new WebhookReceiver(fixture, mode).start();
			return fixture;
		}

		test('the shared secret travels as ?token=, like the other triggers; version 1\'s ?secret= is refused', async () => {
			await listenV2({ sharedSecret: 's3cret' });
			expect((await sim.sendCallback(`${receiver!.url}?secret=s3cret`, { gscoursewareId: 'cw-v2', gsstatus: 'ok' })).status).toBe(401);
			expect((await sim.sendCallback(`${receiver!.url}?token=guess`, { gscoursewareId: 'cw-v2', gsstatus: 'ok' })).status).toBe(401);
			expect(receiver!.executions).toHaveLength(0);
			expect((await sim.sendCallback(`${receiver!.url}?token=s3cret`, { gscoursewareId: 'cw-v2', gsstatus: 'ok' })).status).toBe(200);
			expect(receiver!.executions[0][0][0].json).toMatchObject({ coursewareId: 'cw-v2', status: 'ok', deliveryKey: 'cw-v2:ok' });
		});

		test('the sample of a test listening carries the shared secret as ?token=', async () => {
			const fixture = triggerFixture(new GenseeTrigger(), { statuses: ['ok'], sendSampleEvent: true, options: { sharedSecret: 's3cret' } }, new TestCredentialsHelper({}), {}, 2);
			receiver = await new WebhookReceiver(fixture, 'manual').start();
			await runWebhookMethod(fixture, 'checkExists', receiver.url.replace(/\/webhook\/.*$/, '/webhook'), undefined, { test: true });
			const [call] = await receiver.waitForCalls(1);
			expect(call.request?.query).toEqual({ token: 's3cret' });
			expect(receiver.executions[0][0][0].json).toMatchObject({ coursewareId: SAMPLE_COURSEWARE_ID, isSample: true });
		});
	});

	describe('Send Sample Event When Listening', () => {
		/** the editor's "Listen for test event": mode manual on the webhook-test URL of the receiver's server */
		async function listenForSample(parameters: object, receiverOptions: { notRegisteredFor?: number } = {}) {
			const fixture = triggerFixture(new GenseeTrigger(), { options: {}, ...parameters }, new TestCredentialsHelper({}));
			receiver = await new WebhookReceiver(fixture, 'manual', receiverOptions).start();
			return { fixture, base: receiver.url.replace(/\/webhook\/.*$/, '/webhook') };
		}

		test('listening sends the documented callback once, with the first selected status and the shared secret; the webhook takes it', async () => {
			const { fixture, base } = await listenForSample({ statuses: ['error', 'ok'], sendSampleEvent: true, options: { secret: 's3cret' } });
			expect(await runWebhookMethod(fixture, 'checkExists', base, undefined, { test: true })).toBe(true);
			const [call] = await receiver!.waitForCalls(1);
			const documented = documentedCallback('gensee', 'transcodeStatus');
			expect(call.request?.query).toEqual({ secret: 's3cret' });
			// "post请求通知转码状态参数": POST parameters, exactly the two the document names
			expect(call.request?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
			expect(Object.keys(call.request?.body as object).sort()).toEqual(documented.params!.map((p) => p.name).sort());
			expect(documented.params!.find((p) => p.name === 'gsstatus')?.values).toContain('error');
			expect(call.request?.body).toEqual({ gscoursewareId: SAMPLE_COURSEWARE_ID, gsstatus: 'error' });
			expect(call).toMatchObject({ status: 200, responseBody: { code: '0', message: 'ok' } });
			expect(receiver!.executions).toHaveLength(1);
			expect(receiver!.executions[0][0][0].json).toMatchObject({ coursewareId: SAMPLE_COURSEWARE_ID, status: 'error', succeeded: false, isSample: true });
			await new Promise((resolve) => setTimeout(resolve, 1500));
			expect(receiver!.calls).toHaveLength(1);
		});

		test('while n8n has not registered the test URL (HTTP 404) the sample is sent again, and arrives once', async () => {
			const { fixture, base } = await listenForSample({ statuses: ['ok'], sendSampleEvent: true }, { notRegisteredFor: 2 });
			await runWebhookMethod(fixture, 'checkExists', base, undefined, { test: true });
			await receiver!.waitForCalls(3);
			expect(receiver!.calls.map((c) => c.status)).toEqual([404, 404, 200]);
			expect(receiver!.executions).toHaveLength(1);
			await new Promise((resolve) => setTimeout(resolve, 1500));
			expect(receiver!.calls).toHaveLength(3);
		});

		test('each listening gets its sample, though Ignore Repeats is on', async () => {
			const { fixture, base } = await listenForSample({ statuses: ['ok'], sendSampleEvent: true, options: { dedupe: true } });
			for (let n = 1; n <= 2; n++) {
				await runWebhookMethod(fixture, 'checkExists', base, undefined, { test: true });
				await receiver!.waitForCalls(n);
				await runWebhookMethod(fixture, 'delete', base, 'update', { test: true });
			}
			expect(receiver!.executions).toHaveLength(2);
		});

		test('activation with the option on and listening with it off send nothing', async () => {
			const { fixture, base } = await listenForSample({ statuses: ['ok'], sendSampleEvent: true });
			expect(await runWebhookMethod(fixture, 'checkExists', base)).toBe(true);
			const off = triggerFixture(new GenseeTrigger(), { statuses: ['ok'], options: {} }, new TestCredentialsHelper({}));
			expect(await runWebhookMethod(off, 'checkExists', base, undefined, { test: true })).toBe(true);
			await new Promise((resolve) => setTimeout(resolve, 2500));
			expect(receiver!.calls).toHaveLength(0);
		});
	});
});
