/**
 * Retries with backoff: which failures are worth another try (network failures, 5xx, 429, vendor throttling
 * codes), which may have been carried out although their answer was lost, and the loop that waits between
 * attempts with n8n's `sleep` (node code has no timers).
 */
import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

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

