/**
 * Runs one of the package's nodes inside n8n-core's real engine (WorkflowExecute), fed by a test input
 * node, with credentials served by TestCredentialsHelper. Returns the node's output items or its error.
 */
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IRun,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	ExecutionError,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './CredentialsHelper';

const INPUT = 'Test Input';

export class TestNodeTypes implements INodeTypes {
	constructor(readonly types: Record<string, INodeType>) {}

	getByName(name: string): INodeType | IVersionedNodeType {
		return this.getByNameAndVersion(name);
	}

	getByNameAndVersion(name: string): INodeType {
		const type = this.types[name];
		if (!type) throw new Error(`Unknown node type ${name}`);
		return type;
	}

	getKnownTypes() {
		return {};
	}
}

function inputNodeType(items: INodeExecutionData[]): INodeType {
	return {
		description: {
			displayName: INPUT,
			name: 'testInput',
			group: ['input'],
			version: 1,
			description: 'Emits the test items',
			defaults: { name: INPUT },
			inputs: ['main'],
			outputs: ['main'],
			properties: [],
		},
		async execute() {
			return [items.map((item, i) => ({ ...item, pairedItem: { item: i } }))];
		},
	} as INodeType;
}

export interface RunNodeOptions {
	nodeType: INodeType;
	/** the node's parameters as they would be saved in the workflow */
	parameters: IDataObject;
	items?: INodeExecutionData[];
	credentials: TestCredentialsHelper;
	/** credential types the node uses, by name */
	credentialNames?: string[];
	continueOnFail?: boolean;
	staticData?: IDataObject;
	/** the node version the workflow saved (default 1) */
	typeVersion?: number;
}

export interface RunNodeResult {
	items: INodeExecutionData[];
	error?: ExecutionError;
	run: IRun;
}

export function makeAdditionalData(credentials: TestCredentialsHelper, workflowData: IWorkflowBase): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: credentials,
		hooks: new ExecutionLifecycleHooks('manual', 'test-execution', workflowData),
		executeWorkflow: async () => {
			throw new Error('not supported in tests');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formBaseUrl: 'http://localhost:5678/form',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		formTestBaseUrl: 'http://localhost:5678/form-test',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		mcpBaseUrl: 'http://localhost:5678/mcp',
		mcpTestBaseUrl: 'http://localhost:5678/mcp-test',
		variables: {},
		userId: 'test-user',
	} as unknown as IWorkflowExecuteAdditionalData;
}

export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const typeName = `test.${options.nodeType.description.name}`;
	const nodeTypes = new TestNodeTypes({
		'test.testInput': inputNodeType(options.items ?? [{ json: {} }]),
		[typeName]: options.nodeType,
	});
	const credentialNames = options.credentialNames ?? (options.nodeType.description.credentials ?? []).map((c) => c.name);
	const target: INode = {
		id: 'node-under-test',
		name: 'Node Under Test',
		type: typeName,
		typeVersion: options.typeVersion ?? 1,
		position: [200, 0],
		parameters: options.parameters as INode['parameters'],
		credentials: Object.fromEntries(credentialNames.map((name) => [name, { id: `cred-${name}`, name }])),
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	const input: INode = { id: 'input', name: INPUT, type: 'test.testInput', typeVersion: 1, position: [0, 0], parameters: {} };
	const connections = { [INPUT]: { main: [[{ node: target.name, type: 'main' as const, index: 0 }]] } };
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'Test',
		nodes: [input, target],
		connections,
		active: false,
		nodeTypes,
		staticData: options.staticData ?? {},
		settings: { executionOrder: 'v1' },
	});
	const workflowData = { id: 'test-workflow', name: 'Test', nodes: [input, target], connections, active: false } as unknown as IWorkflowBase;
	const execute = new WorkflowExecute(makeAdditionalData(options.credentials, workflowData), 'manual');
	const run = await execute.run({ workflow, startNode: input });
	const taskData = run.data.resultData.runData[target.name]?.[0];
	return {
		items: taskData?.data?.main?.[0] ?? [],
		error: taskData?.error ?? run.data.resultData.error,
		run,
	};
}
