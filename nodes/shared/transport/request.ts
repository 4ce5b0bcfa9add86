/** What the engine hands a transport: one request as the operation table describes it, and what comes back. */
import type { IDataObject, IExecuteFunctions, IHookFunctions, IHttpRequestMethods, ILoadOptionsFunctions, IPollFunctions, IWebhookFunctions } from 'n8n-workflow';

/** The n8n contexts a transport sends from: they all carry n8n's request helpers and the credentials. */
export type ApiContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions | IWebhookFunctions | IHookFunctions;

/** A file part of a multipart request, read from n8n binary data. */
export interface FilePart {
	data: Buffer;
	fileName: string;
	mimeType: string;
}

/** One vendor request as the engine builds it from an operation definition. */
export interface VendorRequest {
	method: IHttpRequestMethods;
	/** the documented path with path parameters filled in */
	path: string;
	query: IDataObject;
	body: IDataObject;
	form: IDataObject;
	headers: IDataObject;
	files: Record<string, FilePart>;
	/** the input item the request is for (the first item of a batch) */
	itemIndex: number;
}

/** Full HTTP response as n8n's helpers return it with `returnFullResponse`. */
export interface FullResponse {
	statusCode: number;
	headers: IDataObject;
	body: unknown;
}

/** Reads a dotted path (`data.list`) from a value; '' returns the value itself. */
export function getPath(value: unknown, path: string | undefined): unknown {
	if (!path) return value;
	let current = value;
	for (const key of path.split('.')) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as IDataObject)[key];
	}
	return current;
}
