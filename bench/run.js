#!/usr/bin/env node
'use strict';
/**
 * npm run bench — the package against what users would otherwise build, inside n8n-core's engine,
 * against the vendor simulators on loopback. See docs/benchmarks.md for what each scenario measures.
 *
 *   node bench/run.js [--quick] [--runs N] [--rate-runs N] [--distance-runs N] [--only batchImport,perCall,returnAll,tokenReuse,rateLimited,distance,burst,scaling,rosterSync]
 *                     [--burst-settings defaults,lazy,pool4,legacy] [--burst-modes sqlite,queue]
 *   node bench/run.js --report      (docs/benchmarks.md again from bench/results.json)
 *
 * Each measured run is a fresh process (bench/lib/worker.js), so that its peak memory is its own; the
 * simulators run in one more process (bench/lib/sim-host.js). The two sides of a comparison alternate
 * within the same invocation, and figures are medians. Scenario 6 (callback bursts) runs in a real n8n
 * instead (bench/burst.mjs), scenario 8 in n8n's scaling mode (bench/scaling.mjs). Writes bench/results.json and
 * docs/benchmarks.md.
 */
const { execFileSync, fork, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { startSimHost } = require('./lib/client');

const ROOT = path.resolve(__dirname, '..');
const DEPS = path.join(ROOT, '.cache', 'bench-deps');
const N8N_NODES_BASE = '2.40.2'; // the n8n-nodes-base release built on n8n-workflow 2.40.1, as the project's n8n-core 2.40.3

// ── options ──────────────────────────────────────────────────────────────
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
	const i = argv.indexOf(`--${name}`);
	return i === -1 ? fallback : argv[i + 1];
};
const QUICK = flag('quick');
const RUNS = Number(option('runs', QUICK ? 1 : 3));
const ONLY = option('only', '').split(',').filter(Boolean);
const enabled = (name) => !ONLY.length || ONLY.includes(name);

const SIZES = QUICK
	? { batch: 1000, perCall: 300, returnAll: [1000, 2000, 5000], executions: 2, perExecution: 50, rate: 250, distanceBatch: 1000, distanceReturnAll: 5000, roster: 2000 }
	: { batch: 10_000, perCall: 2000, returnAll: [5000, 10_000, 20_000, 50_000], executions: 10, perExecution: 100, rate: 1000, distanceBatch: 10_000, distanceReturnAll: 50_000, roster: 10_000 };
// sizes of the distance rows alone (a partial run at reduced size, stated as such in the report)
if (option('distance-batch')) SIZES.distanceBatch = Number(option('distance-batch'));
if (option('distance-records')) SIZES.distanceReturnAll = Number(option('distance-records'));

/**
 * Scenario 7: the vendor across a network. The simulator answers each request `delayMs` late and serves at most
 * BOX_CONNECTIONS at once (the others wait), like a small box; the node runs with Parallel Requests at that
 * number, n8n's HTTP Request node with its Batching option at as many items per batch, one batch per round
 * trip (Batch Interval = the delay), so that no more requests are in flight than the box serves.
 */
require('./lib/register');
const SIM_DISTANCES = require('../test/simulators/common/SimulatorServer.ts').DISTANCES;
const DISTANCES = [
	{ name: 'LAN', delayMs: SIM_DISTANCES.lan.delayMs },
	{ name: 'WAN', delayMs: SIM_DISTANCES.wan.delayMs },
];
const BOX_CONNECTIONS = SIM_DISTANCES.wan.maxConcurrent;

const log = (...args) => console.log(...args);

// ── n8n's HTTP Request node, outside the project's dependencies ─────────────
/**
 * n8n-nodes-base is not a dependency of the project. Its HTTP Request node (V3) is fetched into
 * .cache/bench-deps: the package itself unpacked from its npm tarball, plus the few packages its HTTP
 * Request files require at load time (the other ~100 dependencies of n8n-nodes-base serve other nodes).
 * n8n-workflow, lodash and form-data resolve to the project's own copies, so the node runs on the same
 * n8n-workflow instance as n8n-core.
 */
