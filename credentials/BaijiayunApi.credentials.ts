import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { baijiayunSign, type SignableParams } from '../nodes/Baijiayun/signing';

/** Base URL of the account's OpenAPI: https://{private_domain}.at.baijiayun.com, or a full URL (on-premise, testing). */
export function baijiayunBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	if (credentials.environment === 'baseUrl') return String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	return `https://${String(credentials.privateDomain ?? '').trim()}.at.baijiayun.com`;
}

function paramsOf(source: unknown): SignableParams {
	if (!source) return {};
	if (typeof source === 'string') return Object.fromEntries(new URLSearchParams(source));
	if (source instanceof URLSearchParams) return Object.fromEntries(source);
	const params: SignableParams = {};
	for (const [key, value] of Object.entries(source as IDataObject)) {
		if (value === undefined || value === null) continue;
		params[key] = typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
	}
	return params;
}

export class BaijiayunApi implements ICredentialType {
	name = 'baijiayunApi';

	displayName = 'Baijiayun API';

	documentationUrl = 'https://github.com/n8n-nodes-smart-campus/n8n-nodes-smart-campus/blob/main/docs/setup/baijiayun.md#2-credential-where-each-value-comes-from';

	icon = { light: 'file:../nodes/Baijiayun/baijiayun.svg', dark: 'file:../nodes/Baijiayun/baijiayun.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Server',
			name: 'environment',
			type: 'options',
			options: [
				{ name: 'Private Domain (Baijiayun Cloud)', value: 'privateDomain' },
				{ name: 'Custom Base URL (On-Premise or Testing)', value: 'baseUrl' },
			],
			default: 'privateDomain',
		},
		{
			displayName: 'Private Domain',
			name: 'privateDomain',
			type: 'string',
			default: '',
			placeholder: 'e.g. myschool',
			description: 'Your dedicated domain prefix: requests go to https://{private domain}.at.baijiayun.com',
			displayOptions: { show: { environment: ['privateDomain'] } },
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://myschool.at.baijiayun.com',
			displayOptions: { show: { environment: ['baseUrl'] } },
		},
		{
			displayName: 'Partner ID',
			name: 'partnerId',
			type: 'string',
			default: '',
			required: true,
			description: 'Account ID (partner_id) that Baijiayun gives the account; ask your Baijiayun account manager or technical support',
		},
		// the partner key is the account's signing secret
		// eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password
		{
			displayName: 'Partner Key',
			name: 'partnerKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Signing key (partner_key) that Baijiayun gives the account, from the same contact as the partner ID. It signs requests and is never sent.',
		},
		{
			displayName: 'n8n Workers Using This Account',
			name: 'workers',
			type: 'number',
			default: 1,
			typeOptions: { minValue: 1, maxValue: 50, numberPrecision: 0 },
			description:
				'How many n8n processes may run Baijiayun workflows of this account at the same time: 1 for a single n8n; in queue mode, the number of workers (plus the main process if it runs manual executions). Each keeps to its share of Baijiayun’s 200 requests per 10 s, so that together they stay within it.',
		},
	];

	/**
	 * Adds partner_id, timestamp and sign to every request. Function form so that n8n's HTTP Request node
	 * can use this credential too: it signs whatever parameters the request carries (query, form or body).
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const legacy = requestOptions as IHttpRequestOptions & { form?: IDataObject };
		const method = (requestOptions.method ?? 'GET').toUpperCase();
		const params: SignableParams = {
			...paramsOf(requestOptions.qs),
			...paramsOf(legacy.form),
			...paramsOf(requestOptions.body),
			partner_id: String(credentials.partnerId).trim(),
			timestamp: Math.floor(Date.now() / 1000),
		};
		delete params.sign;
		params.sign = baijiayunSign(params, String(credentials.partnerKey));
		const encoded = new URLSearchParams(
			Object.entries(params).map(([key, value]): [string, string] => [key, String(value)]),
		).toString();
		const signed: IHttpRequestOptions & { form?: IDataObject } = { ...requestOptions, headers: { ...requestOptions.headers } };
		delete signed.form;
		if (method === 'GET') {
			signed.qs = params as IDataObject;
			delete signed.body;
		} else {
			delete signed.qs;
			signed.body = encoded;
			signed.headers!['Content-Type'] = 'application/x-www-form-urlencoded';
		}
		return signed;
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{$credentials.environment === "baseUrl" ? $credentials.baseUrl.replace(/\\/+$/, "") : "https://" + $credentials.privateDomain + ".at.baijiayun.com"}}',
			url: '/openapi/double_teacher/listZone',
			method: 'POST',
			body: { page: 1, page_size: 1 },
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'code', value: 1001, message: 'Baijiayun rejected the signature: check the partner ID and partner key' },
			},
		],
	};
}
