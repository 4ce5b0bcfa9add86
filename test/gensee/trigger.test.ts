/**
 * Gensee Trigger against the transcoding callback of the document (5.27/5.28 callbackUrl): after a
 * transcode started by the Gensee node, the simulator POSTs gscoursewareId and gsstatus (ok | error) to the
 * callbackUrl; the trigger starts the workflow once per courseware and status, checks the optional shared
 * secret carried in the URL, and answers malformed requests with HTTP 400.
 */
import { GenseeTrigger } from '../../nodes/Gensee/GenseeTrigger.node';
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
});
