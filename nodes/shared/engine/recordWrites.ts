/**
 * Record sets (RecordSetTrait), the writing half: a plan's creates, updates, removals and deactivations sent
 * through the table's own operations. A batching create or removal goes through its runner's batch step (as
 * large as the vendor allows, each record its own outcome, lost answers looked up where the runner does), a
 * `create` kind through its lost-answer guard, anything else one call per record, Parallel Requests at a time.
 */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { VendorRequest } from '../transport/request';
import { answerMayBeLost, backoffDelay } from '../transport/retries';
import type { VendorTransport } from '../transport/vendorTransport';
import type { BatchRun, Fail, OperationDefinition, RecordKey, RecordSetTrait, RecordWrite, WireValues } from './definitions';
import { inOrder } from './items';
import { listBatchRunner } from './listBatch';
import { sendCreate } from './lostCreate';
import { recordValue, type Changes, type Step } from './recordSet';
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

type Settled<T> = { ok: true; value: T } | { ok: false; error: Error };

/** A promise's value or error. */
async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
	return await promise.then((value) => ({ ok: true as const, value }), (error: Error) => ({ ok: false as const, error }));
}

/** Settles every task, `degree` at a time: each its own outcome, none stopping the others. */
async function settleAll<T>(tasks: Array<() => Promise<T>>, degree: number): Promise<Array<Settled<T>>> {
	return await inOrder(
		tasks.map((task) => async () => await settle(task())),
		degree,
	);
}

/** An answer as an output object (an answer without one: success). */
const asObject = (data: unknown): IDataObject => (data && typeof data === 'object' && !Array.isArray(data) ? (data as IDataObject) : { success: true });

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
			return asObject(data);
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

/** The vendor's code of an error the transport made from an answer (not an HTTP status), if any. */
function vendorCode(transport: VendorTransport, error: unknown): string | undefined {
	const code = (error as { errorResponse?: IDataObject }).errorResponse?.[transport.spec.errorFields?.[0] ?? 'code'];
	return code === undefined || code === null ? undefined : String(code);
}

/**
 * A removal refused only with the vendor's "no such record" (a removal sent again after a lost answer) was done:
 * the codes of a batch's failed entries, or the vendor's code of a one-record call's error.
 */
function gone(transport: VendorTransport, set: RecordSetTrait, outcome: Outcome): Outcome {
	if (outcome.ok || !set.remove?.goneCodes) return outcome;
	const failed = (outcome.extra?.failed ?? [{ code: vendorCode(transport, outcome.error) }]) as IDataObject[];
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
		chosen.forEach((step, n) => outcomes.set(step, action === 'remove' ? gone(transport, set, done[n]) : done[n]));
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

/** What the update of a set the vendor lists none of sends besides the key: every field the item gives, its old value unknown. */
export function sentBy(set: RecordSetTrait, values: WireValues): Changes {
	const sent = valuesFor(set.update.op, values);
	delete sent[set.update.idParam];
	return Object.fromEntries(Object.entries(sent).map(([param, value]) => [param, { old: undefined, new: value }]));
}

/** Whether an error is the vendor's refusal with one of `codes`. */
function refusedWith(transport: VendorTransport, error: unknown, codes: Array<number | string> = []): boolean {
	const code = vendorCode(transport, error);
	return code !== undefined && codes.map(String).includes(code);
}

/**
 * Create or Update of a set the vendor lists none of (a trait without `list`): each item's update, which finds
 * the record by its key, goes first; refused with the vendor's "no such record" (`update.goneCodes`), the create
 * follows. A create whose answer was lost is not sent again blindly: the update sent next finds the record it
 * made, or is refused again and the create is sent again, so nothing is created twice. Each step's final form
 * (a create where the record was created) and its outcome, Parallel Requests at a time.
 */
export async function writeUnlisted(ctx: IExecuteFunctions, transport: VendorTransport, set: RecordSetTrait, key: RecordKey, steps: Step[]): Promise<Array<{ step: Step; outcome: Outcome }>> {
	const { op, idParam, goneCodes } = set.update;
	const settled = await settleAll(
		steps.map((step) => async () => {
			const values = step.values!;
			const update = await buildRequest(ctx, op, { ...valuesFor(op, values), [idParam]: values[key.param] }, step.itemIndex!);
			let create: VendorRequest | undefined;
			let lost = false;
			for (let attempt = 0; ; attempt++) {
				const updated = await settle(transport.request(update));
				if (updated.ok) return { created: lost, json: asObject(updated.value) };
				// the transports' own NodeApiErrors pass through unchanged
				if (!refusedWith(transport, updated.error, goneCodes)) throw updated.error;
				create ??= await buildRequest(ctx, set.create, valuesFor(set.create, values), step.itemIndex!);
				const created = await settle(transport.request(create, { resendAfterLostAnswer: false }));
				if (created.ok) return { created: true, json: asObject(created.value) };
				if (!answerMayBeLost(created.error) || attempt >= transport.retry.maxRetries) throw created.error;
				// give a slow server time to finish the lost create before the update looks for its record
				lost = true;
				await sleep(backoffDelay(transport.retry, attempt));
			}
		}),
		transport.parallel,
	);
	return steps.map((step, n) => {
		const s = settled[n];
		if (!s.ok) return { step, outcome: { ok: false, error: s.error } };
		return { step: s.value.created ? { ...step, action: 'create', changed: {} } : step, outcome: { ok: true, json: s.value.json } };
	});
}
