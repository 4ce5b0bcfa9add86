'use strict';
/**
 * Runs a chain of nodes (an input node emitting the items, then the nodes in order) inside n8n-core's
 * WorkflowExecute, with the test harness's credentials helper and execution data. Unlike
 * test/harness/runNode.ts it takes several nodes and versioned node types (n8n's HTTP Request node).
 */
const { WorkflowExecute } = require('n8n-core');
const { Workflow } = require('n8n-workflow');

const { makeAdditionalData } = require('../../test/harness/runNode.ts');

const INPUT = 'Bench Input';

class BenchNodeTypes {
	constructor(types) {
		this.types = types;
	}

	getByName(name) {
		const type = this.types[name];
		if (!type) throw new Error(`Unknown node type ${name}`);
		return type;
	}

	getByNameAndVersion(name, version) {
		const type = this.getByName(name);
		return typeof type.getNodeType === 'function' ? type.getNodeType(version) : type;
	}

	getKnownTypes() {
		return {};
	}
}

function inputNodeType(getItems) {
	return {
		description: {
			displayName: INPUT,
			name: 'benchInput',
			group: ['input'],
			version: 1,
			description: 'Emits the benchmark items',
			defaults: { name: INPUT },
			inputs: ['main'],
			outputs: ['main'],
			properties: [],
		},
		async execute() {
			return [getItems().map((item, i) => ({ ...item, pairedItem: { item: i } }))];
		},
	};
}

/**
 * One execution of Input → nodes[0] → nodes[1] → … Each node: { name, type (INodeType or versioned),
 * typeVersion, parameters, credentials: { credentialType: true } }.
 * Returns the last node's output items, the first error and the run.
 */
async function runChain({ nodes, items, credentials, staticData = {} }) {
	const links = nodes.map((node, index) => [index === 0 ? 'input' : nodes[index - 1].name, 0, node.name, 0]);
	const { runData, error, run } = await runGraph({ nodes, links, items, credentials, staticData });
	return { items: runData[nodes[nodes.length - 1].name]?.[0]?.data?.main?.[0] ?? [], error, run };
}

/**
 * One execution of a graph: the input node emitting the items, then `nodes` (as runChain's, plus `executeOnce`)
 * wired by `links` [from, output, to, input] ('input' is the input node). Returns the run data of every node
 * and the first error.
 */
async function runGraph({ nodes, links, items, credentials, staticData = {} }) {
	const types = { 'bench.benchInput': inputNodeType(() => items) };
	const workflowNodes = [{ id: 'input', name: INPUT, type: 'bench.benchInput', typeVersion: 1, position: [0, 0], parameters: {} }];
	nodes.forEach((node, index) => {
		// n8n grants predefined credential types to its HTTP Request node by type name: keep n8n's names
		const typeName = node.typeName ?? `bench.${node.type.description.name}`;
		types[typeName] = node.type;
		workflowNodes.push({
			id: `node-${index}`,
			name: node.name,
			type: typeName,
			typeVersion: node.typeVersion ?? 1,
			position: [200 * (index + 1), 0],
			parameters: node.parameters,
			credentials: Object.fromEntries(Object.keys(node.credentials ?? {}).map((name) => [name, { id: `cred-${name}`, name }])),
			...(node.executeOnce ? { executeOnce: true } : {}),
			...(node.onError ? { onError: node.onError } : {}),
		});
	});
	const connections = {};
	for (const [from, output, to, input] of links) {
		const source = from === 'input' ? INPUT : from;
		connections[source] ??= { main: [] };
		while (connections[source].main.length <= output) connections[source].main.push([]);
		connections[source].main[output].push({ node: to, type: 'main', index: input });
	}
	const workflow = new Workflow({ id: 'bench-graph', name: 'Bench', nodes: workflowNodes, connections, active: false, nodeTypes: new BenchNodeTypes(types), staticData, settings: { executionOrder: 'v1' } });
	const workflowData = { id: 'bench-graph', name: 'Bench', nodes: workflowNodes, connections, active: false };
	const run = await new WorkflowExecute(makeAdditionalData(credentials, workflowData), 'manual').run({ workflow, startNode: workflowNodes[0] });
	const runData = run.data.resultData.runData;
	let error = run.data.resultData.error;
	for (const node of nodes) error ??= runData[node.name]?.[0]?.error;
	return { runData, error, run };
}

module.exports = { runChain, runGraph };
