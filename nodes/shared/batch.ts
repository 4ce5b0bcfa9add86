/**
 * Batching (the `batch` trait): input items are gathered into as few list calls as the vendor allows, and every
 * item still gets its own result. Two kinds of list:
 * - 'list': an item's list parameter holds its entries (ids, or objects such as lessons); items that agree on
 *   every other parameter share calls, and each distinct entry is sent once;
 * - 'item': each item is one entry of the list, made of its parameters (a person, a group, a vehicle).
 * An item fails when its call failed or the vendor did not confirm one of its entries; the others keep their
 * success. Entry batches whose answer is lost are checked against the vendor before anything is sent again.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { asArray, errorItem, forItem } from './items';
import type { BatchTrait, EntryResults, LostBatchLookup, OperationDefinition } from './operations';
import { fetchList } from './paging';
import { buildRequest, placeValues, readWireValues, type WireValues } from './parameters';
import { REQUEST_OPTIONS } from './properties';
import { inOrder, type ApiSession, type StoredState, type VendorApi } from './session';
import { answerMayBeLost, backoffDelay, getPath, LOST_ANSWER_NOTE, type VendorRequest } from './transport';

/** What the vendor reported for one entry of a call. */
interface Outcome {
	ok: boolean;
	code?: number | string;
	message?: string;
	/** the entry as the answer reports it */
	echo?: IDataObject;
}

/** Entries per call: the Batch Size option within the vendor's maximum; a set that must not be split, whole. */
export function batchSize(ctx: IExecuteFunctions, batch: BatchTrait): number {
	if (!batch.splittable) return Infinity;
	const requested = Number((ctx.getNodeParameter(REQUEST_OPTIONS, 0, {}) as IDataObject).batchSize ?? 0);
	return Math.max(1, Math.min(requested > 0 ? requested : Infinity, batch.maxPerCall ?? Infinity));
}

/** The error of a batch run in which some items failed (without Continue On Fail): it names the first ten. */
export function batchFailure(ctx: IExecuteFunctions, failures: Array<{ itemIndex: number; error: Error }>, total: number): NodeOperationError {
	const shown = 10;
	const detail = failures.slice(0, shown).map((f) => `item ${f.itemIndex}: ${f.error.message}`).join('; ');
	return new NodeOperationError(ctx.getNode(), `${failures.length} of ${total} items failed: ${detail}${failures.length > shown ? '; …' : ''}`, {
		itemIndex: failures[0].itemIndex,
		description: 'Items not listed here succeeded. Turn on "Continue On Fail" to get one result per item instead.',
	});
}

function chunks<T>(list: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let start = 0; start < list.length; start += size === Infinity ? list.length : size) out.push(list.slice(start, size === Infinity ? list.length : start + size));
	return out;
}

function firstArray(data: unknown, paths: string[]): unknown[] | undefined {
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

/**
 * Outcomes of entry objects, matched to the answer's entries by the fields it echoes (`echoFields`); where the
 * answer reports exactly one entry per sent entry, an unmatched one is taken by position.
 */
function outcomesByEcho(results: EntryResults, data: unknown, entries: IDataObject[]): Outcome[] {
	const echoFields = Object.entries(results.echoFields ?? {});
	const pool = [
		...((firstArray(data, results.failedPaths) ?? []) as IDataObject[]).map((echo) => ({ echo, ok: false, used: false })),
		...((firstArray(data, results.succeededPaths) ?? []) as IDataObject[]).map((echo) => ({ echo, ok: true, used: false })),
	];
	return entries.map((entry, position) => {
		const matches = (echo: IDataObject) => echoFields.every(([field, echoed]) => entry[field] === undefined || echo[echoed] === undefined || String(echo[echoed]) === String(entry[field]));
		const hit = pool.find((p) => !p.used && matches(p.echo)) ?? (pool.length === entries.length && !pool[position].used ? pool[position] : undefined);
		if (!hit) return pool.length ? { ok: false, message: 'not confirmed in the answer' } : { ok: true };
		hit.used = true;
		const code = hit.echo[results.codeField] as number | string | undefined;
		return hit.ok ? { ok: true, echo: hit.echo } : { ok: false, code: code === undefined ? undefined : Number(code), message: hit.echo[results.messageField] as string | undefined, echo: hit.echo };
	});
}

type Failure = { itemIndex: number; error: Error };

type Fail = (itemIndex: number, error: Error, extra?: IDataObject) => void;

/**
 * Runs a batch operation for all input items. Calls that cannot affect each other go out up to the session's
 * Parallel Requests at a time (see runListBatch, runEntryBatch); each item's result, and the order in which
 * failures are named, are those of one call after the other.
 */
export async function runBatched(ctx: IExecuteFunctions, session: ApiSession, op: OperationDefinition, api: VendorApi): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const results: INodeExecutionData[][] = items.map(() => []);
	const failures: Failure[] = [];
	/** records failures in `into`: calls in flight together each keep their own, joined in call order afterwards */
	const failInto =
		(into: Failure[]): Fail =>
		(itemIndex, error, extra) => {
			if (!ctx.continueOnFail()) into.push({ itemIndex, error });
			results[itemIndex] = [errorItem(error, itemIndex, extra)];
		};
	const fail = failInto(failures);
	// every item is read and validated before anything is sent; without Continue On Fail bad input sends nothing
	const members: Array<{ itemIndex: number; values: WireValues }> = [];
	for (let i = 0; i < items.length; i++) {
		try {
			members.push({ itemIndex: i, values: readWireValues(ctx, op, i) });
		} catch (error) {
			if (!ctx.continueOnFail()) throw forItem(ctx, error as Error, i);
			fail(i, error as Error);
		}
	}
	const run = { ctx, session, op, api, results, fail, failInto, failures };
	if (op.batch!.entries === 'item') await runEntryBatch(run, members);
	else await runListBatch(run, members);
	if (failures.length) throw batchFailure(ctx, failures, items.length);
	return results;
}

