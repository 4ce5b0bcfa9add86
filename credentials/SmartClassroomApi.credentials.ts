import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

/** Base URL without a trailing slash: http(s)://{host}/api/v1 on the school's own server. */
export function smartClassroomBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials.baseUrl ?? '')
		.trim()
		.replace(/\/+$/, '');
}

/** The access token of a POST /auth answer: `{code, data: {access_token}}` or the bare `{access_token}` model. */
export function accessTokenOf(body: unknown): { token?: string; code?: number; message?: string } {
	let parsed = body;
	if (Buffer.isBuffer(parsed)) parsed = parsed.toString('utf8');
	if (typeof parsed === 'string') {
		try {
			parsed = JSON.parse(parsed);
		} catch {
			return {};
		}
	}
	if (!parsed || typeof parsed !== 'object') return {};
	const envelope = parsed as IDataObject;
	const data = (envelope.data && typeof envelope.data === 'object' ? envelope.data : envelope) as IDataObject;
	const code = envelope.code === undefined ? undefined : Number(envelope.code);
	const message = String(envelope.desc ?? envelope.msg ?? envelope.message ?? '');
	if (code !== undefined && code !== 0) return { code, message };
	return typeof data.access_token === 'string' && data.access_token ? { token: data.access_token } : { code, message };
}

export class SmartClassroomApi implements ICredentialType {
	name = 'smartClassroomApi';

	displayName = 'Smart Classroom API';

	documentationUrl = 'https://github.com/n8n-nodes-smart-campus/n8n-nodes-smart-campus/blob/main/docs/setup/smartclassroom.md#2-credential-where-each-value-comes-from';

	icon = { light: 'file:../nodes/SmartClassroom/smartClassroom.svg', dark: 'file:../nodes/SmartClassroom/smartClassroom.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. http://192.168.1.10/api/v1',
			description: 'Address of the Smart Classroom (视课) server API: http(s)://{host}/api/v1',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: 'Account that signs in to the Smart Classroom web console',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/** Logs in (POST /auth) and keeps the access token in the hidden field; n8n reuses it until it is rejected. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
		const response = (await this.helpers.httpRequest({
			method: 'POST',
			baseURL: smartClassroomBaseUrl(credentials),
			url: '/auth',
			body: { username: String(credentials.username ?? ''), password: String(credentials.password ?? '') },
			headers: { 'Content-Type': 'application/json' },
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: 30_000,
		})) as { statusCode: number; body: unknown };
		const { token, code, message } = accessTokenOf(response.body);
		if (!token) {
			const detail = code !== undefined ? `error ${code}${message ? ` (${message})` : ''}` : `HTTP ${response.statusCode}`;
			// the HTTP status travels with the error so that the node retries a login the server failed (5xx, 429)
			throw Object.assign(
				new Error(
					`Smart Classroom login failed: ${detail}. Check the base URL, username and password of the credential (the account locks for 10 minutes after 3 wrong passwords).`,
				),
				{ loginStatusCode: response.statusCode },
			);
		}
		return { accessToken: token };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '={{$credentials.accessToken}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/user',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'code', value: -3003, message: 'Smart Classroom did not accept the access token: check the credential' },
			},
		],
	};
}
