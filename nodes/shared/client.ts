/**
 * The one transport skeleton of every vendor client: send through n8n's request helpers (with a token refresh
 * where the vendor has one), turn helper failures, HTTP statuses and bodies that are not JSON into API errors,
 * unwrap the vendor's envelope and map its codes through the vendor's error table. A vendor states only what
 * differs, as data and small functions (VendorSpec).
 */
import { createHash } from 'crypto';
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { VendorClient } from './session';
import { requestWithTokenRefresh } from './token';
import {
	checkHttpStatus,
	markRetryable,
	parseJsonBody,
	requestFailure,
	type ApiContext,
	type FullResponse,
	type VendorRequest,
} from './transport';

/** What a vendor code means, what to do about it, and whether another try may succeed (throttling, busy). */
export interface ErrorEntry {
	meaning?: string;
	hint?: string;
	retryable?: boolean;
}

/** A vendor's error codes, written as text (`'-3003'`, `'101012'`). */
export type ErrorTable = Record<string, ErrorEntry>;

/** A refusal in the vendor's own terms. */
export interface VendorFailure {
	code: number | string;
	message: string;
}

/** What an answer holds: its data, the vendor's refusal, or no envelope at all (`missing` names what it lacks). */
export type Unwrapped = { data: unknown } | VendorFailure | { missing: string };

/** How a vendor's errors read: `<vendor> error <code>: <message>`, the hint as description. */
export interface ErrorSpec {
	vendor: string;
	errors: ErrorTable;
	/** the hint of a code the table does not list, or lists without one */
	defaultHint: string;
	/** names of the code and the message in the error's response data (default `code`, `msg`) */
	errorFields?: [code: string, message: string];
	/** the text after `<vendor> error <code>: ` (default: the meaning, else the vendor's message) */
	message?(meaning: string | undefined, vendorMessage: string): string;
	/** the description (default: the hint) */
	description?(hint: string, vendorMessage: string): string;
}

export interface VendorSpec extends ErrorSpec {
	credential: string;
	baseUrl(credentials: ICredentialDataDecryptedObject): string;
	/** method, url, qs, body, headers, timeout and json flag of a request; the client adds the base URL */
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
	/** the vendor's default for Parallel Requests, with the reason in a comment where it is set */
	parallelRequests: number;
	entryError?: VendorClient['entryError'];
}

/** A client built from a spec: the engine's VendorClient, and answers taken as they come (downloads). */
export interface SpecClient extends VendorClient {
	/** sends a request with the same checks as `send` (helper failure, HTTP status) and returns the answer as bytes */
	sendRaw(ctx: ApiContext, request: VendorRequest): Promise<FullResponse>;
}

function entryFor(errors: ErrorTable, code: number | string): ErrorEntry | undefined {
	const key = String(code);
	return Object.hasOwn(errors, key) ? errors[key] : undefined;
}

/** The NodeApiError of a vendor code; `entry` replaces the table's where a code means something else (a login). */
export function vendorError(
	spec: ErrorSpec,
	node: INode,
	code: number | string,
	vendorMessage: string,
	itemIndex: number,
	entry = entryFor(spec.errors, code),
): NodeApiError {
	const [codeField, messageField] = spec.errorFields ?? ['code', 'msg'];
	const hint = entry?.hint ?? spec.defaultHint;
	const text = spec.message ? spec.message(entry?.meaning, vendorMessage) : (entry?.meaning ?? (vendorMessage || 'no message'));
	const error = new NodeApiError(node, { [codeField]: code, [messageField]: vendorMessage } as JsonObject, {
		message: `${spec.vendor} error ${code}: ${text}`,
		description: spec.description ? spec.description(hint, vendorMessage) : hint,
		httpCode: String(code),
		itemIndex,
	});
	return entry?.retryable ? markRetryable(error) : error;
}

