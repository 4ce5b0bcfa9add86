/**
 * HongTu's own kind of operation: batches of entry objects (persons, groups, time plans, rules, vehicles), where
 * each input item is one entry of the call's list, prepared first (e.g. its photo uploaded). The box answers
 * each entry with a code, echoing the entry's fields. A call whose answer was lost is not resent blindly: with a
 * `lostAnswer` look-up the node asks the box which entries it stored and sends only the others again; without
 * one it resends, and a refusal then says the lost attempt may be its cause.
 */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { batchSize, chunks, runBatch, type BatchRun, type Fail, type Failure } from '../shared/engine/batches';
import type { EntryResults, ListOperation, OperationDefinition, OperationRunner } from '../shared/engine/definitions';
import { inOrder } from '../shared/engine/items';
import { firstArray } from '../shared/engine/listBatch';
import { fetchList } from '../shared/engine/paging';
import { requestFor } from '../shared/engine/request';
import type { WireValues } from '../shared/fields/values';
import { answerMayBeLost, backoffDelay, LOST_ANSWER_NOTE } from '../shared/transport/retries';
import type { VendorTransport } from '../shared/transport/vendorTransport';

/** How the box answers each entry: EntryResults plus the success code and the fields it echoes. */
export interface EntryObjectResults extends EntryResults {
	/** the code of a done entry (what an entry found after a lost answer reports) */
	successCode: number | string;
	/**
	 * entry field → the field the answer echoes it in; an answer entry is an entry's when every field both carry
	 * agrees (where the answer has one per sent entry, an unmatched one goes by position)
	 */
	echoFields: Record<string, string>;
}

/** Whether the box stores an entry of a call whose answer was lost. */
export type StoredState =
	/** `record`: the stored entry as the box lists it */
	| { state: 'stored'; record: IDataObject }
	| { state: 'absent' }
	/** the box has a record that may or may not be this entry */
	| { state: 'unknown'; reason: string };

/**
 * How to tell which entries of a lost call the box stored: list the records (one listing per distinct `filter`)
 * and match fields exactly, or, where that cannot express it, a look-up of its own. Entries found are reported as
 * added; only the others are sent again.
 */
export interface LostEntryLookup {
	/** the record field holding its id, reported under the same name as the answer does */
	idField: string;
	/** by listing: the operation that lists the records … */
	list?: ListOperation;
	/** … the listing that can hold the entry, as list parameter → entry field … */
	filter?: Record<string, string>;
	/** … and entry field → record field: a record is the entry when all of them agree */
	matchFields?: Record<string, string>;
	/** a look-up the fields cannot express: one state per entry, in order */
	find?(transport: VendorTransport, entries: IDataObject[], options: { itemIndex: number; sentIdsKept: boolean }): Promise<StoredState[]>;
	/** what the user can do so that entries can be checked exactly, shown when one cannot */
	advice?: string;
}

/** Prepares one entry before it is sent (e.g. uploads its photo). */
export type EntryPreparer = (ctx: IExecuteFunctions, transport: VendorTransport, itemIndex: number, values: WireValues, entry: IDataObject) => Promise<IDataObject>;

export interface EntryBatchTrait {
	/** the wire name of the list whose entries the items' parameters make */
	param: string;
	/** the box's stated maximum number of entries per call */
	maxPerCall: number;
	results: EntryObjectResults;
	prepare?: EntryPreparer;
	/**
	 * entry fields the box keeps unique (it refuses a second entry with the same value). When every entry carries
	 * one and no value repeats, the calls cannot affect each other and go out in parallel (Parallel Requests);
	 * without it they go one after the other.
	 */
	uniqueFields?: string[];
	lostAnswer?: LostEntryLookup;
}

/** What the box reported for one entry of a call. */
interface Outcome {
	ok: boolean;
	code?: number | string;
	message?: string;
	echo?: IDataObject;
}

interface Entry {
	itemIndex: number;
	entry: IDataObject;
}

const FOUND_AFTER_LOST_ANSWER = 'Added: the answer was lost, and the node found the entry before sending again';

