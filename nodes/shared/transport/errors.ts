/**
 * How failures read: a vendor's codes through its error table (meaning, what to do, whether another try may
 * succeed), HTTP statuses, bodies that are not JSON and failed logins, each a NodeApiError that names the item
 * and carries no request detail (URL with a token, headers, body).
 */
import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { FullResponse } from './request';
import { markRetryable } from './retries';

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
