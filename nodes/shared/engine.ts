/**
 * The shared operation engine: routes an execution to the selected operation definition and runs it
 * for every input item — single calls, Return All / Limit paging, and batching of items into list calls
 * with per-item results — through the vendor's transport (retries and rate limit included).
 */
import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { isRecovered, LostCreateGuard } from './lostCreate';
import { windowsFor } from './windows';
import type { BatchTrait, EntryResults, OperationDefinition, ParameterDefinition } from './operations';
import { buildRequest, placeValues, readWireValues, type WireValues } from './parameters';
import { REQUEST_OPTIONS } from './properties';
import {
	DEFAULT_RETRY,
	getPath,
	RateLimiter,
	type ApiContext,
	type RetryOptions,
	type RetryPolicy,
	type VendorRequest,
	withRetries,
} from './transport';

/** A vendor's transport: sends one request and returns the unwrapped response data. */
export interface VendorClient {
	/** vendor name used in messages */
	vendor: string;
	/**
	 * Sends one request. Throws RetryableError for failures worth retrying (network, 5xx, 429, throttling
	 * codes) and NodeApiError for the rest, never exposing a credential value.
	 */
	send(ctx: ApiContext, request: VendorRequest): Promise<unknown>;
	/** the vendor's stated request rate limit */
	rateLimit?: { limit: number; windowMs: number };
	/** the error for one entry a list call refused with the vendor's code (batches with `entryResults`) */
	entryError?(ctx: IExecuteFunctions, code: number | string, message: string, itemIndex: number): NodeApiError;
}

/** Hand-written execution for one item of an operation the table cannot express on its own. */
export type OperationHandler = (
	ctx: IExecuteFunctions,
	session: ApiSession,
	op: OperationDefinition,
	itemIndex: number,
	values: WireValues,
) => Promise<INodeExecutionData[]>;

export interface VendorApi {
	client: VendorClient;
	operations: OperationDefinition[];
	handlers?: Record<string, OperationHandler>;
}

/** One execution's connection to a vendor: the rate limiter and retry policy shared by all its requests. */
export class ApiSession {
	private readonly limiter?: RateLimiter;

	requestCount = 0;

	/** guards of `create` operations, one per operation for this execution (see sendCreate) */
	readonly createGuards = new Map<OperationDefinition, LostCreateGuard>();

	constructor(
		readonly ctx: ApiContext,
		readonly client: VendorClient,
		readonly retry: RetryPolicy = DEFAULT_RETRY,
	) {
		if (client.rateLimit) this.limiter = new RateLimiter(client.rateLimit.limit, client.rateLimit.windowMs);
	}

	async request(request: VendorRequest, options?: RetryOptions): Promise<unknown> {
		return await withRetries(
			async () => {
				await this.limiter?.acquire();
				this.requestCount++;
				return await this.client.send(this.ctx, request);
			},
			this.retry,
			options,
		);
	}

	/** A request the client's `send` does not make (a download, a login), under the same rate limit and retries. */
	async call<T>(attempt: () => Promise<T>, options?: RetryOptions): Promise<T> {
		return await withRetries(
			async () => {
				await this.limiter?.acquire();
				this.requestCount++;
				return await attempt();
			},
			this.retry,
			options,
		);
	}
}

export function findOperation(api: VendorApi, resource: string, operation: string): OperationDefinition {
	const op = api.operations.find((o) => o.resource === resource && o.operation === operation);
	if (!op) throw new Error(`Unknown operation "${operation}" of resource "${resource}"`);
	return op;
}

