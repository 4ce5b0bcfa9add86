/**
 * Runs a credential type's `test` the way n8n's credential tester does for `test.request`: resolve the
 * request's expressions against the credential, authenticate it with the credential type, send it, and
 * apply the `rules` (responseCode, responseSuccessBody). Any HTTP error fails the test, as in n8n.
 *
 * n8n applies a generic `authenticate` (headers, query, body) to the test request as well; here only with
 * `{ generic: true }`, because HaoYi's simulator refuses the `token` query parameter that HaoYi's generic
 * `authenticate` would add to its token exchange, a difference between its test and n8n's still to be looked at.
 */
import axios from 'axios';
import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, IHttpRequestOptions } from 'n8n-workflow';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message?: string;
}

function resolve(value: unknown, credentials: ICredentialDataDecryptedObject): unknown {
	if (typeof value === 'string' && value.startsWith('={{') && value.endsWith('}}')) {
		// eslint-disable-next-line @typescript-eslint/no-implied-eval
		return new Function('$credentials', `return (${value.slice(3, -2)});`)(credentials);
	}
	if (typeof value === 'string' && value.startsWith('=')) {
		return value.slice(1).replace(/\{\{([^}]+)\}\}/g, (_, expr: string) =>
			// eslint-disable-next-line @typescript-eslint/no-implied-eval
			String(new Function('$credentials', `return (${expr});`)(credentials)),
		);
	}
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, credentials)]));
	}
	return value;
}

export async function runCredentialTest(
	type: ICredentialType,
	data: ICredentialDataDecryptedObject,
	{ generic = false }: { generic?: boolean } = {},
): Promise<CredentialTestResult> {
	const test = type.test;
	if (!test?.request) throw new Error(`${type.name} has no test request`);
	let credentials = { ...data };
	try {
		if (type.preAuthentication) {
			credentials = { ...credentials, ...((await type.preAuthentication.call(
				{ helpers: { httpRequest: async (o: IHttpRequestOptions) => (await send(o)).data } } as never,
				credentials,
			)) as IDataObject) } as ICredentialDataDecryptedObject;
		}
		let request = resolve(test.request, credentials) as IHttpRequestOptions;
		if (typeof type.authenticate === 'function') request = await type.authenticate(credentials, request);
		else if (generic && type.authenticate?.type === 'generic') request = authenticateGeneric(request, resolve(type.authenticate.properties, credentials) as IDataObject);
		const response = await send(request);
		for (const rule of test.rules ?? []) {
			if (rule.type === 'responseCode' && response.status === rule.properties.value)
				return { status: 'Error', message: rule.properties.message };
			if (rule.type === 'responseSuccessBody') {
				const body = response.data as IDataObject;
				const actual = String(rule.properties.key)
					.split('.')
					.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as IDataObject)[k] : undefined), body);
				if (actual === rule.properties.value) return { status: 'Error', message: rule.properties.message };
			}
		}
		if (response.status >= 400) return { status: 'Error', message: `HTTP ${response.status}` };
		return { status: 'OK' };
	} catch (error) {
		return { status: 'Error', message: (error as Error).message };
	}
}

/** A generic `authenticate` as n8n applies it: its resolved headers, query, body and basic auth merged into the request. */
function authenticateGeneric(request: IHttpRequestOptions, properties: IDataObject): IHttpRequestOptions {
	const { headers, qs, body, auth } = properties as { headers?: IDataObject; qs?: IDataObject; body?: IDataObject; auth?: IHttpRequestOptions['auth'] };
	return {
		...request,
		headers: { ...request.headers, ...headers },
		qs: { ...request.qs, ...qs },
		...(body ? { body: { ...(request.body as IDataObject), ...body } } : {}),
		...(auth ? { auth } : {}),
	};
}

async function send(options: IHttpRequestOptions) {
	return await axios.request({
		method: options.method ?? 'GET',
		baseURL: options.baseURL,
		url: options.url,
		params: options.qs,
		data: options.body,
		headers: options.headers as Record<string, string>,
		auth: options.auth,
		validateStatus: () => true,
	});
}