function ensureHttpRequestNode() {
	const marker = path.join(DEPS, `ready-${N8N_NODES_BASE}`);
	if (fs.existsSync(marker)) return;
	log(`installing n8n-nodes-base@${N8N_NODES_BASE} (HTTP Request node) into .cache/bench-deps …`);
	fs.rmSync(DEPS, { recursive: true, force: true });
	fs.mkdirSync(DEPS, { recursive: true });
	fs.writeFileSync(
		path.join(DEPS, 'package.json'),
		JSON.stringify(
			{
				name: 'bench-deps',
				private: true,
				description: 'what n8n-nodes-base/dist/nodes/HttpRequest requires at load time, for npm run bench',
				dependencies: { cheerio: '1.1.0', jsdom: '23.0.1', 'html-to-text': '9.0.5', '@mozilla/readability': '0.6.0', '@n8n/utils': '1.48.0' },
			},
			null,
			2,
		),
	);
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	execFileSync(npm, ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: DEPS, stdio: 'inherit' });
	const tarball = execFileSync(npm, ['pack', `n8n-nodes-base@${N8N_NODES_BASE}`, '--loglevel=error'], { cwd: DEPS, encoding: 'utf8' }).trim().split('\n').pop();
	const target = path.join(DEPS, 'node_modules', 'n8n-nodes-base');
	fs.mkdirSync(target, { recursive: true });
	execFileSync('tar', ['-xzf', path.join(DEPS, tarball), '-C', target, '--strip-components=1']);
	fs.rmSync(path.join(DEPS, tarball));
	fs.writeFileSync(marker, new Date().toISOString());
}

