import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { createHash } from 'crypto';

/**
 * Base URL of a Gensee site's integration API: `http(s)://{site domain}/integration/site`. A bare domain
 * gets https; a full URL is kept as given, and `/integration/site` is added when it is missing.
 */
export function genseeBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const site = String(credentials.site ?? '').trim().replace(/\/+$/, '');
	const withScheme = /^https?:\/\//i.test(site) ? site : `https://${site}`;
	return /\/integration\/site$/i.test(withScheme) ? withScheme : `${withScheme}/integration/site`;
}

/**
 * The password as sent: in clear, or hashed with `sec=true`. The document ("MD5/SHA-1说明") names MD5 and
 * SHA-1 without saying which one a site expects (it is chosen in the site's console); both give lowercase hex.
 */
export function genseePasswordFields(credentials: ICredentialDataDecryptedObject): Record<string, string> {
	const password = String(credentials.password ?? '');
	const hashing = String(credentials.sec ?? 'none');
	if (hashing === 'md5' || hashing === 'sha1') {
		return { password: createHash(hashing).update(password, 'utf8').digest('hex'), sec: 'true' };
	}
	return { password };
}

function fieldsOf(source: unknown): Array<[string, string]> {
	if (!source) return [];
	if (typeof source === 'string') return [...new URLSearchParams(source).entries()];
	if (source instanceof URLSearchParams) return [...source.entries()];
	const entries: Array<[string, string]> = [];
	for (const [key, value] of Object.entries(source as IDataObject)) {
		if (value === undefined || value === null) continue;
		entries.push([key, typeof value === 'object' ? JSON.stringify(value) : String(value)]);
	}
	return entries;
}

export class GenseeApi implements ICredentialType {
	name = 'genseeApi';

	displayName = 'Gensee API';

	documentationUrl = 'https://github.com/n8n-nodes-smart-campus/n8n-nodes-smart-campus/blob/main/docs/setup/gensee.md#2-credential-where-each-value-comes-from';

	icon = { light: 'file:../nodes/Gensee/gensee.svg', dark: 'file:../nodes/Gensee/gensee.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Site',
			name: 'site',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. myschool.gensee.com',
			description:
				'Your Gensee site domain (requests go to https://{domain}/integration/site), or a full base URL such as http://myschool.gensee.com/integration/site',
		},
		{
			displayName: 'Login Name',
			name: 'loginName',
			type: 'string',
			default: '',
			required: true,
			description: 'Login name of a site administrator or teacher account (loginName)',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Password of that account. It is sent with every request in the form body, never in the URL.',
		},
		{
			displayName: 'Password Hashing',
			name: 'sec',
			type: 'options',
			options: [
				{ name: 'None (Send in Clear)', value: 'none' },
				{ name: 'MD5 (Sec=true)', value: 'md5', description: 'Send the lowercase hex MD5 of the password with sec=true' },
				{ name: 'SHA-1 (Sec=true)', value: 'sha1', description: 'Send the lowercase hex SHA-1 of the password with sec=true' },
			],
			default: 'none',
			description:
				'Whether to send the password hashed (sec=true). Gensee does not publish which algorithm a site expects or where that is set: ask Gensee support, and until you know keep None and use an https:// site.',
		},
	];

	/**
	 * Adds loginName, password (hashed with sec=true when chosen) to the form body of every request.
	 * Function form so that n8n's HTTP Request node can use the credential too.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const legacy = requestOptions as IHttpRequestOptions & { form?: IDataObject };
		const auth: Record<string, string> = { loginName: String(credentials.loginName ?? '').trim(), ...genseePasswordFields(credentials) };
		const fields = [...fieldsOf(legacy.form), ...fieldsOf(requestOptions.body)].filter(([key]) => !(key in auth));
		const body = new URLSearchParams([...fields, ...Object.entries(auth)]).toString();
		const signed: IHttpRequestOptions & { form?: IDataObject } = {
			...requestOptions,
			method: 'POST',
			headers: { ...requestOptions.headers, 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
			body,
		};
		delete signed.form;
		return signed;
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{(/^https?:\\/\\//i.test($credentials.site.trim()) ? $credentials.site.trim() : "https://" + $credentials.site.trim()).replace(/\\/+$/, "").replace(/(\\/integration\\/site)?$/i, "/integration/site")}}',
			url: '/training/room/sync',
			method: 'POST',
			body: { pageNo: 1 },
		},
		rules: [
			{ type: 'responseSuccessBody', properties: { key: 'code', value: '200', message: 'Gensee rejected the login name or password (code 200)' } },
			{ type: 'responseSuccessBody', properties: { key: 'code', value: '201', message: 'The password of this Gensee account has expired (code 201)' } },
			{ type: 'responseSuccessBody', properties: { key: 'code', value: '600', message: 'This interface is disabled for the site (code 600): contact the Gensee administrator' } },
		],
	};
}
