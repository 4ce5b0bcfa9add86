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
	/** per-entry preparation of 'item' batches, by the name in `batch.prepareEntry` */
	entryPreparers?: Record<string, EntryPreparer>;
	/** look-ups of lost 'item' batches the table cannot express, by the name in `batch.lostAnswer.hook` */
	lostEntryLookups?: Record<string, LostEntryLookup>;
}

/** One execution's connection to a vendor: the rate limiter and retry policy shared by all its requests. */
export class ApiSession {
	private readonly limiter?: RateLimiter;

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
		return await this.call(async () => await this.client.send(this.ctx, request), options);
	}

	/** A request the client's `send` does not make (a download, a login), under the same rate limit and retries. */
	async call<T>(attempt: () => Promise<T>, options?: RetryOptions): Promise<T> {
		return await withRetries(
			async () => {
				await this.limiter?.acquire();
				return await attempt();
			},
			this.retry,
			options,
		);
	}
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
