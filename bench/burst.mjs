#!/usr/bin/env node
// Scenario 6 of `npm run bench`: bursts of callbacks into a real n8n (the playground's runtime, embedded SQLite,
// then queue mode with PostgreSQL, Redis and one worker), against each webhook trigger of the package and n8n's own Webhook
// node in the same run. Writes the rows as JSON to --out (bench/run.js stores them in bench/results.json).
//
//   node bench/burst.mjs [--count 2000] [--in-flight 20] [--modes sqlite,queue] [--out FILE]
import fs from 'node:fs';
import path from 'node:path';

import { burstTargets, runBurst } from '../scripts/e2e/burst.mjs';
import { startPostgres } from '../scripts/e2e/postgres.mjs';
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
	registerCleanup,
	startN8n,
	startSimulators,
	waitForN8n,
} from '../scripts/playground/lib.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
	const i = argv.indexOf(`--${name}`);
	return i === -1 ? fallback : argv[i + 1];
};
const COUNT = Number(option('count', 2000));
const IN_FLIGHT = Number(option('in-flight', 20));
const MODES = option('modes', 'sqlite,queue').split(',');
const OUT = option('out', '');
const PORT = Number(process.env.BENCH_N8N_PORT ?? 5720);
const SIM_PORT = Number(process.env.BENCH_SIM_PORT ?? 5841);
const WORK = path.join(path.dirname(CACHE), 'bench-burst');

async function burstAll(api, baseUrl, sims, credentialsByType, pkg, mode) {
	const rows = [];
	for (const target of burstTargets({ packageName: pkg.name, sims, credentialsByType })) {
		log(`${mode}: ${COUNT} deliveries, ${IN_FLIGHT} in flight → ${target.label}`);
		const row = { mode, ...(await runBurst({ api, baseUrl, target, count: COUNT, inFlight: IN_FLIGHT })) };
		log(`  ${row.succeeded} succeeded, ${row.error} error, ${row.stuck} stuck, ${row.missing} missing; ${row.answersPerSecond} answers/s, p50 ${row.latencyMs.p50} ms, p99 ${row.latencyMs.p99} ms${row.startedByRepeats === undefined ? '' : `; repeats and twins started ${row.startedByRepeats} (1 expected)`}`);
		rows.push(row);
	}
	return rows;
}

const rows = [];
let failure;
try {
	ensureRuntime();
	const tarball = packPackage();
	fs.rmSync(WORK, { recursive: true, force: true });
	const userFolder = path.join(WORK, 'user');
	const pkg = installPackage(userFolder, tarball);
	const sims = await startSimulators(SIM_PORT);
	registerCleanup(sims.stop);

	if (MODES.includes('sqlite')) {
		const n8n = startN8n({ userFolder, port: PORT, logFile: path.join(WORK, 'logs', 'n8n-sqlite.log') });
		await waitForN8n(n8n);
		const api = new N8nApi(n8n.url);
		const { credentialsByType } = await provision(api, sims);
		rows.push(...(await burstAll(api, n8n.url, sims, credentialsByType, pkg, 'sqlite')));
		await n8n.stop();
	}
	if (MODES.includes('queue')) {
		const redisPort = PORT + 10;
		await startRedis(redisPort, WORK);
		// n8n runs scaling mode on PostgreSQL only (on SQLite main and worker lock each other out of the file)
		const database = startPostgres(PORT + 40);
		const queueEnv = { ...database, EXECUTIONS_MODE: 'queue', QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(redisPort) };
		const main = startN8n({ userFolder, port: PORT, env: queueEnv, logFile: path.join(WORK, 'logs', 'n8n-queue-main.log') });
		// the worker starts once main has migrated the database (two processes migrating one SQLite file collide)
		await waitForN8n(main);
		const worker = startN8n({
			userFolder,
			port: PORT + 20,
			command: 'worker',
			env: { ...queueEnv, QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(PORT + 20), N8N_RUNNERS_BROKER_PORT: String(PORT + 21) },
			logFile: path.join(WORK, 'logs', 'n8n-queue-worker.log'),
		});
		await waitForWorker(PORT + 20, worker);
		const api = new N8nApi(main.url);
		const { credentialsByType } = await provision(api, sims);
		rows.push(...(await burstAll(api, main.url, sims, credentialsByType, pkg, 'queue (PostgreSQL, Redis + 1 worker)')));
		await worker.stop();
		await main.stop();
	}
} catch (error) {
	failure = error;
	log(`burst scenario aborted: ${error.stack ?? error.message}`);
} finally {
	await cleanupAll();
}
const report = { n8n: N8N_VERSION, count: COUNT, inFlight: IN_FLIGHT, rows, ...(failure ? { failure: failure.message } : {}) };
if (OUT) fs.writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
else console.log(JSON.stringify(report, null, 2));
process.exit(failure ? 1 : 0);
