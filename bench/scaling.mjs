#!/usr/bin/env node
// Scenario 8 of `npm run bench`: n8n's scaling mode as a campus runs it (scripts/e2e/scaling.mjs): PostgreSQL,
// Redis, n8n main, two `n8n webhook` processes behind nginx, two `n8n worker`s, the playground's n8n 2.x. A burst
// of callbacks through nginx, the HongTu subscription registered from main, repeats across the webhook processes
// with each remedy, and Baijiayun's rate limit across the workers. Writes JSON to --out (bench/run.js stores it
// in bench/results.json).
//
//   node bench/scaling.mjs [--count 5000] [--in-flight 20] [--repeats 100] [--twins 50] [--calls 1000] [--only burst,subscription,repeats,rateLimit] [--out FILE]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { rateLimitAcrossWorkers, repeatsAcrossProcesses, scalingBurst, SIZES, startScaling, subscriptionThroughNginx } from '../scripts/e2e/scaling.mjs';
import { CACHE, cleanupAll, ensureRuntime, log, N8N_VERSION, packPackage, registerCleanup, startSimulators } from '../scripts/playground/lib.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
	const i = argv.indexOf(`--${name}`);
	return i === -1 ? fallback : argv[i + 1];
};
const sizes = {
	burst: Number(option('count', SIZES.bench.burst)),
	inFlight: Number(option('in-flight', SIZES.bench.inFlight)),
	repeats: Number(option('repeats', SIZES.bench.repeats)),
	twins: Number(option('twins', SIZES.bench.twins)),
	calls: Number(option('calls', SIZES.bench.calls)),
};
const ONLY = option('only', 'burst,subscription,repeats,rateLimit').split(',');
const OUT = option('out', '');
// 13 ports from here (scripts/e2e/scaling.mjs scalingPorts), the simulators at BENCH_SCALING_SIM_PORT
const PORT = Number(process.env.BENCH_SCALING_PORT ?? 6160);
const SIM_PORT = Number(process.env.BENCH_SCALING_SIM_PORT ?? 6180);
const WORK = path.join(path.dirname(CACHE), 'bench-scaling');
const PACKAGE = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).name;

const report = { n8n: N8N_VERSION, sizes, date: new Date().toISOString(), loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100) };
let failure;
try {
	ensureRuntime();
	const tarball = packPackage();
	fs.rmSync(WORK, { recursive: true, force: true });
	const sims = await startSimulators(SIM_PORT);
	registerCleanup(sims.stop);
	const setup = await startScaling({ tarball, basePort: PORT, workDir: WORK, sims });
	report.setup = { webhookProcesses: setup.webhooks.length, workers: setup.workers.length, workerConcurrency: 10, loadBalancer: 'nginx, round robin, one worker process' };
	if (ONLY.includes('burst')) {
		log(`a. ${sizes.burst} callbacks, ${sizes.inFlight} in flight, through nginx into the HongTu, Baijiayun and Gensee triggers`);
		report.burst = await scalingBurst(setup, { packageName: PACKAGE, count: sizes.burst, inFlight: sizes.inFlight });
		const b = report.burst;
		log(`  ${b.succeeded}/${b.sent} succeeded, ${b.error} error, ${b.stuck} stuck, ${b.missing} missing; ${b.deliveriesPerSecond}/s, p50 ${b.latencyMs.p50} ms, p95 ${b.latencyMs.p95} ms, p99 ${b.latencyMs.p99} ms`);
	}
	if (ONLY.includes('subscription')) {
		log('b. HongTu push subscription registered from main with the nginx URL');
		report.subscription = await subscriptionThroughNginx(setup, { packageName: PACKAGE });
	}
	if (ONLY.includes('repeats')) {
		report.repeats = [];
		for (const remedy of ['roundRobin', 'sticky', 'removeDuplicates']) {
			log(`c. ${3 * sizes.repeats} deliveries resent once: ${remedy}`);
			const r = await repeatsAcrossProcesses(setup, { packageName: PACKAGE, remedy, repeats: sizes.repeats, twins: remedy === 'removeDuplicates' ? sizes.twins : 0 });
			log(`  ${r.resendsOnOtherProcess} of ${r.resendsSent} resends on the other process, ${r.resendsStarted} started a second execution${r.resendsPassedRemoveDuplicates === undefined ? '' : `, ${r.resendsPassedRemoveDuplicates} got past Remove Duplicates; twins: ${r.twins.keysPassedTwice} of ${r.twins.keys} keys passed twice`}`);
			report.repeats.push(r);
		}
		await setup.restartNginx(false);
	}
	if (ONLY.includes('rateLimit')) {
		log(`d. Baijiayun rate limit across 2 workers: two executions of ${sizes.calls} calls at once`);
		report.rateLimit = await rateLimitAcrossWorkers(setup, { calls: sizes.calls, settings: [1, 2] });
	}
	await setup.stop();
} catch (error) {
	failure = error;
	log(`scaling scenario aborted: ${error.stack ?? error.message}`);
} finally {
	await cleanupAll();
}
if (failure) report.failure = failure.message;
if (OUT) fs.writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
else console.log(JSON.stringify(report, null, 2));
process.exit(failure ? 1 : 0);
