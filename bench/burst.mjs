#!/usr/bin/env node
// Scenario 6 of `npm run bench`: bursts of callbacks into a real n8n (the playground's runtime, embedded SQLite,
// then queue mode with PostgreSQL, Redis and one worker), against each webhook trigger of the package and n8n's own Webhook
// node in the same run, under each expression-engine setting in an n8n of its own. Writes the rows as JSON to --out
// (bench/run.js stores them in bench/results.json).
//
//   node bench/burst.mjs [--count 2000] [--in-flight 20] [--modes sqlite,queue] [--settings defaults,lazy,pool4,legacy] [--out FILE]
//                        [--receivers webhookNode,hongtu,baijiayun,gensee] [--cpu-prof DIR]
//     --receivers  only these receivers (to profile one; the ratios need webhookNode among them)
//     --cpu-prof   n8n's processes (main, worker) write V8 CPU profiles into DIR when they stop (NODE_OPTIONS)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { burstTargets, runBurst } from '../scripts/e2e/burst.mjs';
import { createDatabase, startPostgres } from '../scripts/e2e/postgres.mjs';
import { startRedis, waitForWorker } from '../scripts/e2e/queue.mjs';
import {
	CACHE,
	cleanupAll,
	ensureRuntime,
	installPackage,
	log,
	N8N_VERSION,
	N8nApi,
	packPackage,
	provision,
	ROOT,
	registerCleanup,
	startN8n,
	startSimulators,
	waitForN8n,
} from '../scripts/playground/lib.mjs';

/**
 * n8n 2.x evaluates expressions in isolates (its `vm` engine) and takes one for the webhook phase of every delivery
 * to a start node other than its own Webhook node; building one costs about 50 ms of CPU on this machine. The
 * settings the bursts run under, each in a fresh n8n (user folder, database, processes; main and worker alike):
 */
