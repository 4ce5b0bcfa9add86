/**
 * What every batch runner shares (a list batch, a vendor's batch of entry objects): every input item read and
 * validated before anything is sent, one result per item, failures gathered so that calls in flight together
 * each keep their own and are named in call order, and one error naming the failed items at the end (or an
 * error item each under Continue On Fail).
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readWireValues } from '../fields/values';
import type { VendorTransport } from '../transport/vendorTransport';
import type { BatchRun, Fail, Failure, OperationDefinition } from './definitions';
import { errorItem, forItem } from './items';

export type { BatchRun, Fail, Failure };

/** Entries per call: the Batch Size option within the vendor's maximum; a set that must not be split, whole. */
export function batchSize(ctx: IExecuteFunctions, batch: { splittable: boolean; maxPerCall?: number }): number {
	if (!batch.splittable) return Infinity;
	const requested = Number((ctx.getNodeParameter('requestOptions', 0, {}) as IDataObject).batchSize ?? 0);
	return Math.max(1, Math.min(requested > 0 ? requested : Infinity, batch.maxPerCall ?? Infinity));
}

export function chunks<T>(list: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let start = 0; start < list.length; start += size === Infinity ? list.length : size) out.push(list.slice(start, size === Infinity ? list.length : start + size));
	return out;
}

/** The error of a batch run in which some items failed (without Continue On Fail): it names the first ten. */
export function batchFailure(ctx: IExecuteFunctions, failures: Failure[], total: number): NodeOperationError {
	const shown = 10;
	const detail = failures.slice(0, shown).map((f) => `item ${f.itemIndex}: ${f.error.message}`).join('; ');
	return new NodeOperationError(ctx.getNode(), `${failures.length} of ${total} items failed: ${detail}${failures.length > shown ? '; …' : ''}`, {
		itemIndex: failures[0].itemIndex,
		description: 'Items not listed here succeeded. Turn on "Continue On Fail" to get one result per item instead.',
	});
}

/** Runs `send` over the execution's items as a batch (see the module comment); the results per input item. */
export async function runBatch(
	ctx: IExecuteFunctions,
	transport: VendorTransport,
	op: OperationDefinition,
	send: (run: BatchRun) => Promise<void>,
): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const results: INodeExecutionData[][] = items.map(() => []);
	const failures: Failure[] = [];
	const failInto =
		(into: Failure[]): Fail =>
		(itemIndex, error, extra) => {
			if (!ctx.continueOnFail()) into.push({ itemIndex, error });
			results[itemIndex] = [errorItem(error, itemIndex, extra)];
		};
	const fail = failInto(failures);
	// without Continue On Fail bad input sends nothing
	const members: BatchRun['members'] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			members.push({ itemIndex: i, values: readWireValues(ctx, op, i) });
		} catch (error) {
			if (!ctx.continueOnFail()) throw forItem(ctx, error as Error, i);
			fail(i, error as Error);
		}
	}
	await send({ ctx, transport, members, results, fail, failInto, failures });
	if (failures.length) throw batchFailure(ctx, failures, items.length);
	return results;
}
