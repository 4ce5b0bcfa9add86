// n8n's scaling mode as a campus runs it: PostgreSQL, Redis, n8n main (editor, REST API, trigger activation;
// production webhooks turned off there), two `n8n webhook` processes behind nginx and two `n8n worker`s. Every
// n8n process has N8N_WEBHOOK_URL at nginx, so triggers register their URLs through the load balancer.
// Measured here: a burst of vendor callbacks through nginx, the HongTu push subscription registered from main,
// repeats of a delivery that land on the other webhook process (round robin, sticky routing, Remove Duplicates),
// and Baijiayun's per-account rate limit across two workers.
// Used by the end-to-end tests (group `scaling`, small sizes) and by `npm run bench` (bench/scaling.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { burstTargets, countExecutions, percentile, settle, total } from './burst.mjs';
import { callbackSample } from './fixtures.mjs';
import { psql, startPostgres } from './postgres.mjs';
import { startRedis, waitForWorker } from './queue.mjs';
import { executionError, installPackage, log, N8nApi, nodeOutput, provision, registerCleanup, ROOT, sleep, startN8n, tail, waitForN8n, waitForNewExecution } from '../playground/lib.mjs';

function assert(condition, message) {
	if (!condition) throw new Error(message);
}

const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** The sizes of the end-to-end check and of the benchmark. */
export const SIZES = {
	e2e: { burst: 300, inFlight: 20, repeats: 20, twins: 10, calls: 250 },
	bench: { burst: 5000, inFlight: 20, repeats: 200, twins: 50, calls: 1000 },
};

/**
 * Ports from `base`: nginx, main, the webhook processes, the workers' health servers (each n8n process's
 * task-runner broker listens one above its own port), Redis, PostgreSQL.
 */
export function scalingPorts(base) {
	return {
		nginx: base,
		main: base + 1,
		webhooks: [base + 3, base + 5],
		workers: [base + 7, base + 9],
		redis: base + 11,
		postgres: base + 12,
	};
}

/** Debian packages scaling mode needs (nginx, redis-server): installed with apt-get when missing. */
export function ensureDebianPackages() {
	const needed = [
		['nginx', '/usr/sbin/nginx'],
		['redis-server', '/usr/bin/redis-server'],
	].filter(([, file]) => !fs.existsSync(file));
	if (!needed.length) return;
	const names = needed.map(([name]) => name);
	log(`installing Debian packages: ${names.join(' ')}`);
	const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...names]]) {
		const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
		const r = spawnSync(cmd, rest, { env, encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed: ${r.stderr?.slice(-800)}`);
	}
}

async function listening(port) {
	return await new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1', () => {
			socket.end();
			resolve(true);
		});
		socket.on('error', () => resolve(false));
	});
}

/**
 * nginx in the foreground on `port`, proxying to the webhook processes: round robin, or sticky by the sender's
 * address (`hash $remote_addr consistent`). Each answer names the process that served it (X-Upstream). Its
 * prefix and temporary files live in a temporary folder (nginx's workers run as nobody, who cannot enter a
 * root-owned home); its logs in logDir.
 */
export async function startNginx({ port, upstreams, sticky = false, logDir }) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nginx-'));
	fs.chmodSync(dir, 0o755);
	fs.mkdirSync(logDir, { recursive: true });
	const errorLog = path.join(logDir, 'nginx-error.log');
	const conf = path.join(dir, 'nginx.conf');
	fs.writeFileSync(
		conf,
		`# written by scripts/e2e/scaling.mjs
# one worker: round robin then alternates strictly between the webhook processes
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${errorLog} warn;
events { worker_connections 1024; }
http {
	log_format upstream '$remote_addr [$time_local] "$request" $status $upstream_addr $request_time';
	access_log ${path.join(logDir, 'nginx-access.log')} upstream buffer=64k flush=1s;
	client_body_temp_path ${dir}/body;
	proxy_temp_path ${dir}/proxy;
	fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;
	upstream n8n_webhooks {
		${sticky ? 'hash $remote_addr consistent;' : '# round robin (nginx default)'}
${upstreams.map((u) => `\t\tserver 127.0.0.1:${u};`).join('\n')}
		keepalive 32;
		# n8n (Node.js) closes an idle connection after 5 s: reused later, nginx gets a reset and answers 502,
		# without resending a POST. nginx's default of 60 s lost 3 of 5,000 deliveries so.
		keepalive_timeout 4s;
	}
	server {
		listen 127.0.0.1:${port};
		client_max_body_size 16m;
		location / {
			proxy_pass http://n8n_webhooks;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_set_header Host $http_host;
			proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
			proxy_set_header X-Forwarded-Proto $scheme;
			proxy_read_timeout 300s;
			add_header X-Upstream $upstream_addr always;
		}
	}
}
`,
	);
	const out = fs.openSync(errorLog, 'a');
	const child = spawn('/usr/sbin/nginx', ['-p', dir, '-c', conf, '-e', errorLog, '-g', 'daemon off;'], { stdio: ['ignore', out, out], detached: true });
	fs.closeSync(out);
	let exited = false;
	const exit = new Promise((resolve) => child.on('exit', () => { exited = true; resolve(); }));
	const stop = async () => {
		if (!exited) {
			try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
			await Promise.race([exit, sleep(5000)]);
			try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
		}
		fs.rmSync(dir, { recursive: true, force: true });
	};
	registerCleanup(stop);
	for (let i = 0; i < 50; i++) {
		if (exited) break;
		if (await listening(port)) return { url: `http://127.0.0.1:${port}`, sticky, stop };
		await sleep(200);
	}
	await stop();
	throw new Error(`nginx did not listen on ${port}:\n${tail(errorLog)}`);
}

/** Waits until an `n8n webhook` process is ready (its readiness endpoint, /healthz/readiness on both lines). */
async function waitForWebhookProcess(instance, timeoutMs = 240000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (instance.exited()) throw new Error(`n8n webhook process exited during startup; see ${instance.logFile}:\n${tail(instance.logFile)}`);
		try {
			const res = await fetch(`${instance.url}/healthz/readiness`);
			await res.text();
			if (res.ok) return;
		} catch {
			/* not listening yet */
		}
		await sleep(1000);
	}
	throw new Error(`n8n webhook process not ready within ${timeoutMs / 1000}s; see ${instance.logFile}:\n${tail(instance.logFile)}`);
}