/** Fetches list entries across pages: everything with Return All, otherwise up to `limit`, at the largest page size. */
export async function fetchList(
	session: ApiSession,
	op: OperationDefinition,
	request: VendorRequest,
	returnAll: boolean,
	limit: number,
	/** a reader that knows it has enough (a poll that reached its cursor) stops after the page it returns true for */
	enough?: (pageEntries: unknown[]) => boolean,
): Promise<unknown[]> {
	const list = op.list!;
	const entries: unknown[] = [];
	const paging = list.paging;
	if (!paging) {
		const data = await session.request(request);
		const all = asArray(getPath(data, list.itemsPath));
		return returnAll ? all : all.slice(0, limit);
	}
	const pageSize = !paging.sizeParam || returnAll ? paging.maxPageSize : Math.min(limit, paging.maxPageSize);
	for (let page = paging.firstPage; ; page++) {
		const pageRequest = { ...request, body: { ...request.body }, form: { ...request.form }, query: { ...request.query } };
		const target = pagingTarget(op, pageRequest);
		if (page !== paging.firstPage || !paging.firstPageWithoutParam) target[paging.pageParam] = page;
		if (paging.sizeParam) target[paging.sizeParam] = pageSize;
		const data = await session.request(pageRequest);
		const pageEntries = asArray(getPath(data, list.itemsPath));
		entries.push(...pageEntries);
		if (!returnAll && entries.length >= limit) return entries.slice(0, limit);
		if (pageEntries.length === 0 || enough?.(pageEntries)) break;
		// a stated page count or total decides; without one, a short page is the last (a server may cap the page size silently)
		const pages = firstNumber(data, paging.totalPagesPaths ?? []);
		const total = paging.totalPath ? Number(getPath(data, paging.totalPath)) : NaN;
		if (Number.isFinite(pages)) {
			if (page - paging.firstPage + 1 >= pages) break;
		} else if (Number.isFinite(total) ? entries.length >= total : pageEntries.length < pageSize) break;
	}
	return entries;
}

function firstNumber(data: unknown, paths: string[]): number {
	for (const path of paths) {
		const value = getPath(data, path);
		if (value !== undefined && value !== null && value !== '') return Number(value);
	}
	return NaN;
}

/** Paging parameters go where the operation's other parameters go. */
function pagingTarget(op: OperationDefinition, request: VendorRequest): IDataObject {
	const paging = op.list!.paging!;
	// where the page parameter is declared, else where the operation's other parameters go
	const where = op.params.find((p) => p.name === paging.pageParam)?.in ?? op.params.find((p) => p.in !== 'path' && p.in !== 'header')?.in;
	switch (where) {
		case 'query':
			return request.query;
		case 'form':
			return request.form;
		default:
			return request.body;
	}
}

function asArray(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (value === undefined || value === null) return [];
	return [value];
}

/** n8n items from response data: one item per array entry, objects as they are, anything else wrapped. */
export function toItems(data: unknown, itemIndex: number): INodeExecutionData[] {
	const pairedItem = { item: itemIndex };
	if (Array.isArray(data)) return data.map((entry) => ({ json: asJson(entry), pairedItem }));
	return [{ json: data === undefined || data === null ? { success: true } : asJson(data), pairedItem }];
}

function asJson(value: unknown): IDataObject {
	if (value && typeof value === 'object' && !Array.isArray(value)) return value as IDataObject;
	return { value: value as IDataObject[string] };
}

/** The output item of an item that failed under Continue On Fail: the error, its description and context. */
export function errorItem(ctx: IExecuteFunctions, error: Error, itemIndex: number, extra: IDataObject = {}): INodeExecutionData {
	const description = (error as NodeApiError).description;
	return {
		json: { error: error.message, ...(description ? { errorDescription: description } : {}), ...extra },
		pairedItem: { item: itemIndex },
	};
}

/** Attaches the item to an error so n8n shows which item failed. */
function forItem(ctx: IExecuteFunctions, error: Error, itemIndex: number): Error {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context) error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(ctx.getNode(), error, { itemIndex });
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

/** Runs the node's selected operation for all input items. */
export async function executeOperations(ctx: IExecuteFunctions, api: VendorApi): Promise<INodeExecutionData[][]> {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const op = findOperation(api, resource, operation);
	const session = new ApiSession(ctx, api.client, retryPolicy(ctx));
	const results = op.batch ? await runBatched(ctx, session, op) : await runPerItem(ctx, session, op, api);
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
		try {
			const values = readWireValues(ctx, op, i);
			if (handler) {
				results.push(await handler(ctx, session, op, i, values));
				continue;
			}
			const request = await buildRequest(ctx, op, values, i);
			if (op.list) {
				const returnAll = ctx.getNodeParameter('returnAll', i, false) as boolean;
				const limit = returnAll ? Infinity : (ctx.getNodeParameter('limit', i, 50) as number);
				results.push(toItems(await fetchRange(ctx, session, op, request, values, returnAll, limit), i));
			} else if (op.create) {
				const data = await sendCreate(ctx, session, api.operations, op, values, request);
				// a record found after a lost answer is already the output, not a vendor envelope
				results.push(toItems(isRecovered(data) ? data : getPath(data, op.outputPath), i));
			} else {
				const data = await session.request(request);
				results.push(toItems(getPath(data, op.outputPath), i));
			}
		} catch (error) {
			if (!ctx.continueOnFail()) throw forItem(ctx, error as Error, i);
			results.push([errorItem(ctx, error as Error, i)]);
		}
	}
	return results;
}

