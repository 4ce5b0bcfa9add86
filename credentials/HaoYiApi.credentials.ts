import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';


/**
 * 3.2 用“API 凭证”换取“访问凭证”: the exchange the credential's preAuthentication performs. It is not a
 * node operation (its answer is a secret); it is declared here, next to its method, for the catalog.
 */
export const ACCESS_TOKEN_ENDPOINT = { method: 'GET', path: '/api/v1/access_token', docSection: '3.2 用“API 凭证”换取“访问凭证”' } as const;

/** Base URL of the server: http://<IP or domain>:<port>, without a trailing slash or the /api/v1 part. */
export function haoYiBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials.baseUrl ?? '')
		.trim()
		.replace(/\/+$/, '')
		.replace(/\/api\/v1$/, '');
}

/** What the token exchange's refusals mean (3.2 返回码); the node's error table gives them the same meaning. */
export const LOGIN_REFUSALS: Record<number, string> = {
	1001: 'Invalid unionid',
	1002: 'No account found for the unionid',
	1003: 'The account of the unionid has no API access',
};

/** Raised by preAuthentication when the server refuses the unionid; the node's transport reads its code. */
class HaoYiLoginError extends Error {
	constructor(
		readonly haoyiCode: number,
		readonly vendorMessage: string,
	) {
		super(`HaoYi refused the API credential: error ${haoyiCode} (${LOGIN_REFUSALS[haoyiCode] ?? vendorMessage})`);
		this.name = 'HaoYiLoginError';
	}
}

/**
 * HaoYi cloud recording server (云录播): an administrator's API credential (unionid) is exchanged at
 * GET /api/v1/access_token for an access token valid 7200 s, sent as the `token` query parameter on every
 * other call. The token is kept in a hidden expirable field, so all items, executions and workers share it;
 * the node's transport logs in again when the server answers 1007 (expired) inside an HTTP 200 body.
 */
export class HaoYiApi implements ICredentialType {
	name = 'haoYiApi';

	displayName = 'HaoYi Cloud Recording API';

	documentationUrl = 'https://github.com/n8n-nodes-smart-campus/n8n-nodes-smart-campus/blob/main/docs/setup/haoyi.md#2-credential-where-each-value-comes-from';

	icon = { light: 'file:../nodes/HaoYi/haoyi.svg', dark: 'file:../nodes/HaoYi/haoyi.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. http://192.168.1.70:80',
			description: 'Address of the cloud recording server, http://IP-or-domain:port (without /api/v1)',
		},
		// the unionid is the account's long-lived API secret: it mints access tokens
		// eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password
		{
			displayName: 'API Credential (Unionid)',
			name: 'unionid',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The "API 凭证" shown in the server back office (http://IP:port/admin) to administrator accounts; other accounts may not call the API',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/** Exchanges the unionid for an access token (3.2). Runs when the token field is empty or expired. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
		const response = (await this.helpers.httpRequest({
			method: ACCESS_TOKEN_ENDPOINT.method,
			baseURL: haoYiBaseUrl(credentials),
			url: ACCESS_TOKEN_ENDPOINT.path,
			qs: { unionid: String(credentials.unionid ?? '').trim() },
			timeout: 30_000,
		})) as unknown;
		const body = (typeof response === 'string' ? safeParse(response) : response) as IDataObject | undefined;
		const code = Number(body?.err_code);
		if (!body || code !== 0 || typeof body.token !== 'string' || body.token === '') {
			throw new HaoYiLoginError(Number.isFinite(code) ? code : -1, String(body?.err_msg ?? 'no token in the answer'));
		}
		return { accessToken: body.token };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { qs: { token: '={{$credentials.accessToken}}' } },
	};

	/** Asks for a token with the unionid itself, so a wrong unionid fails even while an old token is stored. */
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.trim().replace(/\\/+$/, "").replace(/\\/api\\/v1$/, "")}}',
			url: '/api/v1/access_token',
			method: 'GET',
			qs: { unionid: '={{$credentials.unionid.trim()}}' },
		},
		rules: [
			{ type: 'responseSuccessBody', properties: { key: 'err_code', value: 1001, message: 'Invalid unionid: copy the API credential again from the server back office' } },
			{ type: 'responseSuccessBody', properties: { key: 'err_code', value: 1002, message: 'No account found for this unionid' } },
			{ type: 'responseSuccessBody', properties: { key: 'err_code', value: 1003, message: 'This account has no API access: use the API credential of an administrator' } },
			{ type: 'responseSuccessBody', properties: { key: 'err_code', value: 1004, message: 'The server failed to create a token; try again' } },
		],
	};
}

function safeParse(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}
