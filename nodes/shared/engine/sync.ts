/**
 * The runners of record sets (RecordSetTrait): Create or Update (`upsert`: one item, one record found by its
 * key) and Sync (`sync`: the items are the whole desired set). Both read what exists once, plan, and write
 * only what differs (recordSet.ts plans, recordWrites.ts writes). A sync's Dry Run returns the plan and sends
 * no write; its safety limit refuses a plan that would remove or deactivate too many of the current records.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { VendorTransport } from '../transport/vendorTransport';
import type { ListedRecordSet, ListOperation, OperationDefinition, OperationRunner, RecordSetTrait, SyncOperation, UpsertOperation } from './definitions';
import { fetchList } from './paging';
import { carryOut, sentBy, writeUnlisted, type Outcome } from './recordWrites';
import { buildRequest } from './request';
import { byKey, planAbsent, planItems, readDesired, readSet, scopeOf, setOptions, type Desired, type SetOptions, type Step } from './recordSet';

/** Create or Update searches the set per item (where the key has a search) up to this many items, else reads it once. */
export const UPSERT_SEARCH_MAX = 10;

const DONE: Record<Step['action'], string> = { create: 'created', update: 'updated', unchanged: 'unchanged', remove: 'removed', deactivate: 'deactivated', keep: 'kept' };

/** Parameters whose values are secrets (passwords): shown as changed, never by value. */
function secretsOf(op: OperationDefinition, set: RecordSetTrait): { params: Set<string>; fields: Set<string> } {
	const params = new Set(op.params.filter((p) => p.typeOptions?.password).map((p) => p.name));
	const fields = new Set([...params].map((p) => set.fields[p]).map((m) => (typeof m === 'string' ? m : m?.field)).filter((f): f is string => !!f));
	return { params, fields };
}

const HIDDEN = '(hidden)';

/** One record's output item: what was (or would be) done, its key and ID, the changed fields and the record. */
function stepItem(op: OperationDefinition, set: RecordSetTrait, options: SetOptions, step: Step, outcome?: Outcome): INodeExecutionData {
	const secrets = secretsOf(op, set);
	const changed = Object.fromEntries(
		Object.entries(step.changed).map(([param, change]) => [param, secrets.params.has(param) ? { old: HIDDEN, new: HIDDEN } : change]),
	) as IDataObject;
	const answer = outcome?.ok ? outcome.json : undefined;
	const id = step.record?.[set.idField] ?? answer?.[set.idField];
	const record = step.record ? { ...step.record } : undefined;
	for (const field of secrets.fields) if (record && field in record) record[field] = HIDDEN;
	const json: IDataObject = {
		action: outcome ? DONE[step.action] : step.action,
		key: step.key,
		matchOn: options.key.param,
		...(id !== undefined ? { id: id as IDataObject[string] } : {}),
		changed,
		...(record ? { record } : {}),
		...(answer && step.action === 'create' ? { created: Object.fromEntries(Object.entries(answer).filter(([k]) => !secrets.params.has(k))) as IDataObject } : {}),
	};
	if (!outcome) json.dryRun = true;
	if (outcome && !outcome.ok) {
		json.action = step.action;
		json.error = outcome.error.message;
		const description = (outcome.error as { description?: string }).description;
		if (description) json.errorDescription = description;
	}
	return { json, pairedItem: { item: step.itemIndex ?? 0 } };
}

/** Without Continue On Fail, records whose write failed fail the node after the others were written. */
function checkFailures(ctx: IExecuteFunctions, set: RecordSetTrait, steps: Step[], outcomes: Outcome[]): void {
	if (ctx.continueOnFail()) return;
	const failed = steps.map((step, n) => ({ step, outcome: outcomes[n] })).filter((f) => !f.outcome.ok);
	if (!failed.length) return;
	const shown = failed.slice(0, 10).map(({ step, outcome }) => `${step.action} ${set.noun} "${step.key}": ${(outcome as { error: Error }).error.message}`);
	throw new NodeOperationError(ctx.getNode(), `${failed.length} of ${steps.length} ${set.noun} writes failed: ${shown.join('; ')}${failed.length > 10 ? '; …' : ''}`, {
		itemIndex: failed[0].step.itemIndex ?? 0,
		description: 'The other steps of the plan were carried out. Run the node again to retry what failed (it writes only what still differs), or turn on "Continue On Fail" to get one result per record.',
	});
}

