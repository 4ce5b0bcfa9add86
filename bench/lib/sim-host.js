'use strict';
/**
 * The vendor simulators of test/simulators, in a process of their own (forked by bench/run.js), so that
 * their CPU time and memory do not count against the n8n side being measured — as with a real vendor,
 * which runs on another machine. Answers commands over IPC: start, reset, seed, stats, stop.
 *
 * The simulators keep every request and check they receive; for runs of tens of thousands of calls the
 * host counts them instead (per path, answers with a vendor error code, throttled answers, request start
 * times) and empties those arrays after each request.
 */
require('./register');
const http = require('node:http');

const { SimulatorServer } = require('../../test/simulators/common/SimulatorServer.ts');

/**
 * The simulators the bench runs, each with what the host needs of it: the vendor's error code in an answer,
 * the state a scenario starts from (reset), and the facts a scenario reads beside the request counts.
 */
const VENDORS = {
	hongtu: {
		create: () => new (require('../../test/simulators/hongtu/HongTuSimulator.ts').HongTuSimulator)(),
		code: (body) => (body && typeof body === 'object' ? Number(body.code ?? 0) : 0),
		// HongTuSimulator checks a new person's code and card number against every stored person, by scanning
		// them all on each call: O(persons on the box) per call, 10,000 calls over a filling box take minutes of
		// simulator time. The import's codes are all distinct, so no answer depends on earlier persons: they are
		// moved out of the box's table into an archive after each call (not for a sync, which reads the box).
		archivePath: '/v1/api/person/batchAdd',
		reset: (sim, entry) => {
			sim.persons.clear();
			entry.archive.clear();
		},
		facts: (sim, entry) => ({ persons: sim.persons.size + entry.archive.size }),
		/** `count` persons on the box, as Batch Add would leave them */
		seed: (sim, entry, count) => {
			sim.persons.clear();
			entry.archive.clear();
			for (let i = 0; i < count; i++) {
				const uuid = `p${String(i).padStart(31, '0')}`;
				sim.persons.set(uuid, { uuid, name: `Student ${i}`, type: 1, code: `S${i}`, orgUuid: sim.topOrg.uuid, groupList: [], phone: `1380000${String(i).padStart(4, '0')}` });
			}
			return { persons: sim.persons.size, firstUuid: 'p'.padEnd(32, '0') };
		},
	},
	haoyi: {
		create: (options) => {
			const sim = new (require('../../test/simulators/haoyi/HaoYiSimulator.ts').HaoYiSimulator)(options.unionid);
			sim.seedBasics();
			return sim;
		},
		code: (body) => (body && typeof body === 'object' ? Number(body.err_code ?? 0) : 0),
		reset: (sim) => {
			sim.tokenExchanges = 0;
			sim.tokens.clear();
		},
		facts: (sim) => ({ tokenExchanges: sim.tokenExchanges }),
	},
	baijiayun: {
		create: (options) => new (require('../../test/simulators/baijiayun/BaijiayunSimulator.ts').BaijiayunSimulator)(options.partnerId, options.partnerKey),
		code: (body) => (body && typeof body === 'object' ? Number(body.code ?? 0) : 0),
		reset: (sim) => sim.window.clear(),
		facts: (sim) => ({ rateLimit: sim.rateLimit }),
	},
};

const sims = new Map();

function freshStats() {
	return { requests: 0, byPath: {}, errors: 0, errorCodes: {}, throttled: 0, starts: [], serverMs: 0, connections: 0 };
}

/**
 * Starts the simulator. If the base class's request handler is an ordinary method named `handle` and the
 * vendor class has a method of the same name (HongTuSimulator, before SimulatorServer made its handler an
 * ES private name), the vendor method would replace it: the server is then started with the base handler.
 */
async function listen(sim) {
	const base = SimulatorServer.prototype.handle;
	if (typeof base !== 'function' || sim.handle === base) return await sim.start();
	const server = http.createServer((req, res) => void base.call(sim, req, res));
	server.keepAliveTimeout = 1000;
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	sim.server = server;
}

