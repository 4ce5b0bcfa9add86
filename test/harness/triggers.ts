/**
 * Runs trigger nodes the way n8n does: webhook requests through n8n-core's WebhookContext behind a real
 * loopback HTTP server (answering like n8n's webhook helpers), webhook lifecycle methods
 * (checkExists/create/delete) through HookContext, and polls through PollContext. Static data persists
 * in the Workflow object between calls, as n8n persists it between requests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { HookContext, PollContext, WebhookContext } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	IWebhookData,
	IWebhookDescription,
	IWebhookResponseData,
	IWorkflowBase,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import type { TestCredentialsHelper } from './CredentialsHelper';
import { makeAdditionalData, TestNodeTypes } from './runNode';

export interface TriggerFixture {
	workflow: Workflow;
	node: INode;
	nodeType: INodeType;
	credentials: TestCredentialsHelper;
}

/** each fixture is its own workflow, as each test stands for its own workflow in n8n */
let fixtures = 0;

export function triggerFixture(
	nodeType: INodeType,
	parameters: IDataObject,
	credentials: TestCredentialsHelper,
	staticData: IDataObject = {},
	/** the node version the workflow was saved with */
	typeVersion = 1,
): TriggerFixture {
	const typeName = `test.${nodeType.description.name}`;
	const node: INode = {
		id: 'trigger-under-test',
		name: 'Trigger Under Test',
		type: typeName,
		typeVersion,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		webhookId: 'test-webhook-id',
		credentials: Object.fromEntries((nodeType.description.credentials ?? []).map((c) => [c.name, { id: `cred-${c.name}`, name: c.name }])),
	};
	const workflow = new Workflow({
		id: `test-workflow-${++fixtures}`,
		name: 'Trigger test',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes: new TestNodeTypes({ [typeName]: nodeType }),
		staticData,
		settings: { executionOrder: 'v1' },
	});
	return { workflow, node, nodeType, credentials };
}

function workflowBase(f: TriggerFixture): IWorkflowBase {
	return { id: f.workflow.id, name: 'Trigger test', nodes: [f.node], connections: {}, active: true } as unknown as IWorkflowBase;
}

function webhookData(f: TriggerFixture, webhookBaseUrl: string): IWebhookData {
	const description = f.nodeType.description.webhooks![0];
	const additionalData = makeAdditionalData(f.credentials, workflowBase(f));
	(additionalData as { webhookBaseUrl: string }).webhookBaseUrl = webhookBaseUrl;
	return {
		httpMethod: description.httpMethod as IWebhookData['httpMethod'],
		node: f.node.name,
		path: String(description.path),
		webhookDescription: description,
		workflowId: String(f.workflow.id),
		workflowExecuteAdditionalData: additionalData,
	};
}

/**
 * Calls the trigger's webhookMethods (checkExists, create, delete) as n8n does on activation/deactivation,
 * or, with `test`, as n8n 2.x does for "Listen for test event": the webhook-test/ URL, mode 'manual' to
 * register and 'internal' to remove.
 */
export async function runWebhookMethod(
	f: TriggerFixture,
	method: 'checkExists' | 'create' | 'delete',
	webhookBaseUrl = 'http://localhost:5678/webhook',
	activation: WorkflowActivateMode = 'activate',
	{ test = false }: { test?: boolean } = {},
): Promise<boolean> {
	const data = webhookData(f, webhookBaseUrl);
	data.isTest = test;
	(data.workflowExecuteAdditionalData as { webhookTestBaseUrl: string }).webhookTestBaseUrl = webhookBaseUrl.replace(/\/webhook$/, '/webhook-test');
	const mode: WorkflowExecuteMode = !test ? 'trigger' : method === 'delete' ? 'internal' : 'manual';
	const context = new HookContext(f.workflow, f.node, data.workflowExecuteAdditionalData, mode, test && method !== 'delete' ? 'manual' : activation, data);
	const methods = f.nodeType.webhookMethods?.default;
	if (!methods?.[method]) throw new Error(`${f.nodeType.description.name} has no webhook method ${method}`);
	return await methods[method].call(context);
}

export interface ReceivedCall {
	status: number;
	responseBody: unknown;
	/** what arrived: query parameters, headers (lower-case names) and the parsed body */
	request?: { query: Record<string, string>; headers: http.IncomingHttpHeaders; body: unknown };
	/** what the trigger handed to n8n to start the workflow with (undefined: no execution) */
	workflowData?: INodeExecutionData[][];
}

/** An HTTP endpoint that runs the trigger's webhook() for each request, as n8n's webhook server would. */
export class WebhookReceiver {
	readonly calls: ReceivedCall[] = [];

	private server?: http.Server;

	/** requests still to be answered 404, as n8n answers a test URL it has not registered yet */
	private unregistered: number;

	constructor(
		readonly fixture: TriggerFixture,
		readonly mode: WorkflowExecuteMode = 'webhook',
		{ notRegisteredFor = 0 }: { notRegisteredFor?: number } = {},
	) {
		this.unregistered = notRegisteredFor;
	}

