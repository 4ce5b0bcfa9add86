/**
 * Baijiayun transport: form-encoded POST signed by the credential, `{code, msg, data}` envelope unwrapped,
 * non-zero codes mapped to NodeApiError, throttling retried, 200 requests per 10 s honoured.
 */
import { baijiayunBaseUrl } from '../../credentials/BaijiayunApi.credentials';
import { codeMsgData, vendorClient } from '../shared/client';

export const BAIJIAYUN_CREDENTIAL = 'baijiayunApi';

export const baijiayunClient = vendorClient({
	vendor: 'Baijiayun',
	credential: BAIJIAYUN_CREDENTIAL,
	baseUrl: baijiayunBaseUrl,
	http: (request) => ({
		method: 'POST',
		url: request.path,
		qs: request.query,
		body: { ...request.body, ...request.form },
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		timeout: 30_000,
	}),
	unwrap: codeMsgData,
	noEnvelopeHint: 'Check the base URL in the credential: it must point at the Baijiayun OpenAPI server.',
	// the document lists no codes; 1001 comes from Baijiayun's public OpenAPI rules, 429 means "slow down"
	errors: {
		1001: {
			hint: 'Baijiayun rejected the signature. Check the partner ID and partner key in the credential, and that this machine’s clock is right (the timestamp is signed).',
		},
		429: { retryable: true },
	},
	defaultHint: 'Baijiayun refused the request. Its message above says why; check the parameters of this item.',
	// "200 openapi requests per 10 s per account" (Baijiayun server-API documentation); n8n gives processes no
	// shared store, so queue-mode workers each keep to their share, as the credential says how many there are
	rateLimit: { limit: 200, windowMs: 10_000, processes: (credentials) => Number(credentials.workers ?? 1) },
	// the limit counts per partner (account), whichever credential holds it; the partner id is no secret
	account: (credentials) => String(credentials.partnerId ?? '').trim(),
	// a cloud service tens of milliseconds away: a few requests in flight hide the distance, and the shared
	// limiter above still keeps every account within 200 per 10 s
	parallelRequests: 4,
});
