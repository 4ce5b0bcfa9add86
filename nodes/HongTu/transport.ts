/**
 * HongTu transport: JSON POST (multipart for uploads) signed by the credential, `{code, msg, data}` envelope
 * unwrapped, documented error codes mapped to NodeApiError with the vendor code, the box's message, its
 * meaning in English and what to do; HTTP 429/5xx and network failures retried by the engine (the document
 * lists no throttling code).
 */
import type { IHttpRequestOptions } from 'n8n-workflow';

import { hongTuBaseUrl } from '../../credentials/HongTuApi.credentials';
import { codeMsgData } from '../shared/transport/envelopes';
import { buildMultipart } from '../shared/transport/multipart';
import type { TransportSpec } from '../shared/transport/vendorTransport';
import { HONGTU_ERRORS } from './errors';

export const HONGTU_CREDENTIAL = 'hongTuApi';

export const hongTuTransport: TransportSpec = {
	...HONGTU_ERRORS,
	credential: HONGTU_CREDENTIAL,
	baseUrl: hongTuBaseUrl,
	http(request) {
		const options: IHttpRequestOptions = { method: request.method, url: request.path, timeout: 60_000, headers: { ...request.headers } };
		if (Object.keys(request.query).length) options.qs = request.query;
		if (Object.keys(request.files).length) {
			const multipart = buildMultipart(request.form, request.files);
			options.body = multipart.body;
			options.headers!['Content-Type'] = multipart.contentType;
		} else if (request.method !== 'GET') {
			// serialised and signed by the credential: the signature covers the exact bytes sent
			options.body = { ...request.body, ...request.form };
		}
		return options;
	},
	unwrap: codeMsgData,
	noEnvelopeHint: 'Check the base URL in the credential: it must point at the HongTu box.',
	// an appliance on the school LAN (a few milliseconds away, little to gain) that recognises faces at the
	// gates while it answers: one request at a time unless the user asks for more (a box reached across a
	// network gains from 4, see docs/benchmarks.md)
	parallelRequests: 1,
};
