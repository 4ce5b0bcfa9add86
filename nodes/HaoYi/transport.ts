/**
 * HaoYi cloud recording transport (云录播 API 接口): every call is GET with query parameters,
 * the access token travels as the `token` query parameter (added by the credential), and the answer is a
 * flat `{err_code, err_msg, ...fields}` object. This file unwraps it, maps err_code to NodeApiError with a
 * hint, re-logs in once when the server reports the token expired/missing/unreadable (1007/1004/1006 in an
 * HTTP 200 body), normalises ids and builds media URLs from `storage_addr` + `*_fdfs`.
 */
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { VendorClient } from '../shared/engine';
import { requestWithTokenRefresh } from '../shared/token';
import {
	checkHttpStatus,
	markRetryable,
	parseJsonBody,
	requestFailure,
	type ApiContext,
	type FullResponse,
	type VendorRequest,
} from '../shared/transport';

export const HAOYI_CREDENTIAL = 'haoYiApi';
export const HAOYI_TOKEN_FIELD = 'accessToken';
const VENDOR = 'HaoYi';

/**
 * 3.2 用“API 凭证”换取“访问凭证”: the exchange the credential's preAuthentication performs. It is not a
 * node operation (its answer is a secret); it is declared here, next to its method, for the catalog.
 */
export const ACCESS_TOKEN_ENDPOINT = { method: 'GET', path: '/api/v1/access_token', docSection: '3.2 用“API 凭证”换取“访问凭证”' } as const;

/** 3.1 获取服务器版本信息 needs no token (section 2.2) and has no err_code envelope. */
export const VERSION_PATH = '/api/v1/version';

/** Base URL of the server: http://<IP or domain>:<port>, without a trailing slash or the /api/v1 part. */
export function haoYiBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials.baseUrl ?? '')
		.trim()
		.replace(/\/+$/, '')
		.replace(/\/api\/v1$/, '');
}

/** Codes meaning "the token is not usable": the transport logs in again once and retries. */
export const TOKEN_REJECTED_CODES = new Set([1004, 1006, 1007]);

/** English messages and what to do, per documented err_code. */
const CODES: Record<number, { message: string; hint: string }> = {
	1001: {
		message: 'Invalid unionid',
		hint: 'The API credential (unionid) is not valid. Copy it again from the server back office (http://<server>/admin, logged in as an administrator).',
	},
	1002: {
		message: 'No account found for the unionid',
		hint: 'No account matches the API credential (unionid). Copy it again from the back office of this server.',
	},
	1003: {
		message: 'The account of the unionid has no API access',
		hint: 'Only administrator accounts may call the API. Use the API credential of an administrator account.',
	},
	1004: {
		message: 'No access token',
		hint: 'The server did not receive a usable access token even after a new login. Check that nothing between n8n and the server strips query parameters.',
	},
	1006: {
		message: 'The access token could not be parsed',
		hint: 'The server could not read the access token even after a new login. Check that the base URL points at the server that issued it.',
	},
	1007: {
		message: 'The access token has expired',
		hint: 'The token expired again right after a new login. Check the clock of the HaoYi server.',
	},
	1008: { message: 'Name missing', hint: 'Fill in the name field of this item.' },
	1009: { message: 'Address missing', hint: 'Fill in the address field of this item.' },
	1010: {
		message: 'ID missing or unknown',
		hint: 'The server did not get a usable ID. Check the ID fields of this item and that the record still exists.',
	},
	1011: {
		message: 'Invalid time format',
		hint: 'Give the start time as HH:MM:SS between 00:00:00 and 23:59:59.',
	},
	1012: {
		message: 'The recording task overlaps an existing task',
		hint: 'Another recording task of this camera on the same weekday covers part of this time. Move the start time, shorten the duration, or change/delete the other task (List Recording Tasks shows them).',
	},
	1013: {
		message: 'Recording tasks cannot run past midnight',
		hint: 'Start time plus duration must end by 23:59:59 of the same day. Shorten the duration or split the recording into two tasks on consecutive weekdays.',
	},
};

/** Error raised by the credential's preAuthentication when the server refuses the unionid. */
export class HaoYiLoginError extends Error {
	constructor(
		readonly haoyiCode: number,
		readonly vendorMessage: string,
	) {
		super(`${VENDOR} refused the API credential: error ${haoyiCode} (${CODES[haoyiCode]?.message ?? vendorMessage})`);
		this.name = 'HaoYiLoginError';
	}
}

