/**
 * HaoYi cloud recording transport (云录播 API 接口): every call is GET with query parameters, the access
 * token travels as the `token` query parameter (added by the credential), and the answer is a flat
 * `{err_code, err_msg, ...fields}` object. A token the server reports expired/missing/unreadable
 * (1007/1004/1006 in an HTTP 200 body) gets one new login; the answer's records are normalised (records.ts).
 */
import type { INode, NodeApiError } from 'n8n-workflow';

import { haoYiBaseUrl } from '../../credentials/HaoYiApi.credentials';
import { isRecord, peekJson } from '../shared/transport/envelopes';
import { findWrapped, loginUnavailable, vendorError } from '../shared/transport/errors';
import type { TransportSpec } from '../shared/transport/vendorTransport';
import { HAOYI_ERRORS, TOKEN_NOT_GENERATED } from './errors';
import { getVersion } from './HaoYi.operations';
import { answerData } from './records';

export const HAOYI_CREDENTIAL = 'haoYiApi';
export const HAOYI_TOKEN_FIELD = 'accessToken';
const VENDOR = HAOYI_ERRORS.vendor;

/** Codes meaning "the token is not usable": the transport logs in again once and retries. */
export const TOKEN_REJECTED_CODES = new Set([1004, 1006, 1007]);

/** Builds the NodeApiError for a non-zero err_code. */
export function haoYiError(node: INode, code: number, vendorMessage: string, itemIndex: number): NodeApiError {
	return vendorError(HAOYI_ERRORS, node, code, vendorMessage, itemIndex);
}

export const haoYiTransport: TransportSpec = {
	...HAOYI_ERRORS,
	credential: HAOYI_CREDENTIAL,
	baseUrl: haoYiBaseUrl,
	http: (request) => ({ method: 'GET', url: request.path, qs: request.query, timeout: 30_000 }),
	// 3.1 needs no token (section 2.2)
	anonymous: (request) => request.path === getVersion.path,
	token: {
		field: HAOYI_TOKEN_FIELD,
		isRejected: (response) =>
			response.statusCode >= 200 && response.statusCode < 300 && TOKEN_REJECTED_CODES.has(Number((peekJson(response.body) as { err_code?: unknown } | undefined)?.err_code)),
	},
	loginFailure(error, node, itemIndex) {
		const login = findWrapped(error, (e) => (typeof e.haoyiCode === 'number' ? { code: e.haoyiCode, message: String(e.vendorMessage ?? '') } : undefined));
		if (login) return vendorError(HAOYI_ERRORS, node, login.code, login.message, itemIndex, login.code === 1004 ? TOKEN_NOT_GENERATED : undefined);
		// the token exchange (preAuthentication) does not ignore HTTP errors: a 5xx/429 there is worth retrying
		const status = findWrapped(error, (e) => {
			const value = (e.response as { status?: unknown } | undefined)?.status ?? e.statusCode ?? e.status;
			return typeof value === 'number' && value >= 100 && value < 600 ? value : undefined;
		});
		return status === undefined ? undefined : loginUnavailable(node, VENDOR, status, 'issuing an access token', itemIndex);
	},
	unwrap(body, request) {
		if (!isRecord(body)) return { missing: 'a JSON object' };
		// 3.1 version is the one answer without err_code
		if (request.path === getVersion.path && body.err_code === undefined) return { data: body };
		if (body.err_code === undefined) return { missing: 'err_code' };
		const code = Number(body.err_code);
		return code === 0 ? { data: answerData(body) } : { code, message: String(body.err_msg ?? '') };
	},
	noEnvelopeHint: 'Check the base URL in the credential: it must point at the cloud recording server (http://<IP or domain>:<port>).',
	// a cloud recording service (no request limit documented); its token is self-contained (1006 "cannot parse
	// the token") and valid 7200 s, so requests in flight that log in again at expiry do not void each other
	parallelRequests: 4,
};
