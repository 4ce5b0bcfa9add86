/**
 * The one transport of every vendor. A vendor states what differs as data and small functions (TransportSpec:
 * base URL, request shape, envelope, error table, token refresh, rate limit); VendorTransport sends one
 * execution's requests with it: under the account's rate limit, with retries, through n8n's request helpers,
 * then turns helper failures, HTTP statuses, bodies that are not JSON and the vendor's codes into API errors.
 * Calls go one way: from the engine into the transport, and from the transport into the spec's functions.
 */
import { createHash } from 'crypto';
import type { ICredentialDataDecryptedObject, IHttpRequestOptions, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { Unwrapped } from './envelopes';
import { checkHttpStatus, parseJsonBody, vendorError, type ErrorSpec, type VendorFailure } from './errors';
import { sharedRateLimiter, type RateLimiter } from './rateLimit';
import type { ApiContext, FullResponse, VendorRequest } from './request';
import { DEFAULT_RETRY, requestFailure, withRetries, type RetryOptions, type RetryPolicy } from './retries';
import { requestWithTokenRefresh } from './token';

/** What one vendor's transport differs in. */
export interface TransportSpec extends ErrorSpec {
	credential: string;
	baseUrl(credentials: ICredentialDataDecryptedObject): string;
	/** method, url, qs, body, headers, timeout and json flag of a request; the transport adds the base URL */
	http(request: VendorRequest): IHttpRequestOptions;
	/** the data or the refusal in a parsed answer */
	unwrap(body: unknown, request: VendorRequest): Unwrapped;
	/** the description of an answer without the envelope: what to check */
	noEnvelopeHint: string;
	/** a token credential: its field, and how an answer says the token was refused (one new login follows) */
	token?: { field: string; isRejected(response: FullResponse): boolean };
	/** requests sent without the credential */
	anonymous?(request: VendorRequest): boolean;
	/** an HTTP answer that stands for one of the vendor's codes (checked before the status) */
	statusFailure?(response: FullResponse): VendorFailure | undefined;
	/** the error of a failed login (the credential's preAuthentication); undefined makes it a request failure */
	loginFailure?(error: unknown, node: INode, itemIndex: number): NodeApiError | undefined;
	/**
	 * the vendor's stated request rate limit per account; `processes` tells from the credential how many n8n
	 * processes share it (queue-mode workers), each of which then keeps to its share
	 */
	rateLimit?: { limit: number; windowMs: number; processes?(credentials: ICredentialDataDecryptedObject): number };
	/**
	 * the account the vendor counts its rate limit against (a credential field that is no secret); without it,
	 * the stored credential (n8n's credential id) is the account
	 */
	account?(credentials: ICredentialDataDecryptedObject): string;
	/**
	 * how many independent requests of one execution may be in flight at once by default (pages of a Return All
	 * once the total is known, calls of a batch), with the reason in a comment where it is set; the Parallel
	 * Requests request option overrides it
	 */
	parallelRequests: number;
}

/** The limit this n8n process keeps for the context's account: an opaque key (no secret in clear) and its share. */
export async function rateLimitOf(ctx: ApiContext, spec: TransportSpec): Promise<{ key: string; limit: number; windowMs: number } | undefined> {
	const rate = spec.rateLimit;
	if (!rate) return undefined;
	const credentials = await ctx.getCredentials(spec.credential);
	const account = spec.account?.(credentials) ?? ctx.getNode().credentials?.[spec.credential]?.id ?? '';
	const processes = Math.max(1, Math.floor(Number(rate.processes?.(credentials) ?? 1)) || 1);
	return {
		// vendor, server and account, hashed: the key of the limiter executions of this process share
		key: createHash('sha256').update(JSON.stringify([spec.vendor, spec.baseUrl(credentials), account])).digest('hex'),
		limit: Math.max(1, Math.floor(rate.limit / processes)),
		windowMs: rate.windowMs,
	};
}

/** One execution's requests to a vendor (or one picker's, one poll's, one webhook registration's). */
export class VendorTransport {
	private limiter?: Promise<RateLimiter | undefined>;

	/** independent requests in flight at once (see TransportSpec.parallelRequests) */
	readonly parallel: number;

	constructor(
		readonly ctx: ApiContext,
		readonly spec: TransportSpec,
		readonly retry: RetryPolicy = DEFAULT_RETRY,
		parallel?: number,
	) {
		this.parallel = Math.max(1, parallel ?? spec.parallelRequests);
	}

	get vendor(): string {
		return this.spec.vendor;
	}

	/** Sends a request and returns the unwrapped data; throws the vendor's refusal as a NodeApiError. */
	async request(request: VendorRequest, options?: RetryOptions): Promise<unknown> {
		return await this.call(async () => this.unwrap(request, await this.transmit(request, false)), options);
	}

	/** Sends a request with the same checks (helper failure, HTTP status) and returns the answer as bytes: a download. */
	async raw(request: VendorRequest, options?: RetryOptions): Promise<FullResponse> {
		return await this.call(async () => await this.transmit(request, true), options);
	}

	/** A request the transport does not make itself (a login), under the same rate limit and retries. */
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

	/** The NodeApiError of one of the vendor's codes (e.g. one entry a list call refused). */
	error(code: number | string, message: string, itemIndex: number): NodeApiError {
		return vendorError(this.spec, this.ctx.getNode(), code, message, itemIndex);
	}

	private async rateLimiter(): Promise<RateLimiter | undefined> {
		this.limiter ??= (async () => {
			const rate = await rateLimitOf(this.ctx, this.spec);
			return rate && sharedRateLimiter(rate.key, rate.limit, rate.windowMs);
		})();
		return await this.limiter;
	}

	private async deliver(request: VendorRequest, options: IHttpRequestOptions): Promise<FullResponse> {
		const { ctx, spec } = this;
		if (spec.anonymous?.(request)) return (await ctx.helpers.httpRequest(options)) as FullResponse;
		if (spec.token) return await requestWithTokenRefresh(ctx, spec.credential, spec.token.field, options, spec.token.isRejected);
		return (await ctx.helpers.httpRequestWithAuthentication.call(ctx, spec.credential, options)) as FullResponse;
	}

	private async transmit(request: VendorRequest, raw: boolean): Promise<FullResponse> {
		const { ctx, spec } = this;
		const node = ctx.getNode();
		const baseURL = spec.baseUrl(await ctx.getCredentials(spec.credential));
		const options: IHttpRequestOptions = { ...spec.http(request), baseURL, returnFullResponse: true, ignoreHttpStatusErrors: true };
		if (raw) {
			// a download may be a file of any type: asked for as is, kept as bytes
			options.encoding = 'arraybuffer';
			options.headers = { ...options.headers };
			delete options.headers.Accept;
		}
		let response: FullResponse;
		try {
			response = await this.deliver(request, options);
		} catch (error) {
			throw spec.loginFailure?.(error, node, request.itemIndex) ?? requestFailure(node, spec.vendor, error, request.itemIndex, baseURL);
		}
		const failure = spec.statusFailure?.(response);
		if (failure) throw this.error(failure.code, failure.message, request.itemIndex);
		checkHttpStatus(node, spec.vendor, response, request.itemIndex);
		return response;
	}

	private unwrap(request: VendorRequest, response: FullResponse): unknown {
		const node = this.ctx.getNode();
		const body = parseJsonBody(node, this.spec.vendor, response.body, request.itemIndex);
		const outcome = this.spec.unwrap(body, request);
		if ('missing' in outcome) {
			throw new NodeApiError(node, { body: JSON.stringify(body ?? null).slice(0, 200) } as JsonObject, {
				message: `${this.spec.vendor} answered without ${outcome.missing}`,
				description: this.spec.noEnvelopeHint,
				itemIndex: request.itemIndex,
			});
		}
		if ('code' in outcome) throw this.error(outcome.code, outcome.message, request.itemIndex);
		return outcome.data;
	}
}
