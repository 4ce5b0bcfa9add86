/**
 * What the Gensee table cannot express on its own for the two transcode interfaces: resourceUrl with its
 * non-ASCII parts encoded and the optional gs_filename added to it (an operation's `prepare`).
 */
import type { Prepare } from '../shared/engine/definitions';

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

/** The transcode's values on the wire: the file name travels inside resourceUrl, not as a field of its own. */
export const transcodeUrl: Prepare = (_ctx, values) => {
	const { gs_filename: fileName, ...rest } = values;
	return { ...rest, resourceUrl: withDownloadName(encodeResourceUrl(String(values.resourceUrl)), fileName) };
};
