'use strict';
/**
 * One measured run, in a fresh process (forked by bench/run.js) so that its peak memory is its own.
 * argv[2]: JSON { scenario, variant, n, urls, ... }. Sends back { wallMs, items, peakRssMb, ... }.
 * The simulators run in another process (sim-host.js); the orchestrator reads their counters.
 */
const { ROOT } = require('./register');
const http = require('node:http');
const path = require('node:path');

const { runChain, runGraph } = require('./workflow');
const { signedHeaders } = require('./hongtu-sign');

const HTTP_REQUEST = path.join(ROOT, '.cache/bench-deps/node_modules/n8n-nodes-base/dist/nodes/HttpRequest/HttpRequest.node.js');

const HONGTU = { appKey: 'appkey1', secret: 'sdfajk3242324fa!djq7' };
const HAOYI = { unionid: 'bench-admin-unionid-5e1c' };
const BAIJIAYUN = { partnerId: '37102096', partnerKey: 'bench-partner-key' };

const task = JSON.parse(process.argv[2]);

// ── memory: peak RSS and heap sampled during the measured part ───────────────
const memory = { peakRss: 0, peakHeap: 0, baselineRss: 0, baselineHeap: 0 };
function sample() {
	const m = process.memoryUsage();
	memory.peakRss = Math.max(memory.peakRss, m.rss);
	memory.peakHeap = Math.max(memory.peakHeap, m.heapUsed);
}
let sampler;
/** Tells the orchestrator the warm-up is over (it notes the simulator's counters) and waits for its go. */
function warmedUp() {
	return new Promise((resolve) => {
		process.once('message', resolve);
		process.send({ warmedUp: true });
	});
}

async function measure(fn) {
	await warmedUp();
	global.gc?.();
	const m = process.memoryUsage();
	memory.baselineRss = m.rss;
	memory.baselineHeap = m.heapUsed;
	memory.peakRss = m.rss;
	memory.peakHeap = m.heapUsed;
	sampler = setInterval(sample, 20);
	const started = process.hrtime.bigint();
	const outcome = await fn();
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	clearInterval(sampler);
	sample();
	return { wallMs, ...outcome };
}

const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;

// ── n8n pieces ─────────────────────────────────────────────────────────────
const { TestCredentialsHelper } = require('../../test/harness/CredentialsHelper.ts');

function httpRequestNode(name, parameters, credentials = {}) {
	const { HttpRequest } = require(HTTP_REQUEST);
	// n8n only lets its own HTTP Request node use any credential type ("predefined credential type"), by type name
	return { name, type: new HttpRequest(), typeName: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, parameters: { options: {}, ...parameters }, credentials };
}

function hongTuCredentials() {
	const { HongTuApi } = require('../../credentials/HongTuApi.credentials.ts');
	const type = new HongTuApi();
	const credentials = new TestCredentialsHelper({ hongTuApi: type });
	credentials.set('hongTuApi', { baseUrl: task.urls.hongtu, cappkey: HONGTU.appKey, secret: HONGTU.secret });
	return credentials;
}

function hongTuNode(parameters, typeVersion = 1) {
	const { HongTu } = require('../../nodes/HongTu/HongTu.node.ts');
	return { name: 'Megvii HongTu', type: new HongTu(), typeVersion, parameters, credentials: { hongTuApi: true } };
}

/**
 * The floor inside n8n: a minimal node that reads each item's uuid with the same expression, sends the
 * call with n8n's own request helper (httpRequestWithAuthentication, the HongTu credential signing) and
 * parses the answer — no engine, no validation, no retries. The node's overhead over the raw client splits into this and the engine's own.
 */
function helperNode(url) {
	return {
		name: 'Helper Floor',
		typeName: 'bench.helperFloor',
		credentials: { hongTuApi: true },
		parameters: { uuid: '={{ $json.uuid }}' },
		type: {
			description: {
				displayName: 'Helper Floor', name: 'helperFloor', group: ['transform'], version: 1, description: '', defaults: { name: 'Helper Floor' },
				inputs: ['main'], outputs: ['main'], credentials: [{ name: 'hongTuApi', required: true }],
				properties: [{ displayName: 'UUID', name: 'uuid', type: 'string', default: '' }],
			},
			async execute() {
				const out = [];
				const items = this.getInputData();
				for (let i = 0; i < items.length; i++) {
					// the uuid comes from the same expression as the node's, evaluated by n8n per item
					const uuid = this.getNodeParameter('uuid', i);
					const response = await this.helpers.httpRequestWithAuthentication.call(this, 'hongTuApi', {
						method: 'POST', url: `${url}/v1/api/person/query`, body: { uuid }, returnFullResponse: true, ignoreHttpStatusErrors: true,
					});
					const envelope = typeof response.body === 'string' ? JSON.parse(response.body) : response.body;
					if (envelope.code !== 0) throw new Error(`code ${envelope.code}`);
					out.push({ json: envelope.data, pairedItem: { item: i } });
				}
				return [out];
			},
		},
	};
}