/** Outcomes of entry objects, matched to the answer's entries by the fields it echoes. */
function outcomesByEcho(results: EntryObjectResults, data: unknown, entries: IDataObject[]): Outcome[] {
	const echoFields = Object.entries(results.echoFields);
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

/**
 * Whether the calls cannot affect each other's outcome, so that they may go out in parallel: every entry carries
 * a unique field, and no entry shares a value of one, or of the look-up's id, with another. Otherwise two calls
 * could race for the same value (which one the box refuses would depend on timing), or a look-up could take a
 * record of a later call, sent meanwhile, for its own entry.
 */
function independent(trait: EntryBatchTrait, entries: IDataObject[]): boolean {
	const unique = trait.uniqueFields;
	if (!unique?.length) return false;
	const present = (value: unknown) => value !== undefined && value !== null && value !== '';
	if (!entries.every((entry) => unique.some((field) => present(entry[field])))) return false;
	const seen = new Set<string>();
	for (const entry of entries)
		for (const field of [...unique, ...(trait.lostAnswer ? [trait.lostAnswer.idField] : [])]) {
			if (!present(entry[field])) continue;
			const key = JSON.stringify([field, String(entry[field])]);
			if (seen.has(key)) return false;
			seen.add(key);
		}
	return true;
}

/** A found entry in the shape of the answer's successes: its id, the echoed fields, the success code and a note. */
function foundEcho(lookup: LostEntryLookup, results: EntryObjectResults, entry: IDataObject, record: IDataObject): IDataObject {
	const echo: IDataObject = { [lookup.idField]: record[lookup.idField] };
	for (const [field, echoed] of Object.entries(results.echoFields)) if (echoed !== field && entry[field] !== undefined) echo[echoed] = entry[field];
	echo[results.codeField] = results.successCode;
	echo[results.messageField] = FOUND_AFTER_LOST_ANSWER;
	return echo;
}

/** Which entries of a lost call the box stores: through the look-up's own function, or by listing and matching. */
async function findStored(transport: VendorTransport, lookup: LostEntryLookup, entries: IDataObject[], options: { itemIndex: number; sentIdsKept: boolean }): Promise<StoredState[]> {
	if (lookup.find) return await lookup.find(transport, entries, options);
	// one listing per distinct filter (the list's filters are fuzzy, so only exact matches count)
	const listings = new Map<string, IDataObject[]>();
	const states: StoredState[] = [];
	for (const entry of entries) {
		const filter = Object.fromEntries(Object.entries(lookup.filter ?? {}).map(([listParam, field]) => [listParam, entry[field]]));
		const key = JSON.stringify(filter);
		if (!listings.has(key)) listings.set(key, (await fetchList(transport, lookup.list!, requestFor(lookup.list!, filter, options.itemIndex), true, Infinity)) as IDataObject[]);
		const record = listings
			.get(key)!
			.find((r) => Object.entries(lookup.matchFields ?? {}).every(([field, recordField]) => entry[field] !== undefined && r[recordField] !== undefined && String(r[recordField]) === String(entry[field])));
		states.push(record ? { state: 'stored', record } : { state: 'absent' });
	}
	return states;
}

/** One execution of an entry batch: its calls, what they settled, and what the box was seen to keep. */
class EntryBatch {
	/** per call: whether an answer showed the box kept an id the node chose (a look-up may then trust a missing id) */
	private readonly keptIds: boolean[];

	/** per call: settled once the call and its look-ups are done, so a later call's look-up can wait for it */
	private readonly settled: Array<Promise<void>> = [];

	constructor(
		private readonly trait: EntryBatchTrait,
		private readonly op: OperationDefinition,
		private readonly run: BatchRun,
		private readonly calls: Entry[][],
	) {
		this.keptIds = calls.map(() => false);
	}

	/** Sends every call, those that cannot affect each other up to Parallel Requests at a time. */
	async sendAll(entries: Entry[]): Promise<void> {
		const parallel = independent(this.trait, entries.map((e) => e.entry)) ? this.run.transport.parallel : 1;
		const failed = this.calls.map((): Failure[] => []);
		await inOrder(
			this.calls.map((_, call) => async () => {
				this.settled[call] = this.send(call, this.run.failInto(failed[call]));
				await this.settled[call];
			}),
			parallel,
		);
		this.run.failures.push(...failed.flat());
	}

	private settle(call: number, fail: Fail, { itemIndex, entry }: Entry, outcome: Outcome, resent: boolean): void {
		const lookup = this.trait.lostAnswer;
		if (outcome.ok) {
			if (lookup && entry[lookup.idField] !== undefined && outcome.echo?.[lookup.idField] === entry[lookup.idField]) this.keptIds[call] = true;
			this.run.results[itemIndex] = [{ json: { success: true, ...entry, ...(outcome.echo ?? {}) }, pairedItem: { item: itemIndex } }];
			return;
		}
		const { ctx, transport } = this.run;
		const error =
			outcome.code !== undefined
				? transport.error(outcome.code, outcome.message ?? '', itemIndex)
				: new NodeApiError(ctx.getNode(), { entry } as JsonObject, { message: `${transport.vendor} did not add this entry: ${outcome.message ?? 'no reason given'} [item ${itemIndex}]`, itemIndex });
		// a refusal of an entry sent again after a lost answer may be the lost attempt's doing
		if (resent) error.description = [error.description, LOST_ANSWER_NOTE].filter(Boolean).join(' ');
		fail(itemIndex, error, { code: outcome.code, msg: outcome.message, entry });
	}

	private unresolved(itemIndex: number, reason: string): NodeApiError {
		return new NodeApiError(this.run.ctx.getNode(), { reason } as JsonObject, {
			message: `${this.run.transport.vendor} may or may not have added this entry: the answer to its batch was lost [item ${itemIndex}]`,
			description: `The node did not send it again, which could add it twice: ${reason}. ${this.trait.lostAnswer?.advice ?? 'Check the vendor before running this item again.'}`,
			itemIndex,
		});
	}

	/** One call, sent again after a lost answer for the entries the box does not have, until the retries run out. */
	private async send(call: number, fail: Fail): Promise<void> {
		const { transport } = this.run;
		let pending = this.calls[call];
		for (let attempt = 0; pending.length; attempt++) {
			try {
				const request = { ...requestFor(this.op, {}, pending[0].itemIndex), body: { [this.trait.param]: pending.map((c) => c.entry) } };
				// lost answers come back here rather than being resent blindly
				const data = await transport.request(request, { resendAfterLostAnswer: false });
				const outcomes = outcomesByEcho(this.trait.results, data, pending.map((c) => c.entry));
				pending.forEach((c, n) => this.settle(call, fail, c, outcomes[n], attempt > 0));
				return;
			} catch (error) {
				if (!answerMayBeLost(error)) {
					for (const { itemIndex, entry } of pending) fail(itemIndex, error as Error, { entry });
					return;
				}
				// give a slow box time to finish the lost request before asking what it has or sending again
				const delay = backoffDelay(transport.retry, attempt);
				if (delay > 0) await sleep(delay);
				if (this.trait.lostAnswer) {
					const absent = await this.lookUp(call, fail, pending);
					if (!absent) return;
					pending = absent;
				}
				// the entries the box does not have (or, without a look-up, all of them) fail once the retries are used up
				if (attempt >= transport.retry.maxRetries) {
					for (const { itemIndex, entry } of pending) fail(itemIndex, error as Error, { entry });
					return;
				}
			}
		}
	}

	/** After a lost answer: settles the entries the box stores or cannot tell; the absent ones, or none when the look-up failed. */
	private async lookUp(call: number, fail: Fail, pending: Entry[]): Promise<Entry[] | undefined> {
		const lookup = this.trait.lostAnswer!;
		// what the box holds is asked once the calls before this one are done, as one after the other would
		await Promise.all(this.settled.slice(0, call));
		let states: StoredState[];
		try {
			states = await findStored(this.run.transport, lookup, pending.map((c) => c.entry), {
				itemIndex: pending[0].itemIndex,
				sentIdsKept: this.keptIds.slice(0, call + 1).some(Boolean),
			});
		} catch (lookupError) {
			// without knowing what the box has, sending again could add entries twice
			for (const { itemIndex, entry } of pending) fail(itemIndex, this.unresolved(itemIndex, (lookupError as Error).message), { entry });
			return undefined;
		}
		const absent: Entry[] = [];
		pending.forEach((c, n) => {
			const state = states[n];
			if (state.state === 'absent') absent.push(c);
			else if (state.state === 'stored') this.settle(call, fail, c, { ok: true, echo: foundEcho(lookup, this.trait.results, c.entry, state.record) }, false);
			else fail(c.itemIndex, this.unresolved(c.itemIndex, state.reason), { entry: c.entry });
		});
		return absent;
	}
}

/** The runner of an entry batch: each item one entry of the trait's list. */
export function entryBatch(trait: EntryBatchTrait): OperationRunner {
	const send = async (op: OperationDefinition, run: BatchRun) => {
		const entries: Entry[] = [];
		for (const { itemIndex, values } of run.members) {
			let entry = requestFor(op, values as IDataObject, itemIndex).body;
			try {
				if (trait.prepare) entry = await trait.prepare(run.ctx, run.transport, itemIndex, values, entry);
				entries.push({ itemIndex, entry });
			} catch (error) {
				run.fail(itemIndex, error as Error, { entry });
			}
		}
		const calls = chunks(entries, batchSize(run.ctx, { splittable: true, maxPerCall: trait.maxPerCall }));
		await new EntryBatch(trait, op, run, calls).sendAll(entries);
	};
	return {
		summary: `batches input items (≤ ${trait.maxPerCall} per call)`,
		run: async (ctx, transport, op) => await runBatch(ctx, transport, op, async (run) => await send(op, run)),
		send,
	};
}
