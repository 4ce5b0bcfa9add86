/**
 * What every vendor transport shares: the request shape the engine hands over, retries with backoff,
 * and a client-side rate limiter. Each vendor's own transport adds signing or tokens, unwraps the
 * vendor's envelope and maps its error codes.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
	INode,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

export type ApiContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions | IWebhookFunctions;

/** A file part of a multipart request, read from n8n binary data. */
export interface FilePart {
	data: Buffer;
	fileName: string;
	mimeType: string;
}

/** One vendor request as the engine builds it from an operation definition. */
export interface VendorRequest {
	method: IHttpRequestMethods;
	/** the documented path with path parameters filled in */
	path: string;
	query: IDataObject;
	body: IDataObject;
	form: IDataObject;
	headers: IDataObject;
	files: Record<string, FilePart>;
	/** the input item the request is for (the first item of a batch) */
	itemIndex: number;
}

export interface RetryPolicy {
	maxRetries: number;
	/** milliseconds before the first retry; doubled on each further retry */
	baseDelayMs: number;
	/** upper bound for one delay */
	maxDelayMs?: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 30_000 };

/** Marks an API error as worth retrying (network failure, 5xx, 429, vendor throttling code). */
export function markRetryable(error: NodeApiError, retryAfterMs?: number): NodeApiError {
	Object.defineProperty(error, RETRY_HINT, { value: { retryAfterMs }, enumerable: false });
	return error;
}

const RETRY_HINT = Symbol('retryHint');

/** Marks a failure after which the server may have carried the request out (the connection broke once it was sent). */
const ANSWER_MAY_BE_LOST = Symbol('answerMayBeLost');

/** What an error says when a retry was refused after an attempt whose answer may have been lost. */
export const LOST_ANSWER_NOTE =
	'An earlier attempt of this request lost its connection after it was sent, so the vendor may have carried it out: a refusal such as "already exists" can be the result of that attempt. Check the record before running the item again.';

export function isRetryable(error: unknown): boolean {
	return !!error && typeof error === 'object' && RETRY_HINT in error;
}

function retryAfter(error: unknown): number | undefined {
	return (error as { [RETRY_HINT]?: { retryAfterMs?: number } })[RETRY_HINT]?.retryAfterMs;
}

/** Network-level failure codes that mean the request may not have reached the server or its answer was lost. */
const NETWORK_ERROR_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ECONNABORTED',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'EAI_AGAIN',
	'ENOTFOUND',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

/** Whether an error thrown by n8n's request helpers is a network failure (no HTTP response at all). */
export function isNetworkError(error: unknown): boolean {
	const seen = new Set<unknown>();
	let current = error as { code?: string; httpCode?: string; cause?: unknown; message?: string } | undefined;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		if (current.code && NETWORK_ERROR_CODES.has(current.code)) return true;
		// n8n's NodeApiError keeps the network code as its httpCode
		if (current.httpCode && NETWORK_ERROR_CODES.has(current.httpCode)) return true;
		if (typeof current.message === 'string' && /socket hang up|timeout of \d+ms exceeded|ECONNRESET|ECONNREFUSED/i.test(current.message))
			return true;
		current = current.cause as typeof current;
	}
	return false;
}

/** Whether the server may have carried out a request whose attempt failed with this error (its answer was lost). */
export function answerMayBeLost(error: unknown): boolean {
	return !!error && typeof error === 'object' && ANSWER_MAY_BE_LOST in error;
}

export interface RetryOptions {
	/**
	 * false: a failure whose answer may have been lost is thrown at once instead of resent, for callers that
	 * check what the server already did before sending again (a resent create could add a record twice)
	 */
	resendAfterLostAnswer?: boolean;
}

/** The delay before retry number `retry` (from 0): the base delay doubled each time, up to the policy's maximum. */
export function backoffDelay(policy: RetryPolicy, retry: number): number {
	return Math.min(policy.baseDelayMs * 2 ** retry, policy.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs!);
}

