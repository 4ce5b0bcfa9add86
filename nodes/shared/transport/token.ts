/**
 * Token credentials: the token lives in a hidden `expirable` credential field that n8n fills through the
 * credential's `preAuthentication` and persists, so it is shared by all items, executions and workers.
 * n8n refreshes it by itself only on HTTP 401; vendors that report an expired token inside an HTTP 200
 * body need `requestWithTokenRefresh`.
 */
import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import type { ApiContext, FullResponse } from './request';

/**
 * Sends a request with the token credential. When `isTokenRejected` says the vendor refused the token,
 * sends it once more with the token field emptied: n8n then runs preAuthentication, persists the new
 * token in the credential and signs the retry with it.
 */
export async function requestWithTokenRefresh(
	ctx: ApiContext,
	credentialType: string,
	tokenField: string,
	options: IHttpRequestOptions,
	isTokenRejected: (response: FullResponse) => boolean,
): Promise<FullResponse> {
	const send = async (credentialsDecrypted?: ICredentialDataDecryptedObject) =>
		(await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, { ...options, returnFullResponse: true }, credentialsDecrypted
			? { credentialsDecrypted: { id: credentialId(ctx, credentialType), name: credentialType, type: credentialType, data: credentialsDecrypted } }
			: undefined)) as FullResponse;
	const first = await send();
	if (!isTokenRejected(first)) return first;
	const current = await ctx.getCredentials(credentialType);
	return await send({ ...current, [tokenField]: '' });
}

function credentialId(ctx: ApiContext, credentialType: string): string {
	return ctx.getNode().credentials?.[credentialType]?.id ?? '';
}