const SETTINGS = {
	defaults: { label: "n8n's defaults", detail: 'vm engine, pool of 1 isolate', env: {} },
	lazy: { label: 'lazy isolate acquisition', detail: 'N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true: an isolate only when an expression is evaluated', env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' } },
	// the pool (isolate-pool.js) is refilled in the background, one build started per isolate taken and per isolate
	// given back, at most `size` at once; when it is empty a delivery builds its own on the spot. With 20 deliveries
	// in flight it is empty after the first few, so its size decides how much of a burst's start finds an isolate
	// ready, not the steady state. 4: twice the cores, so the refills keep both busy between bursts (four builds at
	// once run 24 a second here against 19 one at a time), for about 12 MB per idle isolate
	pool4: { label: 'pool of 4 isolates', detail: 'N8N_EXPRESSION_ENGINE_POOL_SIZE=4', env: { N8N_EXPRESSION_ENGINE_POOL_SIZE: '4' } },
	legacy: { label: 'legacy engine', detail: 'N8N_EXPRESSION_ENGINE=legacy: expressions in the main process, no isolates', env: { N8N_EXPRESSION_ENGINE: 'legacy' } },
};
/** The setting the package recommends, and what each trigger must reach against n8n's Webhook node in the same run. */
const GOAL = { setting: 'lazy', minThroughputRatio: 0.8, maxP95Ratio: 1.5 };

const argv = process.argv.slice(2);
const option = (name, fallback) => {
	const i = argv.indexOf(`--${name}`);
	return i === -1 ? fallback : argv[i + 1];
};
const COUNT = Number(option('count', 2000));
const IN_FLIGHT = Number(option('in-flight', 20));
const MODES = option('modes', 'sqlite,queue').split(',');
const SETTING_NAMES = option('settings', Object.keys(SETTINGS).join(',')).split(',');
for (const name of SETTING_NAMES) if (!SETTINGS[name]) throw new Error(`unknown setting ${name}; one of ${Object.keys(SETTINGS).join(', ')}`);
const OUT = option('out', '');
const RECEIVERS = option('receivers', '').split(',').filter(Boolean);
const CPU_PROF = option('cpu-prof', '') && path.resolve(option('cpu-prof'));
const PORT = Number(process.env.BENCH_N8N_PORT ?? 5720);
const SIM_PORT = Number(process.env.BENCH_SIM_PORT ?? 5841);
const WORK = path.join(path.dirname(CACHE), 'bench-burst');
const QUEUE_MODE = 'queue (PostgreSQL, Redis + 1 worker)';

const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function burstAll(api, baseUrl, sims, credentialsByType, pkg, setting, mode) {
	const rows = [];
	const targets = burstTargets({ packageName: pkg.name, sims, credentialsByType }).filter((t) => !RECEIVERS.length || RECEIVERS.includes(t.key));
	for (const target of targets) {
		log(`${setting} · ${mode}: ${COUNT} deliveries, ${IN_FLIGHT} in flight → ${target.label} v${target.workflow.nodes[0].typeVersion}`);
		const row = { setting, mode, key: target.key, typeVersion: target.workflow.nodes[0].typeVersion, ...(await runBurst({ api, baseUrl, target, count: COUNT, inFlight: IN_FLIGHT })) };
		log(`  ${row.succeeded} succeeded, ${row.error} error, ${row.stuck} stuck, ${row.missing} missing; ${row.answersPerSecond} answers/s, p50 ${row.latencyMs.p50} ms, p95 ${row.latencyMs.p95} ms${row.startedByRepeats === undefined ? '' : `; repeats and twins started ${row.startedByRepeats} (1 expected)`}`);
		rows.push(row);
	}
	// each trigger against n8n's Webhook node of the same run
	const webhookNode = rows.find((row) => row.key === 'webhookNode');
	for (const row of webhookNode ? rows.filter((r) => r !== webhookNode) : []) {
		row.vsWebhookNode = { throughput: round(row.answersPerSecond / webhookNode.answersPerSecond), p95: round(row.latencyMs.p95 / webhookNode.latencyMs.p95) };
	}
	return rows;
}

const git = (...args) => {
	try {
		return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
	} catch {
		return 'unknown';
	}
};

const rows = [];
const runs = [];
let failure;
const measured = {
	date: new Date().toISOString(),
	git: git('rev-parse', '--short', 'HEAD'),
	// scripts or nodes changed since that commit: the figures are for the working tree
	uncommitted: git('status', '--porcelain', '--', 'nodes', 'credentials', 'scripts', 'bench/burst.mjs') !== '',
	cpu: os.cpus()[0]?.model ?? 'unknown',
	cores: os.cpus().length,
	loadAverage: os.loadavg().map((x) => round(x)),
};
try {
	ensureRuntime();
	const tarball = packPackage();
	fs.rmSync(WORK, { recursive: true, force: true });
	const sims = await startSimulators(SIM_PORT);
	registerCleanup(sims.stop);
	let queueServices;

	/** One setting and mode: n8n started, owner and credentials set up, the bursts, n8n stopped. */
	const measure = async (name, mode, pkg, start) => {
		const t0 = Date.now();
		const loadAverage = os.loadavg().map((x) => round(x));
		const { baseUrl, stop } = await start();
		try {
			const api = new N8nApi(baseUrl);
			const { credentialsByType } = await provision(api, sims);
			rows.push(...(await burstAll(api, baseUrl, sims, credentialsByType, pkg, name, mode)));
		} finally {
			await stop();
		}
		runs.push({ setting: name, mode, loadAverage, seconds: Math.round((Date.now() - t0) / 1000) });
	};

	for (const name of SETTING_NAMES) {
		const setting = { ...SETTINGS[name] };
		// a profile per process, named by n8n's process id and the time it started (node's --cpu-prof naming)
		if (CPU_PROF) setting.env = { ...setting.env, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.join(CPU_PROF, name)}` };
		const work = path.join(WORK, name);
		const userFolder = path.join(work, 'user');
		const pkg = installPackage(userFolder, tarball);
		log(`\nsetting ${name}: ${setting.label} (${setting.detail})`);

		if (MODES.includes('sqlite')) {
			await measure(name, 'sqlite', pkg, async () => {
				const n8n = startN8n({ userFolder, port: PORT, env: setting.env, logFile: path.join(work, 'logs', 'n8n-sqlite.log') });
				await waitForN8n(n8n);
				return { baseUrl: n8n.url, stop: n8n.stop };
			});
		}
		if (MODES.includes('queue')) {
			// one Redis and one PostgreSQL server for the run; each setting gets its own database and queue prefix
			queueServices ??= { redisPort: PORT + 10, redis: await startRedis(PORT + 10, WORK), postgresPort: PORT + 40, postgres: startPostgres(PORT + 40) };
			await measure(name, QUEUE_MODE, pkg, async () => {
				// n8n runs scaling mode on PostgreSQL only (on SQLite main and worker lock each other out of the file)
				const database = createDatabase(queueServices.postgresPort, `n8n_${name}`);
				const queueEnv = { ...setting.env, ...database, EXECUTIONS_MODE: 'queue', QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(queueServices.redisPort), QUEUE_BULL_PREFIX: `bull-${name}` };
				const main = startN8n({ userFolder, port: PORT, env: queueEnv, logFile: path.join(work, 'logs', 'n8n-queue-main.log') });
				// the worker starts once main has migrated the database
				await waitForN8n(main);
				const worker = startN8n({
					userFolder,
					port: PORT + 20,
					command: 'worker',
					env: { ...queueEnv, QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(PORT + 20), N8N_RUNNERS_BROKER_PORT: String(PORT + 21) },
					logFile: path.join(work, 'logs', 'n8n-queue-worker.log'),
				});
				await waitForWorker(PORT + 20, worker);
				return { baseUrl: main.url, stop: async () => { await worker.stop(); await main.stop(); } };
			});
		}
	}
} catch (error) {
	failure = error;
	log(`burst scenario aborted: ${error.stack ?? error.message}`);
} finally {
	await cleanupAll();
}

// the goal, per mode, under the recommended setting: every trigger against n8n's Webhook node of the same run
const goal = { ...GOAL, met: {} };
for (const mode of new Set(rows.filter((row) => row.setting === GOAL.setting).map((row) => row.mode))) {
	const triggers = rows.filter((row) => row.setting === GOAL.setting && row.mode === mode && row.vsWebhookNode);
	goal.met[mode] = triggers.length > 0 && triggers.every((row) => row.vsWebhookNode.throughput >= GOAL.minThroughputRatio && row.vsWebhookNode.p95 <= GOAL.maxP95Ratio);
}
const settings = Object.fromEntries(SETTING_NAMES.map((name) => [name, SETTINGS[name]]));
const report = { n8n: N8N_VERSION, count: COUNT, inFlight: IN_FLIGHT, measured, settings, goal, runs, rows, ...(failure ? { failure: failure.message } : {}) };
if (OUT) fs.writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
else console.log(JSON.stringify(report, null, 2));
process.exit(failure ? 1 : 0);
