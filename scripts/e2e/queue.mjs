// Queue mode: Debian's redis-server (started here, loopback, no persistence) + n8n main + one `n8n worker`,
// sharing the user folder (SQLite database, encryption key, installed community package) of the main tests.
// A webhook workflow using the package runs on the worker; the package's webhook trigger works too.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { N8nApi, nodeOutput, packageTriggers, productionWebhookUrl, registerCleanup, sleep, startN8n, tail, waitForN8n, waitForNewExecution, waitForWebhook } from '../playground/lib.mjs';

function assert(condition, message) {
	if (!condition) throw new Error(message);
}

export async function startRedis(port, workDir) {
	const dir = path.join(workDir, 'redis');
	fs.mkdirSync(dir, { recursive: true });
	const logFile = path.join(workDir, 'logs', 'redis.log');
	fs.mkdirSync(path.dirname(logFile), { recursive: true });
	const out = fs.openSync(logFile, 'a');
	const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
		stdio: ['ignore', out, out],
		detached: true,
	});
	fs.closeSync(out);
	const exited = new Promise((resolve) => child.on('exit', resolve));
	const stop = async () => {
		try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
		await Promise.race([exited, sleep(5000)]);
		try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
	};
	registerCleanup(stop);
	for (let i = 0; i < 50; i++) {
		const ok = await new Promise((resolve) => {
			const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
			socket.on('error', () => resolve(false));
		});
		if (ok) return { stop, logFile };
		await sleep(200);
	}
	throw new Error(`redis-server did not listen on ${port}:\n${tail(logFile)}`);
}

const queueWorkflow = (credential) => ({
	name: 'E2E queue mode: webhook → Baijiayun devices',
	nodes: [
		{
			id: 'a1d0e5b8-0000-4000-8000-00000000e2e1',
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: 'a1d0e5b8-0000-4000-8000-0000000e2e01',
			parameters: { httpMethod: 'POST', path: 'e2e-queue-devices', responseMode: 'lastNode', options: {} },
		},
		{
			id: 'a1d0e5b8-0000-4000-8000-00000000e2e2',
			name: 'List Devices',
			type: 'n8n-nodes-smart-campus.baijiayun',
			typeVersion: 1,
			position: [240, 0],
			parameters: { resource: 'device', operation: 'list', returnAll: true, additionalFields: {}, requestOptions: {} },
			credentials: { baijiayunApi: credential },
		},
	],
	connections: { Webhook: { main: [[{ node: 'List Devices', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
});

export async function queueModeCheck({ userFolder, port, workDir, pkg, sims, imported }) {
	const redisPort = port + 10;
	const redis = await startRedis(redisPort, workDir);
	const queueEnv = {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redisPort),
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
	};
	const main = startN8n({ userFolder, port, env: queueEnv, logFile: path.join(workDir, 'logs', 'n8n-queue-main.log') });
	// the worker's own task-runner broker and health port must not collide with main's
	const workerLog = path.join(workDir, 'logs', 'n8n-queue-worker.log');
	const worker = startN8n({
		userFolder,
		port: port + 20,
		command: 'worker',
		args: ['--concurrency=2'],
		env: { ...queueEnv, QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(port + 20), N8N_RUNNERS_BROKER_PORT: String(port + 21) },
		logFile: workerLog,
	});
	try {
		await waitForN8n(main);
		await waitForWorker(port + 20, worker);
		const api = new N8nApi(main.url);
		await api.ownerLogin();
		const baijiayun = sims.running.find((r) => r.entry.vendor === 'baijiayun');
		const credential = { id: (await api.request('GET', '/rest/credentials')).body.find((c) => c.type === 'baijiayunApi').id, name: baijiayun.entry.credential.name };

		// 1. a webhook workflow with a Baijiayun node: main enqueues, the worker runs it
		const created = await api.importWorkflow(queueWorkflow(credential), {});
		await api.activate(created.id);
		const webhookUrl = `${main.url}/webhook/e2e-queue-devices`;
		const before = baijiayun.sim.requestsTo('/listDevice').length;
		let response;
		for (let i = 0; i < 60; i++) {
			response = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
			if (response.status !== 404) break;
			await response.text();
			await sleep(500);
		}
		const text = await response.text();
		assert(response.status === 200, `queue-mode webhook answered ${response.status}: ${text.slice(0, 300)}`);
		const body = JSON.parse(text);
		assert(body.device_id !== undefined, `the webhook's response is not a device: ${text.slice(0, 300)}`);
		assert(baijiayun.sim.requestsTo('/listDevice').length > before, 'the simulator got no listDevice call');
		const executions = await api.executions(created.id);
		assert(executions[0]?.status === 'success', `execution: ${JSON.stringify(executions[0])}`);
		const ranOnWorker = await waitForLog(workerLog, new RegExp(`execution ${executions[0].id}\\b`));
		assert(ranOnWorker, `the worker log does not mention execution ${executions[0].id}:\n${tail(workerLog, 15)}`);

		// 2. the package's webhook trigger in queue mode
		const [trigger] = packageTriggers(imported, sims, pkg.name);
		let triggerDetail = 'no webhook trigger example';
		if (trigger) {
			await api.activate(trigger.example.id);
			const url = productionWebhookUrl(main.url, trigger.node, trigger.sim.entry.trigger.webhookPath);
			await waitForWebhook(url);
			const known = new Set((await api.executions(trigger.example.id)).map((e) => String(e.id)));
			const answer = await trigger.sim.entry.trigger.sendDemoCallback(trigger.sim.sim, url);
			assert(answer.status === 200, `callback in queue mode answered ${answer.status}`);
			const execution = await waitForNewExecution(api, trigger.example.id, known);
			assert(execution.status === 'success', `trigger execution ${execution.id} ended ${execution.status}`);
			const last = execution.workflowData.nodes[execution.workflowData.nodes.length - 1].name;
			assert(nodeOutput(execution, last)?.length, `no output from ${last}`);
			assert(await waitForLog(workerLog, new RegExp(`execution ${execution.id}\\b`)), `worker did not run trigger execution ${execution.id}`);
			triggerDetail = `${trigger.sim.entry.displayName} callback → execution ${execution.id} on the worker`;
			await api.deactivate(trigger.example.id);
		}
		await api.deactivate(created.id);
		return `webhook → Baijiayun List Devices: execution ${executions[0].id} ran on the worker and answered ${JSON.stringify(body).slice(0, 60)}…; ${triggerDetail}`;
	} finally {
		await worker.stop();
		await main.stop();
		await redis.stop();
	}
}

export async function waitForWorker(healthPort, worker, timeoutMs = 180000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (worker.exited()) throw new Error(`n8n worker exited:\n${tail(worker.logFile)}`);
		try {
			const res = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
			if (res.ok) return;
		} catch {
			/* not yet */
		}
		await sleep(1000);
	}
	throw new Error(`n8n worker not healthy within ${timeoutMs / 1000}s:\n${tail(worker.logFile)}`);
}

async function waitForLog(file, pattern, timeoutMs = 15000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (pattern.test(fs.readFileSync(file, 'utf8'))) return true;
		await sleep(500);
	}
	return false;
}
