/**
 * List batches (the `listBatch` kind): an item's list parameter holds its entries (ids, or objects such as
 * lessons); items that agree on every other parameter share calls, each distinct entry is sent once, and every
 * item still gets its own result. An item fails when its call failed or the vendor did not confirm one of its
 * entries; the others keep their success.
 */
import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { getPath } from '../transport/request';
import { batchSize, chunks, runBatch, type BatchRun } from './batches';
import type { EntryResults, ListBatchOperation, OperationRunner, WireValues } from './definitions';
import { asArray, inOrder } from './items';
import { buildRequest } from './request';

/** What the vendor reported for one entry of a call. */
interface Outcome {
	ok: boolean;
	code?: number | string;
	message?: string;
	/** the entry as the answer reports it */
	echo?: IDataObject;
}

/** The first array found at one of `paths` of an answer. */
export function firstArray(data: unknown, paths: string[]): unknown[] | undefined {
	for (const path of paths) {
		const value = getPath(data, path);
		if (Array.isArray(value)) return value;
	}
	return undefined;
}

/** Outcomes of id entries (or objects carrying an id), by id: see EntryResults. */
function outcomesById(results: EntryResults, data: unknown, keys: string[]): Outcome[] {
	const idOf = (entry: unknown) => {
		if (entry === null || typeof entry !== 'object') return String(entry);
		const field = results.idFields.find((f) => (entry as IDataObject)[f] !== undefined);
		return field ? String((entry as IDataObject)[field]) : '';
	};
	const byId = new Map<string, Outcome>();
	for (const entry of firstArray(data, results.failedPaths) ?? []) {
		const e = entry !== null && typeof entry === 'object' ? (entry as IDataObject) : {};
		byId.set(idOf(entry), { ok: false, code: e[results.codeField] as number | string | undefined, message: e[results.messageField] as string | undefined, echo: e });
	}
	const successes = firstArray(data, results.succeededPaths);
	for (const entry of successes ?? []) if (!byId.has(idOf(entry))) byId.set(idOf(entry), { ok: true, echo: entry as IDataObject });
	// a success list that leaves an entry out means the vendor did not do it
	return keys.map((key) => byId.get(key) ?? (successes ? { ok: false, message: 'not confirmed by the vendor' } : { ok: true }));
}

function without(values: WireValues, key: string): IDataObject {
	const copy = { ...values };
	delete copy[key];
	return copy as IDataObject;
}

/** 'list' batches: items grouped by their other parameters, each distinct entry sent once. */
async function sendListBatch(op: ListBatchOperation, { ctx, transport, members, results, fail }: BatchRun): Promise<void> {
	const batch = op.batch;
	const label = op.params.find((p) => p.name === batch.param)?.label ?? batch.param;
	const groups = new Map<string, typeof members>();
	for (const member of members) {
		const key = JSON.stringify(Object.entries(without(member.values, batch.param)).sort(([a], [b]) => a.localeCompare(b)));
		if (!groups.has(key)) groups.set(key, []);
		groups.get(key)!.push(member);
	}
	const keyOf = (entry: unknown) => (typeof entry === 'object' ? JSON.stringify(entry) : String(entry));
	for (const group of groups.values()) {
		// one wire entry per distinct value, remembering which items asked for it
		const owners = new Map<string, { entry: unknown; items: number[] }>();
		for (const member of group) {
			for (const entry of member.values[batch.param] as unknown[]) {
				const key = keyOf(entry);
				if (!owners.has(key)) owners.set(key, { entry, items: [] });
				if (!owners.get(key)!.items.includes(member.itemIndex)) owners.get(key)!.items.push(member.itemIndex);
			}
		}
		const outcomes = new Map<string, Outcome>();
		const callErrors = new Map<number, Error>();
		const responses = new Map<number, unknown>();
		// the chunks of a group hold distinct entries with the same other parameters: they go out in parallel and
		// their answers are applied in chunk order. Groups go one after the other (two groups may touch the same
		// record with different parameters, where the order of the calls decides).
		const first = group[0];
		const calls = chunks([...owners.keys()], batchSize(ctx, batch)).map((chunk) => async () => {
			try {
				const request = await buildRequest(ctx, op, { ...first.values, [batch.param]: chunk.map((k) => owners.get(k)!.entry) }, first.itemIndex);
				const data = await transport.request(request);
				const confirmed = batch.succeededPath ? new Set(asArray(getPath(data, batch.succeededPath)).map(String)) : undefined;
				const reported = batch.entryResults
					? outcomesById(batch.entryResults, data, chunk)
					: chunk.map((k): Outcome => ({ ok: !confirmed || confirmed.has(k) }));
				return { chunk, reported, response: getPath(data, op.outputPath) };
			} catch (error) {
				return { chunk, error: error as Error };
			}
		});
		for (const { chunk, reported, response, error } of await inOrder(calls, transport.parallel)) {
			if (error) {
				for (const k of chunk) for (const i of owners.get(k)!.items) if (!callErrors.has(i)) callErrors.set(i, error);
				continue;
			}
			chunk.forEach((k, n) => outcomes.set(k, reported![n]));
			for (const k of chunk) for (const i of owners.get(k)!.items) responses.set(i, response);
		}
		for (const member of group) {
			const entries = member.values[batch.param] as unknown[];
			const mine = entries.map(keyOf);
			const context = without(member.values, batch.param);
			const callError = callErrors.get(member.itemIndex);
			if (callError) {
				fail(member.itemIndex, callError, { ...context, [batch.param]: mine });
				continue;
			}
			const missing = mine.filter((k) => !outcomes.get(k)?.ok);
			if (missing.length) {
				const coded = missing.map((k) => outcomes.get(k)).find((o) => o?.code !== undefined);
				const error = coded
					? transport.error(coded.code!, coded.message ?? '', member.itemIndex)
					: new NodeApiError(ctx.getNode(), { notConfirmed: missing } as JsonObject, {
								message: `${transport.vendor} did not confirm ${label.toLowerCase()} ${missing.join(', ')} [item ${member.itemIndex}]`,
								description: 'The vendor accepted the request but left these entries out of its list of successes. Check that they exist and are not already bound.',
								itemIndex: member.itemIndex,
							});
				const failed = batch.entryResults ? missing.map((k) => ({ id: k, code: outcomes.get(k)?.code, msg: outcomes.get(k)?.message }) as IDataObject) : missing;
				fail(member.itemIndex, error, { ...context, [batch.param]: mine, failed });
				continue;
			}
			const confirmedEntries = batch.succeededPath || batch.entryResults;
			const response = responses.get(member.itemIndex);
			results[member.itemIndex] = [
				{
					json: {
						success: true,
						...context,
						[batch.param]: confirmedEntries ? mine : (entries as IDataObject[]),
						...(batch.entryResults ? { results: mine.map((k) => outcomes.get(k)?.echo ?? { id: k }) } : {}),
						...(confirmedEntries || response === undefined || response === null ? {} : { response: response as IDataObject }),
					},
					pairedItem: { item: member.itemIndex },
				},
			];
		}
	}
}

/** The runner of `listBatch` operations. */
export const listBatchRunner: OperationRunner = {
	run: async (ctx, transport, op) => await runBatch(ctx, transport, op, async (run) => await sendListBatch(op as ListBatchOperation, run)),
	send: async (op, run) => await sendListBatch(op as ListBatchOperation, run),
};
