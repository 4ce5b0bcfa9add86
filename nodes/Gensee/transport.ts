/**
 * Gensee transport: POST form-encoded to `{site}/integration/site{path}` (the credential adds loginName,
 * password and sec), flat JSON answer with a string `code` ("0" = success) next to the business fields,
 * every documented result code mapped to a NodeApiError with its meaning and what to do, epoch-millisecond
 * times also given as ISO strings.
 */
import type { IDataObject } from 'n8n-workflow';

import { genseeBaseUrl } from '../../credentials/GenseeApi.credentials';
import { isRecord } from '../shared/transport/envelopes';
import type { VendorRequest } from '../shared/transport/request';
import type { TransportSpec } from '../shared/transport/vendorTransport';
import { GENSEE_ERRORS } from './errors';

export const GENSEE_CREDENTIAL = 'genseeApi';

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

export const genseeTransport: TransportSpec = {
	...GENSEE_ERRORS,
	credential: GENSEE_CREDENTIAL,
	baseUrl: genseeBaseUrl,
	http: (request) => ({
		method: 'POST',
		url: request.path,
		body: new URLSearchParams(formFields(request)).toString(),
		headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8', Accept: 'application/json' },
		json: false,
		timeout: 60_000,
	}),
	unwrap(answer) {
		if (!isRecord(answer) || answer.code === undefined || answer.code === null) return { missing: 'a result code' };
		const code = String(answer.code).trim();
		if (code !== '0') {
			const message = typeof answer.message === 'string' ? answer.message.trim() : '';
			return { code, message };
		}
		const data = { ...answer };
		delete data.code;
		delete data.message;
		return { data: Object.keys(data).length ? withIsoTimes(data) : undefined };
	},
	noEnvelopeHint: 'Check the site in the credential: it must point at the Gensee site (requests go to {site}/integration/site).',
	// a cloud training service (the document states no request limit): a few requests in flight hide the distance
	parallelRequests: 4,
};