/** Finds a HaoYiLoginError inside what n8n's helpers wrapped around it. */
function loginErrorIn(error: unknown): { haoyiCode: number; vendorMessage: string } | undefined {
	const seen = new Set<unknown>();
	let current = error as { haoyiCode?: number; vendorMessage?: string; cause?: unknown; errorResponse?: unknown } | undefined;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		if (typeof current.haoyiCode === 'number') return { haoyiCode: current.haoyiCode, vendorMessage: String(current.vendorMessage ?? '') };
		current = (current.cause ?? current.errorResponse) as typeof current;
	}
	return undefined;
}

/** The HTTP status of a failed helper request, looked up through n8n's wrapping. */
function httpStatusIn(error: unknown): number | undefined {
	const seen = new Set<unknown>();
	let current = error as { response?: { status?: number }; status?: number; statusCode?: number; cause?: unknown; errorResponse?: unknown } | undefined;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		const status = current.response?.status ?? current.statusCode ?? current.status;
		if (typeof status === 'number' && status >= 100 && status < 600) return status;
		current = (current.cause ?? current.errorResponse) as typeof current;
	}
	return undefined;
}

/** Builds the NodeApiError for a non-zero err_code. */
export function haoYiError(node: ReturnType<ApiContext['getNode']>, code: number, vendorMessage: string, itemIndex: number): NodeApiError {
	const known = CODES[code];
	return new NodeApiError(node, { err_code: code, err_msg: vendorMessage } as JsonObject, {
		message: `${VENDOR} error ${code}: ${known?.message ?? (vendorMessage || 'request refused')}${known && vendorMessage ? ` (${vendorMessage})` : ''}`,
		description: known?.hint ?? `${VENDOR} refused the request. Its message above says why; check the parameters of this item.`,
		httpCode: String(code),
		itemIndex,
	});
}

// ── Output normalisation ──────────────────────────────────────────────────────

/** Documented numeric fields that samples show as strings ("1", "6598647"). */
const NUMERIC_FIELDS = new Set([
	'total_num', 'max_page', 'cur_page', 'per_page', 'file_size', 'duration', 'clicks', 'status', 'expires',
	'stream_prop', 'device_cmd_port', 'main_rate', 'sub_rate', 'title_id', 'week_id', 'repeat_id', 'elapse_sec',
]);

/** Sample keys that differ from the documented field names (list_camera: image_fds, device_cmd_prot). */
const KEY_ALIASES: Record<string, string> = { image_fds: 'image_fdfs', device_cmd_prot: 'device_cmd_port' };

function toNumberIfNumeric(value: IDataObject[string]): IDataObject[string] {
	if (typeof value === 'string' && /^-?\d+$/.test(value.trim()) && Number.isSafeInteger(Number(value))) return Number(value);
	return value;
}

/** A full URL from the storage server address and a FastDFS path, with exactly one slash between them. */
export function mediaUrl(storageAddr: unknown, path: unknown): string | undefined {
	if (typeof path !== 'string' || path.trim() === '') return undefined;
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return path;
	if (typeof storageAddr !== 'string' || storageAddr.trim() === '') return undefined;
	return `${storageAddr.trim().replace(/\/+$/, '')}/${path.trim().replace(/^\/+/, '')}`;
}

/**
 * One record as the node outputs it: ids (`*_id`) and documented counts as numbers, documented field
 * names, and `image_url` / `file_url` assembled from `storage_addr` and `image_fdfs` / `file_fdfs`.
 */
export function normaliseRecord(record: IDataObject, storageAddr?: unknown): IDataObject {
	const out: IDataObject = {};
	for (const [rawKey, value] of Object.entries(record)) {
		const key = KEY_ALIASES[rawKey] && !(KEY_ALIASES[rawKey] in record) ? KEY_ALIASES[rawKey] : rawKey;
		out[key] = key.endsWith('_id') || NUMERIC_FIELDS.has(key) ? toNumberIfNumeric(value) : value;
	}
	if (storageAddr !== undefined) {
		const imageUrl = mediaUrl(storageAddr, out.image_fdfs);
		const fileUrl = mediaUrl(storageAddr, out.file_fdfs);
		if (imageUrl) out.image_url = imageUrl;
		if (fileUrl) out.file_url = fileUrl;
	}
	return out;
}