/**
 * fetchList over the item's time range: window by window for operations with the `window` list trait (the
 * vendor caps the range of one request), in order, up to the limit across windows.
 */
async function fetchRange(
	ctx: IExecuteFunctions,
	session: ApiSession,
	op: OperationDefinition,
	request: VendorRequest,
	values: WireValues,
	returnAll: boolean,
	limit: number,
): Promise<unknown[]> {
	const trait = op.list!.window;
	if (!trait) return await fetchList(session, op, request, returnAll, limit);
	const range = windowsFor(trait, values[trait.startParam], values[trait.endParam], (name) => op.params.find((p) => p.name === name)?.label ?? name);
	if ('problem' in range)
		throw new NodeOperationError(ctx.getNode(), `${range.problem} [item ${request.itemIndex}]`, { itemIndex: request.itemIndex });
	if (!range.windows.length) return await fetchList(session, op, request, returnAll, limit);
	const where = op.params.find((p) => p.name === trait.startParam)?.in ?? 'body';
	const entries: unknown[] = [];
	for (const window of range.windows) {
		const windowRequest = { ...request, body: { ...request.body }, form: { ...request.form }, query: { ...request.query } };
		const target = where === 'form' ? windowRequest.form : where === 'query' ? windowRequest.query : windowRequest.body;
		target[trait.startParam] = window.start;
		target[trait.endParam] = window.end;
		const remaining = limit - entries.length;
		entries.push(...(await fetchList(session, op, windowRequest, returnAll, remaining)));
		if (!returnAll && entries.length >= limit) break;
	}
	return entries;
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

interface EntryOutcome {
	ok: boolean;
	code?: number | string;
	message?: string;
	/** the entry as the vendor reported it */
	echo?: unknown;
}

function firstArray(data: unknown, paths: string[]): unknown[] | undefined {
	for (const path of paths) {
		const value = getPath(data, path);
		if (Array.isArray(value)) return value;
	}
	return undefined;
}

/** Each entry's outcome from an answer with per-entry results (see EntryResults). */
function entryOutcomes(results: EntryResults, data: unknown, keys: string[]): Map<string, EntryOutcome> {
	const idOf = (entry: unknown) => {
		if (entry === null || typeof entry !== 'object') return String(entry);
		const field = results.idFields.find((f) => (entry as IDataObject)[f] !== undefined);
		return field ? String((entry as IDataObject)[field]) : '';
	};
	const outcomes = new Map<string, EntryOutcome>();
	for (const entry of firstArray(data, results.failedPaths) ?? []) {
		const e = entry !== null && typeof entry === 'object' ? (entry as IDataObject) : {};
		const code = e[results.codeField] as number | string | undefined;
		outcomes.set(idOf(entry), { ok: false, code, message: e[results.messageField] as string | undefined, echo: entry });
	}
	const successes = firstArray(data, results.succeededPaths);
	for (const entry of successes ?? []) if (!outcomes.has(idOf(entry))) outcomes.set(idOf(entry), { ok: true, echo: entry });
	for (const key of keys) {
		if (outcomes.has(key)) continue;
		// a success list that leaves an entry out means the vendor did not do it
		outcomes.set(key, successes ? { ok: false, message: 'not confirmed by the vendor' } : { ok: true });
	}
	return outcomes;
}

interface BatchMember {
	itemIndex: number;
	values: WireValues;
	entries: unknown[];
}

function without(values: WireValues, key: string): IDataObject {
	const copy = { ...values };
	delete copy[key];
	return copy as IDataObject;
}

/** Identity of a list entry on the wire (ids as text, lessons by their key field). */
function entryKey(op: OperationDefinition, entry: unknown): string {
	const key = op.batch!.entryKey;
	if (key && entry && typeof entry === 'object') return String((entry as IDataObject)[key]);
	return typeof entry === 'object' ? JSON.stringify(entry) : String(entry);
}

/**
 * Gathers items that agree on every parameter but the list into as few calls as the vendor allows, then
 * gives each item its own result. An item fails when its call failed or the vendor did not confirm one of
 * its entries; other items of the same call keep their success.
 */
async function runBatched(ctx: IExecuteFunctions, session: ApiSession, op: OperationDefinition): Promise<INodeExecutionData[][]> {
	const batch = op.batch!;
	const listParam = op.params.find((p) => p.name === batch.param) as ParameterDefinition;
	const items = ctx.getInputData();
	const results: INodeExecutionData[][] = items.map(() => []);
	const failures: Array<{ itemIndex: number; error: Error }> = [];
	const fail = (itemIndex: number, error: Error, extra?: IDataObject) => {
		if (!ctx.continueOnFail()) failures.push({ itemIndex, error });
		results[itemIndex] = [errorItem(ctx, error, itemIndex, extra)];
	};

	const groups = new Map<string, BatchMember[]>();
	for (let i = 0; i < items.length; i++) {
		try {
			const values = readWireValues(ctx, op, i);
			const key = JSON.stringify(Object.entries(without(values, batch.param)).sort(([a], [b]) => a.localeCompare(b)));
			if (!groups.has(key)) groups.set(key, []);
			groups.get(key)!.push({ itemIndex: i, values, entries: values[batch.param] as unknown[] });
		} catch (error) {
			// bad input fails its own item before anything is sent; without continueOnFail nothing is sent at all
			if (!ctx.continueOnFail()) throw forItem(ctx, error as Error, i);
			fail(i, error as Error);
		}
	}

	const size = batchSize(ctx, batch);

	for (const members of groups.values()) {
		// one wire entry per distinct value, remembering which items asked for it
		const owners = new Map<string, { entry: unknown; items: Set<number> }>();
		for (const member of members) {
			for (const entry of member.entries) {
				const key = entryKey(op, entry);
				if (!owners.has(key)) owners.set(key, { entry, items: new Set() });
				owners.get(key)!.items.add(member.itemIndex);
			}
		}
		const keys = [...owners.keys()];
		const confirmed = new Set<string>();
		// entries the vendor refused, with its code and message (batches with `entryResults`)
		const refused = new Map<string, EntryOutcome>();
		const echoes = new Map<string, unknown>();
		const callErrors = new Map<number, Error>();
		const responses = new Map<number, unknown>();
		for (let start = 0; start < keys.length; start += size === Infinity ? keys.length : size) {
			const chunk = keys.slice(start, size === Infinity ? keys.length : start + size);
			const first = members[0];
			const values = { ...first.values, [batch.param]: chunk.map((k) => owners.get(k)!.entry) };
			try {
				const request = await buildRequest(ctx, op, values, first.itemIndex);
				const data = await session.request(request);
				if (batch.entryResults) {
					for (const [key, outcome] of entryOutcomes(batch.entryResults, data, chunk)) {
						if (outcome.ok) confirmed.add(key);
						else refused.set(key, outcome);
						if (outcome.echo !== undefined) echoes.set(key, outcome.echo);
					}
				} else if (batch.succeededPath) {
					for (const done of asArray(getPath(data, batch.succeededPath))) confirmed.add(String(done));
				} else {
					chunk.forEach((k) => confirmed.add(k));
				}
				for (const k of chunk) for (const i of owners.get(k)!.items) responses.set(i, getPath(data, op.outputPath));
			} catch (error) {
				for (const k of chunk) for (const i of owners.get(k)!.items) if (!callErrors.has(i)) callErrors.set(i, error as Error);
			}
		}

		for (const member of members) {
			const mine = member.entries.map((e) => entryKey(op, e));
			const context = without(member.values, batch.param);
			const callError = callErrors.get(member.itemIndex);
			if (callError) {
				fail(member.itemIndex, callError, { ...context, [batch.param]: mine });
				continue;
			}
			const missing = mine.filter((k) => !confirmed.has(k));
			if (missing.length) {
				const coded = missing.map((k) => refused.get(k)).find((o) => o?.code !== undefined);
				const error =
					coded && session.client.entryError
						? session.client.entryError(ctx, coded.code!, coded.message ?? '', member.itemIndex)
						: new NodeApiError(ctx.getNode(), { notConfirmed: missing } as JsonObject, {
								message: `${session.client.vendor} did not confirm ${listParam.label.toLowerCase()} ${missing.join(', ')} [item ${member.itemIndex}]`,
								description: 'The vendor accepted the request but left these entries out of its list of successes. Check that they exist and are not already bound.',
								itemIndex: member.itemIndex,
							});
				const failed = batch.entryResults
					? missing.map((k) => ({ id: k, code: refused.get(k)?.code, msg: refused.get(k)?.message }) as IDataObject)
					: missing;
				fail(member.itemIndex, error, { ...context, [batch.param]: mine, failed });
				continue;
			}
			const response = responses.get(member.itemIndex);
			results[member.itemIndex] = [
				{
					json: {
						success: true,
						...context,
						[batch.param]: batch.succeededPath || batch.entryResults ? mine : (member.entries as IDataObject[]),
						...(batch.entryResults ? { results: mine.map((k) => (echoes.get(k) ?? { id: k }) as IDataObject) } : {}),
						...(batch.succeededPath || batch.entryResults || response === undefined || response === null ? {} : { response: response as IDataObject }),
					},
					pairedItem: { item: member.itemIndex },
				},
			];
		}
	}

	if (failures.length) throw batchFailure(ctx, failures, items.length);
	return results;
}

/** Entries per call of a batch operation: the Batch Size option within the vendor's maximum; a set that must not be split, whole. */
export function batchSize(ctx: IExecuteFunctions, batch: BatchTrait): number {
	if (!batch.splittable) return Infinity;
	const requested = Number((ctx.getNodeParameter(REQUEST_OPTIONS, 0, {}) as IDataObject).batchSize ?? 0);
	return Math.max(1, Math.min(requested > 0 ? requested : Infinity, batch.maxPerCall ?? Infinity));
}

/** The error of a batch run in which some items failed (without Continue On Fail): it names them, up to `shown`. */
export function batchFailure(
	ctx: IExecuteFunctions,
	failures: Array<{ itemIndex: number; error: Error }>,
	total: number,
	shown = Infinity,
): NodeOperationError {
	const detail = failures.slice(0, shown).map((f) => `item ${f.itemIndex}: ${f.error.message}`).join('; ');
	return new NodeOperationError(ctx.getNode(), `${failures.length} of ${total} items failed: ${detail}${failures.length > shown ? '; …' : ''}`, {
		itemIndex: failures[0].itemIndex,
		description: 'Items not listed here succeeded. Turn on "Continue On Fail" to get one result per item instead.',
	});
}

/** A listSearch method over a list operation: the first page at the largest page size (or `limit` entries), filtered by the search text. */
export async function searchList(
	ctx: ILoadOptionsFunctions,
	api: VendorApi,
	resource: string,
	operation: string,
	toResult: (entry: IDataObject) => { name: string; value: string },
	filter?: string,
	options: {
		/** parameter values of the list operation, one listing per set (e.g. one per group type) */
		params?: IDataObject[];
		/** entries read per listing; default one page of the vendor's largest size */
		limit?: number;
	} = {},
): Promise<INodeListSearchResult> {
	const op = findOperation(api, resource, operation);
	const session = new ApiSession(ctx, api.client);
	const limit = options.limit ?? op.list?.paging?.maxPageSize ?? 1000;
	const results: Array<{ name: string; value: string }> = [];
	for (const values of options.params ?? [{}]) {
		const request: VendorRequest = { method: op.method, path: op.path.trim(), query: {}, body: {}, form: {}, headers: {}, files: {}, itemIndex: 0 };
		placeValues(request, op, values);
		// an operation without a list trait answers with its whole list at once (e.g. a tree's top level)
		const entries = op.list ? await fetchList(session, op, request, false, limit) : asArray(await session.request(request));
		results.push(...entries.map((e) => toResult(e as IDataObject)));
	}
	const needle = filter?.trim().toLowerCase();
	return {
		results: needle
			? results.filter((r) => r.name.toLowerCase().includes(needle) || r.value.toLowerCase().includes(needle))
			: results,
	};
}