const people = (n, prefix) => Array.from({ length: n }, (_, i) => ({ json: { name: `Student ${prefix}${i}`, code: `${prefix}${i}` } }));

function check(result, expected) {
	if (result.error) throw new Error(`execution failed: ${result.error.message} ${result.error.description ?? ''}`);
	if (result.items.length !== expected) throw new Error(`expected ${expected} output items, got ${result.items.length}`);
	const failed = result.items.filter((i) => i.json.error !== undefined || (i.json.code !== undefined && i.json.code !== 0 && typeof i.json.code === 'number'));
	if (failed.length) throw new Error(`${failed.length} items answered with an error, first: ${JSON.stringify(failed[0].json).slice(0, 300)}`);
}

// ── scenarios ──────────────────────────────────────────────────────────────
const scenarios = {
	/** 1. Batch import: Batch Add Persons vs the HTTP Request node posting one person per call. */
	async batchImport() {
		if (task.variant === 'node' || task.variant === 'nodeAutoMap') {
			const credentials = hongTuCredentials(false);
			// version 1 maps each field with an expression; version 2's Columns read the items as they are
			const parameters =
				task.variant === 'node'
					? { resource: 'person', operation: 'batchAdd', name: '={{ $json.name }}', type: 1, additionalFields: { code: '={{ $json.code }}' } }
					: { resource: 'person', operation: 'batchAdd', columns: { mappingMode: 'autoMapInputData', value: null } };
			if (task.parallelRequests) parameters.requestOptions = { parallelRequests: task.parallelRequests };
			const node = hongTuNode(parameters, task.variant === 'node' ? 1 : 2);
			const rows = (n, prefix) => (task.variant === 'node' ? people(n, prefix) : people(n, prefix).map(({ json }) => ({ json: { ...json, type: 'Employee' } })));
			check(await runChain({ nodes: [node], items: rows(5, 'warm'), credentials }), 5);
			return await measure(async () => {
				const result = await runChain({ nodes: [node], items: rows(task.n, 'E'), credentials });
				check(result, task.n);
				return { items: result.items.length };
			});
		}
		const credentials = hongTuCredentials();
		const node = httpRequestNode(
			'HTTP Request',
			{
				method: 'POST',
				url: `${task.urls.hongtu}/v1/api/person/batchAdd`,
				authentication: 'predefinedCredentialType',
				nodeCredentialType: 'hongTuApi',
				sendBody: true,
				contentType: 'json',
				specifyBody: 'json',
				jsonBody: '={{ JSON.stringify({ personList: [{ name: $json.name, type: 1, code: $json.code }] }) }}',
			},
			{ hongTuApi: true },
		);
		// a bounded number of requests in flight: Items per Batch requests, then Batch Interval ms before the next
		if (task.batching) node.parameters.options = { batching: { batch: task.batching } };
		const warm = await runChain({ nodes: [node], items: people(5, 'warm'), credentials });
		check(warm, 5);
		// The HTTP Request node has no per-item retry: a careful workflow lets failed items continue
		// ("On Error: Continue") and sends them again. Here: one more pass for the items that failed.
		node.onError = 'continueRegularOutput';
		return await measure(async () => {
			const input = people(task.n, 'E');
			const first = await runChain({ nodes: [node], items: input, credentials });
			if (first.error) throw new Error(`execution failed: ${first.error.message}`);
			const failed = first.items.map((item, i) => (item.json.error !== undefined ? i : -1)).filter((i) => i >= 0);
			let retried = [];
			if (failed.length) {
				const second = await runChain({ nodes: [node], items: failed.map((i) => input[i]), credentials });
				check(second, failed.length);
				retried = second.items;
			}
			const answers = [...first.items.filter((item) => item.json.error === undefined), ...retried];
			if (answers.length !== task.n) throw new Error(`expected ${task.n} answers, got ${answers.length}`);
			const notAdded = answers.filter((i) => i.json.code !== 0 || (i.json.data?.failures ?? []).length > 0);
			if (notAdded.length) throw new Error(`${notAdded.length} persons not added, first: ${JSON.stringify(notAdded[0].json).slice(0, 300)}`);
			return { items: answers.length, retriedItems: failed.length, retryErrors: [...new Set(failed.map((i) => String(first.items[i].json.error).slice(0, 120)))] };
		});
	},

	/** 2. Per-call overhead: Get Person through the node vs a plain signed loop on node:http (the floor). */
	async perCall() {
		const uuids = Array.from({ length: task.n }, (_, i) => `p${String(i % task.seeded).padStart(31, '0')}`);
		if (task.variant === 'node') {
			const credentials = hongTuCredentials(false);
			const node = hongTuNode({ resource: 'person', operation: 'get', uuid: '={{ $json.uuid }}' });
			check(await runChain({ nodes: [node], items: uuids.slice(0, 5).map((uuid) => ({ json: { uuid } })), credentials }), 5);
			return await measure(async () => {
				const result = await runChain({ nodes: [node], items: uuids.map((uuid) => ({ json: { uuid } })), credentials });
				check(result, task.n);
				return { items: result.items.length };
			});
		}
		if (task.variant === 'httpRequest') {
			const credentials = hongTuCredentials();
			const node = httpRequestNode(
				'HTTP Request',
				{
					method: 'POST',
					url: `${task.urls.hongtu}/v1/api/person/query`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'hongTuApi',
					sendBody: true,
					contentType: 'json',
					specifyBody: 'json',
					jsonBody: '={{ JSON.stringify({ uuid: $json.uuid }) }}',
				},
				{ hongTuApi: true },
			);
			check(await runChain({ nodes: [node], items: uuids.slice(0, 5).map((uuid) => ({ json: { uuid } })), credentials }), 5);
			return await measure(async () => {
				const result = await runChain({ nodes: [node], items: uuids.map((uuid) => ({ json: { uuid } })), credentials });
				check(result, task.n);
				return { items: result.items.length };
			});
		}
		if (task.variant === 'helper') {
			const credentials = hongTuCredentials(false);
			const node = helperNode(task.urls.hongtu);
			check(await runChain({ nodes: [node], items: uuids.slice(0, 5).map((uuid) => ({ json: { uuid } })), credentials }), 5);
			return await measure(async () => {
				const result = await runChain({ nodes: [node], items: uuids.map((uuid) => ({ json: { uuid } })), credentials });
				check(result, task.n);
				return { items: result.items.length };
			});
		}
		// the floor: sign, send, parse, one call after the other, with Node's own HTTP client; 'floor' keeps
		// the connection open (Node's default agent does), 'floorNewConnection' opens one per call
		const agent = task.variant === 'floor' ? new http.Agent({ keepAlive: true, maxSockets: 1 }) : false;
		const base = new URL(task.urls.hongtu);
		const call = (uuid) =>
			new Promise((resolve, reject) => {
				const body = JSON.stringify({ uuid });
				const uri = '/v1/api/person/query';
				const headers = signedHeaders({ uri, method: 'POST', body, ...HONGTU });
				const req = http.request({ host: base.hostname, port: base.port, path: uri, method: 'POST', headers: { ...headers, 'Content-Length': Buffer.byteLength(body) }, agent }, (res) => {
					const chunks = [];
					res.on('data', (c) => chunks.push(c));
					res.on('end', () => {
						const envelope = JSON.parse(Buffer.concat(chunks).toString('utf8'));
						if (res.statusCode !== 200 || envelope.code !== 0) reject(new Error(`HTTP ${res.statusCode} code ${envelope.code}`));
						else resolve(envelope.data);
					});
				});
				req.on('error', reject);
				req.end(body);
			});
		for (const uuid of uuids.slice(0, 5)) await call(uuid);
		return await measure(async () => {
			const out = [];
			for (const uuid of uuids) out.push({ json: await call(uuid) });
			if (out.length !== task.n) throw new Error('missing answers');
			return { items: out.length };
		});
	},

	/** 3. Return All over `n` persons at the largest page size. */
	async returnAll() {
		const credentials = hongTuCredentials(false);
		const node = hongTuNode({ resource: 'person', operation: 'list', returnAll: true, ...(task.parallelRequests ? { requestOptions: { parallelRequests: task.parallelRequests } } : {}) });
		const warm = await runChain({ nodes: [{ ...node, parameters: { resource: 'person', operation: 'list', returnAll: false, limit: 10 } }], items: [{ json: {} }], credentials });
		check(warm, 10);
		return await measure(async () => {
			const result = await runChain({ nodes: [node], items: [{ json: {} }], credentials });
			check(result, task.n);
			return { items: result.items.length };
		});
	},

	/** 4. Token reuse: `executions` executions of `perExecution` items each, HaoYi Get Camera Status. */
	async tokenReuse() {
		const items = Array.from({ length: task.perExecution }, () => ({ json: { camera: 1 } }));
		if (task.variant === 'node') {
			const { HaoYiApi } = require('../../credentials/HaoYiApi.credentials.ts');
			const { HaoYi } = require('../../nodes/HaoYi/HaoYi.node.ts');
			const credentials = new TestCredentialsHelper({ haoYiApi: new HaoYiApi() });
			credentials.set('haoYiApi', { baseUrl: task.urls.haoyi, unionid: HAOYI.unionid, accessToken: '' });
			const node = { name: 'HaoYi', type: new HaoYi(), parameters: { resource: 'camera', operation: 'getStatus', cameraId: '={{ $json.camera }}' }, credentials: { haoYiApi: true } };
			return await measure(async () => {
				let count = 0;
				for (let e = 0; e < task.executions; e++) {
					const result = await runChain({ nodes: [node], items, credentials });
					check(result, task.perExecution);
					count += result.items.length;
				}
				return { items: count, preAuthenticationRuns: credentials.preAuthenticationRuns };
			});
		}
		// naive workflow: one HTTP Request asks for a token, a second one calls with it, for every item
		const credentials = new TestCredentialsHelper({});
		const token = httpRequestNode('Get Token', {
			method: 'GET',
			url: `${task.urls.haoyi}/api/v1/access_token`,
			sendQuery: true,
			queryParameters: { parameters: [{ name: 'unionid', value: HAOYI.unionid }] },
		});
		const status = httpRequestNode('Get Camera Status', {
			method: 'GET',
			url: `${task.urls.haoyi}/api/v1/get_camera_status`,
			sendQuery: true,
			queryParameters: { parameters: [{ name: 'camera_id', value: '1' }, { name: 'token', value: '={{ $json.token }}' }] },
		});
		return await measure(async () => {
			let count = 0;
			for (let e = 0; e < task.executions; e++) {
				const result = await runChain({ nodes: [token, status], items, credentials });
				check(result, task.perExecution);
				const bad = result.items.filter((i) => i.json.err_code !== 0);
				if (bad.length) throw new Error(`${bad.length} calls failed: ${JSON.stringify(bad[0].json)}`);
				count += result.items.length;
			}
			return { items: count };
		});
	},

	/** 5. Rate-limited vendor: `n` Baijiayun calls in one execution, no retries allowed. */
	async rateLimited() {
		const { BaijiayunApi } = require('../../credentials/BaijiayunApi.credentials.ts');
		const { Baijiayun } = require('../../nodes/Baijiayun/Baijiayun.node.ts');
		const credentials = new TestCredentialsHelper({ baijiayunApi: new BaijiayunApi() });
		credentials.set('baijiayunApi', { environment: 'baseUrl', baseUrl: task.urls.baijiayun, partnerId: BAIJIAYUN.partnerId, partnerKey: BAIJIAYUN.partnerKey });
		// one execution, or several at once on the same account (two workflows of one n8n process)
		const executions = task.executions ?? 1;
		const node = () => ({
			name: 'Baijiayun',
			type: new Baijiayun(),
			parameters: { resource: 'schedule', operation: 'list', roomId: '={{ $json.room }}', returnAll: true, requestOptions: { maxRetries: 0 } },
			credentials: { baijiayunApi: true },
		});
		const items = (e) => Array.from({ length: task.n }, (_, i) => ({ json: { room: String(e * task.n + i + 1) } }));
		return await measure(async () => {
			const results = await Promise.all(Array.from({ length: executions }, (_, e) => runChain({ nodes: [node()], items: items(e), credentials })));
			const failed = results.find((result) => result.error);
			if (failed) throw new Error(`execution failed: ${failed.error.message}`);
			// the rooms have no lessons: the figure counts calls, not output items
			return { items: task.n * executions, outputItems: results.reduce((sum, result) => sum + result.items.length, 0) };
		});
	},
};

