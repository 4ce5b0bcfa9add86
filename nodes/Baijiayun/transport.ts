/**
 * Baijiayun transport: form-encoded POST signed by the credential, `{code, msg, data}` envelope unwrapped,
 * non-zero codes mapped to NodeApiError, throttling retried, 200 requests per 10 s honoured.
 */
import type { IDataObject, IHttpRequestOptions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { baijiayunBaseUrl } from '../../credentials/BaijiayunApi.credentials';
import type { VendorClient } from '../shared/engine';
import {
	checkHttpStatus,
	markRetryable,
	parseJsonBody,
	requestFailure,
	type ApiContext,
	type FullResponse,
	type VendorRequest,
} from '../shared/transport';

export const BAIJIAYUN_CREDENTIAL = 'baijiayunApi';

/** What to do about a vendor code. The document lists none; 1001 comes from Baijiayun's public OpenAPI rules. */
const HINTS: Record<number, string> = {
	1001: 'Baijiayun rejected the signature. Check the partner ID and partner key in the credential, and that this machine’s clock is right (the timestamp is signed).',
};

/** Envelope codes that mean "slow down" rather than "wrong request". */
const THROTTLING_CODES = new Set([429]);

export async function sendBaijiayunRequest(ctx: ApiContext, request: VendorRequest): Promise<unknown> {
	const node = ctx.getNode();
	const credentials = await ctx.getCredentials(BAIJIAYUN_CREDENTIAL);
	const options: IHttpRequestOptions = {
		method: 'POST',
		baseURL: baijiayunBaseUrl(credentials),
		url: request.path,
		qs: request.query,
		body: { ...request.body, ...request.form },
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: 30_000,
	};
	let response: FullResponse;
	try {
		response = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, BAIJIAYUN_CREDENTIAL, options)) as FullResponse;
	} catch (error) {
		throw requestFailure(node, 'Baijiayun', error, request.itemIndex, String(options.baseURL));
	}
	checkHttpStatus(node, 'Baijiayun', response, request.itemIndex);
	const envelope = parseJsonBody(node, 'Baijiayun', response.body, request.itemIndex) as IDataObject | undefined;
	if (!envelope || typeof envelope !== 'object' || envelope.code === undefined) {
		throw new NodeApiError(node, { body: JSON.stringify(envelope ?? null).slice(0, 200) } as JsonObject, {
			message: 'Baijiayun answered without the {code, msg, data} envelope',
			description: 'Check the base URL in the credential: it must point at the Baijiayun OpenAPI server.',
			itemIndex: request.itemIndex,
		});
	}
	const code = Number(envelope.code);
	if (code === 0) return envelope.data;
	const error = new NodeApiError(node, { code, msg: String(envelope.msg ?? '') } as JsonObject, {
		message: `Baijiayun error ${code}: ${String(envelope.msg || 'no message')}`,
		description: HINTS[code] ?? 'Baijiayun refused the request. Its message above says why; check the parameters of this item.',
		httpCode: String(code),
		itemIndex: request.itemIndex,
	});
	throw THROTTLING_CODES.has(code) ? markRetryable(error) : error;
}

export const baijiayunClient: VendorClient = {
	vendor: 'Baijiayun',
	send: sendBaijiayunRequest,
	// "200 openapi requests per 10 s per account" (Baijiayun server-API documentation)
	rateLimit: { limit: 200, windowMs: 10_000 },
};