/** Runs `attempt`, retrying retryable errors with exponential backoff and jitter (n8n's `sleep`, no timers). */
export async function withRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy, options: RetryOptions = {}): Promise<T> {
	let earlierAnswerLost = false;
	for (let retry = 0; ; retry++) {
		const outcome = await attempt().then(
			(value) => ({ ok: true as const, value }),
			(error: unknown) => ({ ok: false as const, error }),
		);
		if (outcome.ok) return outcome.value;
		// errors reaching here are the transports' own NodeApiErrors; they pass through unchanged, except that a
		// refusal after an attempt whose answer may have been lost says so (the refusal may be that attempt's doing)
		if (!isRetryable(outcome.error) && earlierAnswerLost) throw withLostAnswerNote(outcome.error);
		if (!isRetryable(outcome.error) || retry >= policy.maxRetries) throw outcome.error;
		if (answerMayBeLost(outcome.error)) {
			if (options.resendAfterLostAnswer === false) throw outcome.error;
			earlierAnswerLost = true;
		}
		const exponential = backoffDelay(policy, retry);
		// jitter keeps many workers from retrying in lockstep
		const delay = Math.max(retryAfter(outcome.error) ?? 0, exponential / 2 + Math.random() * (exponential / 2));
		if (delay > 0) await sleep(delay);
	}
}

function withLostAnswerNote(error: unknown): unknown {
	if (error instanceof NodeApiError && !String(error.description ?? '').includes(LOST_ANSWER_NOTE)) {
		error.description = [error.description, LOST_ANSWER_NOTE].filter(Boolean).join(' ');
	}
	return error;
}

/** Network failures where the request never left (nothing listening, no route, no name): nothing can have been carried out. */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * The error for a request that n8n's helpers could not complete. Built from scratch so that no request
 * detail (URL with a token, headers, body) travels with it; network failures are marked retryable.
 */
export function requestFailure(node: INode, vendor: string, error: unknown, itemIndex: number, target: string): NodeApiError {
	const code =
		(error as { code?: string }).code ??
		(error as { cause?: { code?: string } }).cause?.code ??
		(error as { httpCode?: string }).httpCode ??
		undefined;
	if (isNetworkError(error)) {
		const failure = markRetryable(
			new NodeApiError(node, { networkError: code ?? 'unknown' } as JsonObject, {
				message: `Could not reach ${vendor} at ${target}`,
				description: `The connection failed or timed out (${code ?? 'network error'}); the node retried with backoff. Check the server address in the credential and the network.`,
				itemIndex,
			}),
		);
		if (!code || !NEVER_SENT_CODES.has(code)) Object.defineProperty(failure, ANSWER_MAY_BE_LOST, { value: true, enumerable: false });
		return failure;
	}
	return new NodeApiError(node, { requestError: code ?? 'unknown' } as JsonObject, {
		message: `Request to ${vendor} failed: ${(error as Error).message ?? 'unknown error'}`,
		description: 'Check the server address in the credential.',
		itemIndex,
	});
}

/**
 * Sliding-window limiter: at most `limit` request starts in any `windowMs`. One per vendor account in an n8n
 * process (sharedRateLimiter), so that executions running at the same time share the vendor's limit.
 */
export class RateLimiter {
	private readonly starts: number[] = [];

	/** requests arrive a little after they start here: keep a margin so the vendor never counts one too many */
	private readonly effectiveWindowMs: number;

	constructor(
		readonly limit: number,
		readonly windowMs: number,
	) {
		this.effectiveWindowMs = windowMs + Math.max(50, windowMs * 0.02);
	}

	async acquire(): Promise<void> {
		for (;;) {
			const now = Date.now();
			while (this.starts.length && now - this.starts[0] >= this.effectiveWindowMs) this.starts.shift();
			if (this.starts.length < this.limit) {
				this.starts.push(now);
				return;
			}
			await sleep(this.effectiveWindowMs - (now - this.starts[0]) + 1);
		}
	}

