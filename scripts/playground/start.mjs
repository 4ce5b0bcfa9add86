#!/usr/bin/env node
// `npm start`: n8n with this package installed as a community package, on its embedded SQLite, with every
// vendor simulator, an owner account, one credential per vendor and the example workflows.
// Everything lives in .cache/playground (the user's ~/.n8n is never touched). Ctrl-C stops it all.
//
//   node scripts/playground/start.mjs [--port 5678] [--sim-port 5701] [--distance lan|wan] [--fresh]
//     --distance  the simulators answer as a school-LAN box (2 ms) or a cloud service (50 ms) would, a few requests at once
//     --fresh     start from an empty n8n user folder (new database, owner, credentials, examples)
import fs from 'node:fs';
import path from 'node:path';

import {
	CACHE,
	cleanupAll,
	ensureRuntime,
	packageTriggers,
	productionWebhookUrl,
	installPackage,
	loadSimulatorRegistry,
	log,
	N8nApi,
	OWNER,
	packPackage,
	provision,
	registerCleanup,
	ROOT,
	startN8n,
	startSimulators,
	waitForN8n,
	waitForWebhook,
} from './lib.mjs';
import readline from 'node:readline';

function option(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
}
const port = Number(option('port', process.env.PLAYGROUND_PORT ?? 5678));
const simPort = Number(option('sim-port', process.env.PLAYGROUND_SIM_PORT ?? 5701));
const userFolder = path.join(CACHE, 'user');
const distanceName = option('distance', process.env.PLAYGROUND_DISTANCE);
const { DISTANCES } = loadSimulatorRegistry();
if (distanceName && !DISTANCES[distanceName]) throw new Error(`--distance takes ${Object.keys(DISTANCES).join(' or ')}, not "${distanceName}"`);

try {
	ensureRuntime();
	if (process.argv.includes('--fresh')) fs.rmSync(userFolder, { recursive: true, force: true });
	const tarball = packPackage();
	const pkg = installPackage(userFolder, tarball);

	const sims = await startSimulators(simPort, DISTANCES[distanceName]);
	registerCleanup(sims.stop);

	log(`starting n8n on http://127.0.0.1:${port} (log: ${path.relative(ROOT, path.join(CACHE, 'logs', 'n8n.log'))})`);
	const n8n = startN8n({ userFolder, port, logFile: path.join(CACHE, 'logs', 'n8n.log') });
	await waitForN8n(n8n);
	const api = new N8nApi(n8n.url);
	const { imported } = await provision(api, sims, { replace: false });

	// webhook-trigger examples are activated, so the simulators can call them right away
	// the HongTu box keeps one push subscription per app key: one push example is active (not the scaling-mode one)
	const pushes = new Set();
	const triggers = packageTriggers(imported, sims, pkg.name)
		.sort((a, b) => a.example.file.includes('scaling') - b.example.file.includes('scaling'))
		.filter((t) => {
			if (t.node.parameters?.source !== 'businessPush') return true;
			if (pushes.has(t.sim)) {
				log(`not activated (the box has one push subscription per app key, taken by another example): ${t.example.workflow.name}`);
				return false;
			}
			pushes.add(t.sim);
			return true;
		});
	for (const t of triggers) {
		await api.activate(t.example.id);
		t.url = productionWebhookUrl(n8n.url, t.node, t.sim.entry.trigger.webhookPath);
		await waitForWebhook(t.url);
		log(`activated: ${t.example.workflow.name} (production URL ${t.url})`);
	}
	const types = await api.types('nodes');
	const ours = types.filter((t) => t.name.startsWith(`${pkg.name}.`)).map((t) => t.displayName);
	const timetable = imported.find((e) => e.file.startsWith('baijiayun-timetable'));

	console.log(`
────────────────────────────────────────────────────────────────────────────
 n8n ${'with'} ${pkg.name}@${pkg.version} is running

   Editor     ${n8n.url}/
   Login      ${OWNER.email}  /  ${OWNER.password}
   Nodes      ${ours.join(', ')}
   Simulators ${sims.running.map((r) => `${r.url}  ${r.entry.displayName}: ${r.skipped ? 'no credential (vendor not in package.json yet)' : r.entry.demo}`).join('\n              ')}
   Examples   ${imported.map((e) => `${e.workflow.name}  ${n8n.url}/workflow/${e.id}`).join('\n              ')}

 Try first:
   1. Open ${timetable ? `"${timetable.workflow.name}"` : 'an example workflow'} and click "Execute workflow": the timetable
      becomes lessons of a Baijiayun room and the classroom devices are bound to it (in the simulator).
   2. Add a node: search "Baijiayun" in the node panel and pick any action; the credential
      "Baijiayun (simulator)" is already selected. Resource locators (Zone, Device) list the simulator's data.
   3. Callbacks: the webhook-trigger examples are active. Type  c  and Enter here: each simulator sends
      a callback to its trigger's production URL (Baijiayun: a new device appears; Gensee: a document
      finished transcoding); the executions show up under Overview → Executions.
   4. The other examples (Gensee chat export, HaoYi play URLs, Smart Classroom attendance report) run
      with "Execute workflow" against their simulators too.
 Data of this playground: ${path.relative(ROOT, userFolder)} (remove it or pass --fresh to start over).
 Ctrl-C stops n8n and the simulators.
────────────────────────────────────────────────────────────────────────────
`);
	const input = readline.createInterface({ input: process.stdin });
	input.on('line', async (line) => {
		if (line.trim().toLowerCase() !== 'c') return;
		if (!triggers.length) return log('no active trigger example');
		for (const t of triggers) {
			try {
				const answer = await t.sim.entry.trigger.sendDemoCallback(t.sim.sim, t.url);
				log(`${t.sim.entry.displayName}: ${answer.summary} → HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
			} catch (error) {
				log(`callback failed: ${error.message}`);
			}
		}
	});
	const { code, signal } = await n8n.exitPromise;
	log(`n8n exited (${code ?? signal})`);
	await cleanupAll();
	process.exit(code ?? 1);
} catch (error) {
	console.error(`\nplayground failed: ${error.message}`);
	await cleanupAll();
	process.exit(1);
}
