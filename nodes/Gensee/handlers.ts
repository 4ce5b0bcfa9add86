/**
 * What the Gensee table cannot express on its own: `transcode`, resourceUrl with its non-ASCII parts encoded
 * and the optional gs_filename added to it. (The exports' time windows are the engine's `window` list trait.)
 */
import { type OperationHandler } from '../shared/session';
import { toItems } from '../shared/items';
import { buildRequest } from '../shared/parameters';
import { TRANSCODE_HANDLER } from './Gensee.operations';

/**
 * The document (5.27, 5.28): "post请求：对url中文部分编码" — the non-ASCII parts of resourceUrl are
 * percent-encoded (UTF-8) for POST; anything already encoded is left as it is.
 */
export function encodeResourceUrl(url: string): string {
	return url.replace(/[^\x21-\x7e]+/g, (part) => encodeURIComponent(part));
}

/** The document's workaround for URLs without a file name: `gs_filename=file.pptx` in the URL's query. */
export function withDownloadName(url: string, fileName: unknown): string {
	if (typeof fileName !== 'string' || fileName.trim() === '') return url;
	const hash = url.indexOf('#');
	const [base, fragment] = hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
	return `${base}${base.includes('?') ? '&' : '?'}gs_filename=${encodeURIComponent(fileName.trim())}${fragment}`;
}

const transcode: OperationHandler = async (ctx, session, op, itemIndex, values) => {
	const resourceUrl = withDownloadName(encodeResourceUrl(String(values.resourceUrl)), values.gs_filename);
	const request = await buildRequest(ctx, op, { ...values, resourceUrl }, itemIndex);
	// gs_filename travels inside resourceUrl, not as a field of its own
	request.query = {};
	const data = await session.request(request);
	return toItems(data, itemIndex);
};

export const handlers: Record<string, OperationHandler> = {
	[TRANSCODE_HANDLER]: transcode,
};