// ── running measured processes ──────────────────────────────────────────────
/** Forks a measured run; `onWarmedUp` runs when its warm-up is over, before the measured part starts. */
function runWorker(task, onWarmedUp) {
	return new Promise((resolve, reject) => {
		const child = fork(path.join(__dirname, 'lib', 'worker.js'), [JSON.stringify(task)], {
			execArgv: ['--expose-gc', '--max-old-space-size=4096'],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		let answer;
		child.on('message', (m) => {
			if (m.warmedUp) {
				Promise.resolve(onWarmedUp?.()).then(() => child.send('go'), reject);
				return;
			}
			answer = m;
		});
		child.on('exit', (code) => {
			if (answer?.ok) resolve(answer);
			else reject(new Error(`${task.scenario}/${task.variant ?? task.n}: ${answer?.error ?? `worker exited with ${code}`}`));
		});
	});
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** One figure: `runs` measured runs of a task, with the simulator's counters of each run. */
function summarize(label, samples) {
	const wallMs = median(samples.map((s) => s.wallMs));
	const items = samples[0].items;
	return {
		label,
		runs: samples.length,
		requests: median(samples.map((s) => s.sim.requests)),
		items,
		wallMsMedian: round(wallMs),
		wallMsAll: samples.map((s) => round(s.wallMs)),
		itemsPerSecond: round((items / wallMs) * 1000),
		peakRssMb: Math.max(...samples.map((s) => s.peakRssMb)),
		rssGrowthMb: round(Math.max(...samples.map((s) => s.peakRssMb - s.baselineRssMb))),
		peakHeapMb: Math.max(...samples.map((s) => s.peakHeapMb)),
		heapGrowthMb: round(Math.max(...samples.map((s) => s.peakHeapMb - s.baselineHeapMb))),
		simulatorMsMedian: round(median(samples.map((s) => s.sim.serverMs))),
		connections: median(samples.map((s) => s.sim.connections)),
		vendorErrors: Math.max(...samples.map((s) => s.sim.errors)),
		retriedItems: samples.map((s) => s.retriedItems ?? 0),
		retryErrors: [...new Set(samples.flatMap((s) => s.retryErrors ?? []))],
		throttled: Math.max(...samples.map((s) => s.sim.throttled)),
	};
}

// ── main ─────────────────────────────────────────────────────────────────
async function main() {
	const started = Date.now();
	const cpus = os.cpus();
	const machine = {
		node: process.version,
		cpu: cpus[0]?.model ?? 'unknown',
		cores: cpus.length,
		loadAverage: os.loadavg().map((x) => round(x, 2)),
		platform: `${os.platform()} ${os.release()}`,
		n8nCore: require(path.join(ROOT, 'node_modules/n8n-core/package.json')).version,
		n8nWorkflow: require(path.join(ROOT, 'node_modules/n8n-workflow/package.json')).version,
		n8nNodesBase: N8N_NODES_BASE,
		date: new Date().toISOString(),
		// nodes, credentials or simulators not yet committed: the figures are for the working tree
		uncommitted: (() => {
			try {
				const status = execFileSync('git', ['status', '--porcelain', '--', 'nodes', 'credentials', 'test/simulators', 'test/harness'], { cwd: ROOT, encoding: 'utf8' });
				return [...new Set(status.split('\n').filter(Boolean).map((line) => line.slice(3).split('/').slice(0, 2).join('/')))];
			} catch {
				return [];
			}
		})(),
		git: (() => {
			try {
				return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
			} catch {
				return 'unknown';
			}
		})(),
	};
	log(`Node ${machine.node} · ${machine.cpu} · ${machine.cores} cores · load ${machine.loadAverage.join(' ')} · n8n-core ${machine.n8nCore}, n8n-workflow ${machine.n8nWorkflow}, HTTP Request node from n8n-nodes-base ${machine.n8nNodesBase}`);
	log(QUICK ? 'quick mode: reduced sizes, one run each' : `${RUNS} runs per figure (medians)`);

	// the scenarios that measure n8n's HTTP Request node beside the package's (not the bursts, which run a real n8n)
	if (['batchImport', 'perCall', 'tokenReuse', 'distance'].some(enabled)) ensureHttpRequestNode();
	const host = await startSimHost();
	const urls = {
		hongtu: (await host.call('start', { vendor: 'hongtu' })).url,
		haoyi: (await host.call('start', { vendor: 'haoyi', options: { unionid: 'bench-admin-unionid-5e1c' } })).url,
		baijiayun: (await host.call('start', { vendor: 'baijiayun', options: { partnerId: '37102096', partnerKey: 'bench-partner-key' } })).url,
	};

	/** runs a task on a freshly reset simulator and attaches the simulator's counters of the measured part */
	const measured = async (vendor, task, before) => {
		await host.call('reset', { vendor, recordStarts: !!task.recordStarts, latencyMs: task.latencyMs ?? 0, maxConcurrent: task.maxConcurrent ?? 0, keepPersons: !!task.keepPersons });
		if (before) await before();
		let result;
		let warm;
		try {
			result = await runWorker({ ...task, urls }, async () => {
				warm = await host.call('stats', { vendor });
			});
		} catch (error) {
			const sim = await host.call('stats', { vendor });
			error.message += ` (after ${sim.requests} requests to the simulator)`;
			throw error;
		}
		// the simulator's counters of the measured part only (the warm-up's requests are left out)
		const after = await host.call('stats', { vendor });
		result.sim = {
			...after,
			warmupRequests: warm.requests,
			requests: after.requests - warm.requests,
			errors: after.errors - warm.errors,
			throttled: after.throttled - warm.throttled,
			connections: after.connections - warm.connections,
			serverMs: after.serverMs - warm.serverMs,
			starts: after.starts.slice(warm.starts.length),
			byPath: Object.fromEntries(Object.entries(after.byPath).map(([k, v]) => [k, v - (warm.byPath[k] ?? 0)])),
		};
		return result;
	};

	const results = { machine, quick: QUICK, runs: RUNS, sizes: SIZES, scenarios: {} };
	// a quick or partial run must not replace the reference figures: it writes bench/results.tmp.* (ignored)
	const partial = QUICK || ONLY.length > 0;
	const jsonOut = path.join(__dirname, partial ? 'results.tmp.json' : 'results.json');
	const mdOut = partial ? path.join(__dirname, 'results.tmp.md') : path.join(ROOT, 'docs', 'benchmarks.md');
	const persist = () => {
		results.totalSeconds = round((Date.now() - started) / 1000);
		fs.writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
		fs.writeFileSync(mdOut, require('./lib/report').markdown(results));
		if (partial && flag('merge')) merge(results.scenarios);
	};

	/**
	 * A failed run is recorded and run again (at most twice more): n8n's HTTP Request node has no per-item
	 * retry, so one connection reset among 10,000 calls fails its whole execution.
	 */
	results.failedRuns = [];
	const attempt = async (vendor, task, before) => {
		for (let tries = 1; ; tries++) {
			try {
				return await measured(vendor, task, before);
			} catch (error) {
				const message = String(error.message).split('\n')[0].slice(0, 300);
				results.failedRuns.push({ scenario: task.scenario, variant: task.variant, error: message });
				log(`  ! ${task.scenario} ${task.variant ?? ''} failed (${message}); ${tries < 3 ? 'running it again' : 'giving up'}`);
				if (tries >= 3) throw error;
			}
		}
	};

	const alternate = async (vendor, variants, runs, before) => {
		const samples = Object.fromEntries(variants.map((v) => [v.variant, []]));
		for (let r = 0; r < runs; r++) {
			for (const v of variants) {
				const result = await attempt(vendor, v, before);
				samples[v.variant].push(result);
				log(`  ${v.scenario} ${v.variant} run ${r + 1}: ${round(result.wallMs)} ms, ${result.sim.requests} requests, ${result.sim.errors} vendor errors`);
			}
		}
		return samples;
	};

	try {
		// 1. Batch import
		if (enabled('batchImport')) {
			log(`\n1. Batch import: ${SIZES.batch} persons into HongTu`);
			const n = SIZES.batch;
			const samples = await alternate('hongtu', [
				{ scenario: 'batchImport', variant: 'node', n },
				{ scenario: 'batchImport', variant: 'httpRequest', n },
				{ scenario: 'batchImport', variant: 'nodeAutoMap', n },
			], RUNS);
			const node = summarize('Megvii HongTu › Person › Batch Add, fields mapped with expressions (node version 1)', samples.node);
			const httpRequest = summarize('HTTP Request node, one person per call (HongTu credential; all items in flight at once)', samples.httpRequest);
			const autoMap = summarize('Megvii HongTu › Person › Batch Add, Columns: Map Automatically (node version 2)', samples.nodeAutoMap);
			const s = {
				node,
				httpRequest,
				autoMap,
				fewerRequests: round(httpRequest.requests / node.requests),
				lessWallTime: round(httpRequest.wallMsMedian / node.wallMsMedian),
				autoMapLessWallTime: round(httpRequest.wallMsMedian / autoMap.wallMsMedian),
				targets: { fewerRequests: 50, autoMapLessWallTime: 10, autoMapPeakRssMbAtMost: node.peakRssMb },
			};
			s.met = s.fewerRequests >= 50 && s.autoMapLessWallTime >= 10 && autoMap.peakRssMb <= node.peakRssMb;
			results.scenarios.batchImport = s;
			log(`  → ${s.fewerRequests}× fewer requests (target ≥ 50×); Map Automatically ${s.autoMapLessWallTime}× less wall time (target ≥ 10×), peak RSS ${autoMap.peakRssMb} MB vs ${node.peakRssMb} MB with expressions (${s.lessWallTime}×): ${s.met ? 'met' : 'NOT met'}`);
			persist();

		}

		// 2. Per-call overhead
		if (enabled('perCall')) {
			log(`\n2. Per-call overhead: ${SIZES.perCall} signed HongTu Get Person calls`);
			const n = SIZES.perCall;
			const seed = () => host.call('seed', { vendor: 'hongtu', count: n });
			const samples = await alternate('hongtu', [
				{ scenario: 'perCall', variant: 'node', n, seeded: n },
				{ scenario: 'perCall', variant: 'floor', n, seeded: n },
				{ scenario: 'perCall', variant: 'floorNewConnection', n, seeded: n },
				{ scenario: 'perCall', variant: 'helper', n, seeded: n },
				{ scenario: 'perCall', variant: 'httpRequest', n, seeded: n },
			], Math.max(RUNS, QUICK ? 1 : 5), seed);
			const s = {
				node: summarize('Megvii HongTu › Person › Get, one item per call', samples.node),
				floor: summarize('floor: plain Node.js loop, sign + node:http (keep-alive) + JSON.parse', samples.floor),
				floorNewConnection: summarize('same loop, a new connection per call', samples.floorNewConnection),
				helper: summarize('n8n’s minimum: minimal node, same expression, request helper, credential', samples.helper),
				httpRequest: summarize('HTTP Request node (HongTu credential; all items in flight at once)', samples.httpRequest),
			};
			// the floor is the faster of the two raw loops (on a busy loopback either can win)
			s.floorUsed = s.floorNewConnection.wallMsMedian < s.floor.wallMsMedian ? 'floorNewConnection' : 'floor';
			const floorMs = s[s.floorUsed].wallMsMedian;
			const over = (f) => round(f.wallMsMedian / floorMs, 2);
			s.nodeOverFloor = over(s.node);
			s.httpRequestOverFloor = over(s.httpRequest);
			s.helperOverFloor = over(s.helper);
			s.keepAliveOverNewConnection = round(s.floor.wallMsMedian / s.floorNewConnection.wallMsMedian, 2);
			s.nodeOverHelper = round(s.node.wallMsMedian / s.helper.wallMsMedian, 2);
			s.perCallMs = Object.fromEntries(['node', 'floor', 'floorNewConnection', 'helper', 'httpRequest'].map((k) => [k, round(s[k].wallMsMedian / n, 3)]));
			s.targets = { nodeOverFloor: 1.5 };
			s.met = s.nodeOverFloor <= 1.5;
			results.scenarios.perCall = s;
			log(`  → node ${s.nodeOverFloor}× the floor (target ≤ 1.5×): ${s.met ? 'met' : 'NOT met'}; per call (ms): ${JSON.stringify(s.perCallMs)}; node over n8n's helper alone ${s.nodeOverHelper}×`);
			persist();
		}

		// 3. Return All
		if (enabled('returnAll')) {
			log(`\n3. Return All: HongTu Person › Search over ${SIZES.returnAll.join(', ')} persons`);
			const figures = [];
			for (const n of SIZES.returnAll) {
				const samples = [];
				for (let r = 0; r < Math.max(RUNS, QUICK ? 1 : 5); r++) {
					const result = await attempt('hongtu', { scenario: 'returnAll', variant: String(n), n }, () => host.call('seed', { vendor: 'hongtu', count: n }));
					samples.push(result);
					log(`  returnAll ${n} run ${r + 1}: ${round(result.wallMs)} ms, ${result.sim.requests} pages`);
				}
				const figure = summarize(`${n.toLocaleString('en')} records`, samples);
				// the pages are fetched one after the other, so the simulator's handler time is on the path;
				// HongTuSimulator copies the whole person table for every page (O(records) per page)
				figure.nodeSideMsMedian = round(median(samples.map((x) => x.wallMs - x.sim.serverMs)));
				figure.records = n;
				figure.pages = figure.requests;
				figure.pageSize = round(n / figure.pages);
				figure.msPer1000 = round((figure.wallMsMedian / n) * 1000);
				figures.push(figure);
			}
			const first = figures[0];
			const last = figures[figures.length - 1];
			const s = {
				figures,
				largestPageSize: 100,
				usesLargestPageSize: figures.every((f) => f.pages === Math.ceil(f.records / 100)),
				growth: { records: round(last.records / first.records), time: round(last.wallMsMedian / first.wallMsMedian, 2) },
				linearFit: fit(figures.map((f) => [f.records, f.wallMsMedian])),
				nodeSide: {
					growth: round(last.nodeSideMsMedian / first.nodeSideMsMedian, 2),
					linearFit: fit(figures.map((f) => [f.records, f.nodeSideMsMedian])),
				},
			};
			require('./lib/report').returnAllVerdict(s);
			results.scenarios.returnAll = s;
			log(`  → ${s.growth.records}× the records took ${s.growth.time}× the time (${s.nodeSide.growth}× without the simulator's handler time); linear fit R² ${s.linearFit.r2} (${s.nodeSide.linearFit.r2}); pages at size 100: ${s.usesLargestPageSize}`);
			persist();
		}

		// 4. Token reuse
		if (enabled('tokenReuse')) {
			const { executions, perExecution } = SIZES;
			log(`\n4. Token reuse: ${executions} executions × ${perExecution} items of HaoYi Get Camera Status`);
			const samples = await alternate('haoyi', [
				{ scenario: 'tokenReuse', variant: 'node', executions, perExecution },
				{ scenario: 'tokenReuse', variant: 'httpRequest', executions, perExecution },
			], RUNS);
			const token = (list) => Math.max(...list.map((x) => x.sim.tokenExchanges));
			const s = {
				node: { ...summarize('HaoYi › Camera › Get Status (token credential)', samples.node), tokenExchanges: token(samples.node) },
				httpRequest: { ...summarize('naive workflow: HTTP Request for a token, HTTP Request with it, per item (items in flight at once)', samples.httpRequest), tokenExchanges: token(samples.httpRequest) },
			};
			s.calls = executions * perExecution;
			s.met = s.node.tokenExchanges === 1;
			s.lessWallTime = round(s.httpRequest.wallMsMedian / s.node.wallMsMedian, 2);
			results.scenarios.tokenReuse = s;
			log(`  → token exchanges: node ${s.node.tokenExchanges}, naive ${s.httpRequest.tokenExchanges} (target: exactly 1): ${s.met ? 'met' : 'NOT met'}`);
			persist();
		}

		// 5. Rate-limited vendor
		if (enabled('rateLimited')) {
			const n = SIZES.rate;
			log(`\n5. Rate-limited vendor: ${n} Baijiayun calls, limit 200 per 10 s, retries off`);
			const runs = Number(option('rate-runs', 1));
			const samples = [];
			for (let r = 0; r < runs; r++) {
				const result = await attempt('baijiayun', { scenario: 'rateLimited', n, recordStarts: true });
				samples.push(result);
				log(`  rateLimited run ${r + 1}: ${round(result.wallMs)} ms, ${result.sim.requests} requests, ${result.sim.throttled} throttled`);
			}
			const figure = summarize('Baijiayun › Schedule › List, one call per item, one execution', samples);
			const windows = samples.map((x) => rateFigures(x.sim.starts, x.sim.rateLimit));
			const s = {
				figure,
				limit: samples[0].sim.rateLimit,
				throttled: Math.max(...samples.map((x) => x.sim.throttled)),
				...windows[Math.floor(windows.length / 2)],
			};
			s.met = s.throttled === 0 && figure.vendorErrors === 0 && figure.requests === n;
			results.scenarios.rateLimited = s;
			log(`  → ${s.throttled} throttled; busiest 10 s window ${s.busiestWindow}/${s.limit.limit}; sustained ${s.sustainedPerSecond}/s = ${s.fractionOfLimit} of the limit`);
			persist();

			// two executions at once on the same account share the limit (one n8n process)
			log(`\n5b. Two executions at once, ${n} Baijiayun calls each, same account`);
			const two = await attempt('baijiayun', { scenario: 'rateLimited', n, executions: 2, recordStarts: true });
			log(`  two executions: ${round(two.wallMs)} ms, ${two.sim.requests} requests, ${two.sim.throttled} throttled`);
			s.twoExecutions = {
				figure: summarize('Baijiayun › Schedule › List, two executions at once, one call per item each', [two]),
				throttled: two.sim.throttled,
				...rateFigures(two.sim.starts, two.sim.rateLimit),
				targets: { throttled: 0, fractionOfLimit: 0.9 },
			};
			s.twoExecutions.met = two.sim.throttled === 0 && two.sim.requests === 2 * n && s.twoExecutions.fractionOfLimit >= 0.9;
			s.met = s.met && s.twoExecutions.met;
			log(`  → ${two.sim.throttled} throttled; together ${s.twoExecutions.fractionOfLimit} of the limit (target ≥ 0.9): ${s.twoExecutions.met ? 'met' : 'NOT met'}`);
			persist();
		}

		// 7. At distance: the batch import and Return All against a box 2 ms and 50 ms away
		if (enabled('distance')) {
			const runs = Number(option('distance-runs', 1));
			const n = SIZES.distanceBatch;
			const records = SIZES.distanceReturnAll;
			const calls = Math.ceil(n / 100);
			const pages = Math.ceil(records / 100);
			log(`\n7. At distance: ${n} persons imported, Return All over ${records} persons, box serving ${BOX_CONNECTIONS} requests at once`);
			const rows = [];
			for (const d of DISTANCES) {
				const net = { latencyMs: d.delayMs, maxConcurrent: BOX_CONNECTIONS };
				const batching = { batchSize: BOX_CONNECTIONS, batchInterval: d.delayMs };
				const imports = await alternate('hongtu', [
					{ scenario: 'batchImport', variant: 'node', n, parallelRequests: BOX_CONNECTIONS, ...net },
					{ scenario: 'batchImport', variant: 'httpRequest', n, batching, ...net },
				], runs);
				// the least time any client can take: every request one round trip, at most BOX_CONNECTIONS at once
				const floorMs = (requests) => Math.ceil(requests / BOX_CONNECTIONS) * d.delayMs;
				const node = summarize(`Batch Add, Parallel Requests ${BOX_CONNECTIONS}`, imports.node);
				const httpRequest = summarize(`HTTP Request, one person per call, Batching: ${BOX_CONNECTIONS} items per batch, interval ${d.delayMs} ms`, imports.httpRequest);
				const seed = () => host.call('seed', { vendor: 'hongtu', count: records });
				const listVariants = [{ scenario: 'returnAll', variant: String(records), n: records, parallelRequests: BOX_CONNECTIONS, ...net }];
				// the shipped default for the box (one request at a time), where the distance makes it count
				if (d.delayMs >= 50) listVariants.push({ scenario: 'returnAll', variant: `${records}-sequential`, n: records, ...net });
				const lists = await alternate('hongtu', listVariants, runs, seed);
				const returnAll = summarize(`Return All, Parallel Requests ${BOX_CONNECTIONS}`, lists[String(records)]);
				const returnAllSequential = lists[`${records}-sequential`] && summarize('Return All, Parallel Requests 1 (the HongTu default)', lists[`${records}-sequential`]);
				const withFloor = (figure, floor) => figure && { ...figure, floorMs: floor, overFloor: round(figure.wallMsMedian / floor, 2) };
				rows.push({
					...d,
					boxConnections: BOX_CONNECTIONS,
					importNode: withFloor(node, floorMs(calls)),
					importHttpRequest: withFloor(httpRequest, floorMs(n)),
					lessWallTime: round(httpRequest.wallMsMedian / node.wallMsMedian, 1),
					// the first page states the total; the others follow at most BOX_CONNECTIONS at once
					returnAll: withFloor(returnAll, d.delayMs + floorMs(pages - 1)),
					returnAllSequential: withFloor(returnAllSequential, d.delayMs + floorMs(pages - 1)),
					peakConcurrent: { node: Math.max(...imports.node.map((x) => x.sim.peakConcurrent)), httpRequest: Math.max(...imports.httpRequest.map((x) => x.sim.peakConcurrent)) },
				});
				log(`  → ${d.name}: import ${rows.at(-1).lessWallTime}× less wall time than HTTP Request; Return All ${rows.at(-1).returnAll.overFloor}× its floor`);
			}
			const wan = rows.find((row) => row.name === 'WAN');
			const s = { machine, sizes: { batch: n, records }, runs, rows, targets: { returnAllOverFloor: 1.3, lessWallTime: 20 } };
			s.met = wan.returnAll.overFloor <= 1.3 && wan.lessWallTime >= 20;
			results.scenarios.distance = s;
			persist();
		}

		// 6. Callback bursts, in a real n8n (embedded SQLite, then queue mode), under each expression-engine setting
		if (enabled('burst')) {
			const count = QUICK ? 300 : 2000;
			log(`\n6. Callback bursts into a real n8n: ${count} deliveries, 20 in flight, into each webhook trigger and n8n's Webhook node, per expression-engine setting`);
			const out = path.join(os.tmpdir(), `bench-burst-${process.pid}.json`);
			const pass = ['settings', 'modes'].flatMap((name) => (option(`burst-${name}`) ? [`--${name}`, option(`burst-${name}`)] : []));
			const run = spawnSync(process.execPath, [path.join(__dirname, 'burst.mjs'), '--count', String(count), '--in-flight', '20', ...pass, '--out', out], { cwd: ROOT, stdio: 'inherit' });
			const burst = JSON.parse(fs.readFileSync(out, 'utf8'));
			fs.rmSync(out, { force: true });
			// nothing lost anywhere, and the speed goal under the recommended setting in every mode measured
			burst.met = run.status === 0 && burst.rows.length > 0 && burst.rows.every((row) => row.ok) && Object.values(burst.goal.met).length > 0 && Object.values(burst.goal.met).every(Boolean);
			results.scenarios.burst = burst;
			persist();
		}

		// 8. Scaling mode: two webhook processes behind nginx, two workers, PostgreSQL and Redis
		if (enabled('scaling')) {
			const sizes = QUICK ? ['--count', '300', '--repeats', '20', '--twins', '10', '--calls', '250'] : [];
			log('\n8. Scaling mode: callbacks through nginx to two webhook processes, repeats across them, Baijiayun across two workers');
			const out = path.join(os.tmpdir(), `bench-scaling-${process.pid}.json`);
			const run = spawnSync(process.execPath, [path.join(__dirname, 'scaling.mjs'), ...sizes, '--out', out], { cwd: ROOT, stdio: 'inherit' });
			const scaling = JSON.parse(fs.readFileSync(out, 'utf8'));
			fs.rmSync(out, { force: true });
			scaling.git = machine.git;
			const sticky = scaling.repeats?.find((r) => r.remedy === 'sticky');
			const two = scaling.rateLimit?.find((r) => r.workers === 2);
			scaling.met = run.status === 0 && !!scaling.burst?.ok && sticky?.resendsStarted === 0 && !!two && two.busiestWindow <= two.limit.limit && two.throttled === 0;
			results.scenarios.scaling = scaling;
			persist();
		}
		// 9. The nightly roster sync: Person › Sync against List + Compare Datasets + Batch Add / Update / Batch Delete
		if (enabled('rosterSync')) {
			const n = SIZES.roster;
			log(`\n9. Roster sync: ${n} persons on the box, a roster with 1 % changed`);
			const seed = () => host.call('seed', { vendor: 'hongtu', count: n });
			const samples = await alternate('hongtu', [
				{ scenario: 'rosterSync', variant: 'sync', n, keepPersons: true },
				{ scenario: 'rosterSync', variant: 'compare', n, keepPersons: true },
			], RUNS, seed);
			const sync = summarize('Megvii HongTu › Person › Sync (Records Not in the Input: Remove), one node', samples.sync);
			const compare = summarize('Person › Search (Return All) + n8n Compare Datasets + Person › Batch Add / Update / Batch Delete, five nodes', samples.compare);
			const actions = samples.sync[0].actions;
			const pages = Math.ceil(n / 100);
			// the fewest requests any client needs: every page of the list, new persons 100 a call, one update per changed person (the box has no batch update), removals 100 a call
			const minimum = pages + Math.ceil((actions.created ?? 0) / 100) + (actions.updated ?? 0) + Math.ceil((actions.removed ?? 0) / 100);
			const s = { n, sync, compare, actions, compareActions: samples.compare[0].actions, byPath: samples.sync[0].sim.byPath, listPages: pages, minimumRequests: minimum };
			s.syncAtMinimum = sync.requests <= minimum;
			s.lessWallTime = round(compare.wallMsMedian / sync.wallMsMedian, 2);
			s.met = s.syncAtMinimum && ['created', 'updated', 'removed'].every((a) => s.actions[a] === s.compareActions[a]);
			results.scenarios.rosterSync = s;
			log(`  → Sync ${sync.requests} requests (list pages + minimum batch writes: ${minimum}) in ${sync.wallMsMedian} ms; List + Compare Datasets + writes ${compare.requests} requests in ${compare.wallMsMedian} ms; ${JSON.stringify(actions)}: ${s.met ? 'met' : 'NOT met'}`);
			if (!s.syncAtMinimum) throw new Error(`Sync sent ${sync.requests} requests, more than the list pages and the minimum batch writes (${minimum})`);
			persist();
		}
	} finally {
		await host.close();
	}
	persist();
	log(`\nwrote ${path.relative(ROOT, jsonOut)} and ${path.relative(ROOT, mdOut)} in ${results.totalSeconds} s`);
}

/** Least-squares line through (x, y) and its R². */
function fit(points) {
	const n = points.length;
	const mx = points.reduce((a, [x]) => a + x, 0) / n;
	const my = points.reduce((a, [, y]) => a + y, 0) / n;
	const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
	const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
	const slope = sxy / sxx;
	const intercept = my - slope * mx;
	const ssTot = points.reduce((a, [, y]) => a + (y - my) ** 2, 0);
	const ssRes = points.reduce((a, [x, y]) => a + (y - (slope * x + intercept)) ** 2, 0);
	return { msPer1000: round(slope * 1000, 2), interceptMs: round(intercept), r2: round(1 - ssRes / ssTot, 4) };
}

/**
 * From the request arrival times at the simulator: the busiest window (must stay ≤ the limit) and how
 * close the limiter runs to it. A sliding-window limiter lets `limit` calls out at once and then one more
 * each time an earlier call leaves the window, so call i + limit arrives one window (plus the limiter's
 * margin) after call i: the limit's share achieved is windowMs / the median of those gaps.
 */
function rateFigures(starts, limit) {
	let busiest = 0;
	for (let i = 0, j = 0; i < starts.length; i++) {
		while (starts[i] - starts[j] >= limit.windowMs) j++;
		busiest = Math.max(busiest, i - j + 1);
	}
	const gaps = [];
	for (let i = 0; i + limit.limit < starts.length; i++) gaps.push(starts[i + limit.limit] - starts[i]);
	const gap = gaps.length ? median(gaps) : NaN;
	const spanMs = starts[starts.length - 1] - starts[0];
	const perSecondLimit = limit.limit / (limit.windowMs / 1000);
	return {
		busiestWindow: busiest,
		spanSeconds: round(spanMs / 1000, 2),
		medianGapMs: gap,
		sustainedPerSecond: round((limit.limit / gap) * 1000, 2),
		limitPerSecond: perSecondLimit,
		fractionOfLimit: round(limit.windowMs / gap, 3),
		// the least time any client may take: the first `limit` calls at once, then `limit` per window
		floorSeconds: round((Math.ceil(starts.length / limit.limit) - 1) * (limit.windowMs / 1000), 1),
	};
}

/**
 * --merge: the scenarios of a partial run replace theirs in bench/results.json (the others keep their
 * figures) and docs/benchmarks.md is written again. Scenarios measured apart carry their own machine line.
 */
function merge(scenarios) {
	const file = path.join(__dirname, 'results.json');
	const reference = JSON.parse(fs.readFileSync(file, 'utf8'));
	Object.assign(reference.scenarios, scenarios);
	fs.writeFileSync(file, `${JSON.stringify(reference, null, 2)}\n`);
	fs.writeFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), require('./lib/report').markdown(reference));
}

if (flag('report')) {
	// regenerate docs/benchmarks.md from bench/results.json without measuring
	const results = JSON.parse(fs.readFileSync(path.join(__dirname, 'results.json'), 'utf8'));
	fs.writeFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), require('./lib/report').markdown(results));
	log('wrote docs/benchmarks.md from bench/results.json');
} else main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
