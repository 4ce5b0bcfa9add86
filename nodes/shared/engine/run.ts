/**
 * Runs the node's selected operation for all input items: each kind of operation with its own runner — one
 * request per item (call), Return All / Limit (list), creates guarded against lost answers (create), list
 * batches (listBatch.ts) or the runner a custom operation brings — through the vendor's transport, with the
 * execution's retry policy and Parallel Requests.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { hintUnmatchedColumns } from '../fields/columns';
import { readWireValues, type WireValues } from '../fields/values';
import { shapeOutput } from '../fields/simplify';
import { getPath } from '../transport/request';
import { DEFAULT_RETRY, type RetryPolicy } from '../transport/retries';
import { VendorTransport, type TransportSpec } from '../transport/vendorTransport';
import type { CreateOperation, ListOperation, OperationDefinition, OperationRunner } from './definitions';
import { syncRunner, upsertRunner } from './sync';
import { errorItem, forItem, toItems } from './items';
import { listBatchRunner } from './listBatch';
import { isRecovered, sendCreate } from './lostCreate';
import { fetchRange } from './paging';
import { buildRequest } from './request';

const REQUEST_OPTIONS = 'requestOptions';

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

/** Hand-written execution of one item: its validated values in, its output items out. */
export type ItemHandler = (
	ctx: IExecuteFunctions,
	transport: VendorTransport,
	op: OperationDefinition,
	itemIndex: number,
	values: WireValues,
) => Promise<INodeExecutionData[]>;

/**
 * A runner that handles one item after the other: the item's values read and validated, its output shaped by
 * the Output option (version 2 reads), its failure its own error item under Continue On Fail.
 */
export function eachItem(handler: ItemHandler, { shape = true }: { shape?: boolean } = {}): OperationRunner {
	return {
		async run(ctx, transport, op) {
			const results: INodeExecutionData[][] = [];
			for (let i = 0; i < ctx.getInputData().length; i++) {
				try {
					const out = await handler(ctx, transport, op, i, readWireValues(ctx, op, i));
					results.push(shape ? shapeOutput(ctx, op, i, out) : out);
				} catch (error) {
					if (!ctx.continueOnFail()) throw forItem(ctx, error as Error, i);
					results.push([errorItem(error as Error, i)]);
				}
			}
			return results;
		},
	};
}

const callRunner = eachItem(async (ctx, transport, op, itemIndex, values) => {
	const data = await transport.request(await buildRequest(ctx, op, values, itemIndex));
	return toItems(getPath(data, op.outputPath), itemIndex);
});

const listRunner = eachItem(async (ctx, transport, op, itemIndex, values) => {
	const list = op as ListOperation;
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Infinity : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
	const request = await buildRequest(ctx, op, values, itemIndex);
	return toItems(await fetchRange(ctx, transport, list, request, values, returnAll, limit), itemIndex);
});

// a record found after a lost answer is already the output, not a vendor envelope
const createRunner = eachItem(
	async (ctx, transport, op, itemIndex, values) => {
		const data = await sendCreate(ctx, transport, op as CreateOperation, values, itemIndex);
		return toItems(isRecovered(data) ? data : getPath(data, op.outputPath), itemIndex);
	},
	{ shape: false },
);

const RUNNERS: Record<Exclude<NonNullable<OperationDefinition['kind']>, 'custom'>, OperationRunner> = {
	call: callRunner,
	list: listRunner,
	create: createRunner,
	listBatch: listBatchRunner,
	upsert: upsertRunner,
	sync: syncRunner,
};

export function runnerOf(op: OperationDefinition): OperationRunner {
	return op.kind === 'custom' ? op.runner : RUNNERS[op.kind ?? 'call'];
}

/** Runs the node's selected operation (resource and operation parameters) of `operations` for all input items. */
export async function executeOperations(ctx: IExecuteFunctions, spec: TransportSpec, operations: OperationDefinition[]): Promise<INodeExecutionData[][]> {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const op = operations.find((o) => o.resource === resource && o.operation === operation);
	if (!op) throw new Error(`Unknown operation "${operation}" of resource "${resource}"`);
	const transport = new VendorTransport(ctx, spec, retryPolicy(ctx), parallelRequests(ctx));
	const results = await runnerOf(op).run(ctx, transport, op);
	hintUnmatchedColumns(ctx, op);
	return [results.flat()];
}