/** Runs a plan (or returns it under Dry Run): one output item per step, then the items that could not be read. */
async function execute(ctx: IExecuteFunctions, transport: VendorTransport, op: OperationDefinition, set: RecordSetTrait, options: SetOptions, steps: Step[], failed: INodeExecutionData[]): Promise<INodeExecutionData[][]> {
	if (options.dryRun) return [[...steps.map((step) => stepItem(op, set, options, step)), ...failed]];
	const outcomes = await carryOut(ctx, transport, set, steps);
	checkFailures(ctx, set, steps, outcomes);
	return [[...steps.map((step, n) => stepItem(op, set, options, step, outcomes[n])), ...failed]];
}

/** Sync: the set read once, compared with all items, records the input lacks kept, removed or deactivated. */
async function runSync(ctx: IExecuteFunctions, transport: VendorTransport, op: SyncOperation): Promise<INodeExecutionData[][]> {
	const { set } = op;
	const options = setOptions(ctx, set);
	const { desired, failed } = readDesired(ctx, op, set, options.key);
	const records = await readSet(ctx, transport, set.list, scopeOf(ctx, op, set, desired));
	const index = byKey(records, options.key);
	const matched = new Set<IDataObject>();
	const items = planItems(ctx, set, options, desired, (d) => {
		const record = index.get(d.key);
		if (record) matched.add(record);
		return record;
	});
	let absent = planAbsent(set, options, records, matched);
	const leaving = absent.filter((s) => s.action === 'remove' || s.action === 'deactivate').length;
	if (leaving && failed.length) {
		// an item that could not be read would look like a record to remove
		absent = absent.map((s) => (s.action === 'remove' || s.action === 'deactivate' ? { ...s, action: 'keep' } : s));
		ctx.addExecutionHints?.({ message: `${failed.length} input item(s) could not be read, so no ${set.noun} was removed or deactivated: correct them and run again.`, location: 'outputPane' });
	} else if (leaving && records.length && (leaving / records.length) * 100 > options.safetyLimit) {
		const share = Math.round((leaving / records.length) * 1000) / 10;
		const message = `Sync refused: it would ${options.absent} ${leaving} of the ${records.length} current ${set.noun}s (${share} %), more than the safety limit of ${options.safetyLimit} %`;
		const description = `${desired.length} input item(s) were compared with the ${records.length} ${set.noun}s on the vendor. Check that the input is complete (an empty or cut-off file looks like everyone left). If the removals are meant, raise "Safety Limit (%)" under Options for this run; Dry Run lists every planned step.`;
		if (!options.dryRun) throw new NodeOperationError(ctx.getNode(), message, { description });
		ctx.addExecutionHints?.({ message: `${message}. ${description}`, location: 'outputPane' });
		absent = absent.map((s) => ({ ...s, refused: true }));
	}
	const steps = [...items, ...absent];
	const result = await execute(ctx, transport, op, set, options, steps, failed);
	if (options.dryRun && absent.some((s) => s.refused)) for (const item of result[0]) if (item.json.dryRun) item.json.safetyLimitExceeded = true;
	return result;
}

/** The record of one item by the key's search: every page of the fuzzy search, then the exact match. */
async function searchOne(ctx: IExecuteFunctions, transport: VendorTransport, list: ListOperation, filter: IDataObject, options: SetOptions, d: Desired): Promise<IDataObject | undefined> {
	const request = await buildRequest(ctx, list, { ...filter, [options.key.search!]: d.values[options.key.param] }, d.itemIndex);
	const records = (await fetchList(transport, list, request, true, Infinity)) as IDataObject[];
	return byKey(records, options.key).get(d.key);
}

/** Create or Update of a set the vendor lists none of: each item's update, then its create where the vendor has none. */
async function runUnlisted(ctx: IExecuteFunctions, transport: VendorTransport, op: UpsertOperation, options: SetOptions, desired: Desired[], failed: INodeExecutionData[]): Promise<INodeExecutionData[][]> {
	const { set } = op;
	// nothing is compared: the update sends every field the item gives, its old value unknown
	const steps = desired.map((d): Step => ({ action: 'update', key: d.key, itemIndex: d.itemIndex, values: d.values, changed: sentBy(set, d.values) }));
	const done = await writeUnlisted(ctx, transport, set, options.key, steps);
	checkFailures(ctx, set, done.map((d) => d.step), done.map((d) => d.outcome));
	return [[...done.map((d) => stepItem(op, set, options, d.step, d.outcome)), ...failed]];
}

