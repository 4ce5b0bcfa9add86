/**
 * Smart Classroom transport: the access token from the credential in the Authorization header, JSON bodies
 * or multipart uploads, the `{code, data}` envelope unwrapped (bare models accepted too), negative error
 * codes mapped to NodeApiError with a hint, and a rejected token (HTTP 401 or -3003 in the body) answered by
 * one new login and one retry.
 */
import type { IDataObject, IHttpRequestOptions, INode, NodeApiError } from 'n8n-workflow';

import { smartClassroomBaseUrl } from '../../credentials/SmartClassroomApi.credentials';
import { isRecord, peekJson } from '../shared/transport/envelopes';
import { findWrapped, loginUnavailable, vendorError } from '../shared/transport/errors';
import type { TransportSpec } from '../shared/transport/vendorTransport';
import { buildMultipart } from '../shared/transport/multipart';
import { SMART_CLASSROOM_ERRORS } from './errorCodes';

export const SMART_CLASSROOM_CREDENTIAL = 'smartClassroomApi';
export const VENDOR = SMART_CLASSROOM_ERRORS.vendor;

/** "请登录" (please log in): the server no longer accepts the token. */
export const TOKEN_REJECTED_CODE = -3003;

/** The NodeApiError of an error code from the server. */
export function smartClassroomError(node: INode, code: number, message: string, itemIndex: number): NodeApiError {
	return vendorError(SMART_CLASSROOM_ERRORS, node, code, message, itemIndex);
}

function envelopeCode(body: unknown): number | undefined {
	if (!isRecord(body)) return undefined;
	// the envelope's code is a JSON integer; a model's own `code` field (class or course code) is text
	return typeof body.code === 'number' && Number.isInteger(body.code) ? body.code : undefined;
}

/** Unwraps `{code, data, desc}`: code 0 gives data (or the body without code); anything without a code is the data. */
export function unwrapEnvelope(body: unknown): { data: unknown } | { code: number; message: string } {
	const code = envelopeCode(body);
	if (code === undefined) return { data: body };
	const envelope = body as IDataObject;
	if (code !== 0) return { code, message: String(envelope.desc ?? envelope.msg ?? envelope.message ?? '') };
	if ('data' in envelope) return { data: envelope.data };
	const rest = { ...envelope };
	delete rest.code;
	return { data: Object.keys(rest).length ? rest : { code: 0 } };
}

export const smartClassroomTransport: TransportSpec = {
	...SMART_CLASSROOM_ERRORS,
	credential: SMART_CLASSROOM_CREDENTIAL,
	baseUrl: smartClassroomBaseUrl,
	// JSON body, or multipart when the request has files or form fields
	http(request) {
		const headers: IDataObject = { Accept: 'application/json', ...request.headers };
		const options: IHttpRequestOptions = { method: request.method, url: request.path, qs: request.query, headers, timeout: 60_000 };
		if (Object.keys(request.files).length || Object.keys(request.form).length) {
			const multipart = buildMultipart(request.form, request.files);
			options.body = multipart.body;
			headers['Content-Type'] = multipart.contentType;
		} else if (Object.keys(request.body).length) {
			options.body = request.body;
			options.json = true;
			headers['Content-Type'] = 'application/json';
		}
		return options;
	},
	token: {
		field: 'accessToken',
		isRejected: (response) => response.statusCode === 401 || envelopeCode(peekJson(response.body)) === TOKEN_REJECTED_CODE,
	},
	// a 401 even after the new login
	statusFailure: (response) => (response.statusCode === 401 ? { code: TOKEN_REJECTED_CODE, message: 'HTTP 401' } : undefined),
	loginFailure(error, node, itemIndex) {
		const status = findWrapped(error, (e) => (typeof e.loginStatusCode === 'number' ? e.loginStatusCode : undefined));
		return status === undefined ? undefined : loginUnavailable(node, VENDOR, status, 'logging in', itemIndex);
	},
	// every answer is a JSON object (the envelope or a bare model): anything else is not the server speaking
	unwrap: (body) => (isRecord(body) ? unwrapEnvelope(body) : { missing: 'a JSON object' }),
	noEnvelopeHint: 'Check the base URL in the credential: it must point at the Smart Classroom server API (http(s)://{host}/api/v1).',
	// a school's own server on its LAN (a few milliseconds away, little to gain) that also serves the
	// classrooms' cameras and attendance: one request at a time unless the user asks for more
	parallelRequests: 1,
};
