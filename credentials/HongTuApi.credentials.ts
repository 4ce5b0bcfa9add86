import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { hongTuNonce, hongTuSign, md5Hex } from './hongTuSigning';

/** Base URL of the box without a trailing slash, e.g. http://10.0.0.5:18082. */
export function hongTuBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials.baseUrl ?? '').trim().replace(/\/+$/, '');
}

/** The query string exactly as it will be sent (insertion order, values as given). */
function queryString(qs: IHttpRequestOptions['qs']): string {
	if (!qs) return '';
	return Object.entries(qs as IDataObject)
		.filter(([, value]) => value !== undefined && value !== null)
		.map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
		.join('&');
}

function isMultipart(headers: IDataObject | undefined, body: unknown): boolean {
	const contentType = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === 'content-type')?.[1];
	if (typeof contentType === 'string' && contentType.toLowerCase().startsWith('multipart/')) return true;
	return !!body && typeof body === 'object' && typeof (body as { getBoundary?: unknown }).getBoundary === 'function';
}

export class HongTuApi implements ICredentialType {
	name = 'hongTuApi';

	displayName = 'Megvii HongTu API';

	documentationUrl = 'https://github.com/n8n-nodes-smart-campus/n8n-nodes-smart-campus/blob/main/docs/setup/hongtu.md#2-credential-where-each-value-comes-from';

	icon = { light: 'file:../nodes/HongTu/hongtu.svg', dark: 'file:../nodes/HongTu/hongtu.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. http://192.168.1.10:18082',
			description: 'Address of the HongTu box, without the /v1/api path',
		},
		{
			displayName: 'App Key',
			name: 'cappkey',
			type: 'string',
			default: 'appkey1',
			required: true,
			description: 'The caller identity (cappkey) issued by the box. Boxes ship with appkey1 and appkey2.',
		},
		{
			displayName: 'Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The secret paired with the app key. It signs every request and is never sent.',
		},
	];

	/**
	 * Adds the ctimestamp, cnonce, cappkey and csign headers. Function form so that n8n's HTTP Request node
	 * can use the credential too. A JSON body is serialised here, and that exact string is both hashed and
	 * sent; multipart uploads sign an empty body hash, as the document specifies.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const method = (requestOptions.method ?? 'GET').toUpperCase();
		const signed: IHttpRequestOptions = { ...requestOptions, headers: { ...(requestOptions.headers ?? {}) } };
		const headers = signed.headers as IDataObject;
		let bodyMd5 = '';
		const body = requestOptions.body;
		if (isMultipart(headers, body)) {
			bodyMd5 = '';
		} else if (Buffer.isBuffer(body)) {
			bodyMd5 = md5Hex(body);
		} else if (typeof body === 'string') {
			bodyMd5 = md5Hex(Buffer.from(body, 'utf8'));
		} else if (body && typeof body === 'object' && !(body instanceof URLSearchParams)) {
			const json = JSON.stringify(body);
			signed.body = json;
			signed.json = false;
			if (!Object.keys(headers).some((key) => key.toLowerCase() === 'content-type')) {
				headers['Content-Type'] = 'application/json;charset=UTF-8';
			}
			bodyMd5 = md5Hex(Buffer.from(json, 'utf8'));
		} else if (method !== 'GET' && method !== 'HEAD') {
			// JSON operations without parameters still send {} (an empty body is a parse error on the box)
			signed.body = '{}';
			headers['Content-Type'] = 'application/json;charset=UTF-8';
			bodyMd5 = md5Hex('{}');
		}
		// n8n's HTTP Request node passes the address as the legacy `uri`
		const url = requestOptions.url ?? (requestOptions as IHttpRequestOptions & { uri?: string }).uri ?? '';
		const base = requestOptions.baseURL ?? 'http://localhost';
		const target = new URL(url, base.endsWith('/') ? base : `${base}/`);
		const uri = requestOptions.baseURL && !/^https?:/i.test(url)
			? new URL(`${base.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`).pathname
			: target.pathname;
		const queryParamStr = [target.search.replace(/^\?/, ''), queryString(requestOptions.qs)].filter(Boolean).join('&');
		const ctimestamp = String(Date.now());
		const cnonce = hongTuNonce();
		const cappkey = String(credentials.cappkey ?? '').trim();
		headers.ctimestamp = ctimestamp;
		headers.cnonce = cnonce;
		headers.cappkey = cappkey;
		headers.csign = hongTuSign({
			uri,
			method,
			queryParamStr,
			bodyMd5,
			secret: String(credentials.secret ?? ''),
			ctimestamp,
			cnonce,
			cappkey,
		});
		return signed;
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v1/api/org/top/detail',
			method: 'POST',
			body: {},
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'code', value: 100008, message: 'The box rejected the signature: check the app key and secret' },
			},
		],
	};
}