/** Create or Update: each item's record by the key's search (a few items) or from the set read once per scope. */
async function runUpsert(ctx: IExecuteFunctions, transport: VendorTransport, op: UpsertOperation): Promise<INodeExecutionData[][]> {
	const { set } = op;
	const options: SetOptions = { ...setOptions(ctx, set), absent: 'keep', dryRun: false };
	const { desired, failed } = readDesired(ctx, op, set, options.key);
	const { list } = set;
	if (!list) return await runUnlisted(ctx, transport, op, options, desired, failed);
	// items of different scopes (e.g. person types) are matched within their own
	const groups = new Map<string, Desired[]>();
	for (const d of desired) {
		const scope = JSON.stringify(Object.values(set.scope ?? {}).map((param) => d.values[param] ?? null));
		groups.set(scope, [...(groups.get(scope) ?? []), d]);
	}
	const found = new Map<Desired, IDataObject | undefined>();
	for (const group of groups.values()) {
		const filter = scopeOf(ctx, op, set, group);
		if (options.key.search && desired.length <= UPSERT_SEARCH_MAX) for (const d of group) found.set(d, await searchOne(ctx, transport, list, filter, options, d));
		else {
			const index = byKey(await readSet(ctx, transport, list, filter), options.key);
			for (const d of group) found.set(d, index.get(d.key));
		}
	}
	const steps = planItems(ctx, set, options, desired, (d) => found.get(d));
	return await execute(ctx, transport, op, set, options, steps, failed);
}

export const upsertRunner: OperationRunner = {
	summary: 'finds each record by its key, updates the fields that differ, creates it when absent',
	run: async (ctx, transport, op) => await runUpsert(ctx, transport, op as UpsertOperation),
};

export const syncRunner: OperationRunner = {
	summary: 'makes the set equal to the input: one read, changed fields only, batch writes, Dry Run, safety limit',
	run: async (ctx, transport, op) => await runSync(ctx, transport, op as SyncOperation),
};

type SetWords = { plural: string; where: string };

/** What both operations of a set share: the create's fields (Columns in version 2 where the create has them), the sections they compose. */
function setBase(set: RecordSetTrait) {
	const { create, list } = set;
	const sections = [list, create, set.update.op, set.remove?.op, set.deactivate?.op].filter((o): o is OperationDefinition => !!o).map((o) => o.docSection);
	// the method and path are the read the operation starts with: the list's, or the update's where the vendor lists none
	const first = list ?? set.update.op;
	return {
		resource: create.resource,
		method: first.method,
		path: first.path,
		docSection: [...new Set(sections)].join('; '),
		params: create.params,
		...(create.columns ? { columns: true as const } : {}),
	};
}

/** Whether the vendor lists a set's records (a sync reads the whole set). */
const listed = (set: RecordSetTrait): set is ListedRecordSet => set.list !== undefined;

/** The Sync operation of a set the vendor lists. */
export function syncOperation(set: ListedRecordSet, { plural, where }: SetWords): SyncOperation {
	return {
		...setBase(set),
		kind: 'sync',
		set,
		operation: 'sync',
		name: 'Sync',
		action: `Sync ${plural}`,
		description: `Make the ${plural} on ${where} equal to the input items: create, update changed fields, and keep, remove or deactivate the others; Dry Run shows the plan`,
	};
}

/** The Create or Update and Sync operations of a record set, run by the runners above; Create or Update alone where the vendor lists none. */
export function recordSetOperations(set: RecordSetTrait, words: SetWords): Array<UpsertOperation | SyncOperation> {
	const { list } = set;
	const upsert: UpsertOperation = {
		...setBase(set),
		kind: 'upsert',
		set,
		operation: 'upsert',
		name: 'Create or Update',
		action: `Create or update a ${set.noun}`,
		description: list
			? `Find each item's ${set.noun} by the key chosen under Match On, update the fields that differ, or create it when ${words.where} has none`
			: `Update each item's ${set.noun}, found by the key chosen under Match On, with the item's fields, or create it when ${words.where} has none; ${words.where} lists no ${words.plural}, so nothing is compared (every ${set.noun} found is updated) and there is no Sync`,
	};
	return listed(set) ? [upsert, syncOperation(set, words)] : [upsert];
}