interface BatchRun {
	ctx: IExecuteFunctions;
	session: ApiSession;
	op: OperationDefinition;
	api: VendorApi;
	results: INodeExecutionData[][];
	fail: Fail;
	failInto: (into: Failure[]) => Fail;
	failures: Failure[];
}

function without(values: WireValues, key: string): IDataObject {
	const copy = { ...values };
	delete copy[key];
	return copy as IDataObject;
}

/** 'list' batches: items grouped by their other parameters, each distinct entry sent once. */
async function runListBatch({ ctx, session, op, results, fail }: BatchRun, members: Array<{ itemIndex: number; values: WireValues }>): Promise<void> {
	const batch = op.batch!;
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
				const data = await session.request(request);
				const confirmed = batch.succeededPath ? new Set(asArray(getPath(data, batch.succeededPath)).map(String)) : undefined;
				const reported = batch.entryResults
					? outcomesById(batch.entryResults, data, chunk)
					: chunk.map((k): Outcome => ({ ok: !confirmed || confirmed.has(k) }));
				return { chunk, reported, response: getPath(data, op.outputPath) };
			} catch (error) {
				return { chunk, error: error as Error };
			}
		});
		for (const { chunk, reported, response, error } of await inOrder(calls, session.parallel)) {
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
				const error =
					coded && session.client.entryError
						? session.client.entryError(ctx, coded.code!, coded.message ?? '', member.itemIndex)
						: new NodeApiError(ctx.getNode(), { notConfirmed: missing } as JsonObject, {
								message: `${session.client.vendor} did not confirm ${label.toLowerCase()} ${missing.join(', ')} [item ${member.itemIndex}]`,
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

const FOUND_AFTER_LOST_ANSWER = 'Added: the answer was lost, and the node found the entry before sending again';

/**
 * 'item' batches: each item one entry (prepared first, e.g. its photo uploaded). A call whose answer was lost is
 * not resent blindly: with a `lostAnswer` look-up the node asks the vendor which entries it stored and sends only
 * the others again; without one it resends, and a refusal then says the lost attempt may be its cause.
 */
async function runEntryBatch({ ctx, session, op, api, results, fail, failInto, failures }: BatchRun, members: Array<{ itemIndex: number; values: WireValues }>): Promise<void> {
	const batch = op.batch!;
	const vendor = session.client.vendor;
	const prepare = batch.prepareEntry ? api.entryPreparers?.[batch.prepareEntry] : undefined;
	const entries: Array<{ itemIndex: number; entry: IDataObject }> = [];
	for (const { itemIndex, values } of members) {
		const request: VendorRequest = { method: op.method, path: op.path, query: {}, body: {}, form: {}, headers: {}, files: {}, itemIndex };
		placeValues(request, op, values);
		let entry = request.body;
		try {
			if (prepare) entry = await prepare(ctx, session, itemIndex, values, entry);
			entries.push({ itemIndex, entry });
		} catch (error) {
			fail(itemIndex, error as Error, { entry });
		}
	}
	const answerShape = batch.entryResults;
	const lookup = batch.lostAnswer;
	const calls = chunks(entries, batchSize(ctx, batch));
	// per call: whether an answer showed the vendor kept an id the node chose (the look-up may then trust a
	// missing id); a call's look-up counts the calls before it and itself, as one call after the other would
	const keptIds = calls.map(() => false);
	const settled: Array<Promise<void>> = [];
	const settle = (call: number, fail: Fail, itemIndex: number, entry: IDataObject, outcome: Outcome, resent: boolean) => {
		if (outcome.ok) {
			if (lookup && entry[lookup.idField] !== undefined && outcome.echo?.[lookup.idField] === entry[lookup.idField]) keptIds[call] = true;
			results[itemIndex] = [{ json: { success: true, ...entry, ...(outcome.echo ?? {}) }, pairedItem: { item: itemIndex } }];
			return;
		}
		const error =
			outcome.code !== undefined && session.client.entryError
				? session.client.entryError(ctx, outcome.code, outcome.message ?? '', itemIndex)
				: new NodeApiError(ctx.getNode(), { entry } as JsonObject, {
						message: `${vendor} did not add this entry: ${outcome.message ?? 'no reason given'} [item ${itemIndex}]`,
						itemIndex,
					});
		// a refusal of an entry sent again after a lost answer may be the lost attempt's doing
		if (resent) error.description = [error.description, LOST_ANSWER_NOTE].filter(Boolean).join(' ');
		fail(itemIndex, error, { code: outcome.code, msg: outcome.message, entry });
	};
	const unresolved = (itemIndex: number, reason: string) =>
		new NodeApiError(ctx.getNode(), { reason } as JsonObject, {
			message: `${vendor} may or may not have added this entry: the answer to its batch was lost [item ${itemIndex}]`,
			description: `The node did not send it again, which could add it twice: ${reason}. ${lookup?.advice ?? 'Check the vendor before running this item again.'}`,
			itemIndex,
		});

	const send = async (call: number, fail: Fail) => {
		let pending = calls[call];
		for (let attempt = 0; pending.length; attempt++) {
			try {
				const request: VendorRequest = { method: op.method, path: op.path, query: {}, body: { [batch.param]: pending.map((c) => c.entry) }, form: {}, headers: {}, files: {}, itemIndex: pending[0].itemIndex };
				// lost answers come back here rather than being resent blindly
				const data = await session.request(request, { resendAfterLostAnswer: false });
				const outcomes = answerShape ? outcomesByEcho(answerShape, data, pending.map((c) => c.entry)) : pending.map((): Outcome => ({ ok: true }));
				pending.forEach(({ itemIndex, entry }, n) => settle(call, fail, itemIndex, entry, outcomes[n], attempt > 0));
				break;
			} catch (error) {
				if (!answerMayBeLost(error)) {
					for (const { itemIndex, entry } of pending) fail(itemIndex, error as Error, { entry });
					break;
				}
				// give a slow vendor time to finish the lost request before asking what it has or sending again
				const delay = backoffDelay(session.retry, attempt);
				if (delay > 0) await sleep(delay);
				if (lookup) {
					// what the vendor holds is asked once the calls before this one are done, as one after the other would
					await Promise.all(settled.slice(0, call));
					let states: StoredState[];
					try {
						states = await findStored(ctx, session, op, api, lookup, pending.map((c) => c.entry), {
							itemIndex: pending[0].itemIndex,
							sentIdsKept: keptIds.slice(0, call + 1).some(Boolean),
						});
					} catch (lookupError) {
						// without knowing what the vendor has, sending again could add entries twice
						for (const { itemIndex, entry } of pending) fail(itemIndex, unresolved(itemIndex, (lookupError as Error).message), { entry });
						break;
					}
					const absent: typeof pending = [];
					pending.forEach((c, n) => {
						const state = states[n];
						if (state.state === 'absent') absent.push(c);
						else if (state.state === 'stored') settle(call, fail, c.itemIndex, c.entry, { ok: true, echo: foundEcho(lookup, answerShape, c.entry, state.record) }, false);
						else fail(c.itemIndex, unresolved(c.itemIndex, state.reason), { entry: c.entry });
					});
					pending = absent;
				}
				// the entries the vendor does not have (or, without a look-up, all of them) fail once the retries are used up
				if (attempt >= session.retry.maxRetries) {
					for (const { itemIndex, entry } of pending) fail(itemIndex, error as Error, { entry });
					break;
				}
			}
		}
	};
	const parallel = independent(batch, entries.map((e) => e.entry)) ? session.parallel : 1;
	const failed = calls.map((): Failure[] => []);
	await inOrder(
		calls.map((_, call) => async () => {
			settled[call] = send(call, failInto(failed[call]));
			await settled[call];
		}),
		parallel,
	);
	failures.push(...failed.flat());
}

/**
 * Whether the calls of an entry batch cannot affect each other's outcome, so that they may go out in parallel:
 * the table names the fields the vendor keeps unique (`uniqueFields`), every entry carries one, and no entry
 * shares a value of one of them, or of the id of a lost-answer look-up, with another. Otherwise two calls
 * could race for the same value (which one the vendor refuses would depend on timing), or a look-up could
 * take a record of a later call, sent meanwhile, for its own entry.
 */
function independent(batch: BatchTrait, entries: IDataObject[]): boolean {
	const unique = batch.uniqueFields;
	if (!unique?.length) return false;
	const present = (value: unknown) => value !== undefined && value !== null && value !== '';
	if (!entries.every((entry) => unique.some((field) => present(entry[field])))) return false;
	const seen = new Set<string>();
	for (const entry of entries)
		for (const field of [...unique, ...(batch.lostAnswer ? [batch.lostAnswer.idField] : [])]) {
			if (!present(entry[field])) continue;
			const key = JSON.stringify([field, String(entry[field])]);
			if (seen.has(key)) return false;
			seen.add(key);
		}
	return true;
}

/** A found entry in the shape of the answer's successes: its id, the echoed fields, the success code and a note. */
function foundEcho(lookup: LostBatchLookup, results: EntryResults | undefined, entry: IDataObject, record: IDataObject): IDataObject {
	const echo: IDataObject = { [lookup.idField]: record[lookup.idField] };
	for (const [field, echoed] of Object.entries(results?.echoFields ?? {})) if (echoed !== field && entry[field] !== undefined) echo[echoed] = entry[field];
	if (results) {
		if (results.successCode !== undefined) echo[results.codeField] = results.successCode;
		echo[results.messageField] = FOUND_AFTER_LOST_ANSWER;
	}
	return echo;
}

/** Which entries of a lost call the vendor stores: through the vendor's hook, or by listing and matching fields. */
async function findStored(
	ctx: IExecuteFunctions,
	session: ApiSession,
	op: OperationDefinition,
	api: VendorApi,
	lookup: LostBatchLookup,
	entries: IDataObject[],
	options: { itemIndex: number; sentIdsKept: boolean },
): Promise<StoredState[]> {
	if (lookup.hook) {
		const hook = api.lostEntryLookups?.[lookup.hook];
		if (!hook) throw new NodeOperationError(ctx.getNode(), `Operation ${op.resource}.${op.operation} has no look-up "${lookup.hook}"`);
		return await hook(session, entries, options);
	}
	const listOp = api.operations.find((o) => o.resource === op.resource && o.operation === lookup.listOperation);
	if (!listOp) throw new NodeOperationError(ctx.getNode(), `Operation ${op.resource}.${op.operation} has no list operation "${lookup.listOperation}"`);
	// one listing per distinct filter (the list's filters are fuzzy, so only exact matches count)
	const listings = new Map<string, IDataObject[]>();
	const states: StoredState[] = [];
	for (const entry of entries) {
		const filter = Object.fromEntries(Object.entries(lookup.filter ?? {}).map(([listParam, field]) => [listParam, entry[field]]));
		const key = JSON.stringify(filter);
		if (!listings.has(key)) {
			const request = await buildRequest(ctx, listOp, filter, options.itemIndex);
			listings.set(key, (await fetchList(session, listOp, request, true, Infinity)) as IDataObject[]);
		}
		const record = listings
			.get(key)!
			.find((r) => Object.entries(lookup.matchFields ?? {}).every(([field, recordField]) => entry[field] !== undefined && r[recordField] !== undefined && String(r[recordField]) === String(entry[field])));
		states.push(record ? { state: 'stored', record } : { state: 'absent' });
	}
	return states;
}
