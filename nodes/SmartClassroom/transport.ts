/**
 * Smart Classroom transport: the access token from the credential in the Authorization header, JSON bodies
 * or multipart uploads, the `{code, data}` envelope unwrapped (bare models accepted too), negative error
 * codes mapped to NodeApiError with a hint, and a rejected token (HTTP 401 or -3003 in the body) answered by
 * one new login and one retry.
 */
import type { IDataObject, IHttpRequestOptions, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { smartClassroomBaseUrl } from '../../credentials/SmartClassroomApi.credentials';
import type { VendorClient } from '../shared/engine';
import { buildMultipart } from '../shared/multipart';
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
import { ERROR_MEANINGS } from './errorCodes';
import { INTEGER_BODY_FIELDS } from './SmartClassroom.operations';

export const SMART_CLASSROOM_CREDENTIAL = 'smartClassroomApi';
export const VENDOR = 'Smart Classroom';

/** "请登录" (please log in): the server no longer accepts the token. */
export const TOKEN_REJECTED_CODE = -3003;

/** Codes that mean "busy, try again" (the document says so for -1009; -7001 is a full recognition queue). */
const RETRYABLE_CODES = new Set([-1009, -7001]);

const CREDENTIAL_HINT = 'Check the username and password in the Smart Classroom credential.';

function hintFor(code: number): string {
	if (code === TOKEN_REJECTED_CODE)
		return 'The server rejected the access token even after a new login. Check that the account may use the API and that the base URL points at the right server.';
	if ([-2000, -2005, -3000].includes(code)) return CREDENTIAL_HINT;
	if (code === -6001 || code === -6002) return 'The account is locked for 10 minutes after 3 wrong passwords. Fix the credential and wait.';
	if (code === -1007) return 'The account must change its password: sign in to the Smart Classroom web console once, then update the credential.';
	if (code === -6016) return 'The account is not bound to a school. Ask the administrator to bind it.';
	if (code === -1014 || code === -20160) return 'The account lacks the permission for this operation. Use an administrator account.';
	if (code === -1009 || code === -7001 || code === -1011) return 'The recognition service is busy or down. The node retried; try again later.';
	if (code === -1002 || code === -1016) return 'A parameter was rejected. Check the fields of this item against their descriptions.';
	if ((code <= -5000 && code >= -5016) || [-1010, -20170, -20171, -20204, -20236].includes(code))
		return 'The photo was rejected. Use a clear, evenly lit, frontal colour photo of one whole face, neither too small nor too large.';
	if (code === -20120) return 'The person already has the most photos allowed. Replace a photo (Replaced Photo ID) instead of adding one.';
	if (code === -20206) return 'Give Student ID or Student Number.';
	if (code === -20209 || code === -20210) return 'Give Term or Date (and if both, a date inside that term).';
	if ([-20205, -20217, -20130, -20141, -20224].includes(code))
		return 'The import file was rejected. Start from the template (Import › Download Template) and check the Person Type.';
	if (code === -20015) return 'The licence dongle allows no more cameras. Remove a camera before adding one.';
	if (code <= -20172 && code >= -20177) return 'The referenced record does not exist. Check the ID, or pick it from the list.';
	if ([-2003, -2006, -2007, -2008, -2015, -20181, -20188, -20226, -20227].includes(code))
		return 'The referenced record does not exist. Check the ID.';
	if ([-20194, -20202, -20203, -20207, -20208].includes(code)) return 'The record is still in use. Remove what it is bound to first.';
	return 'Smart Classroom refused the request. Its message says why; check the parameters of this item.';
}

/** The NodeApiError of an error code from the server. */
export function vendorError(node: INode, code: number, message: string, itemIndex: number): NodeApiError {
	const meaning = ERROR_MEANINGS.get(code);
	const text = [meaning, message && message !== meaning ? message : ''].filter(Boolean).join(' – ') || 'no message';
	const error = new NodeApiError(node, { code, message } as JsonObject, {
		message: `${VENDOR} error ${code}: ${text}`,
		description: hintFor(code),
		httpCode: String(code),
		itemIndex,
	});
	return RETRYABLE_CODES.has(code) ? markRetryable(error) : error;
}

function envelopeCode(body: unknown): number | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
	// the envelope's code is a JSON integer; a model's own `code` field (class or course code) is text
	const code = (body as IDataObject).code;
	return typeof code === 'number' && Number.isInteger(code) ? code : undefined;
}

function peekJson(body: unknown): unknown {
	if (Buffer.isBuffer(body) || typeof body === 'string') {
		const textBody = Buffer.isBuffer(body) ? body.toString('utf8') : body;
		try {
			return JSON.parse(textBody);
		} catch {
			return undefined;
		}
	}
	return body;
}

