/**
 * What the operation table cannot say on its own (run item by item, see engine/run.ts `eachItem`): downloads
 * into binary data, and the login operations (which never output the token).
 */
import type { IDataObject, IExecuteFunctions, IHttpRequestOptions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { accessTokenOf, smartClassroomBaseUrl } from '../../credentials/SmartClassroomApi.credentials';
import { toItems } from '../shared/engine/items';
import { buildRequest } from '../shared/engine/request';
import type { ItemHandler } from '../shared/engine/run';
import type { WireValues } from '../shared/fields/values';
import { checkHttpStatus, parseJsonBody } from '../shared/transport/errors';
import type { FullResponse } from '../shared/transport/request';
import { requestFailure } from '../shared/transport/retries';
import { SMART_CLASSROOM_CREDENTIAL, smartClassroomError, unwrapEnvelope, VENDOR } from './transport';

const OUTPUT_FIELD = 'binaryPropertyName';

function fileNameOf(response: FullResponse, fallback: string): string {
	const disposition = String(response.headers?.['content-disposition'] ?? '');
	const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
	if (star) return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
	const plain = /filename="?([^";]+)"?/i.exec(disposition);
	return plain ? plain[1].trim() : fallback;
}

function contentTypeOf(response: FullResponse): string {
	return String(response.headers?.['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

function asBuffer(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (typeof body === 'string') return Buffer.from(body, 'utf8');
	return Buffer.from(JSON.stringify(body ?? ''), 'utf8');
}

async function binaryItem(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: string,
	response: FullResponse,
	fallbackName: string,
	json: IDataObject,
): Promise<INodeExecutionData> {
	const fileName = fileNameOf(response, fallbackName);
	const mimeType = contentTypeOf(response) || 'application/octet-stream';
	const binary = await ctx.helpers.prepareBinaryData(asBuffer(response.body), fileName, mimeType);
	return { json: { ...json, fileName, mimeType, fileSize: asBuffer(response.body).length }, binary: { [property]: binary }, pairedItem: { item: itemIndex } };
}

/** A response that is JSON (an envelope) rather than a file. */
function jsonOf(ctx: IExecuteFunctions, response: FullResponse, itemIndex: number): unknown | undefined {
	const type = contentTypeOf(response);
	if (type && !type.includes('json') && !type.startsWith('text/')) return undefined;
	const outcome = unwrapEnvelope(parseJsonBody(ctx.getNode(), VENDOR, response.body, itemIndex));
	if ('code' in outcome) throw smartClassroomError(ctx.getNode(), outcome.code, outcome.message, itemIndex);
	return outcome.data;
}

function withoutOutputField(values: WireValues): { values: WireValues; property: string } {
	const copy = { ...values };
	const property = String(copy[OUTPUT_FIELD] ?? 'data');
	delete copy[OUTPUT_FIELD];
	return { values: copy, property };
}

/**
 * GET /import/get/{import_type}: the document answers ImportXlsxRespFields {support_list: [{action,
 * example_file}]}, a file location; the file is fetched from there (relative to the server). A server that
 * answers the file itself is taken as it is.
 */
export async function downloadTemplate(...[ctx, transport, op, itemIndex, all]: Parameters<ItemHandler>): Promise<INodeExecutionData[]> {
	const { values, property } = withoutOutputField(all);
	const response = await transport.raw(await buildRequest(ctx, op, values, itemIndex));
	const json = jsonOf(ctx, response, itemIndex);
	const importType = values.import_type;
	if (json === undefined) return [await binaryItem(ctx, itemIndex, property, response, `template-${String(importType)}`, { import_type: importType as number })];
	const entries = ((json as IDataObject)?.support_list ?? []) as IDataObject[];
	const entry = entries.find((e) => e && typeof e.example_file === 'string' && e.example_file) ?? (json as IDataObject);
	const location = typeof entry?.example_file === 'string' ? entry.example_file : '';
	if (!location) {
		throw new NodeApiError(ctx.getNode(), { response: JSON.stringify(json).slice(0, 300) } as JsonObject, {
			message: `${VENDOR} gave no template file for import type ${String(importType)}`,
			description: 'The answer had no example_file. Check that this import type is supported by the server.',
			itemIndex,
		});
	}
	const credentials = await ctx.getCredentials(SMART_CLASSROOM_CREDENTIAL);
	const base = new URL(`${smartClassroomBaseUrl(credentials)}/`);
	const target = new URL(location, /^[a-z]+:\/\//i.test(location) || location.startsWith('/') ? base.origin : base);
	const sameServer = target.origin === base.origin;
	const file = await transport.call(async () => {
		const options: IHttpRequestOptions = { method: 'GET', url: target.toString(), encoding: 'arraybuffer', returnFullResponse: true, ignoreHttpStatusErrors: true, timeout: 60_000 };
		let fileResponse: FullResponse;
		try {
			// the token goes only to the Smart Classroom server itself
			fileResponse = (sameServer
				? await ctx.helpers.httpRequestWithAuthentication.call(ctx, SMART_CLASSROOM_CREDENTIAL, options)
				: await ctx.helpers.httpRequest(options)) as FullResponse;
		} catch (error) {
			throw requestFailure(ctx.getNode(), VENDOR, error, itemIndex, target.origin);
		}
		checkHttpStatus(ctx.getNode(), VENDOR, fileResponse, itemIndex);
		return fileResponse;
	});
	const fallback = decodeURIComponent(target.pathname.split('/').pop() || `template-${String(importType)}`);
	return [await binaryItem(ctx, itemIndex, property, file, fallback, { import_type: importType as number, action: (entry?.action as string) ?? null, example_file: location })];
}

/** GET /be/event/image: no response model is documented; an image answer becomes binary data, JSON stays JSON. */
export async function downloadImage(...[ctx, transport, op, itemIndex, all]: Parameters<ItemHandler>): Promise<INodeExecutionData[]> {
	const { values, property } = withoutOutputField(all);
	const response = await transport.raw(await buildRequest(ctx, op, values, itemIndex));
	const json = jsonOf(ctx, response, itemIndex);
	if (json !== undefined) return toItems(json, itemIndex);
	return [await binaryItem(ctx, itemIndex, property, response, `${String(values.image_id)}.jpg`, { image_id: values.image_id as string })];
}

/** POST (log in) or PUT (renew) /auth with the credential's username and password; reports success, never the token. */
export async function logIn(...[ctx, transport, op, itemIndex]: Parameters<ItemHandler>): Promise<INodeExecutionData[]> {
	const credentials = await ctx.getCredentials(SMART_CLASSROOM_CREDENTIAL);
	const baseURL = smartClassroomBaseUrl(credentials);
	const response = await transport.call(async () => {
		let answer: FullResponse;
		try {
			answer = (await ctx.helpers.httpRequest({
				method: op.method,
				baseURL,
				url: op.path,
				body: { username: String(credentials.username ?? ''), password: String(credentials.password ?? '') },
				json: true,
				headers: { 'Content-Type': 'application/json' },
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				timeout: 30_000,
			})) as FullResponse;
		} catch (error) {
			throw requestFailure(ctx.getNode(), VENDOR, error, itemIndex, baseURL);
		}
		checkHttpStatus(ctx.getNode(), VENDOR, answer, itemIndex);
		return answer;
	});
	const { token, code, message } = accessTokenOf(response.body);
	if (!token) throw smartClassroomError(ctx.getNode(), code ?? -1000, message ?? '', itemIndex);
	return [
		{
			json: { success: true, username: String(credentials.username ?? ''), tokenIssued: true, renewed: op.method === 'PUT' },
			pairedItem: { item: itemIndex },
		},
	];
}