	get url(): string {
		const { port } = this.server!.address() as AddressInfo;
		return `http://127.0.0.1:${port}/webhook/test-webhook-id/${String(this.fixture.nodeType.description.webhooks![0].path)}`;
	}

	/** executions started so far */
	get executions(): INodeExecutionData[][][] {
		return this.calls.filter((c) => c.workflowData !== undefined).map((c) => c.workflowData!);
	}

	/** Waits until `count` requests have arrived (a trigger's own sample is sent in the background). */
	async waitForCalls(count: number, timeoutMs = 15_000): Promise<ReceivedCall[]> {
		const deadline = Date.now() + timeoutMs;
		while (this.calls.length < count) {
			if (Date.now() > deadline) throw new Error(`${this.calls.length} of ${count} requests arrived within ${timeoutMs} ms`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		return this.calls;
	}

	async start(): Promise<this> {
		this.server = http.createServer((req, res) => void this.handle(req, res));
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		return this;
	}

	async stop(): Promise<void> {
		this.server?.closeAllConnections();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}

	private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks);
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (this.unregistered > 0) {
			this.unregistered--;
			const message = { code: 404, message: 'The requested webhook is not registered.' };
			res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify(message));
			this.calls.push({ status: 404, responseBody: message });
			return;
		}
		const type = String(req.headers['content-type'] ?? '');
		let body: unknown = {};
		try {
			if (type.includes('application/json')) body = rawBody.length ? JSON.parse(rawBody.toString('utf8')) : {};
			else if (type.includes('application/x-www-form-urlencoded')) body = Object.fromEntries(new URLSearchParams(rawBody.toString('utf8')));
		} catch {
			// n8n answers malformed JSON with 400 before any node runs
			res.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'Invalid JSON' }));
			this.calls.push({ status: 400, responseBody: { message: 'Invalid JSON' } });
			return;
		}
		const query = Object.fromEntries(url.searchParams);
		const request = { query, headers: req.headers, body };
		const expressLike = Object.assign(req, { body, rawBody, query });
		let status = 200;
		let sent: unknown;
		const response = Object.assign(res, {
			status(code: number) {
				status = code;
				res.statusCode = code;
				return response;
			},
			json(value: unknown) {
				sent = value;
				if (!res.headersSent) res.writeHead(status, { 'Content-Type': 'application/json' });
				res.end(JSON.stringify(value));
				return response;
			},
			send(value: unknown) {
				sent = value;
				if (!res.headersSent) res.writeHead(status);
				res.end(typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value));
				return response;
			},
		});
		const data = webhookData(this.fixture, 'http://localhost:5678/webhook');
		Object.assign(data.workflowExecuteAdditionalData, { httpRequest: expressLike, httpResponse: response });
		const context = new WebhookContext(
			this.fixture.workflow,
			this.fixture.node,
			data.workflowExecuteAdditionalData,
			this.mode,
			data,
			[],
			null,
		);
		let result: IWebhookResponseData;
		try {
			result = await this.fixture.nodeType.webhook!.call(context);
		} catch (error) {
			res.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: (error as Error).message }));
			this.calls.push({ status: 500, responseBody: { message: (error as Error).message }, request });
			return;
		}
		if (result.noWebhookResponse) {
			this.calls.push({ status, responseBody: sent, workflowData: result.workflowData, request });
			return;
		}
		const answer = n8nAnswer(this.fixture.nodeType.description.webhooks![0], result);
		res.writeHead(200, { 'Content-Type': 'application/json' }).end(typeof answer === 'string' ? answer : JSON.stringify(answer));
		this.calls.push({ status: 200, responseBody: answer, workflowData: result.workflowData, request });
	}
}

/**
 * What n8n's webhook helpers answer for a node result that did not answer itself: without an execution, the
 * node's `webhookResponse`; with one (response mode onReceived), the webhook's `responseData` setting where it
 * has one (n8n's default is 'firstEntryJson', sent as it is), else the node's `webhookResponse`.
 */
function n8nAnswer(description: IWebhookDescription, result: IWebhookResponseData): unknown {
	if (result.workflowData === undefined) return result.webhookResponse ?? { message: 'Webhook call received' };
	const responseData = description.responseData === undefined ? 'firstEntryJson' : description.responseData;
	if (responseData === 'noData') return '';
	if (responseData) return responseData;
	return result.webhookResponse ?? { message: 'Workflow was started' };
}

/** Runs the node's poll() once, as n8n's poller does; returns the emitted items or null. */
export async function runPoll(f: TriggerFixture, mode: WorkflowExecuteMode = 'trigger'): Promise<INodeExecutionData[][] | null> {
	const additionalData = makeAdditionalData(f.credentials, workflowBase(f));
	const context = new PollContext(f.workflow, f.node, additionalData, mode, 'activate');
	return await f.nodeType.poll!.call(context);
}