/**
 * 9. The nightly roster sync: `task.n` persons on the box (seeded: Student i, S<i>, phone), a roster of the same
 * with 1 % changed (a phone number changed every 200th row, every 400th person left, as many new rows).
 */
function rosterRows(n) {
	const rows = [];
	for (let i = 0; i < n; i++) {
		if (i % 400 === 0) continue;
		const phone = i % 200 === 100 ? `1390000${String(i).padStart(4, '0')}` : `1380000${String(i).padStart(4, '0')}`;
		rows.push({ json: { name: `Student ${i}`, code: `S${i}`, phone } });
	}
	for (let j = 0; j < Math.ceil(n / 400); j++) rows.push({ json: { name: `New Student ${j}`, code: `N${j}`, phone: `1370000${String(j).padStart(4, '0')}` } });
	return rows;
}

scenarios.rosterSync = async function rosterSync() {
	const credentials = hongTuCredentials(false);
	const fields = { code: '={{ $json.code }}', phone: '={{ $json.phone }}' };
	const rows = rosterRows(task.n);
	if (task.variant === 'sync') {
		const node = hongTuNode({ resource: 'person', operation: 'sync', matchOn: 'code', absentRecords: 'remove', name: '={{ $json.name }}', type: 1, additionalFields: fields });
		return await measure(async () => {
			const result = await runChain({ nodes: [node], items: rows, credentials });
			if (result.error) throw new Error(`execution failed: ${result.error.message}`);
			const actions = {};
			for (const item of result.items) actions[item.json.action] = (actions[item.json.action] ?? 0) + 1;
			return { items: rows.length, actions };
		});
	}
	// the same job from this package's Search (Return All), n8n's Compare Datasets and Batch Add / Update / Batch Delete
	const { CompareDatasets } = require(path.join(ROOT, '.cache/bench-deps/node_modules/n8n-nodes-base/dist/nodes/CompareDatasets/CompareDatasets.node.js'));
	const hongTu = (name, parameters, extra = {}) => ({ ...hongTuNode(parameters), name, ...extra });
	const nodes = [
		hongTu('Box Persons', { resource: 'person', operation: 'list', returnAll: true, type: 1 }, { executeOnce: true }),
		{
			name: 'Compare Datasets',
			type: new CompareDatasets(),
			typeName: 'n8n-nodes-base.compareDatasets',
			typeVersion: 2.3,
			// the box's own fields must be skipped, or every person differs; a mix keeps the box's uuid and the roster's values
			parameters: { mergeByFields: { values: [{ field1: 'code', field2: 'code' }] }, resolve: 'mix', preferWhenMix: 'input1', exceptWhenMix: 'uuid', options: { skipFields: 'uuid,type,orgUuid,groupList' } },
		},
		hongTu('Batch Add', { resource: 'person', operation: 'batchAdd', name: '={{ $json.name }}', type: 1, additionalFields: fields }),
		hongTu('Update', { resource: 'person', operation: 'update', uuid: { __rl: true, mode: 'id', value: '={{ $json.uuid }}' }, additionalFields: { phone: '={{ $json.phone }}' } }),
		hongTu('Batch Delete', { resource: 'person', operation: 'batchDelete', uuidList: '={{ $json.uuid }}' }),
	];
	const links = [
		['input', 0, 'Compare Datasets', 0],
		['input', 0, 'Box Persons', 0],
		['Box Persons', 0, 'Compare Datasets', 1],
		['Compare Datasets', 0, 'Batch Add', 0],
		['Compare Datasets', 2, 'Update', 0],
		['Compare Datasets', 3, 'Batch Delete', 0],
	];
	return await measure(async () => {
		const result = await runGraph({ nodes, links, items: rows, credentials });
		if (result.error) throw new Error(`execution failed: ${result.error.message}`);
		const count = (name) => result.runData[name]?.[0]?.data?.main?.[0]?.length ?? 0;
		return { items: rows.length, actions: { created: count('Batch Add'), updated: count('Update'), removed: count('Batch Delete') } };
	});
};

scenarios[task.scenario]()
	.then((outcome) => {
		const usage = process.resourceUsage();
		process.send({
			ok: true,
			...outcome,
			peakRssMb: mb(memory.peakRss),
			baselineRssMb: mb(memory.baselineRss),
			peakHeapMb: mb(memory.peakHeap),
			baselineHeapMb: mb(memory.baselineHeap),
			maxRssMb: Math.round(usage.maxRSS / 102.4) / 10,
			cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
		});
	})
	.catch((error) => process.send({ ok: false, error: String(error?.stack ?? error) }))
	// n8n-core may leave handles open after a failed execution: the answer is sent, the run is over
	.finally(() => process.disconnect())
	.finally(() => process.exit(0));
