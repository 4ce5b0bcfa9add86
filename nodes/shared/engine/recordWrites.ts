/**
 * Record sets (RecordSetTrait), the writing half: a plan's creates, updates, removals and deactivations sent
 * through the table's own operations. A batching create or removal goes through its runner's batch step (as
 * large as the vendor allows, each record its own outcome, lost answers looked up where the runner does), a
 * `create` kind through its lost-answer guard, anything else one call per record, Parallel Requests at a time.
 */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';

import type { VendorTransport } from '../transport/vendorTransport';
import type { BatchRun, Fail, OperationDefinition, RecordSetTrait, RecordWrite, WireValues } from './definitions';
import { inOrder } from './items';
import { listBatchRunner } from './listBatch';
import { sendCreate } from './lostCreate';
import { recordValue, type Step } from './recordSet';
import { buildRequest } from './request';

/** What one write did: the vendor's answer (or the runner's result), or the error. */
export type Outcome = { ok: true; json: IDataObject } | { ok: false; error: Error; extra?: IDataObject };

interface Member {
	itemIndex: number;
	values: WireValues;
}

/** The batch step of an operation whose runner batches (list batches, a vendor's batches of entries). */
function batchStep(op: OperationDefinition) {
	if (op.kind === 'listBatch') return listBatchRunner.send;
	return op.kind === 'custom' ? op.runner.send : undefined;
}

/** Settles every task, `degree` at a time: each its own outcome, none stopping the others. */
async function settleAll<T>(tasks: Array<() => Promise<T>>, degree: number): Promise<Array<{ ok: true; value: T } | { ok: false; error: Error }>> {
	return await inOrder(
		tasks.map((task) => async () => await task().then((value) => ({ ok: true as const, value }), (error: Error) => ({ ok: false as const, error }))),
		degree,
	);
}

/** Sends `op` for each member (its values the operation's own): one outcome per member, by item index. */
export async function writeAll(ctx: IExecuteFunctions, transport: VendorTransport, op: OperationDefinition, members: Member[]): Promise<Map<number, Outcome>> {
	const outcomes = new Map<number, Outcome>();
	if (!members.length) return outcomes;
	const prepared = members.map((m) => ({ itemIndex: m.itemIndex, values: op.prepare ? op.prepare(ctx, m.values, m.itemIndex) : m.values }));
	const step = batchStep(op);
	if (step) {
		const fail: Fail = (itemIndex, error, extra) => outcomes.set(itemIndex, { ok: false, error, extra });
		const run: BatchRun = { ctx, transport, members: prepared, results: [], fail, failInto: () => fail, failures: [] };
		await step(op, run);
		for (const { itemIndex } of prepared)
			if (!outcomes.has(itemIndex)) {
				const json = run.results[itemIndex]?.[0]?.json;
				outcomes.set(itemIndex, json ? { ok: true, json } : { ok: false, error: new Error(`${transport.vendor} gave no result for this record`) });
			}
		return outcomes;
	}
	// creates the vendor cannot take twice go one after the other (their guard lists what exists first)
	const degree = op.kind === 'create' ? 1 : transport.parallel;
	const settled = await settleAll(
		prepared.map((m) => async () => {
			const data = op.kind === 'create' ? await sendCreate(ctx, transport, op, m.values, m.itemIndex) : await transport.request(await buildRequest(ctx, op, m.values, m.itemIndex));
			return data && typeof data === 'object' && !Array.isArray(data) ? (data as IDataObject) : { success: true };
		}),
		degree,
	);
	settled.forEach((s, n) => outcomes.set(prepared[n].itemIndex, s.ok ? { ok: true, json: s.value } : { ok: false, error: s.error }));
	return outcomes;
}

/** Only the values an operation declares. */
function valuesFor(op: OperationDefinition, values: WireValues): WireValues {
	return Object.fromEntries(Object.entries(values).filter(([name]) => op.params.some((p) => p.name === name)));
}

