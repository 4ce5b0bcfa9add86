/** The vendor's request rate limit, kept by one limiter per account in this n8n process. */
import { sleep } from 'n8n-workflow';

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

