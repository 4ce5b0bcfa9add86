/**
 * What the Gensee table cannot express on its own:
 * - `exportWindows`: the 13 time-range exports. A range longer than the documented limit (7 days between
 *   startTime and endTime for session exports, 30 days between startDate and endDate for daily exports) is
 *   split into consecutive windows that neither overlap nor leave gaps, each window is fetched (with its
 *   pages where the export is paged, through the engine's paging) and the records are merged in order, one
 *   item per record. The 14th export, courseware views by day (export/study/history), selects one day;
 * - `transcode`: resourceUrl with its non-ASCII parts encoded and the optional gs_filename added to it.
 */
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { fetchList, toItems, type OperationHandler } from '../shared/engine';
import type { OperationDefinition } from '../shared/operations';
import { buildRequest, type WireValues } from '../shared/parameters';
import type { VendorRequest } from '../shared/transport';
import { EXPORT_HANDLER, EXPORT_WINDOWS, TRANSCODE_HANDLER } from './Gensee.operations';

const DAY_MS = 24 * 60 * 60 * 1000;

function limitOf(ctx: IExecuteFunctions, itemIndex: number): number {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	return returnAll ? Infinity : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
}

export interface TimeWindow {
	start: number | string;
	end: number | string;
}

/** Consecutive windows of at most `maxDays` covering [start, end] in epoch ms, both ends included. */
export function sessionWindows(startMs: number, endMs: number, maxDays: number): TimeWindow[] {
	const windows: TimeWindow[] = [];
	for (let start = startMs; start <= endMs; ) {
		const end = Math.min(start + maxDays * DAY_MS - 1, endMs);
		windows.push({ start, end });
		start = end + 1;
	}
	return windows;
}

/** Consecutive windows of at most `maxDays` calendar days (inclusive) covering [start, end] ("yyyy-MM-dd"). */
export function dailyWindows(start: string, end: string, maxDays: number): TimeWindow[] {
	const windows: TimeWindow[] = [];
	const last = DateTime.fromISO(end, { zone: 'utc' });
	for (let day = DateTime.fromISO(start, { zone: 'utc' }); day <= last; ) {
		const until = DateTime.min(day.plus({ days: maxDays - 1 }), last);
		windows.push({ start: day.toFormat('yyyy-MM-dd'), end: until.toFormat('yyyy-MM-dd') });
		day = until.plus({ days: 1 });
	}
	return windows;
}

function label(op: OperationDefinition, name: string): string {
	return op.params.find((p) => p.name === name)?.label ?? name;
}

const exportWindows: OperationHandler = async (ctx, session, op, itemIndex, values: WireValues): Promise<INodeExecutionData[]> => {
	const config = EXPORT_WINDOWS[op.path];
	const request = await buildRequest(ctx, op, values, itemIndex);
	const max = limitOf(ctx, itemIndex);
	const fail = (message: string) =>
		new NodeOperationError(ctx.getNode(), `${message} [item ${itemIndex}]`, { itemIndex });
	const start = values[config.start];
	const end = values[config.end];

	let windows: TimeWindow[];
	if (start === undefined && end === undefined) {
		// the document: without both times the most recently ended session is exported
		windows = [];
	} else if (config.kind === 'session') {
		if (start === undefined) throw fail(`"${label(op, config.start)}" is needed when "${label(op, config.end)}" is set`);
		const endMs = end === undefined ? Date.now() : Number(end);
		if (endMs < Number(start)) throw fail(`"${label(op, config.end)}" is before "${label(op, config.start)}"`);
		windows = sessionWindows(Number(start), endMs, config.maxDays);
	} else {
		if (String(end) < String(start)) throw fail(`"${label(op, config.end)}" is before "${label(op, config.start)}"`);
		windows = dailyWindows(String(start), String(end), config.maxDays);
	}

	const entries: unknown[] = [];
	for (const window of windows.length ? windows : [undefined]) {
		const windowRequest: VendorRequest = { ...request, form: { ...request.form } };
		if (window) {
			windowRequest.form[config.start] = window.start;
			windowRequest.form[config.end] = window.end;
		}
		const remaining = max - entries.length;
		entries.push(...(await fetchList(session, op, windowRequest, !Number.isFinite(remaining), remaining)));
		if (entries.length >= max) break;
	}
	return toItems(entries, itemIndex);
};

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
	[EXPORT_HANDLER]: exportWindows,
};
