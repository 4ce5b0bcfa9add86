/**
 * What a vendor gives the engine (VendorApi: its client, operation table and hooks) and one execution's
 * connection to it (ApiSession: every request under the vendor's rate limit and the retry policy).
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData, NodeApiError } from 'n8n-workflow';

import type { LostCreateGuard } from './lostCreate';
import type { OperationDefinition } from './operations';
import type { WireValues } from './parameters';
import {
	DEFAULT_RETRY,
	sharedRateLimiter,
	type ApiContext,
	type RateLimiter,
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
	/**
	 * the vendor's request rate limit as this n8n process keeps it for the context's account: the account as an
	 * opaque key (no secret in clear; executions of this process with the same key share one limiter) and this
	 * process's share of the limit
	 */
	rateLimit?(ctx: ApiContext): Promise<{ key: string; limit: number; windowMs: number }>;
	/**
	 * how many independent requests of one execution may be in flight at once (pages of a Return All once the
	 * total is known, chunks of a batch); the Parallel Requests request option overrides it; default 1
	 */
	parallelRequests?: number;
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
	/** per-entry preparation of 'item' batches, by the name in `batch.prepareEntry` */
	entryPreparers?: Record<string, EntryPreparer>;
	/** look-ups of lost 'item' batches the table cannot express, by the name in `batch.lostAnswer.hook` */
	lostEntryLookups?: Record<string, LostEntryLookup>;
}

/**
 * One execution's connection to a vendor: the retry policy and parallelism of all its requests, and the rate
 * limiter of its account (shared with the other executions of this n8n process using the same account).
 */
export class ApiSession {
	private limiter?: Promise<RateLimiter | undefined>;

	/** guards of `create` operations, one per operation for this execution (see sendCreate) */
	readonly createGuards = new Map<OperationDefinition, LostCreateGuard>();

	constructor(
		readonly ctx: ApiContext,
		readonly client: VendorClient,
		readonly retry: RetryPolicy = DEFAULT_RETRY,
		/** independent requests in flight at once (see VendorClient.parallelRequests) */
		readonly parallel = Math.max(1, client.parallelRequests ?? 1),
	) {}

	async request(request: VendorRequest, options?: RetryOptions): Promise<unknown> {
		return await this.call(async () => await this.client.send(this.ctx, request), options);
	}

	/** A request the client's `send` does not make (a download, a login), under the same rate limit and retries. */
	async call<T>(attempt: () => Promise<T>, options?: RetryOptions): Promise<T> {
		return await withRetries(
			async () => {
				await (await this.rateLimiter())?.acquire();
				return await attempt();
			},
			this.retry,
			options,
		);
	}

	private async rateLimiter(): Promise<RateLimiter | undefined> {
		const rateLimit = this.client.rateLimit;
		if (!rateLimit) return undefined;
		this.limiter ??= (async () => {
			const { key, limit, windowMs } = await rateLimit(this.ctx);
			return sharedRateLimiter(key, limit, windowMs);
		})();
		return await this.limiter;
	}
}

/**
 * Runs `tasks` with at most `degree` of them at once, started in order; the results come back in the tasks'
 * order. After a failure no further task starts; once the started ones have settled (nothing keeps running
 * unobserved), the failure of the earliest task is thrown, as one task after the other would have.
 */
export async function inOrder<T>(tasks: Array<() => Promise<T>>, degree: number): Promise<T[]> {
	const results: T[] = new Array(tasks.length);
	const failures = new Map<number, unknown>();
	let next = 0;
	const worker = async () => {
		while (next < tasks.length && !failures.size) {
			const index = next++;
			try {
				results[index] = await tasks[index]();
			} catch (error) {
				failures.set(index, error);
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(Math.max(1, degree), tasks.length) }, worker));
	if (failures.size) throw failures.get(Math.min(...failures.keys()));
	return results;
}

/** Whether the vendor stores an entry of a call whose answer was lost. */
export type StoredState =
	/** `record`: the stored entry as the vendor lists it */
	| { state: 'stored'; record: IDataObject }
	| { state: 'absent' }
	/** the vendor has a record that may or may not be this entry */
	| { state: 'unknown'; reason: string };

/** A look-up the table cannot express (VendorApi.lostEntryLookups): one state per entry, in order. */
export type LostEntryLookup = (
	session: ApiSession,
	entries: IDataObject[],
	options: { itemIndex: number; sentIdsKept: boolean },
) => Promise<StoredState[]>;

/** Prepares one entry before it is sent (VendorApi.entryPreparers), e.g. uploads its photo. */
export type EntryPreparer = (
	ctx: IExecuteFunctions,
	session: ApiSession,
	itemIndex: number,
	values: WireValues,
	entry: IDataObject,
) => Promise<IDataObject>;