/** The token is rejected by HTTP 401 or by code -3003 inside an HTTP 200 body. */
export function isTokenRejected(response: FullResponse): boolean {
	return response.statusCode === 401 || envelopeCode(peekJson(response.body)) === TOKEN_REJECTED_CODE;
}

/** Unwraps `{code, data, desc}`: code 0 gives data (or the body without code); other codes throw. */
export function unwrap(node: INode, body: unknown, itemIndex: number): unknown {
	const code = envelopeCode(body);
	if (code === undefined) return body;
	const envelope = body as IDataObject;
	if (code !== 0) {
		throw vendorError(node, code, String(envelope.desc ?? envelope.msg ?? envelope.message ?? ''), itemIndex);
	}
	if ('data' in envelope) return envelope.data;
	const rest = { ...envelope };
	delete rest.code;
	return Object.keys(rest).length ? rest : { code: 0 };
}

function jsonBody(body: IDataObject): IDataObject {
	const converted: IDataObject = {};
	for (const [key, value] of Object.entries(body)) {
		converted[key] = INTEGER_BODY_FIELDS.has(key) && typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
	}
	return converted;
}

/** HTTP options of a request: JSON body, or multipart when it has files or form fields. */
export function httpOptions(baseURL: string, request: VendorRequest, binary = false): IHttpRequestOptions {
	const headers: IDataObject = { Accept: 'application/json', ...request.headers };
	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL,
		url: request.path,
		qs: request.query,
		headers,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: 60_000,
	};
	if (Object.keys(request.files).length || Object.keys(request.form).length) {
		const multipart = buildMultipart(request.form, request.files);
		options.body = multipart.body;
		headers['Content-Type'] = multipart.contentType;
	} else if (Object.keys(request.body).length) {
		options.body = jsonBody(request.body);
		options.json = true;
		headers['Content-Type'] = 'application/json';
	}
	if (binary) {
		options.encoding = 'arraybuffer';
		delete headers.Accept;
	}
	return options;
}

/** The HTTP status of a failed login (credential preAuthentication), looked up through n8n's wrapping. */
function loginStatusIn(error: unknown): number | undefined {
	const seen = new Set<unknown>();
	let current = error as { loginStatusCode?: unknown; cause?: unknown; errorResponse?: unknown } | undefined;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		if (typeof current.loginStatusCode === 'number') return current.loginStatusCode;
		current = (current.cause ?? current.errorResponse) as typeof current;
	}
	return undefined;
}

/** Sends with the credential's token, logging in again once when the server rejects it. */
export async function sendRaw(ctx: ApiContext, request: VendorRequest, binary = false): Promise<FullResponse> {
	const node = ctx.getNode();
	const credentials = await ctx.getCredentials(SMART_CLASSROOM_CREDENTIAL);
	const baseURL = smartClassroomBaseUrl(credentials);
	const options = httpOptions(baseURL, request, binary);
	let response: FullResponse;
	try {
		response = await requestWithTokenRefresh(ctx, SMART_CLASSROOM_CREDENTIAL, 'accessToken', options, isTokenRejected);
	} catch (error) {
		const loginStatus = loginStatusIn(error);
		if (loginStatus !== undefined && (loginStatus === 429 || loginStatus >= 500)) {
			// the server failed to log in, not the credential: worth another try, like any 5xx
			throw markRetryable(
				new NodeApiError(node, { statusCode: loginStatus } as JsonObject, {
					message: `${VENDOR} answered HTTP ${loginStatus} while logging in`,
					description: 'The server failed to issue an access token. The node retried with backoff; try again later.',
					httpCode: String(loginStatus),
					itemIndex: request.itemIndex,
				}),
			);
		}
		throw requestFailure(node, VENDOR, error, request.itemIndex, baseURL);
	}
	if (response.statusCode === 401) {
		throw vendorError(node, TOKEN_REJECTED_CODE, 'HTTP 401', request.itemIndex);
	}
	checkHttpStatus(node, VENDOR, response, request.itemIndex);
	return response;
}

export async function sendSmartClassroomRequest(ctx: ApiContext, request: VendorRequest): Promise<unknown> {
	const response = await sendRaw(ctx, request);
	const node = ctx.getNode();
	const body = parseJsonBody(node, VENDOR, response.body, request.itemIndex);
	// every answer is a JSON object (the envelope or a bare model): anything else is not the server speaking
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		throw new NodeApiError(node, { body: JSON.stringify(body ?? null).slice(0, 200) } as JsonObject, {
			message: `${VENDOR} answered without a JSON object`,
			description: 'Check the base URL in the credential: it must point at the Smart Classroom server API (http(s)://{host}/api/v1).',
			itemIndex: request.itemIndex,
		});
	}
	return unwrap(node, body, request.itemIndex);
}

export const smartClassroomClient: VendorClient = {
	vendor: VENDOR,
	send: sendSmartClassroomRequest,
};