	/** Whether no start counts any more: a new limiter would behave the same. */
	idle(now = Date.now()): boolean {
		return !this.starts.length || now - this.starts[this.starts.length - 1] >= this.effectiveWindowMs;
	}
}

/** The limiters of the accounts in use, by key: module state, so shared by all executions of this n8n process. */
const limiters = new Map<string, RateLimiter>();

/** More accounts than this at once in one process is not expected; beyond it the longest-known are dropped. */
const MAX_LIMITERS = 1000;

/**
 * The one limiter of an account (`key`: never a secret in clear). Limiters whose window has passed are
 * dropped whenever a new one is made, as a fresh one would do the same, so the registry stays as small as
 * the accounts busy within the last window.
 */
export function sharedRateLimiter(key: string, limit: number, windowMs: number): RateLimiter {
	const id = `${key}\n${limit}/${windowMs}`;
	const known = limiters.get(id);
	if (known) return known;
	const now = Date.now();
	for (const [other, limiter] of limiters) if (limiter.idle(now)) limiters.delete(other);
	// Maps iterate in insertion order: the first key is the longest-known
	while (limiters.size >= MAX_LIMITERS) limiters.delete(limiters.keys().next().value!);
	const limiter = new RateLimiter(limit, windowMs);
	limiters.set(id, limiter);
	return limiter;
}

/** How many limiters the registry holds (for tests of its bound). */
export function sharedRateLimiterCount(): number {
	return limiters.size;
}

/** Full HTTP response as n8n's helpers return it with `returnFullResponse`. */
export interface FullResponse {
	statusCode: number;
	headers: IDataObject;
	body: unknown;
}

/** Parses a JSON body; vendor samples include invalid JSON, which must become a clear API error, not a crash. */
export function parseJsonBody(node: INode, vendor: string, body: unknown, itemIndex: number): unknown {
	if (Buffer.isBuffer(body)) body = body.toString('utf8');
	if (typeof body !== 'string') return body;
	if (body.trim() === '') return undefined;
	try {
		return JSON.parse(body);
	} catch {
		throw new NodeApiError(node, { body: body.slice(0, 200) } as JsonObject, {
			message: `${vendor} answered with a response that is not valid JSON`,
			description: 'The server may be misconfigured or a proxy may be answering in its place. Check the base URL in the credential.',
			itemIndex,
		});
	}
}

/** Turns an HTTP status that is not 2xx into a retryable error (5xx, 429) or a final API error. */
export function checkHttpStatus(node: INode, vendor: string, response: FullResponse, itemIndex: number): void {
	const { statusCode } = response;
	if (statusCode >= 200 && statusCode < 300) return;
	const retryAfterSeconds = Number(response.headers?.['retry-after']);
	const error = new NodeApiError(node, { statusCode, body: summarize(response.body) } as JsonObject, {
		message: `${vendor} answered HTTP ${statusCode}`,
		description:
			statusCode === 429
				? 'The vendor is throttling requests. The node retried with backoff; lower the request rate or try later.'
				: statusCode >= 500
					? 'The vendor server failed. The node retried with backoff; try again later.'
					: 'Check the base URL in the credential and the operation parameters.',
		httpCode: String(statusCode),
		itemIndex,
	});
	if (statusCode === 429 || statusCode >= 500) {
		throw markRetryable(error, Number.isFinite(retryAfterSeconds) ? retryAfterSeconds * 1000 : undefined);
	}
	throw error;
}

function summarize(body: unknown): string {
	if (body === undefined || body === null) return '';
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : JSON.stringify(body);
	return text.slice(0, 500);
}

/** Reads a dotted path (`data.list`) from a value; '' returns the value itself. */
export function getPath(value: unknown, path: string | undefined): unknown {
	if (!path) return value;
	let current = value;
	for (const key of path.split('.')) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as IDataObject)[key];
	}
	return current;
}