export function vendorClient(spec: VendorSpec): SpecClient {
	const deliver = async (ctx: ApiContext, request: VendorRequest, options: IHttpRequestOptions): Promise<FullResponse> => {
		if (spec.anonymous?.(request)) return (await ctx.helpers.httpRequest(options)) as FullResponse;
		if (spec.token) return await requestWithTokenRefresh(ctx, spec.credential, spec.token.field, options, spec.token.isRejected);
		return (await ctx.helpers.httpRequestWithAuthentication.call(ctx, spec.credential, options)) as FullResponse;
	};

	const transmit = async (ctx: ApiContext, request: VendorRequest, raw: boolean): Promise<FullResponse> => {
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
			response = await deliver(ctx, request, options);
		} catch (error) {
			throw spec.loginFailure?.(error, node, request.itemIndex) ?? requestFailure(node, spec.vendor, error, request.itemIndex, baseURL);
		}
		const failure = spec.statusFailure?.(response);
		if (failure) throw vendorError(spec, node, failure.code, failure.message, request.itemIndex);
		checkHttpStatus(node, spec.vendor, response, request.itemIndex);
		return response;
	};

	const rate = spec.rateLimit;
	return {
		vendor: spec.vendor,
		parallelRequests: spec.parallelRequests,
		rateLimit: rate
			? async (ctx) => {
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
			: undefined,
		entryError: spec.entryError,
		sendRaw: async (ctx, request) => await transmit(ctx, request, true),
		async send(ctx, request) {
			const response = await transmit(ctx, request, false);
			const node = ctx.getNode();
			const body = parseJsonBody(node, spec.vendor, response.body, request.itemIndex);
			const outcome = spec.unwrap(body, request);
			if ('missing' in outcome) {
				throw new NodeApiError(node, { body: JSON.stringify(body ?? null).slice(0, 200) } as JsonObject, {
					message: `${spec.vendor} answered without ${outcome.missing}`,
					description: spec.noEnvelopeHint,
					itemIndex: request.itemIndex,
				});
			}
			if ('code' in outcome) throw vendorError(spec, node, outcome.code, outcome.message, request.itemIndex);
			return outcome.data;
		},
	};
}

// ── Helpers for specs ─────────────────────────────────────────────────────────

export function isRecord(value: unknown): value is IDataObject {
	return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** The `{code, msg, data}` envelope (Baijiayun, HongTu): code 0 gives data. */
export function codeMsgData(body: unknown): Unwrapped {
	if (!body || typeof body !== 'object' || (body as IDataObject).code === undefined) return { missing: 'the {code, msg, data} envelope' };
	const envelope = body as IDataObject;
	const code = Number(envelope.code);
	return code === 0 ? { data: envelope.data } : { code, message: String(envelope.msg ?? '') };
}

/** A body parsed for a look before the checks (token rejections): undefined when it is not JSON. */
export function peekJson(body: unknown): unknown {
	if (!Buffer.isBuffer(body) && typeof body !== 'string') return body;
	try {
		return JSON.parse(Buffer.isBuffer(body) ? body.toString('utf8') : body);
	} catch {
		return undefined;
	}
}

/** The first thing `pick` finds in an error or in what it wraps (n8n wraps helper errors in `cause` / `errorResponse`). */
export function findWrapped<T>(error: unknown, pick: (layer: IDataObject) => T | undefined): T | undefined {
	const seen = new Set<unknown>();
	let current = error;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		const found = pick(current as IDataObject);
		if (found !== undefined) return found;
		const layer = current as { cause?: unknown; errorResponse?: unknown };
		current = layer.cause ?? layer.errorResponse;
	}
	return undefined;
}

/** A login the server failed (HTTP 429/5xx) rather than refused: worth another try, like any 5xx. */
export function loginUnavailable(node: INode, vendor: string, status: number, doing: string, itemIndex: number): NodeApiError | undefined {
	if (status !== 429 && status < 500) return undefined;
	return markRetryable(
		new NodeApiError(node, { statusCode: status } as JsonObject, {
			message: `${vendor} answered HTTP ${status} while ${doing}`,
			description: 'The server failed to issue an access token. The node retried with backoff; try again later.',
			httpCode: String(status),
			itemIndex,
		}),
	);
}
