#!/usr/bin/env node
// End-to-end tests of the packed package inside a real n8n (2.40.7 on Node 24, from the runtime cache):
//   1. npm pack → installed as n8n installs community packages; n8n lists every node and credential
//   2. every example workflow imported and executed through n8n's REST API against the simulators
//   3. webhook triggers activated; the simulators send signed callbacks to n8n's production URLs
//   4. HongTu's push subscription: test listening gives it back, a second workflow is refused; each webhook
//      trigger's sample event ends a test listening; bursts of callbacks into every webhook trigger and n8n's
//      Webhook node: nothing lost, repeats dropped; under lazy isolate acquisition the triggers' deliveries take
//      no expression isolate (n8n's /metrics), a version-1 trigger's do (the control)
//   5. a real browser (Debian chromium + playwright-core): editor, node panel, resource/operation lists
//   6. queue mode: redis-server + n8n main + one n8n worker
//   7. scaling mode (scaling.mjs): PostgreSQL, Redis, n8n main, two webhook processes behind nginx, two workers:
//      a burst through nginx, the HongTu subscription registered from main, repeats across webhook processes,
//      Baijiayun's rate limit across workers
//   8. the newest n8n 1.x (on the machine's Node 20): nodes, credential tests, examples, triggers, sample
//      events, a burst, scaling mode
// Installs what it needs (apt: chromium, redis-server, nginx, postgresql; the n8n runtime cache) and stops
// everything it starts.
//
//   node scripts/e2e/run.mjs [--only nodes,examples,triggers,polling,listening,samples,burst,isolates,browser,queue,scaling,v1] [--update-screenshots]
//     --only v1 runs every group of the 1.x line; named with other groups (--only samples,v1) only those
//     --update-screenshots  also write the README's editor screenshots in docs/ (playground-editor, playground-node, fields, columns, columns-below and the pickers' checks)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {
	CACHE,
	cleanupAll,
	ensureRuntime,
	installPackage,
	log,
	N8N_VERSION,
	N8nApi,
	executionError,
	nodeOutput,
	packageTriggers,
	packPackage,
	productionWebhookUrl,
	provision,
	registerCleanup,
	ROOT,
	runManually,
	startN8n,
	startSimulators,
	useLine,
	waitForN8n,
	waitForNewExecution,
	waitForWebhook,
} from '../playground/lib.mjs';
import { eventually, exampleChecks, hongTuSubscriptionCheck, pollingChecks, sampleEventCheck, triggerChecks } from './checks.mjs';
import { browserCheck, columnsCheck, fieldsCheck } from './browser.mjs';
import { editorPickTests } from './editorPicks.mjs';
import { burstTargets, runBurst } from './burst.mjs';
import { ISOLATES_ENV, isolatesCheck } from './isolates.mjs';
import { queueModeCheck } from './queue.mjs';
import { scalingTests } from './scaling.mjs';

const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1].split(',')) : undefined;
const wanted = (name) => !only || only.has(name);
/** the burst every webhook trigger must take in the tests (the bench sends 2,000) */
const BURST = { count: 300, inFlight: 20, repeats: 100, twins: 20 };

const PORT = Number(process.env.E2E_N8N_PORT ?? 5690);
const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 5801);
// scaling mode's processes (scaling.mjs scalingPorts): 13 ports from here on 2.x, from here + 30 on 1.x
const SCALING_PORT = Number(process.env.E2E_SCALING_PORT ?? 6100);
const WORK = path.join(path.dirname(CACHE), 'e2e');
const results = [];

async function test(name, fn) {
	const t0 = Date.now();
	try {
		const detail = await fn();
		results.push({ name, ok: true, ms: Date.now() - t0, detail });
		log(`PASS ${name}${detail ? ` — ${detail}` : ''}`);
	} catch (error) {
		results.push({ name, ok: false, ms: Date.now() - t0, detail: error.message });
		log(`FAIL ${name}\n         ${String(error.stack ?? error.message).split('\n').slice(0, 6).join('\n         ')}`);
	}
}

function assert(condition, message) {
	if (!condition) throw new Error(message);
}