/** An update's values: the changed fields (or the record as listed with them, where the vendor's update replaces it). */
function updateValues(set: RecordSetTrait, step: Step, id: unknown, file?: string): WireValues {
	const { op, idParam, body } = set.update;
	const values: WireValues = {};
	if (body === 'merged')
		for (const p of op.params) {
			const current = recordValue(set, p.name, step.record!);
			if (current !== undefined && current !== null && current !== '') values[p.name] = current;
		}
	for (const [param, change] of Object.entries(step.changed)) values[param] = change.new;
	if (file !== undefined && set.file) values[set.file.target] = file;
	return { ...valuesFor(op, values), ...set.update.values, [idParam]: id };
}

/** A removal or deactivation of records by ID: a list batch takes them as one list, a call one by one. */
async function writeByIds(ctx: IExecuteFunctions, transport: VendorTransport, write: RecordWrite, ids: string[]): Promise<Outcome[]> {
	const members = ids.map((id, n) => ({ itemIndex: n, values: { ...write.values, [write.idParam]: write.op.kind === 'listBatch' ? [id] : id } }));
	const outcomes = await writeAll(ctx, transport, write.op, members);
	return members.map((m) => outcomes.get(m.itemIndex)!);
}

/**
 * A removal refused only with the vendor's "no such record" (a removal sent again after a lost answer) was done:
 * the codes of a batch's failed entries, or the code of a one-record call's error (its httpCode).
 */
function gone(set: RecordSetTrait, outcome: Outcome): Outcome {
	if (outcome.ok || !set.remove?.goneCodes) return outcome;
	const failed = (outcome.extra?.failed ?? [{ code: (outcome.error as { httpCode?: string }).httpCode }]) as IDataObject[];
	const codes = set.remove.goneCodes.map(String);
	return failed.length && failed.every((f) => codes.includes(String(f.code))) ? { ok: true, json: { success: true, alreadyGone: true } } : outcome;
}

/**
 * Carries out a plan: removals and deactivations first (so a value a removed record held is free for the
 * others), then updates, then creates. One outcome per step, in the plan's order.
 */
export async function carryOut(ctx: IExecuteFunctions, transport: VendorTransport, set: RecordSetTrait, steps: Step[]): Promise<Outcome[]> {
	const outcomes = new Map<Step, Outcome>();
	const idOf = (step: Step) => String(step.record?.[set.idField] ?? '');
	for (const [action, write] of [
		['remove', set.remove],
		['deactivate', set.deactivate],
	] as const) {
		const chosen = steps.filter((s) => s.action === action);
		if (!chosen.length || !write) continue;
		const done = await writeByIds(ctx, transport, write, chosen.map(idOf));
		chosen.forEach((step, n) => outcomes.set(step, action === 'remove' ? gone(set, done[n]) : done[n]));
	}
	const updates = steps.filter((s) => s.action === 'update');
	const settled = await settleAll(
		updates.map((step) => async () => {
			const property = set.file && step.sendFile ? String(step.values![set.file.param]) : undefined;
			const file = property ? await set.file!.upload(ctx, transport, step.itemIndex!, property) : undefined;
			const values = updateValues(set, step, step.record![set.idField], file);
			await transport.request(await buildRequest(ctx, set.update.op, values, step.itemIndex!));
			return values;
		}),
		transport.parallel,
	);
	updates.forEach((step, n) => {
		const s = settled[n];
		outcomes.set(step, s.ok ? { ok: true, json: s.value as IDataObject } : { ok: false, error: s.error, extra: { sent: Object.keys(step.changed) } as JsonObject });
	});
	const creates = steps.filter((s) => s.action === 'create');
	const created = await writeAll(
		ctx,
		transport,
		set.create,
		creates.map((step) => {
			const values = valuesFor(set.create, step.values!);
			if (set.file && !step.sendFile) delete values[set.file.param];
			return { itemIndex: step.itemIndex!, values };
		}),
	);
	for (const step of creates) outcomes.set(step, created.get(step.itemIndex!)!);
	return steps.map((step) => outcomes.get(step) ?? { ok: true, json: {} });
}
