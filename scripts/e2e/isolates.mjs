// Expression isolates on the webhook path (n8n 2.x only; 1.x has no vm engine). n8n 2.x evaluates expressions in
// isolates of its `vm` engine and, for every production delivery to a start node other than its own Webhook node,
// opens an isolate scope for the webhook phase. With N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE the scope takes an isolate
// only when an expression is evaluated; n8n's webhook helpers evaluate one per delivery for a start node at
// typeVersion 1 (its binary-data check). Building an isolate per delivery is what made the triggers answer at a
// fraction of the Webhook node's rate (docs/benchmarks.md §6), so the check is: deliveries into each webhook trigger,
// at the version n8n gives new workflows, take no isolate — n8n's counter `n8n_expression_pool_acquired_total`
// (/metrics) stays where it was — while the same deliveries into a trigger at version 1 take one each. That control
// shows the counter measures: without it, a counter that never moves would pass.
import { atVersion, burstTargets, runBurst } from './burst.mjs';

/** What n8n runs with for the check: its metrics endpoint, and isolates taken only for an evaluated expression. */
export const ISOLATES_ENV = { N8N_METRICS: 'true', N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' };

const COUNTER = 'n8n_expression_pool_acquired_total';

function assert(condition, message) {
	if (!condition) throw new Error(message);
}

/** Isolates n8n has taken since it started (the counter summed over its labels, if any); undefined when n8n does not list it. */
export async function isolatesAcquired(baseUrl) {
	const res = await fetch(`${baseUrl}/metrics`);
	const text = await res.text();
	assert(res.ok, `GET /metrics → HTTP ${res.status} (is N8N_METRICS on?): ${text.slice(0, 200)}`);
	const values = [...text.matchAll(new RegExp(`^${COUNTER}(?:\\{[^}]*\\})?\\s+(\\S+)$`, 'gm'))].map((m) => Number(m[1]));
	return values.length ? values.reduce((a, b) => a + b, 0) : undefined;
}

/** The version n8n gives a new workflow of this node type (its defaultVersion, else its highest version). */
function newWorkflowVersion(nodeTypes, name) {
	const described = nodeTypes.filter((t) => t.name === name);
	assert(described.length, `n8n does not list node type ${name}`);
	const declared = described.map((t) => t.defaultVersion).find((v) => v !== undefined);
	return declared ?? Math.max(...described.flatMap((t) => [t.version].flat()));
}

/**
 * `count` deliveries into each webhook trigger of the burst targets (at the version n8n gives new workflows) and
 * into the Gensee Trigger at version 1; n8n must run with ISOLATES_ENV. Throws unless the triggers took no isolate
 * and the control took at least one per delivery.
 */
export async function isolatesCheck({ api, baseUrl, packageName, sims, credentialsByType, count = 20, inFlight = 10 }) {
	const targets = burstTargets({ packageName, sims, credentialsByType }).filter((t) => t.key !== 'webhookNode');
	const nodeTypes = await api.types('nodes');
	for (const target of targets) {
		const version = newWorkflowVersion(nodeTypes, target.nodeType);
		assert(target.typeVersion === version, `${target.label}: the check sends to version ${target.typeVersion}, but n8n gives new workflows version ${version}`);
	}
	const control = atVersion(targets.find((t) => t.key === 'gensee'), 1, 204);
	const meter = async () => {
		const value = await isolatesAcquired(baseUrl);
		// n8n registers its expression metrics at start-up (from 0) when the engine is vm and metrics are on
		assert(value !== undefined, `n8n's /metrics does not list ${COUNTER}: is the expression engine vm, N8N_METRICS on?`);
		return value;
	};
	const taken = [];
	for (const target of [...targets, control]) {
		const r = await runBurst({ api, baseUrl, target, count, inFlight, repeats: 0, twins: 0, meter });
		assert(r.ok, `${target.label}: ${r.succeeded}/${r.sent} succeeded, ${r.error} error, ${r.stuck} stuck, ${r.missing} missing, ${r.answered200} answered 200`);
		taken.push({ target, isolates: r.metered });
	}
	const detail = taken.map(({ target, isolates }) => `${target.label.replace(/ \(.*\)$/, '')}${target === control ? ' (control)' : ` v${target.typeVersion}`}: ${isolates}`).join(', ');
	const grew = taken.filter(({ target, isolates }) => target !== control && isolates !== 0);
	assert(!grew.length, `${grew.map(({ target }) => target.label).join(', ')} took isolates (${COUNTER}) — ${count} deliveries each: ${detail}`);
	const controlTook = taken.at(-1).isolates;
	assert(controlTook >= count, `the control took ${controlTook} isolates for ${count} deliveries, one each expected: the counter does not measure what the check assumes (${detail})`);
	return `isolates taken by ${count} deliveries each: ${detail}`;
}