/** Debian packages the wanted groups need (chromium, redis-server): installed with apt-get when missing. */
function ensureAptPackages() {
	const needed = [
		['chromium', '/usr/bin/chromium', 'browser'],
		['redis-server', '/usr/bin/redis-server', 'queue'],
		['fonts-noto-cjk', '/usr/share/fonts/opentype/noto', 'browser'],
		// scaling mode installs its own (nginx, redis-server; postgresql in postgres.mjs)
	].filter(([, file, group]) => wanted(group) && !fs.existsSync(file));
	if (!needed.length) return;
	const names = needed.map(([name]) => name);
	log(`installing Debian packages: ${names.join(' ')}`);
	const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
	const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const runApt = (args) => {
		const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
		const r = spawnSync(cmd, rest, { stdio: ['ignore', 'ignore', 'pipe'], env: aptEnv, encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed: ${r.stderr?.slice(-800)}`);
	};
	runApt(['update']);
	runApt(['install', '-y', '--no-install-recommends', ...names]);
}

/** Names of the package's nodes and credentials, from the built classes listed in package.json's n8n section. */
async function packageTypes(pkg) {
	const { createRequire } = await import('node:module');
	const require = createRequire(path.join(ROOT, 'package.json'));
	const load = (file) => {
		const exports = require(path.join(ROOT, file));
		return Object.values(exports)
			.filter((v) => typeof v === 'function' && /^class\b/.test(Function.prototype.toString.call(v)))
			.map((Class) => new Class());
	};
	return {
		nodes: pkg.n8n.nodes.flatMap(load).map((n) => ({ name: n.description.name, displayName: n.description.displayName, webhook: !!n.description.webhooks?.length, polling: !!n.description.polling })),
		credentials: pkg.n8n.credentials.flatMap(load).map((c) => ({ name: c.name, displayName: c.displayName })),
	};
}

/**
 * The tests of one n8n line: the packed package installed into a fresh user folder, simulators started fresh,
 * n8n started, then each group of tests. `label` prefixes the test names of lines other than the main one.
 */
async function lineSuite({ tarball, label = '', port, simPort, scalingPort, work, groups }) {
	const named = (name) => (label ? `[${label}] ${name}` : name);
	const want = (group) => groups.includes(group);
	const userFolder = path.join(work, 'user');
	const pkg = installPackage(userFolder, tarball);
	const sims = await startSimulators(simPort);
	registerCleanup(sims.stop);
	if (groups.every((group) => group === 'scaling')) {
		// scaling mode has its own processes and database: no regular-mode n8n needed
		await scalingTests({ test: (name, fn) => test(named(name), fn), tarball, packageName: pkg.name, sims, basePort: scalingPort, workDir: path.join(work, 'scaling') });
		await sims.stop();
		return;
	}
	// the isolates check needs n8n with metrics and lazy isolate acquisition, which the other groups must not run
	// under: with them it gets an n8n of its own afterwards; alone (--only isolates) the one n8n has its settings
	const isolatesAlone = want('isolates') && groups.every((group) => group === 'isolates' || group === 'queue');
	log(`starting n8n ${N8N_VERSION} (regular mode${isolatesAlone ? ', metrics, lazy isolate acquisition' : ''}) on http://127.0.0.1:${port}`);
	const n8n = startN8n({ userFolder, port, env: isolatesAlone ? ISOLATES_ENV : {}, logFile: path.join(work, 'logs', 'n8n-main.log') });
	await waitForN8n(n8n);
	const api = new N8nApi(n8n.url);
	const { credentialsByType, imported } = await provision(api, sims);
	const types = await packageTypes(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')));

	if (want('nodes')) {
		await test(named('n8n lists every node and credential of the package (REST /types)'), async () => {
			const nodeTypes = await api.types('nodes');
			const credentialTypes = await api.types('credentials');
			const listedNodes = new Set(nodeTypes.map((t) => t.name));
			const listedCredentials = new Set(credentialTypes.map((t) => t.name));
			const missingNodes = types.nodes.filter((n) => !listedNodes.has(`${pkg.name}.${n.name}`)).map((n) => n.name);
			const missingCredentials = types.credentials.filter((c) => !listedCredentials.has(c.name)).map((c) => c.name);
			assert(!missingNodes.length, `nodes not loaded by n8n: ${missingNodes.join(', ')}`);
			assert(!missingCredentials.length, `credentials not loaded by n8n: ${missingCredentials.join(', ')}`);
			return `${types.nodes.length} nodes (${types.nodes.map((n) => n.displayName).join(', ')}), ${types.credentials.length} credentials`;
		});
		await test(named('each simulator credential passes its credential test inside n8n'), async () => {
			const done = [];
			for (const { entry, url } of sims.running.filter((r) => !r.skipped)) {
				const data = entry.credential.data(url);
				const { body } = await api.request('POST', '/rest/credentials/test', {
					credentials: { id: credentialsByType[entry.credential.type].id, name: entry.credential.name, type: entry.credential.type, data },
				});
				assert(body.status === 'OK', `${entry.credential.type}: ${JSON.stringify(body)}`);
				const wrong = await api.request('POST', '/rest/credentials/test', {
					credentials: { id: credentialsByType[entry.credential.type].id, name: entry.credential.name, type: entry.credential.type, data: { ...data, ...wrongSecret(data) } },
				});
				assert(wrong.body.status === 'Error', `${entry.credential.type} accepted a wrong secret: ${JSON.stringify(wrong.body)}`);
				done.push(entry.credential.type);
			}
			return done.join(', ');
		});
	}

	if (want('examples')) {
		for (const example of imported) {
			if (packageTriggers([example], sims, pkg.name).length) continue; // webhook triggers: in the trigger tests
			await test(named(`example ${example.file} runs in n8n against the simulators`), async () => {
				const execution = await runManually(api, example.id);
				assert(execution.status === 'success', `execution ${execution.id} ended ${execution.status}: ${describeError(execution)}`);
				const check = exampleChecks[example.file];
				assert(check, `no output check for ${example.file} in scripts/e2e/checks.mjs`);
				// a check may run the example again (e.g. a second sync that must write nothing)
				return await check({ execution, output: (node) => nodeOutput(execution, node), sims, runAgain: async () => await runManually(api, example.id) });
			});
		}
	}

	if (want('triggers')) {
		for (const t of packageTriggers(imported, sims, pkg.name)) {
			await test(named(`${t.example.file}: activated webhook trigger receives the simulator's callbacks`), async () => {
				const url = productionWebhookUrl(n8n.url, t.node, t.sim.entry.trigger.webhookPath);
				await api.activate(t.example.id);
				await waitForWebhook(url);
				const check = triggerChecks[t.example.file];
				assert(check, `no trigger check for ${t.example.file} in scripts/e2e/checks.mjs`);
				let detail;
				let failure;
				try {
					detail = await check({ api, url, workflowId: t.example.id, sim: t.sim.sim, entry: t.sim.entry, waitForNewExecution, output: nodeOutput });
				} catch (error) {
					failure = error;
				}
				// deactivation is checked whatever the callbacks did
				await api.deactivate(t.example.id);
				await eventually(async () => {
					const after = await fetch(url, { method: 'POST', body: '' });
					await after.text();
					assert(after.status === 404, `after deactivation the production URL answers ${after.status}, not 404`);
				});
				// vendors whose trigger subscribes on activation must have unsubscribed
				const subscriptions = t.sim.sim.subscriptions;
				if (subscriptions)
					await eventually(() => assert(![...subscriptions.values()].some((s) => s.pushUrl === url), `still subscribed after deactivation: ${JSON.stringify([...subscriptions.values()])}`));
				const after = `deactivated → 404${subscriptions ? ', unsubscribed' : ''}`;
				if (failure) throw new Error(`${failure.message}; ${after}`);
				return `${detail}; ${after}`;
			});
		}
	}

	if (want('polling')) {
		for (const example of imported) {
			const check = pollingChecks[example.file];
			if (!check) continue;
			await test(named(`${example.file}: activated polling trigger fires on a new record`), async () => {
				await api.activate(example.id);
				try {
					return await check({ api, workflowId: example.id, sims, waitForNewExecution, output: nodeOutput });
				} finally {
					await api.deactivate(example.id);
				}
			});
		}
	}

	if (want('listening')) {
		const hongtu = packageTriggers(imported, sims, pkg.name).find((t) => t.example.file === 'hongtu-visitor-pass-notification.json');
		await test(named('HongTu: listening for a test event gives the production subscription back; a second workflow on the app key does not take it'), async () =>
			await hongTuSubscriptionCheck({ api, baseUrl: n8n.url, example: hongtu.example, node: hongtu.node, sim: hongtu.sim.sim, entry: hongtu.sim.entry, credentialsByType, waitForNewExecution, output: nodeOutput }));
	}

	if (want('samples')) {
		for (const t of packageTriggers(imported, sims, pkg.name)) {
			await test(named(`${t.node.type.split('.').pop()}: "Send Sample Event When Listening" ends a test listening with the sample`), async () =>
				await sampleEventCheck({ api, example: t.example, node: t.node, vendor: t.sim.entry.vendor, sim: t.sim.sim, credentialsByType, waitForNewExecution, output: nodeOutput }));
		}
	}

	if (want('burst')) {
		for (const target of burstTargets({ packageName: pkg.name, sims, credentialsByType })) {
			await test(named(`burst: ${BURST.count} deliveries, ${BURST.inFlight} in flight → ${target.label}: none lost, repeats start nothing`), async () => {
				const r = await runBurst({ api, baseUrl: n8n.url, target, ...BURST });
				const detail = `${r.succeeded}/${r.sent} succeeded, ${r.error} error, ${r.stuck} stuck, ${r.missing} missing, ${r.answered200} answered 200; ${r.answersPerSecond}/s, p99 ${r.latencyMs.p99} ms${r.startedByRepeats === undefined ? '' : `; ${r.repeatsSent} repeats + ${r.twinsSent} simultaneous twins started ${r.startedByRepeats}`}`;
				assert(r.ok, detail);
				return detail;
			});
		}
	}

	if (want('browser')) {
		await test(named('editor in headless Chromium: node panel finds a vendor node, resource/operation lists render'), async () =>
			await browserCheck({
				baseUrl: n8n.url,
				workDir: work,
				// tracked screenshots change only on request: --update-screenshots
				screenshot: process.argv.includes('--update-screenshots')
					? path.join(ROOT, 'docs', 'playground-editor.png')
					: path.join(WORK, 'browser', 'editor.png'),
				workflowId: imported.find((e) => e.file === 'baijiayun-timetable-to-schedules.json').id,
			}));
		await test(named('editor in headless Chromium: HongTu › Attendance › Add Adjustment shows a dropdown and a person picker'), async () => {
			// a person of its own, whichever groups ran before
			const box = sims.running.find((r) => r.entry.vendor === 'hongtu').sim;
			box.persons.set('e1a1b2c3d4e5f60718293a4b5c6d7e8f', { uuid: 'e1a1b2c3d4e5f60718293a4b5c6d7e8f', name: 'Zhao Min', type: 1, code: 'T9002', groupList: [] });
			const workflow = await api.importWorkflow(
				{
					name: 'Browser: HongTu attendance adjustment',
					nodes: [
						{
							id: 'b7d4f3a2-0000-4000-8000-000000000001',
							name: 'Add Adjustment',
							type: `${pkg.name}.hongTu`,
							typeVersion: 2,
							position: [0, 0],
							parameters: { resource: 'attendance', operation: 'addAdjustment', adjustType: 2 },
							credentials: { hongTuApi: { id: '', name: 'HongTu (simulator)' } },
						},
					],
					connections: {},
				},
				credentialsByType,
			);
			return await fieldsCheck({
				baseUrl: n8n.url,
				workDir: work,
				screenshot: process.argv.includes('--update-screenshots') ? path.join(ROOT, 'docs', 'fields.png') : path.join(WORK, 'browser-fields', 'fields.png'),
				workflowId: workflow.id,
			});
		});
		await test(named('editor in headless Chromium: Person › Batch Add of the roster example shows Columns, mapped automatically'), async () =>
			await columnsCheck({
				baseUrl: n8n.url,
				workDir: work,
				screenshot: process.argv.includes('--update-screenshots') ? path.join(ROOT, 'docs', 'columns.png') : path.join(WORK, 'browser-columns', 'columns.png'),
				workflowId: imported.find((e) => e.file === 'hongtu-roster-batch-add-persons.json').id,
			}));
		await editorPickTests({
			test: (name, fn) => test(named(name), fn),
			api,
			baseUrl: n8n.url,
			workDir: work,
			screenshotDir: process.argv.includes('--update-screenshots') ? path.join(ROOT, 'docs') : path.join(WORK, 'browser-picks'),
			sims,
			credentialsByType,
			packageName: pkg.name,
		});
	}

	const isolatesTest = (instance, instanceApi) =>
		test(named('isolates: under lazy acquisition deliveries into each webhook trigger take no expression isolate, into a version-1 trigger one each (n8n /metrics)'), async () =>
			await isolatesCheck({ api: instanceApi, baseUrl: instance.url, packageName: pkg.name, sims, credentialsByType }));
	if (isolatesAlone) await isolatesTest(n8n, api);
	await n8n.stop();

	if (want('isolates') && !isolatesAlone) {
		// the same user folder (database, credentials, package), n8n started again with the check's settings
		log(`starting n8n ${N8N_VERSION} with metrics and lazy isolate acquisition on http://127.0.0.1:${port}`);
		const metered = startN8n({ userFolder, port, env: ISOLATES_ENV, logFile: path.join(work, 'logs', 'n8n-isolates.log') });
		try {
			await waitForN8n(metered);
			const meteredApi = new N8nApi(metered.url);
			await meteredApi.ownerLogin();
			await isolatesTest(metered, meteredApi);
		} finally {
			await metered.stop();
		}
	}

	if (want('queue')) {
		await test('queue mode: redis-server + n8n main + one worker run the package (webhook and trigger)', async () =>
			await queueModeCheck({ userFolder, port, workDir: work, pkg, sims, imported }));
	}
	if (want('scaling')) await scalingTests({ test: (name, fn) => test(named(name), fn), tarball, packageName: pkg.name, sims, basePort: scalingPort, workDir: path.join(work, 'scaling') });
	await sims.stop();
}

const t0 = Date.now();
let exitCode = 1;
try {
	ensureAptPackages();
	ensureRuntime();
	const tarball = packPackage();
	fs.rmSync(WORK, { recursive: true, force: true });
	// isolates: the 2.x line only (1.x has no vm expression engine)
	const mainGroups = ['nodes', 'examples', 'triggers', 'polling', 'listening', 'samples', 'burst', 'isolates', 'browser', 'queue', 'scaling'].filter(wanted);
	if (mainGroups.length) await lineSuite({ tarball, port: PORT, simPort: SIM_PORT, scalingPort: SCALING_PORT, work: WORK, groups: mainGroups });
	if (wanted('v1')) {
		// the same package in the newest n8n 1.x, which many self-hosted schools still run
		useLine('1.x');
		ensureRuntime();
		const v1Groups = ['nodes', 'examples', 'triggers', 'polling', 'samples', 'burst', 'scaling'];
		const named = v1Groups.filter((group) => only?.has(group));
		await lineSuite({ tarball, label: `n8n ${N8N_VERSION}`, port: PORT + 60, simPort: SIM_PORT + 20, scalingPort: SCALING_PORT + 30, work: path.join(WORK, 'v1'), groups: named.length ? named : v1Groups });
	}
	exitCode = results.every((r) => r.ok) ? 0 : 1;
} catch (error) {
	log(`e2e aborted: ${error.stack ?? error.message}`);
	results.push({ name: 'setup', ok: false, detail: error.message });
} finally {
	await cleanupAll();
	const passed = results.filter((r) => r.ok).length;
	console.log(`\n── end-to-end summary (${((Date.now() - t0) / 1000).toFixed(0)} s) ──`);
	for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${r.ms !== undefined ? `  (${(r.ms / 1000).toFixed(1)} s)` : ''}${r.ok ? '' : `\n      ${r.detail}`}`);
	console.log(`${passed}/${results.length} passed; logs in ${path.relative(ROOT, path.join(WORK, 'logs'))}`);
	process.exit(exitCode);
}

function wrongSecret(data) {
	const secretKey = Object.keys(data).find((k) => /key|secret|password|unionid/i.test(k));
	return secretKey ? { [secretKey]: `${data[secretKey]}-wrong` } : {};
}

function describeError(execution) {
	try {
		return executionError(execution).slice(0, 600);
	} catch {
		return String(execution.data).slice(0, 600);
	}
}