async function start({ vendor, options = {}, recordStarts = false }) {
	const spec = VENDORS[vendor];
	const sim = spec.create(options);
	const entry = { sim, spec, stats: freshStats(), recordStarts, archive: spec.archivePath ? new Map() : undefined };
	const route = sim.route.bind(sim);
	const throttle = sim.throttleResponse.bind(sim);
	sim.throttleResponse = () => {
		entry.stats.throttled++;
		return throttle();
	};
	sim.route = async (request) => {
		const stats = entry.stats;
		stats.requests++;
		stats.byPath[request.path] = (stats.byPath[request.path] ?? 0) + 1;
		if (entry.recordStarts) stats.starts.push(Date.now());
		const begun = process.hrtime.bigint();
		const response = await route(request);
		stats.serverMs += Number(process.hrtime.bigint() - begun) / 1e6;
		const code = response.status === 200 ? spec.code(response.body) : response.status;
		if (code !== 0) {
			stats.errors++;
			stats.errorCodes[code] = (stats.errorCodes[code] ?? 0) + 1;
		}
		sim.requests.length = 0;
		if (Array.isArray(sim.checks)) sim.checks.length = 0;
		if (entry.archive && !entry.keepPersons && request.path === spec.archivePath) {
			for (const [uuid, person] of sim.persons) entry.archive.set(uuid, person);
			sim.persons.clear();
		}
		return response;
	};
	await listen(sim);
	// SimulatorServer keeps idle connections 1 s, and announces it ("Keep-Alive: timeout=1"); Node's HTTP
	// client keeps a socket only for the announced time minus 1 s, so it would open a new connection for
	// every request. Vendors' servers keep connections for tens of seconds (nginx: 75 s): so does the bench.
	sim.server.keepAliveTimeout = Number(process.env.BENCH_KEEP_ALIVE_MS ?? 65_000);
	sim.server.on('connection', () => entry.stats.connections++);
	sims.set(vendor, entry);
	return { url: sim.url };
}

function reset({ vendor, recordStarts, latencyMs = 0, maxConcurrent = 0, keepPersons = false }) {
	const entry = sims.get(vendor);
	// a sync reads what the box holds: its persons stay in the box's table (no archive)
	entry.keepPersons = keepPersons;
	entry.stats = freshStats();
	// a vendor across a network rather than on loopback: every answer `latencyMs` late, at most
	// `maxConcurrent` requests served at once (the others wait), as SimulatorServer.setDistance describes
	entry.sim.setDistance({ delayMs: latencyMs || undefined, maxConcurrent: maxConcurrent || undefined });
	if (recordStarts !== undefined) entry.recordStarts = recordStarts;
	entry.spec.reset?.(entry.sim, entry);
	return {};
}

/** A simulator's records as a scenario starts from them (the vendors whose table says how). */
function seed({ vendor, count }) {
	const entry = sims.get(vendor);
	if (!entry.spec.seed) throw new Error(`no seeding for ${vendor}`);
	return entry.spec.seed(entry.sim, entry, count);
}

function stats({ vendor }) {
	const entry = sims.get(vendor);
	return { ...entry.stats, peakConcurrent: entry.sim.peakConcurrent, ...entry.spec.facts?.(entry.sim, entry) };
}

async function stopAll() {
	for (const { sim } of sims.values()) await sim.stop();
	sims.clear();
	return {};
}

const commands = { start, reset, seed, stats, stop: stopAll };

process.on('message', async ({ id, cmd, args }) => {
	try {
		const result = await commands[cmd](args ?? {});
		process.send({ id, result });
	} catch (error) {
		process.send({ id, error: String(error?.stack ?? error) });
	}
});
process.on('disconnect', () => void stopAll().then(() => process.exit(0)));
process.send({ ready: true });
