/**
 * HongTu transport: JSON POST (multipart for uploads) signed by the credential, `{code, msg, data}` envelope
 * unwrapped, documented error codes mapped to NodeApiError with the vendor code, the box's message, its
 * meaning in English and what to do; HTTP 429/5xx and network failures retried by the engine.
 */
import type { IDataObject, IHttpRequestOptions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { hongTuBaseUrl } from '../../credentials/HongTuApi.credentials';
import type { VendorClient } from '../shared/engine';
import { buildMultipart } from '../shared/multipart';
import {
	checkHttpStatus,
	markRetryable,
	parseJsonBody,
	requestFailure,
	type ApiContext,
	type FullResponse,
	type VendorRequest,
} from '../shared/transport';
import { ERROR_MEANINGS } from './errors';
import { operations } from './HongTu.operations';

export const HONGTU_CREDENTIAL = 'hongTuApi';
const VENDOR = 'HongTu';

/**
 * Body parameters that are string arrays on the wire. The engine joins id lists into one string; the box
 * wants JSON arrays, so they are split back here (by path and field name).
 */
const ARRAY_FIELDS = new Map<string, Map<string, string>>();
for (const op of operations) {
	for (const param of op.params) {
		if (param.type !== 'idList' || param.in !== 'body') continue;
		if (!ARRAY_FIELDS.has(op.path)) ARRAY_FIELDS.set(op.path, new Map());
		ARRAY_FIELDS.get(op.path)!.set(param.name, param.separator ?? ',');
	}
}

export function toWireBody(path: string, body: IDataObject): IDataObject {
	const fields = ARRAY_FIELDS.get(path);
	if (!fields) return body;
	const wire = { ...body };
	for (const [name, separator] of fields) {
		const value = wire[name];
		if (typeof value === 'string') wire[name] = value === '' ? [] : value.split(separator);
	}
	return wire;
}

/** What to do about a code, beyond what it means. */
function hint(code: number): string {
	if (code === 100008)
		return 'The box rejected the signature. Check the app key and secret in the credential, and that this machine’s clock is right.';
	if (code === 100003 || code === 103101 || code === 103004)
		return 'Check the parameters of this item against the field descriptions.';
	if ((code >= 101050 && code <= 101056) || code === 101070 || code === 101101 || code === 101104)
		return 'Use a sharp, frontal, well-lit photo with exactly one face, or run Person › Check Image Quality first.';
	if (code === 101082) return 'The image must be at most 10 MB.';
	if ([101007, 101008, 101009, 101010, 101011, 101090, 101099, 102087, 102088, 102089, 102090].includes(code))
		return 'Another record already uses this value. Search for it and update that record instead, or use a different value.';
	if ([101005, 101012, 102013, 102113, 101096, 102152].includes(code))
		return 'The referenced record does not exist on this box. Pick it from the list or check the UUID.';
	if (code === 101067) return 'Too many people in one request or on the box. Lower the Batch Size in Request Options.';
	if (code === 102091 || code === 102148) return 'Bring the device online and try again.';
	if (code === 200314) return 'Use this operation with face panel devices only.';
	return 'The box refused the request; its message above says why. Check the parameters of this item.';
}

export async function sendHongTuRequest(ctx: ApiContext, request: VendorRequest): Promise<unknown> {
	const node = ctx.getNode();
	const credentials = await ctx.getCredentials(HONGTU_CREDENTIAL);
	const baseURL = hongTuBaseUrl(credentials);
	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL,
		url: request.path,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: 60_000,
		headers: { ...request.headers },
	};
	if (Object.keys(request.query).length) options.qs = request.query;
	if (Object.keys(request.files).length) {
		const multipart = buildMultipart(request.form, request.files);
		options.body = multipart.body;
		options.headers!['Content-Type'] = multipart.contentType;
	} else if (request.method !== 'GET') {
		// serialised and signed by the credential: the signature covers the exact bytes sent
		options.body = toWireBody(request.path, { ...request.body, ...request.form });
	}
	let response: FullResponse;
	try {
		response = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, HONGTU_CREDENTIAL, options)) as FullResponse;
	} catch (error) {
		throw requestFailure(node, VENDOR, error, request.itemIndex, baseURL);
	}
	checkHttpStatus(node, VENDOR, response, request.itemIndex);
	const envelope = parseJsonBody(node, VENDOR, response.body, request.itemIndex) as IDataObject | undefined;
	if (!envelope || typeof envelope !== 'object' || envelope.code === undefined) {
		throw new NodeApiError(node, { body: JSON.stringify(envelope ?? null).slice(0, 200) } as JsonObject, {
			message: `${VENDOR} answered without the {code, msg, data} envelope`,
			description: 'Check the base URL in the credential: it must point at the HongTu box.',
			itemIndex: request.itemIndex,
		});
	}
	const code = Number(envelope.code);
	if (code === 0) return envelope.data;
	throw hongTuError(ctx, code, String(envelope.msg ?? ''), request.itemIndex);
}

/** The NodeApiError for a HongTu code (also used for per-entry failures of batch calls). */
export function hongTuError(ctx: ApiContext, code: number, msg: string, itemIndex: number): NodeApiError {
	const meaning = ERROR_MEANINGS[code];
	const error = new NodeApiError(ctx.getNode(), { code, msg } as JsonObject, {
		message: `${VENDOR} error ${code}: ${meaning ?? (msg || 'no message')}`,
		description: `${msg ? `The box says: ${msg}. ` : ''}${hint(code)}`,
		httpCode: String(code),
		itemIndex,
	});
	// the document lists no throttling code; a busy box answers HTTP 429/5xx, which checkHttpStatus marks
	return THROTTLING_CODES.has(code) ? markRetryable(error) : error;
}

const THROTTLING_CODES = new Set<number>();

export const hongTuClient: VendorClient = {
	vendor: VENDOR,
	send: sendHongTuRequest,
	entryError: (ctx, code, message, itemIndex) => hongTuError(ctx, Number(code), message, itemIndex),
};