/** The unwrapped answer: err_code/err_msg removed, list entries and top-level ids normalised. */
function unwrap(envelope: IDataObject): unknown {
	const rest: IDataObject = { ...envelope };
	delete rest.err_code;
	delete rest.err_msg;
	const storageAddr = rest.storage_addr;
	const data = rest.data;
	const top = normaliseRecord({ ...rest, data: undefined }, storageAddr);
	delete top.data;
	if (Array.isArray(data)) {
		top.data = data.map((entry) =>
			entry && typeof entry === 'object' && !Array.isArray(entry) ? normaliseRecord(entry as IDataObject, storageAddr) : entry,
		);
	} else if (data !== undefined) {
		top.data = data;
	}
	return Object.keys(top).length ? top : undefined;
}

// ── Sending ───────────────────────────────────────────────────────────────────

function isTokenRejected(response: FullResponse): boolean {
	if (response.statusCode < 200 || response.statusCode >= 300) return false;
	let body = response.body;
	if (Buffer.isBuffer(body)) body = body.toString('utf8');
	if (typeof body === 'string') {
		try {
			body = JSON.parse(body);
		} catch {
			return false;
		}
	}
	const code = Number((body as IDataObject | undefined)?.err_code);
	return TOKEN_REJECTED_CODES.has(code);
}

export async function sendHaoYiRequest(ctx: ApiContext, request: VendorRequest): Promise<unknown> {
	const node = ctx.getNode();
	const credentials = await ctx.getCredentials(HAOYI_CREDENTIAL);
	const baseURL = haoYiBaseUrl(credentials);
	const options: IHttpRequestOptions = {
		method: 'GET',
		baseURL,
		url: request.path,
		qs: request.query,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: 30_000,
	};
	let response: FullResponse;
	try {
		response =
			request.path === VERSION_PATH
				? ((await ctx.helpers.httpRequest(options)) as FullResponse)
				: await requestWithTokenRefresh(ctx, HAOYI_CREDENTIAL, HAOYI_TOKEN_FIELD, options, isTokenRejected);
	} catch (error) {
		const login = loginErrorIn(error);
		if (login?.haoyiCode === 1004) {
			// on /api/v1/access_token, 1004 means "生成 token 过程中发生错误": a server-side failure worth retrying
			throw markRetryable(
				new NodeApiError(node, { err_code: 1004, err_msg: login.vendorMessage } as JsonObject, {
					message: `${VENDOR} error 1004: The server failed to generate an access token${login.vendorMessage ? ` (${login.vendorMessage})` : ''}`,
					description: 'The node retried with backoff. If it keeps failing, check the HaoYi server (its logs, disk and database).',
					httpCode: '1004',
					itemIndex: request.itemIndex,
				}),
			);
		}
		if (login) throw haoYiError(node, login.haoyiCode, login.vendorMessage, request.itemIndex);
		// the token exchange (preAuthentication) does not ignore HTTP errors: a 5xx/429 there is worth retrying
		const status = httpStatusIn(error);
		if (status !== undefined && (status === 429 || status >= 500)) {
			throw markRetryable(
				new NodeApiError(node, { statusCode: status } as JsonObject, {
					message: `${VENDOR} answered HTTP ${status} while issuing an access token`,
					description: 'The server failed to issue an access token. The node retried with backoff; try again later.',
					itemIndex: request.itemIndex,
				}),
			);
		}
		throw requestFailure(node, VENDOR, error, request.itemIndex, baseURL);
	}
	checkHttpStatus(node, VENDOR, response, request.itemIndex);
	const envelope = parseJsonBody(node, VENDOR, response.body, request.itemIndex) as IDataObject | undefined;
	if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope)) {
		throw new NodeApiError(node, { body: JSON.stringify(envelope ?? null).slice(0, 200) } as JsonObject, {
			message: `${VENDOR} answered without a JSON object`,
			description: 'Check the base URL in the credential: it must point at the cloud recording server (http://<IP or domain>:<port>).',
			itemIndex: request.itemIndex,
		});
	}
	// 3.1 version is the one answer without err_code
	if (request.path === VERSION_PATH && envelope.err_code === undefined) return envelope;
	if (envelope.err_code === undefined) {
		throw new NodeApiError(node, { body: JSON.stringify(envelope).slice(0, 200) } as JsonObject, {
			message: `${VENDOR} answered without err_code`,
			description: 'Check the base URL in the credential: it must point at the cloud recording server (http://<IP or domain>:<port>).',
			itemIndex: request.itemIndex,
		});
	}
	const code = Number(envelope.err_code);
	if (code === 0) return unwrap(envelope);
	throw haoYiError(node, code, String(envelope.err_msg ?? ''), request.itemIndex);
}

export const haoYiClient: VendorClient = {
	vendor: VENDOR,
	send: sendHaoYiRequest,
};