/**
 * Starts the whole set-up on `basePort` (see scalingPorts) with the simulators already running: each n8n process
 * gets its own user folder with the package installed (as separate machines would), all share PostgreSQL, Redis
 * and the encryption key. Returns the REST API of main (owner, credentials and examples provisioned), the
 * processes, and restartNginx(sticky) to change the routing.
 */
export async function startScaling({ tarball, basePort, workDir, sims }) {
	ensureDebianPackages();
	const ports = scalingPorts(basePort);
	const logs = path.join(workDir, 'logs');
	const folder = (name) => {
		const userFolder = path.join(workDir, name);
		installPackage(userFolder, tarball);
		return userFolder;
	};
	await startRedis(ports.redis, workDir);
	const database = startPostgres(ports.postgres);
	let nginx = await startNginx({ port: ports.nginx, upstreams: ports.webhooks, logDir: logs });
	const env = {
		...database,
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(ports.redis),
		// the URL triggers register at the vendors: the load balancer, not any one process (1.x reads WEBHOOK_URL)
		N8N_WEBHOOK_URL: `${nginx.url}/`,
		WEBHOOK_URL: `${nginx.url}/`,
	};
	log(`scaling mode: n8n main on ${ports.main} (production webhooks off), webhook processes on ${ports.webhooks.join(', ')} behind nginx on ${ports.nginx}, workers (health) on ${ports.workers.join(', ')}`);
	const main = startN8n({ userFolder: folder('main'), port: ports.main, env: { ...env, N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' }, logFile: path.join(logs, 'n8n-main.log') });
	// the others start once main has migrated the database
	await waitForN8n(main);
	const webhooks = ports.webhooks.map((port, n) =>
		startN8n({ userFolder: folder(`webhook-${n + 1}`), port, command: 'webhook', env, logFile: path.join(logs, `n8n-webhook-${n + 1}.log`) }),
	);
	const workers = ports.workers.map((port, n) =>
		startN8n({
			userFolder: folder(`worker-${n + 1}`),
			port,
			command: 'worker',
			env: { ...env, QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(port) },
			logFile: path.join(logs, `n8n-worker-${n + 1}.log`),
		}),
	);
	await Promise.all([...webhooks.map((w) => waitForWebhookProcess(w)), ...workers.map((w, n) => waitForWorker(ports.workers[n], w))]);
	const api = new N8nApi(main.url);
	const { credentialsByType, imported } = await provision(api, sims);
	const setup = {
		ports,
		api,
		main,
		webhooks,
		workers,
		sims,
		credentialsByType,
		imported,
		get nginx() {
			return nginx;
		},
		async restartNginx(sticky) {
			await nginx.stop();
			// no kept-alive connection to the nginx that is gone
			for (const agent of agents.values()) agent.destroy();
			agents.clear();
			nginx = await startNginx({ port: ports.nginx, upstreams: ports.webhooks, sticky, logDir: logs });
		},
		async stop() {
			for (const p of [...webhooks, ...workers, main]) await p.stop();
			await nginx.stop();
		},
	};
	return setup;
}

// ── deliveries: sent as each vendor sends them, from a sender address of its own ───────────────────────

/** the sender of each vendor's callbacks: the HongTu box on the campus LAN, Baijiayun's and Gensee's servers */
const SENDERS = { hongtu: '127.0.0.11', baijiayun: '127.0.0.12', gensee: '127.0.0.13' };
const agents = new Map();
const agentFor = (from) => {
	if (!agents.has(from)) agents.set(from, new http.Agent({ keepAlive: true, maxSockets: 64, localAddress: from }));
	return agents.get(from);
};

/** POSTs from a given loopback address; resolves with status, time, and the webhook process that answered. */
function post(url, body, contentType, from = '127.0.0.1') {
	return new Promise((resolve) => {
		const t0 = performance.now();
		const req = http.request(url, { method: 'POST', agent: agentFor(from), headers: { 'content-type': contentType, 'content-length': Buffer.byteLength(body) } }, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8'), upstream: res.headers['x-upstream'], ms: performance.now() - t0 }));
			res.on('error', (error) => resolve({ status: 0, error: error.message, ms: performance.now() - t0 }));
		});
		req.setTimeout(300000, () => req.destroy(new Error('no answer within 300 s')));
		req.on('error', (error) => resolve({ status: 0, error: error.message, ms: performance.now() - t0 }));
		req.end(body);
	});
}

/**
 * The three webhook triggers (burst.mjs's receivers, at the version new workflows get) and how each vendor
 * sends delivery `key`. With `dedupe`, n8n's Remove Duplicates node (items processed in previous executions,
 * on the trigger's deliveryKey) sits between the trigger and the No Operation node.
 */
function scalingTargets({ packageName, sims, credentialsByType, dedupe = false }) {
	const require = createRequire(import.meta.url);
	const { signParams } = require(path.join(ROOT, 'test', 'simulators', 'baijiayun', 'BaijiayunSimulator.ts'));
	const baijiayun = sims.running.find((r) => r.entry.vendor === 'baijiayun').sim;
	const [[, partnerKey]] = [...baijiayun.partners];
	const passRecord = callbackSample('hongtu', 'busiPush5PassRecord');
	const bodies = {
		hongtu: (key) => [JSON.stringify({ busiType: '5', data: JSON.stringify({ ...passRecord, id: key }) }), 'application/json'],
		baijiayun: (key) => {
			const params = { type: 'add_device', device_id: '7', device_unique: 'BURST', zone_id: '1', class_name: 'Room', address: 'A', user_role: '0', qid: key, timestamp: String(Math.floor(Date.now() / 1000)) };
			return [new URLSearchParams({ ...params, sign: signParams(params, partnerKey) }).toString(), 'application/x-www-form-urlencoded'];
		},
		gensee: (key) => [new URLSearchParams({ gscoursewareId: key, gsstatus: 'ok' }).toString(), 'application/x-www-form-urlencoded'],
	};
	return burstTargets({ packageName, sims, credentialsByType })
		.filter((t) => bodies[t.key])
		.map((t) => {
			const [trigger, keep] = t.workflow.nodes;
			const nodes = [{ ...trigger, typeVersion: 2 }];
			let connections = t.workflow.connections;
			if (dedupe) {
				nodes.push({
					id: 'b0b5e000-0000-4000-8000-00000000d0d0',
					name: 'Remove Duplicates',
					type: 'n8n-nodes-base.removeDuplicates',
					typeVersion: 2,
					position: [240, 0],
					parameters: { operation: 'removeItemsSeenInPreviousExecutions', dedupeValue: '={{ $json.deliveryKey }}', options: {} },
				});
				connections = {
					[trigger.name]: { main: [[{ node: 'Remove Duplicates', type: 'main', index: 0 }]] },
					'Remove Duplicates': { main: [[{ node: keep.name, type: 'main', index: 0 }]] },
				};
			}
			nodes.push({ ...keep, position: [dedupe ? 480 : 240, 0] });
			return {
				...t,
				trigger: trigger.name,
				workflow: { ...t.workflow, name: `Scaling: ${t.workflow.name.replace(/^Burst: /, '')}${dedupe ? ' → Remove Duplicates' : ''}`, nodes, connections },
				path: new URL(t.url('http://x')).pathname,
				from: SENDERS[t.key],
				deliver: (url, key, from = SENDERS[t.key]) => post(url, ...bodies[t.key](key), from),
			};
		});
}

/** Sends jobs ({ target, key, url, from }), `inFlight` at a time; returns each answer with its job. */
async function sendJobs(jobs, inFlight) {
	const answers = new Array(jobs.length);
	let next = 0;
	const started = Date.now();
	await Promise.all(
		Array.from({ length: Math.min(inFlight, jobs.length) }, async () => {
			while (next < jobs.length) {
				const n = next++;
				const job = jobs[n];
				answers[n] = { ...job, ...(await job.target.deliver(job.url, job.key, job.from)) };
			}
		}),
	);
	return { answers, wallMs: Date.now() - started };
}

/** Imports and activates each target's workflow; waits until every webhook process knows its URL. */
async function activateTargets(setup, targets) {
	for (const t of targets) {
		const wf = await setup.api.importWorkflow(t.workflow, {});
		t.workflowId = wf.id;
		await setup.api.activate(wf.id);
	}
	for (const t of targets) {
		for (const w of setup.webhooks) {
			// a body that is not JSON: n8n refuses it before any node runs, so the probe starts nothing
			for (let i = 0; ; i++) {
				const probe = await fetch(`${w.url}${t.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'probe' });
				await probe.text();
				if (probe.status !== 404) break;
				if (i > 120) throw new Error(`${t.label}: ${w.url}${t.path} not registered after activation`);
				await sleep(500);
			}
		}
	}
	await sleep(1000);
}

async function deactivateTargets(setup, targets) {
	for (const t of targets) await setup.api.deactivate(t.workflowId).catch(() => undefined);
}

/** Which webhook process (1, 2) an nginx answer came from. */
const processOf = (setup, upstream) => {
	const n = setup.ports.webhooks.findIndex((port) => String(upstream ?? '').endsWith(`:${port}`));
	return n < 0 ? `?${upstream ?? ''}` : `webhook-${n + 1}`;
};

const tally = (values) => values.reduce((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

/** How many executions each worker's log names as finished since `offsets` (log sizes taken before). */
function workerTally(setup, offsets) {
	return Object.fromEntries(
		setup.workers.map((w, n) => {
			const text = fs.readFileSync(w.logFile, 'utf8').slice(offsets?.[n] ?? 0);
			return [`worker-${n + 1}`, new Set([...text.matchAll(/finished execution (\d+)/gi)].map((m) => m[1])).size];
		}),
	);
}
const logSizes = (setup) => setup.workers.map((w) => fs.statSync(w.logFile).size);

// ── a. the burst ────────────────────────────────────────────────────────────────────────────────────────

/**
 * `count` distinct deliveries spread over the three triggers (one after the other in turn), `inFlight` at a
 * time, through nginx; then the executions n8n ends with, per trigger, as burst.mjs counts them.
 */
export async function scalingBurst(setup, { packageName, count, inFlight, runId = Date.now() }) {
	const targets = scalingTargets({ packageName, sims: setup.sims, credentialsByType: setup.credentialsByType });
	await activateTargets(setup, targets);
	try {
		const before = Object.fromEntries(await Promise.all(targets.map(async (t) => [t.key, total(await countExecutions(setup.api, t.workflowId))])));
		const offsets = logSizes(setup);
		const jobs = Array.from({ length: count }, (_, n) => {
			const target = targets[n % targets.length];
			return { target, key: `scale-${runId}-${n}`, url: `${setup.nginx.url}${target.path}`, from: target.from };
		});
		const { answers, wallMs } = await sendJobs(jobs, inFlight);
		const rows = await Promise.all(
			targets.map(async (t) => {
				const sent = jobs.filter((j) => j.target === t).length;
				const counts = await settle(setup.api, t.workflowId, before[t.key] + sent, 600000);
				const started = total(counts) - before[t.key];
				return {
					receiver: t.label,
					sent,
					answered200: answers.filter((a) => a.target === t && a.status === 200).length,
					succeeded: counts.success,
					error: counts.error + counts.crashed + counts.canceled + counts.unknown,
					stuck: counts.running + counts.new + counts.waiting,
					missing: Math.max(0, sent - started),
					extra: Math.max(0, started - sent),
				};
			}),
		);
		const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
		const sum = (field) => rows.reduce((n, row) => n + row[field], 0);
		const result = {
			sent: count,
			inFlight,
			answered200: sum('answered200'),
			otherAnswers: tally(answers.filter((a) => a.status !== 200).map((a) => a.status || a.error)),
			succeeded: sum('succeeded'),
			error: sum('error'),
			stuck: sum('stuck'),
			missing: sum('missing'),
			extra: sum('extra'),
			wallSeconds: round(wallMs / 1000),
			deliveriesPerSecond: round(count / (wallMs / 1000)),
			latencyMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1) ?? NaN) },
			byWebhookProcess: tally(answers.map((a) => processOf(setup, a.upstream))),
			byWorker: workerTally(setup, offsets),
			rows,
		};
		result.ok = result.answered200 === count && result.succeeded === count && result.error === 0 && result.stuck === 0 && result.missing === 0 && result.extra === 0;
		return result;
	} finally {
		await deactivateTargets(setup, targets);
	}
}

// ── b. the HongTu push subscription, registered from main with the load balancer's URL ──────────────────

export async function subscriptionThroughNginx(setup, { packageName }) {
	const [target] = scalingTargets({ packageName, sims: setup.sims, credentialsByType: setup.credentialsByType }).filter((t) => t.key === 'hongtu');
	const hongtu = setup.sims.running.find((r) => r.entry.vendor === 'hongtu');
	const appKey = hongtu.entry.credential.data(hongtu.url).cappkey;
	const url = `${setup.nginx.url}${target.path}`;
	const subscribed = () => hongtu.sim.subscriptions.get(appKey);
	const eventually = async (check, what) => {
		for (let i = 0; i < 60 && !check(); i++) await sleep(500);
		assert(check(), `${what}: the box holds ${JSON.stringify(subscribed() ?? null)}`);
	};
	const wf = await setup.api.importWorkflow(target.workflow, {});
	await setup.api.activate(wf.id);
	try {
		await eventually(() => subscribed()?.pushUrl === url, `activation on main did not subscribe ${url}`);
		// main does not take production webhooks: only the webhook processes behind nginx do
		const direct = await fetch(`${setup.main.url}${target.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
		await direct.text();
		assert(direct.status === 404, `main answered the production URL with ${direct.status}, not 404`);
		// the box pushes to the URL it holds: nginx → a webhook process → a worker
		const known = new Set((await setup.api.executions(wf.id)).map((e) => String(e.id)));
		const answer = await hongtu.entry.trigger.sendDemoCallback(hongtu.sim, url);
		assert(answer.status === 200, `the box's push through nginx answered ${answer.status}`);
		const execution = await waitForNewExecution(setup.api, wf.id, known);
		assert(execution.status === 'success', `execution ${execution.id} ended ${execution.status}`);
		await setup.api.deactivate(wf.id);
		await eventually(() => subscribed()?.pushUrl !== url, 'deactivation on main did not unsubscribe');
		return { subscribedUrl: url, busiTypes: [5], mainAnswersProductionUrl: direct.status, pushExecution: execution.id, unsubscribed: true };
	} finally {
		await setup.api.deactivate(wf.id).catch(() => undefined);
	}
}

// ── c. repeats across webhook processes ──────────────────────────────────────────────────────────────────

/** A seeded shuffle, so runs repeat. */
function shuffled(list, seed = 7) {
	const out = [...list];
	let a = seed;
	const random = () => {
		a = (a * 1103515245 + 12345) % 2 ** 31;
		return a / 2 ** 31;
	};
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** Every execution of a workflow (n8n's list, page by page). */
async function allExecutions(api, workflowId) {
	const all = [];
	let lastId;
	for (;;) {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const { body } = await api.request('GET', `/rest/executions?filter=${filter}&limit=100${lastId ? `&lastId=${lastId}` : ''}`);
		const page = body.results ?? body;
		const fresh = page.filter((e) => !all.some((x) => x.id === e.id));
		all.push(...fresh);
		if (page.length < 100 || !fresh.length) return all;
		lastId = Math.min(...page.map((e) => Number(e.id)));
	}
}

/** Executions per delivery key that got past Remove Duplicates (its output reached the No Operation node). */
async function passesByKey(api, workflowId, keep, knownIds) {
	const passes = {};
	let errors = 0;
	const messages = new Set();
	for (const e of await allExecutions(api, workflowId)) {
		if (knownIds.has(String(e.id))) continue;
		knownIds.add(String(e.id));
		const execution = await api.execution(e.id);
		if (e.status !== 'success') {
			errors++;
			messages.add(executionError(execution).slice(0, 200));
		}
		let items;
		try {
			items = nodeOutput(execution, keep) ?? [];
		} catch {
			items = [];
		}
		for (const item of items) passes[item.deliveryKey] = (passes[item.deliveryKey] ?? 0) + 1;
	}
	return { passes, errors, messages: [...messages] };
}

/**
 * K distinct deliveries per trigger through nginx, then each resent once (shuffled, as a vendor's resends mix
 * with other traffic), under one remedy: 'roundRobin' (none), 'sticky' (nginx hashes the sender's address) or
 * 'removeDuplicates' (the node after each trigger, nginx round robin). With Remove Duplicates, `twins` more keys
 * per trigger are each sent to both webhook processes at the same moment.
 */
export async function repeatsAcrossProcesses(setup, { packageName, remedy, repeats, twins = 0, inFlight = 10, runId = Date.now() }) {
	const dedupe = remedy === 'removeDuplicates';
	const sticky = remedy === 'sticky';
	if (setup.nginx.sticky !== sticky) await setup.restartNginx(sticky);
	const targets = scalingTargets({ packageName, sims: setup.sims, credentialsByType: setup.credentialsByType, dedupe });
	await activateTargets(setup, targets);
	try {
		const counts = async () => Object.fromEntries(await Promise.all(targets.map(async (t) => [t.key, total(await countExecutions(setup.api, t.workflowId))])));
		const settleAll = async (expected) => {
			await Promise.all(targets.map((t) => settle(setup.api, t.workflowId, expected[t.key], 120000)));
			// an answered delivery's execution is stored; a moment more for any straggler
			await sleep(3000);
			return await counts();
		};
		const known = Object.fromEntries(targets.map((t) => [t.key, new Set()]));
		const start = await counts();
		for (const t of targets) for (const e of await allExecutions(setup.api, t.workflowId)) known[t.key].add(String(e.id));
		const originals = targets.flatMap((t) => Array.from({ length: repeats }, (_, n) => ({ target: t, key: `${remedy}-${runId}-${t.key}-${n}`, url: `${setup.nginx.url}${t.path}`, from: t.from })));
		const first = await sendJobs(originals, inFlight);
		const afterOriginals = await settleAll(Object.fromEntries(targets.map((t) => [t.key, start[t.key] + repeats])));
		const dedupeOriginals = dedupe ? await Promise.all(targets.map((t) => passesByKey(setup.api, t.workflowId, 'Keep', known[t.key]))) : undefined;
		// Remove Duplicates keeps one row per node in n8n's database, the list of the keys it has seen
		const storedKeys = dedupe ? Number(psql(setup.ports.postgres, `SELECT COALESCE(SUM(json_array_length(value::json->'data')), 0) FROM processed_data WHERE "workflowId" IN (${targets.map((t) => `'${t.workflowId}'`).join(', ')})`)) : undefined;
		const servedBy = new Map(first.answers.map((a) => [`${a.target.key}/${a.key}`, processOf(setup, a.upstream)]));
		const second = await sendJobs(shuffled(originals), inFlight);
		const moved = second.answers.filter((a) => processOf(setup, a.upstream) !== servedBy.get(`${a.target.key}/${a.key}`));
		const elsewhere = moved.length;
		const afterResends = await settleAll(Object.fromEntries(targets.map((t) => [t.key, afterOriginals[t.key] + moved.filter((a) => a.target === t).length])));
		const sum = (a, b) => targets.reduce((n, t) => n + a[t.key] - b[t.key], 0);
		const result = {
			remedy,
			sticky,
			keys: originals.length,
			originalsStarted: sum(afterOriginals, start),
			resendsSent: second.answers.length,
			resendsAnswered200: second.answers.filter((a) => a.status === 200).length,
			resendsOnOtherProcess: elsewhere,
			resendsStarted: sum(afterResends, afterOriginals),
			byWebhookProcess: tally([...first.answers, ...second.answers].map((a) => processOf(setup, a.upstream))),
			bySender: Object.fromEntries(targets.map((t) => [`${t.key} (${t.from})`, tally([...first.answers, ...second.answers].filter((a) => a.target === t).map((a) => processOf(setup, a.upstream)))])),
		};
		if (dedupe) {
			const resends = await Promise.all(targets.map((t) => passesByKey(setup.api, t.workflowId, 'Keep', known[t.key])));
			const keys = (list) => list.reduce((n, r) => n + Object.keys(r.passes).length, 0);
			result.originalsPassed = keys(dedupeOriginals);
			result.keysStoredAfterOriginals = storedKeys;
			result.originalsErrors = dedupeOriginals.reduce((n, r) => n + r.errors, 0);
			result.resendsPassedRemoveDuplicates = resends.reduce((n, r) => n + Object.values(r.passes).reduce((a, b) => a + b, 0), 0);
			result.resendsErrors = resends.reduce((n, r) => n + r.errors, 0);
			result.errorMessages = [...new Set([...dedupeOriginals, ...resends].flatMap((r) => r.messages))];
			if (twins > 0) {
				// the same key to both webhook processes at once: both triggers start an execution, Remove Duplicates decides
				const before = await counts();
				const pairs = targets.flatMap((t) => Array.from({ length: twins }, (_, n) => `twin-${runId}-${t.key}-${n}`).map((key) => ({ t, key })));
				const twinAnswers = [];
				const started = Date.now();
				let next = 0;
				await Promise.all(
					Array.from({ length: Math.max(1, Math.floor(inFlight / 2)) }, async () => {
						while (next < pairs.length) {
							const { t, key } = pairs[next++];
							twinAnswers.push(...(await Promise.all(setup.webhooks.map((w) => t.deliver(`${w.url}${t.path}`, key)))));
						}
					}),
				);
				const after = await settleAll(Object.fromEntries(targets.map((t) => [t.key, before[t.key] + 2 * twins])));
				const passed = await Promise.all(targets.map((t) => passesByKey(setup.api, t.workflowId, 'Keep', known[t.key])));
				const perKey = passed.flatMap((r) => Object.values(r.passes));
				result.twins = {
					keys: pairs.length,
					sent: twinAnswers.length,
					answered200: twinAnswers.filter((a) => a.status === 200).length,
					seconds: round((Date.now() - started) / 1000),
					executions: sum(after, before),
					errors: passed.reduce((n, r) => n + r.errors, 0),
					errorMessages: [...new Set(passed.flatMap((r) => r.messages))],
					keysPassedOnce: perKey.filter((n) => n === 1).length,
					keysPassedTwice: perKey.filter((n) => n > 1).length,
					keysPassedNever: pairs.length - perKey.length,
				};
			}
		}
		return result;
	} finally {
		await deactivateTargets(setup, targets);
	}
}

// ── d. Baijiayun's rate limit across two workers ────────────────────────────────────────────────────────

/** Webhook → one item per call → Baijiayun › Zone › List (one page each): `calls` requests in one execution. */
const loadWorkflow = (name, webhookPath, credential) => ({
	name,
	nodes: [
		{
			id: 'b0b5e000-0000-4000-8000-00000000ba01',
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: `b0b5e000-0000-4000-8000-${webhookPath === 'scaling-baijiayun-a' ? '0000000ba0a1' : '0000000ba0b1'}`,
			parameters: { httpMethod: 'POST', path: webhookPath, responseMode: 'onReceived', options: {} },
		},
		{
			id: 'b0b5e000-0000-4000-8000-00000000ba02',
			name: 'One Item per Call',
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			position: [240, 0],
			parameters: { fieldToSplitOut: 'body.calls', options: {} },
		},
		{
			id: 'b0b5e000-0000-4000-8000-00000000ba03',
			name: 'List Zones',
			type: 'n8n-nodes-smart-campus.baijiayun',
			typeVersion: 2,
			position: [480, 0],
			parameters: { resource: 'zone', operation: 'list', returnAll: false, limit: 1, requestOptions: {} },
			credentials: { baijiayunApi: credential },
		},
	],
	connections: {
		Webhook: { main: [[{ node: 'One Item per Call', type: 'main', index: 0 }]] },
		'One Item per Call': { main: [[{ node: 'List Zones', type: 'main', index: 0 }]] },
	},
	settings: { executionOrder: 'v1' },
});

/** The most of `times` (sorted ms) inside any window of `windowMs`. */
function busiest(times, windowMs) {
	let most = 0;
	for (let i = 0, j = 0; i < times.length; i++) {
		while (times[i] - times[j] >= windowMs) j++;
		most = Math.max(most, i - j + 1);
	}
	return most;
}

/**
 * Two executions at once, one per worker, each making `calls` Baijiayun calls on the same account, with the
 * credential's `workers` at each of `settings`: what reaches the simulator in its busiest 10 s, what it throttles.
 */
export async function rateLimitAcrossWorkers(setup, { calls, settings = [1, 2] }) {
	const running = setup.sims.running.find((r) => r.entry.vendor === 'baijiayun');
	const sim = running.sim;
	const { name, type } = running.entry.credential;
	const credential = setup.credentialsByType[type];
	const workflows = [];
	for (const [label, webhookPath] of [['A', 'scaling-baijiayun-a'], ['B', 'scaling-baijiayun-b']]) {
		const wf = await setup.api.importWorkflow(loadWorkflow(`Scaling: Baijiayun load ${label}`, webhookPath, credential), {});
		workflows.push({ id: wf.id, url: `${setup.nginx.url}/webhook/${webhookPath}` });
	}
	const rows = [];
	// what the simulator receives, with arrival times (the route the base server calls for every request)
	const arrivals = [];
	sim.route = async function (request) {
		const answer = await Object.getPrototypeOf(sim).route.call(this, request);
		arrivals.push({ at: Date.now(), throttled: answer.status === 429 });
		return answer;
	};
	try {
		for (const workers of settings) {
			await setup.api.upsertCredential({ name, type, data: { ...running.entry.credential.data(running.url), workers } });
			for (const wf of workflows) await setup.api.activate(wf.id);
			for (const wf of workflows) {
				for (let i = 0; ; i++) {
					// a body that is not JSON: n8n refuses it before any node runs, so the probe starts nothing
					const probe = await fetch(wf.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'probe' });
					await probe.text();
					if (probe.status !== 404) break;
					assert(i < 120, `${wf.url} not registered after activation`);
					await sleep(500);
				}
			}
			// a fresh window at the simulator; each n8n process makes a new limiter for the new per-process limit
			sim.window.clear();
			arrivals.length = 0;
			const known = await Promise.all(workflows.map(async (wf) => new Set((await setup.api.executions(wf.id)).map((e) => String(e.id)))));
			const offsets = logSizes(setup);
			const body = JSON.stringify({ calls: Array.from({ length: calls }, (_, n) => ({ n })) });
			const answers = await Promise.all(workflows.map((wf) => fetch(wf.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(async (r) => (await r.text(), r.status))));
			assert(answers.every((s) => s === 200), `the load webhooks answered ${answers.join(', ')}`);
			const executions = await Promise.all(workflows.map((wf, n) => waitForNewExecution(setup.api, wf.id, known[n], 600000)));
			for (const wf of workflows) await setup.api.deactivate(wf.id);
			const ranOn = executions.map((e) => {
				const n = setup.workers.findIndex((w, k) => new RegExp(`execution ${e.id}\\b`).test(fs.readFileSync(w.logFile, 'utf8').slice(offsets[k])));
				return n < 0 ? '?' : `worker-${n + 1}`;
			});
			const times = arrivals.map((a) => a.at);
			const admitted = arrivals.filter((a) => !a.throttled).map((a) => a.at);
			rows.push({
				workers,
				perProcessLimit: Math.floor(sim.rateLimit.limit / workers),
				callsPerExecution: calls,
				executions: executions.map((e, n) => ({ id: e.id, status: e.status, ranOn: ranOn[n], seconds: round((new Date(e.stoppedAt) - new Date(e.startedAt)) / 1000), ...(e.status === 'success' ? {} : { error: executionError(e).slice(0, 300) }) })),
				oneOnEachWorker: new Set(ranOn).size === 2 && !ranOn.includes('?'),
				requests: arrivals.length,
				throttled: arrivals.filter((a) => a.throttled).length,
				busiestWindow: busiest(times, sim.rateLimit.windowMs),
				busiestWindowAdmitted: busiest(admitted, sim.rateLimit.windowMs),
				spanSeconds: times.length ? round((times.at(-1) - times[0]) / 1000) : 0,
				// when the throttled answers came, seconds after the first request
				throttledAtSeconds: arrivals.filter((a) => a.throttled).slice(0, 20).map((a) => round((a.at - times[0]) / 1000, 2)),
				limit: sim.rateLimit,
			});
			log(`  rate limit, workers: ${workers} → ${rows.at(-1).requests} requests, busiest 10 s ${rows.at(-1).busiestWindow}, throttled ${rows.at(-1).throttled}, ran on ${ranOn.join(' + ')}`);
			// the next setting starts from an empty window at the vendor
			await sleep(sim.rateLimit.windowMs + 500);
		}
	} finally {
		delete sim.route;
		for (const wf of workflows) await setup.api.deactivate(wf.id).catch(() => undefined);
		await setup.api.upsertCredential({ name, type, data: running.entry.credential.data(running.url) });
	}
	return rows;
}

// ── all of it, as the end-to-end group `scaling` ─────────────────────────────────────────────────────────

/**
 * The end-to-end group: the set-up on `basePort`, then one test per measurement (`test(name, fn)` records each).
 * The processes are stopped at the end; PostgreSQL, Redis and nginx by the script's cleanup as well.
 */
export async function scalingTests({ test, tarball, packageName, sims, basePort, workDir, sizes = SIZES.e2e }) {
	let setup;
	await test('scaling mode: PostgreSQL, Redis, n8n main, 2 webhook processes behind nginx, 2 workers start', async () => {
		setup = await startScaling({ tarball, basePort, workDir, sims });
		return `nginx ${setup.nginx.url} → webhook processes ${setup.webhooks.map((w) => w.url.split(':').pop()).join(', ')}; main ${setup.main.url} (N8N_DISABLE_PRODUCTION_MAIN_PROCESS); 2 workers`;
	});
	if (!setup) return;
	try {
		await test(`scaling mode: ${sizes.burst} callbacks through nginx into the HongTu, Baijiayun and Gensee triggers: none lost, stuck or failed`, async () => {
			const r = await scalingBurst(setup, { packageName, count: sizes.burst, inFlight: sizes.inFlight });
			const detail = `${r.succeeded}/${r.sent} succeeded, ${r.error} error, ${r.stuck} stuck, ${r.missing} missing, ${r.extra} extra; ${r.deliveriesPerSecond}/s, p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, p99 ${r.latencyMs.p99} ms; webhook processes ${JSON.stringify(r.byWebhookProcess)}, workers ${JSON.stringify(r.byWorker)}`;
			assert(r.ok, `${detail}; other answers ${JSON.stringify(r.otherAnswers)}`);
			assert(Object.keys(r.byWebhookProcess).length === 2, `nginx did not spread the deliveries over both webhook processes: ${JSON.stringify(r.byWebhookProcess)}`);
			return detail;
		});
		await test('scaling mode: activating a HongTu push trigger on main subscribes the nginx URL at the box, deactivating removes it', async () => {
			const r = await subscriptionThroughNginx(setup, { packageName });
			return `box subscribed ${r.subscribedUrl}; main answers a production URL ${r.mainAnswersProductionUrl}; the box's push through nginx → execution ${r.pushExecution}; deactivated → unsubscribed`;
		});
		await test(`scaling mode: ${3 * sizes.repeats} deliveries resent once across 2 webhook processes — round robin, sticky routing, Remove Duplicates`, async () => {
			const rr = await repeatsAcrossProcesses(setup, { packageName, remedy: 'roundRobin', repeats: sizes.repeats });
			const sticky = await repeatsAcrossProcesses(setup, { packageName, remedy: 'sticky', repeats: sizes.repeats });
			const dedupe = await repeatsAcrossProcesses(setup, { packageName, remedy: 'removeDuplicates', repeats: sizes.repeats, twins: sizes.twins });
			await setup.restartNginx(false);
			const t = dedupe.twins;
			const detail = `round robin: ${rr.resendsStarted} of ${rr.resendsSent} resends started a second execution (${rr.resendsOnOtherProcess} landed on the other process); sticky: ${sticky.resendsStarted} (senders → ${JSON.stringify(sticky.bySender)}); Remove Duplicates: ${dedupe.resendsPassedRemoveDuplicates} of ${dedupe.resendsStarted} second executions got past it (${dedupe.originalsPassed}/${dedupe.keys} originals passed, ${dedupe.originalsErrors + dedupe.resendsErrors} failed executions${dedupe.errorMessages.length ? `: ${dedupe.errorMessages.join(' | ')}` : ''}); twins: ${t.keysPassedTwice} of ${t.keys} keys passed twice, ${t.keysPassedNever} never, ${t.errors} failed executions`;
			assert(rr.resendsStarted === rr.resendsOnOtherProcess, `round robin: resends that landed on the other process (${rr.resendsOnOtherProcess}) and second executions (${rr.resendsStarted}) differ; ${detail}`);
			assert(sticky.resendsStarted === 0 && sticky.resendsOnOtherProcess === 0, `sticky routing: ${detail}`);
			assert(dedupe.originalsStarted === dedupe.keys && rr.originalsStarted === rr.keys && sticky.originalsStarted === sticky.keys, `originals lost: ${detail}`);
			return detail;
		});
		await test(`scaling mode: Baijiayun's 200 requests per 10 s across 2 workers — with the credential's Workers at 2, two executions of ${sizes.calls} calls stay within it`, async () => {
			const [one, two] = await rateLimitAcrossWorkers(setup, { calls: sizes.calls, settings: [1, 2] });
			const line = (r) => `workers ${r.workers}: busiest 10 s ${r.busiestWindow} requests, ${r.throttled} throttled, executions ${r.executions.map((e) => `${e.status} on ${e.ranOn}`).join(' + ')}`;
			const detail = `${line(one)}; ${line(two)}`;
			assert(two.oneOnEachWorker, `the two executions did not run one on each worker: ${detail}`);
			assert(two.busiestWindow <= two.limit.limit && two.throttled === 0, `more than ${two.limit.limit} per ${two.limit.windowMs / 1000} s or throttled: ${detail}`);
			assert(two.executions.every((e) => e.status === 'success'), `executions failed: ${detail}`);
			return detail;
		});
	} finally {
		await setup.stop();
	}
}
