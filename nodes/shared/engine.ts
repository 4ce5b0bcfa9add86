/**
 * The shared operation engine: routes an execution to the selected operation definition and runs it for every
 * input item — single calls, lists (paging.ts), creates guarded against lost answers (lostCreate.ts) and
 * batches (batch.ts) — through the vendor's transport, with the execution's rate limit and retries.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { runBatched } from './batch';
import { hintUnmatchedColumns } from './columns';
import { errorItem, forItem, toItems } from './items';
import { isRecovered, LostCreateGuard } from './lostCreate';
import type { OperationDefinition } from './operations';
import { fetchList, fetchRange } from './paging';
import { buildRequest, readWireValues, type WireValues } from './parameters';
import { REQUEST_OPTIONS } from './properties';
import { ApiSession, type VendorApi } from './session';
import { shapeOutput } from './simplify';
import { DEFAULT_RETRY, getPath, type RetryPolicy, type VendorRequest } from './transport';

export function findOperation(api: VendorApi, resource: string, operation: string): OperationDefinition {
	const op = api.operations.find((o) => o.resource === resource && o.operation === operation);
	if (!op) throw new Error(`Unknown operation "${operation}" of resource "${resource}"`);
	return op;
}

/** The retry policy of the node's Request Options. */
export function retryPolicy(ctx: IExecuteFunctions): RetryPolicy {
	const options = ctx.getNodeParameter(REQUEST_OPTIONS, 0, {}) as IDataObject;
	return {
		maxRetries: Number(options.maxRetries ?? DEFAULT_RETRY.maxRetries),
		baseDelayMs: Number(options.retryDelay ?? DEFAULT_RETRY.baseDelayMs),
		maxDelayMs: DEFAULT_RETRY.maxDelayMs,
	};
}

/** The Parallel Requests of the node's Request Options; 0 or unset keeps the vendor's default. */
export function parallelRequests(ctx: IExecuteFunctions): number | undefined {
	const requested = Number((ctx.getNodeParameter(REQUEST_OPTIONS, 0, {}) as IDataObject).parallelRequests ?? 0);
	return requested > 0 ? Math.floor(requested) : undefined;
}

/** Runs the node's selected operation for all input items. */
export async function executeOperations(ctx: IExecuteFunctions, api: VendorApi): Promise<INodeExecutionData[][]> {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const op = findOperation(api, resource, operation);
	const session = new ApiSession(ctx, api.client, retryPolicy(ctx), parallelRequests(ctx));
	const results = op.batch ? await runBatched(ctx, session, op, api) : await runPerItem(ctx, session, op, api);
	hintUnmatchedColumns(ctx, op);
	return [results.flat()];
}

async function runPerItem(
	ctx: IExecuteFunctions,
	session: ApiSession,
	op: OperationDefinition,
	api: VendorApi,
): Promise<INodeExecutionData[][]> {
	const handler = op.handler ? api.handlers?.[op.handler] : undefined;
	if (op.handler && !handler) throw new NodeOperationError(ctx.getNode(), `Operation ${op.resource}.${op.operation} has no handler "${op.handler}"`);
	const items = ctx.getInputData();
	const results: INodeExecutionData[][] = [];
	for (let i = 0; i < items.length; i++) {
		// Output of version 2 reads: simplified, raw or selected fields
		const shape = (out: INodeExecutionData[]) => shapeOutput(ctx, op, i, out);
		try {
			const values = readWireValues(ctx, op, i);
			if (handler) {
				results.push(shape(await handler(ctx, session, op, i, values)));
				continue;
			}
			const request = await buildRequest(ctx, op, values, i);
			if (op.list) {
				const returnAll = ctx.getNodeParameter('returnAll', i, false) as boolean;
				const limit = returnAll ? Infinity : (ctx.getNodeParameter('limit', i, 50) as number);
				results.push(shape(toItems(await fetchRange(ctx, session, op, request, values, returnAll, limit), i)));
			} else if (op.create) {
				const data = await sendCreate(ctx, session, api.operations, op, values, request);
				// a record found after a lost answer is already the output, not a vendor envelope
				results.push(toItems(isRecovered(data) ? data : getPath(data, op.outputPath), i));
			} else {
				const data = await session.request(request);
				results.push(shape(toItems(getPath(data, op.outputPath), i)));
			}
		} catch (error) {
			if (!ctx.continueOnFail()) throw forItem(ctx, error as Error, i);
			results.push([errorItem(error as Error, i)]);
		}
	}
	return results;
}

/**
 * Sends a create of an operation with the `create` trait (the engine does for table operations; handlers of
 * such operations call it too): through the execution's guard, which finds the record of a lost answer
 * instead of creating it again (lostCreate.ts). The guard lists the records through `listOperation` of
 * `operations`, a read that is safe to retry.
 */
export async function sendCreate(
	ctx: IExecuteFunctions,
	session: ApiSession,
	operations: OperationDefinition[],
	op: OperationDefinition,
	values: WireValues,
	request: VendorRequest,
): Promise<unknown> {
	let guard = session.createGuards.get(op);
	if (!guard) {
		const listOp = operations.find((o) => o.resource === op.resource && o.operation === op.create!.listOperation);
		if (!listOp) throw new NodeOperationError(ctx.getNode(), `Operation ${op.resource}.${op.operation} has no list operation "${op.create!.listOperation}"`);
		guard = new LostCreateGuard(
			op.create!,
			async (values) => {
				const filter = Object.fromEntries(
					Object.entries(op.create!.filter ?? {})
						.filter(([, sent]) => values?.[sent] !== undefined)
						.map(([listParam, sent]) => [listParam, values![sent]]),
				);
				return (await fetchList(session, listOp, await buildRequest(ctx, listOp, filter, request.itemIndex), true, Infinity)) as IDataObject[];
			},
			session.retry,
		);
		session.createGuards.set(op, guard);
	}
	return await guard.create(values, async () => await session.request(request, { resendAfterLostAnswer: false }));
}
