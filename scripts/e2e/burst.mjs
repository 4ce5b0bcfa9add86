// Bursts of callbacks into a real n8n, as a school gate sends them at the morning rush: each webhook trigger of
// the package and n8n's own Webhook node receive the same number of distinct deliveries, a few in flight at a
// time, and the executions n8n ends with are counted (succeeded / error / stuck / missing). Then repeats of
// delivered events, one after another and several at the same moment, must start nothing new.
// Used by the end-to-end tests (a small burst that fails on any loss) and by `npm run bench` (the full burst).
import { callbackSample } from './fixtures.mjs';
import { sleep } from '../playground/lib.mjs';

const id = (n) => `b0b5e000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A two-node workflow: the receiver, then a No Operation node (so each execution runs a node after the trigger). */
function receiverWorkflow(name, receiver) {
	return {
		name,
		nodes: [
			{ id: id(1), position: [0, 0], ...receiver },
			{
				id: id(2),
				name: 'Keep',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [240, 0],
				parameters: {},
			},
		],
		connections: { [receiver.name]: { main: [[{ node: 'Keep', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

/**
 * The receivers under test: how to build each one's workflow, its production URL, and how to send delivery `key`
 * (the way the vendor sends it: HongTu's business-data push, Baijiayun's signed form callback, Gensee's
 * transcoding callback). The package's triggers are at the version n8n gives a new workflow.
 */
export function burstTargets({ packageName, sims, credentialsByType }) {
	const simOf = (vendor) => sims.running.find((r) => r.entry.vendor === vendor);
	const credential = (type) => ({ [type]: credentialsByType[type] });
	const post = async (url, body, type) => {
		const response = await fetch(url, { method: 'POST', headers: { 'content-type': type }, body });
		return { status: response.status, body: await response.text() };
	};
	const passRecord = callbackSample('hongtu', 'busiPush5PassRecord');
	return [
		{
			key: 'webhookNode',
			label: "n8n's Webhook node",
			workflow: receiverWorkflow('Burst: n8n Webhook node', {
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				webhookId: id(101),
				parameters: { httpMethod: 'POST', path: 'burst-webhook-node', responseMode: 'onReceived', options: {} },
			}),
			url: (base) => `${base}/webhook/burst-webhook-node`,
			send: (url, key) => post(url, JSON.stringify({ busiType: '5', data: JSON.stringify({ ...passRecord, id: key }) }), 'application/json'),
		},
		triggerTarget({
			key: 'hongtu',
			label: 'Megvii HongTu Trigger (business-data push)',
			name: 'HongTu business-data push',
			node: { name: 'HongTu Push', type: `${packageName}.hongTuTrigger`, typeVersion: 2, webhookId: id(102), parameters: { source: 'businessPush', busiTypes: ['5'], options: {} }, credentials: credential('hongTuApi') },
			webhookPath: 'webhook',
			send: (url, key) => post(url, JSON.stringify({ busiType: '5', data: JSON.stringify({ ...passRecord, id: key }) }), 'application/json'),
		}),
		triggerTarget({
			key: 'baijiayun',
			label: 'Baijiayun Trigger (signed callback)',
			name: 'Baijiayun callback',
			node: { name: 'Baijiayun Callback', type: `${packageName}.baijiayunTrigger`, typeVersion: 2, webhookId: id(103), parameters: { events: ['deviceAdded'], options: {} }, credentials: credential('baijiayunApi') },
			webhookPath: 'webhook',
			send: (url, key) =>
				simOf('baijiayun').sim.sendCallback(url, { type: 'add_device', device_id: 7, device_unique: 'BURST', zone_id: 1, class_name: 'Room', address: 'A', user_role: 0, qid: key }),
		}),
		triggerTarget({
			key: 'gensee',
			label: 'Gensee Trigger (transcoding callback)',
			name: 'Gensee transcoding callback',
			node: { name: 'Gensee Callback', type: `${packageName}.genseeTrigger`, typeVersion: 2, webhookId: id(104), parameters: { statuses: ['ok', 'error'], options: {} }, credentials: credential('genseeApi') },
			webhookPath: 'transcode',
			send: (url, key) => simOf('gensee').sim.sendCallback(url, { gscoursewareId: key, gsstatus: 'ok' }),
		}),
	];
}

/** A package trigger as a burst target: its workflow, and its production URL <base>/webhook/<webhookId>/<path>. */
function triggerTarget({ key, label, name, node, webhookPath, send }) {
	return {
		key,
		label,
		typeVersion: node.typeVersion,
		nodeType: node.type,
		workflow: receiverWorkflow(`Burst: ${name}`, node),
		url: (base) => `${base}/webhook/${node.webhookId}/${webhookPath}`,
		webhookPath,
		send,
	};
}

/**
 * The same trigger target at another version, as a workflow saved with that version has it: a workflow and
 * webhook of its own, so that it never shares a production URL with the target it is made from.
 */
export function atVersion(target, typeVersion, webhookNumber) {
	const receiver = target.workflow.nodes[0];
	return triggerTarget({
		key: `${target.key}V${typeVersion}`,
		label: target.label.replace(/^(.*?Trigger)/, `$1 v${typeVersion}`),
		name: `${target.workflow.name.replace(/^Burst: /, '')} (v${typeVersion})`,
		node: { ...receiver, typeVersion, webhookId: id(webhookNumber) },
		webhookPath: target.webhookPath,
		send: target.send,
	});
}

/** Executions of a workflow by status, as n8n's executions list counts them. */
export async function countExecutions(api, workflowId) {
	const counts = {};
	for (const status of ['success', 'error', 'crashed', 'canceled', 'running', 'new', 'waiting', 'unknown']) {
		const filter = encodeURIComponent(JSON.stringify({ workflowId, status: [status] }));
		const { body } = await api.request('GET', `/rest/executions?filter=${filter}&limit=1`);
		counts[status] = Number(body.count ?? 0);
	}
	return counts;
}

export const total = (c) => Object.values(c).reduce((a, b) => a + b, 0);

/** Sends the deliveries, `inFlight` at a time; returns each answer's status and time. */
async function sendAll(target, url, keys, inFlight) {
	const answers = new Array(keys.length);
	let next = 0;
	const started = Date.now();
	await Promise.all(
		Array.from({ length: inFlight }, async () => {
			while (next < keys.length) {
				const n = next++;
				const t0 = performance.now();
				try {
					const answer = await target.send(url, keys[n]);
					answers[n] = { status: answer.status, ms: performance.now() - t0 };
				} catch (error) {
					answers[n] = { status: 0, ms: performance.now() - t0, error: error.message };
				}
			}
		}),
	);
	return { answers, wallMs: Date.now() - started };
}

export const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** Waits until n8n has finished what it took: no execution new or running, and the count unchanged for a while. */
export async function settle(api, workflowId, expected, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let last;
	let stableSince = Date.now();
	for (;;) {
		const counts = await countExecutions(api, workflowId);
		const busy = counts.running + counts.new;
		if (last && total(counts) === total(last) && busy === last.running + last.new) {
			if ((busy === 0 && total(counts) >= expected) || Date.now() - stableSince > 20000) return counts;
		} else stableSince = Date.now();
		if (Date.now() > deadline) return counts;
		last = counts;
		await sleep(1000);
	}
}

/**
 * One burst into one receiver: imports and activates its workflow, sends `count` distinct deliveries with
 * `inFlight` at a time, waits for n8n to finish, then sends repeats (the first `repeats` keys again, and
 * `twins` copies of one new key at the same moment) and counts what they started. Deactivates afterwards.
 * `meter` (optional, async, returns a number: e.g. a counter of n8n's /metrics) is read just before the
 * deliveries and once n8n has finished them; the difference is the result's `metered`, which so covers the
 * deliveries alone, not activation or the repeats.
 */
export async function runBurst({ api, baseUrl, target, count, inFlight, repeats = 100, twins = 20, runId = Date.now(), settleMs = 300000, meter }) {
	const workflow = await api.importWorkflow(target.workflow, {});
	await api.activate(workflow.id);
	const url = target.url(baseUrl);
	try {
		// registration finishes in the background: a probe that reaches the receiver (any answer but 404); its body is
		// not JSON, so n8n refuses it before any node runs and it starts nothing
		for (let i = 0; ; i++) {
			const probe = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'probe' });
			await probe.text();
			if (probe.status !== 404) break;
			if (i > 60) throw new Error(`${target.label}: ${url} not registered after activation`);
			await sleep(500);
		}
		await sleep(1500);
		const before = total(await settle(api, workflow.id, 0, 30000));
		const keys = Array.from({ length: count }, (_, n) => `burst-${runId}-${n}`);
		const meterBefore = meter ? await meter() : undefined;
		const { answers, wallMs } = await sendAll(target, url, keys, inFlight);
		const settled = await settle(api, workflow.id, before + count, settleMs);
		const metered = meter ? (await meter()) - meterBefore : undefined;
		const started = total(settled) - before;
		const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
		const result = {
			receiver: target.label,
			sent: count,
			inFlight,
			answered200: answers.filter((a) => a.status === 200).length,
			otherAnswers: [...new Set(answers.filter((a) => a.status !== 200).map((a) => a.status))],
			succeeded: settled.success,
			error: settled.error + settled.crashed + settled.canceled + settled.unknown,
			stuck: settled.running + settled.new + settled.waiting,
			missing: Math.max(0, count - started),
			extra: Math.max(0, started - count),
			answersPerSecond: round(count / (wallMs / 1000)),
			latencyMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1) ?? NaN) },
			...(meter ? { metered } : {}),
		};
		// repeats: n8n's Webhook node has no notion of a delivery, so they are counted for the package's triggers only
		if (target.key !== 'webhookNode' && repeats + twins > 0) {
			const again = total(settled);
			await sendAll(target, url, keys.slice(0, repeats), Math.min(inFlight, repeats));
			const twinKey = `burst-${runId}-twin`;
			await sendAll(target, url, Array.from({ length: twins }, () => twinKey), twins);
			const after = await settle(api, workflow.id, again + 1, 60000);
			result.repeatsSent = repeats;
			result.twinsSent = twins;
			// exactly one execution for the twin key, none for the repeats
			result.startedByRepeats = total(after) - again;
		}
		result.ok = result.answered200 === count && result.succeeded === count && result.error === 0 && result.stuck === 0 && result.missing === 0 && result.extra === 0 && (result.startedByRepeats === undefined || result.startedByRepeats === 1);
		return result;
	} finally {
		await api.deactivate(workflow.id).catch(() => undefined);
	}
}
