/**
 * Gensee transport: POST form-encoded to `{site}/integration/site{path}` (the credential adds loginName,
 * password and sec), flat JSON answer with a string `code` ("0" = success) next to the business fields,
 * every documented result code mapped to a NodeApiError with its meaning and what to do, epoch-millisecond
 * times also given as ISO strings.
 */
import type { IDataObject, IHttpRequestOptions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { genseeBaseUrl } from '../../credentials/GenseeApi.credentials';
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

export const GENSEE_CREDENTIAL = 'genseeApi';

/** The document's result-code table (返回码定义), with what a user can do about each code. */
export const RESULT_CODES: Record<string, { meaning: string; hint: string }> = {
	'-1': { meaning: 'Failure (失败)', hint: 'Gensee could not carry out the request. Check the parameters of this item and try again.' },
	'101': { meaning: 'Parameter error (参数错误)', hint: 'A parameter is missing or not allowed. Check the required fields and their lengths.' },
	'102': {
		meaning: 'Parameter conversion error (参数转换错误)',
		hint: 'A value has the wrong type or format, e.g. a date or a number. Check dates, numbers and IDs of this item.',
	},
	'200': {
		meaning: 'Authentication failed (认证失败)',
		hint: 'Check the login name, the password and the password hashing setting in the Gensee credential.',
	},
	'201': { meaning: 'Password expired (口令过期)', hint: 'Set a new password for this account on the Gensee site and update the credential.' },
	'300': { meaning: 'System error (系统错误)', hint: 'The Gensee server failed. Try again later; contact Gensee support if it persists.' },
	'500': {
		meaning: 'Business error (业务错误)',
		hint: 'Gensee refused the request for a business reason, e.g. identical tokens or a subject already in use, or the account lacks the role this interface requires.',
	},
	'501': { meaning: 'Data does not exist (业务错误 – 数据不存在)', hint: 'The ID does not exist on this site. Check the ID, or pick it from the list.' },
	'502': { meaning: 'Duplicate data (业务错误 – 重复数据)', hint: 'It already exists on the site, e.g. a teacher login name or room subject. Use another value.' },
	'600': { meaning: 'Interface disabled (接口被禁用)', hint: 'This interface is disabled for the site. Ask the Gensee site administrator to enable it.' },
};

/** Form fields of a request (indexed lists were expanded by the engine); objects travel as JSON text. */
export function formFields(request: VendorRequest): Array<[string, string]> {
	const fields: Array<[string, string]> = [];
	for (const [key, value] of Object.entries({ ...request.body, ...request.form })) {
		if (value === undefined || value === null) continue;
		fields.push([key, typeof value === 'object' ? JSON.stringify(value) : String(value)]);
	}
	return fields;
}

const TIME_KEY = /(time|date|timestamp)$/i;
/** 2001-09-09 … 2286: a 13-digit number under a time-like key is epoch milliseconds (§3.3). */
const isEpochMs = (value: unknown) =>
	(typeof value === 'number' && Number.isInteger(value) && value >= 1e12 && value < 1e13) ||
	(typeof value === 'string' && /^\d{13}$/.test(value));

/** Adds `<key>Iso` next to every epoch-millisecond time, at any depth. */
export function withIsoTimes(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withIsoTimes);
	if (!value || typeof value !== 'object') return value;
	const out: IDataObject = {};
	for (const [key, v] of Object.entries(value as IDataObject)) {
		out[key] = withIsoTimes(v) as IDataObject[string];
		if (TIME_KEY.test(key) && isEpochMs(v)) out[`${key}Iso`] = new Date(Number(v)).toISOString();
	}
	return out;
}

export async function sendGenseeRequest(ctx: ApiContext, request: VendorRequest): Promise<unknown> {
	const node = ctx.getNode();
	const credentials = await ctx.getCredentials(GENSEE_CREDENTIAL);
	const baseURL = genseeBaseUrl(credentials);
	const options: IHttpRequestOptions = {
		method: 'POST',
		baseURL,
		url: request.path,
		body: new URLSearchParams(formFields(request)).toString(),
		headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8', Accept: 'application/json' },
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		json: false,
		timeout: 60_000,
	};
	let response: FullResponse;
	try {
		response = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, GENSEE_CREDENTIAL, options)) as FullResponse;
	} catch (error) {
		throw requestFailure(node, 'Gensee', error, request.itemIndex, baseURL);
	}
	checkHttpStatus(node, 'Gensee', response, request.itemIndex);
	const answer = parseJsonBody(node, 'Gensee', response.body, request.itemIndex) as IDataObject | undefined;
	if (!answer || typeof answer !== 'object' || Array.isArray(answer) || answer.code === undefined || answer.code === null) {
		throw new NodeApiError(node, { body: JSON.stringify(answer ?? null).slice(0, 200) } as JsonObject, {
			message: 'Gensee answered without a result code',
			description: 'Check the site in the credential: it must point at the Gensee site (requests go to {site}/integration/site).',
			itemIndex: request.itemIndex,
		});
	}
	const code = String(answer.code).trim();
	if (code === '0') {
		const data = { ...answer };
		delete data.code;
		delete data.message;
		return Object.keys(data).length ? withIsoTimes(data) : undefined;
	}
	const known = RESULT_CODES[code];
	const vendorMessage = typeof answer.message === 'string' && answer.message.trim() ? answer.message.trim() : undefined;
	const error = new NodeApiError(node, { code, message: vendorMessage ?? '' } as JsonObject, {
		message: `Gensee error ${code}: ${known?.meaning ?? 'undocumented result code'}${vendorMessage ? ` – ${vendorMessage}` : ''}`,
		description: known?.hint ?? 'Gensee refused the request with a code its document does not list. Check the parameters of this item.',
		httpCode: code,
		itemIndex: request.itemIndex,
	});
	// 300 "system error" is the server failing, not the request: worth another try, like HTTP 5xx
	throw code === '300' ? markRetryable(error) : error;
}

export const genseeClient: VendorClient = {
	vendor: 'Gensee',
	send: sendGenseeRequest,
};
