/**
 * Reading lists: Return All / Limit across the vendor's pages at its largest page size, and time ranges longer
 * than a vendor allows per request, window by window (the `list` trait).
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { getPath, type VendorRequest } from '../transport/request';
import type { VendorTransport } from '../transport/vendorTransport';
import type { ListOperation, Paging, WireValues } from './definitions';
import { asArray } from './items';

/**
 * Page-numbered paging as most vendors do it: `pageParam` from `firstPage`, `sizeParam` up to the vendor maximum
 * (absent where the vendor takes none and pages at `maxPageSize`), the total count at `totalPath` of an answer.
 */
export function pageNumbers(options: { pageParam: string; sizeParam?: string; firstPage: number; maxPageSize: number; totalPath?: string }): Paging {
	const { pageParam, sizeParam, totalPath } = options;
	return {
		params: sizeParam ? [pageParam, sizeParam] : [pageParam],
		firstPage: options.firstPage,
		maxPageSize: options.maxPageSize,
		sized: !!sizeParam,
		place: (page, size) => ({ [pageParam]: page, ...(sizeParam ? { [sizeParam]: size } : {}) }),
		...(totalPath ? { total: (data: unknown) => statedNumber(getPath(data, totalPath)) } : {}),
	};
}

/** A count an answer states: a number, or undefined where it states none. */
export function statedNumber(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const n = Number(value);
	return Number.isFinite(n) ? n : undefined;
}

/** One page of a list: its entries, and whether the list goes on after it. */
export async function fetchPage(
	transport: VendorTransport,
	op: ListOperation,
	request: VendorRequest,
	page: number,
): Promise<{ entries: unknown[]; more: boolean }> {
	const paging = op.list.paging;
	if (!paging) return { entries: asArray(getPath(await transport.request(request), op.list.itemsPath)), more: false };
	const pageRequest = { ...request, body: { ...request.body }, form: { ...request.form }, query: { ...request.query } };
	Object.assign(pagingTarget(op, pageRequest), paging.place(page, paging.maxPageSize));
	const data = await transport.request(pageRequest);
	const entries = asArray(getPath(data, op.list.itemsPath));
	const pages = paging.pages?.(data);
	const total = paging.total?.(data);
	const more =
		entries.length > 0 &&
		(pages !== undefined ? page - paging.firstPage + 1 < pages : total !== undefined ? (page - paging.firstPage) * paging.maxPageSize + entries.length < total : entries.length >= paging.maxPageSize);
	return { entries, more };
}

/**
 * Fetches list entries across pages: everything with Return All, otherwise up to `limit`, at the largest page
 * size. Once the first page states the total or the page count, the pages known to be needed are fetched up
 * to the transport's Parallel Requests at a time; they are read in page order with the same stop rules as one
 * after the other, so the output and the error (the first failing page's) are the same, and Limit requests
 * no page it does not need.
 */
export async function fetchList(
	transport: VendorTransport,
	op: ListOperation,
	request: VendorRequest,
	returnAll: boolean,
	limit: number,
	/** a reader that knows it has enough (a poll that reached its cursor) stops after the page it returns true for; its pages go one after the other */
	enough?: (pageEntries: unknown[]) => boolean,
): Promise<unknown[]> {
	const list = op.list;
	const paging = list.paging;
	if (!paging) {
		const data = await transport.request(request);
		const all = asArray(getPath(data, list.itemsPath));
		return returnAll ? all : all.slice(0, limit);
	}
	const pageSize = !paging.sized || returnAll ? paging.maxPageSize : Math.min(limit, paging.maxPageSize);
	const readPage = async (page: number) => {
		const pageRequest = { ...request, body: { ...request.body }, form: { ...request.form }, query: { ...request.query } };
		Object.assign(pagingTarget(op, pageRequest), paging.place(page, pageSize));
		const data = await transport.request(pageRequest);
		return { data, entries: asArray(getPath(data, list.itemsPath)) };
	};
	const entries: unknown[] = [];
	// a stated page count or total decides; without one, a short page is the last (a server may cap the page size silently)
	const pagesStated = (data: unknown) => paging.pages?.(data) ?? NaN;
	const totalStated = (data: unknown) => paging.total?.(data) ?? NaN;
	const isLast = (page: number, data: unknown, pageEntries: unknown[]) => {
		if (pageEntries.length === 0 || enough?.(pageEntries)) return true;
		const pages = pagesStated(data);
		if (Number.isFinite(pages)) return page - paging.firstPage + 1 >= pages;
		const total = totalStated(data);
		return Number.isFinite(total) ? entries.length >= total : pageEntries.length < pageSize;
	};

	const first = await readPage(paging.firstPage);
	entries.push(...first.entries);
	if (!returnAll && entries.length >= limit) return entries.slice(0, limit);
	if (isLast(paging.firstPage, first.data, first.entries)) return entries;
	// the server's own page size (it may answer fewer than asked) turns a stated total into pages
	const served = first.entries.length;
	/** the last page a stated count or total (and the limit) says is needed; NaN when nothing is stated */
	const lastNeeded = (data: unknown) => {
		const pages = pagesStated(data);
		const total = totalStated(data);
		const last = Number.isFinite(pages) ? paging.firstPage + pages - 1 : paging.firstPage + Math.ceil(total / served) - 1;
		return returnAll ? last : Math.min(last, paging.firstPage + Math.ceil(limit / served) - 1);
	};
	const parallel = enough || transport.parallel <= 1 ? 1 : transport.parallel;
	let planned = lastNeeded(first.data);
	if (!Number.isFinite(planned)) planned = paging.firstPage + 1;

	const inFlight = new Map<number, Promise<{ ok: true; page: Awaited<ReturnType<typeof readPage>> } | { ok: false; error: unknown }>>();
	let next = paging.firstPage + 1;
	try {
		for (let page = next; ; page++) {
			// without a stated total, only the next page is known to be needed
			while (next <= planned && (inFlight.size < parallel || next === page))
				inFlight.set(
					next,
					readPage(next++).then(
						(result) => ({ ok: true as const, page: result }),
						(error: unknown) => ({ ok: false as const, error }),
					),
				);
			const outcome = await inFlight.get(page)!;
			inFlight.delete(page);
			if (!outcome.ok) throw outcome.error;
			entries.push(...outcome.page.entries);
			if (!returnAll && entries.length >= limit) return entries.slice(0, limit);
			if (isLast(page, outcome.page.data, outcome.page.entries)) return entries;
			// a later page may state a larger total (records added meanwhile); at least the next page is needed
			const stated = lastNeeded(outcome.page.data);
			planned = Math.max(planned, page + 1, Number.isFinite(stated) ? stated : page + 1);
		}
	} finally {
		// pages requested beyond the end (the list shrank meanwhile) or after a failure settle before returning
		await Promise.all(inFlight.values());
	}
}

/** Paging parameters go where the operation declares them, else where its other parameters go. */
function pagingTarget(op: ListOperation, request: VendorRequest): IDataObject {
	const paging = op.list.paging!;
	const where = op.params.find((p) => paging.params.includes(p.name))?.in ?? op.params.find((p) => p.in !== 'path' && p.in !== 'header')?.in;
	switch (where) {
		case 'query':
			return request.query;
		case 'form':
			return request.form;
		default:
			return request.body;
	}
}

/**
 * fetchList over the parts an item's request splits into (the list trait's `split`, e.g. time windows), in
 * order, up to the limit across parts.
 */
export async function fetchRange(
	ctx: IExecuteFunctions,
	transport: VendorTransport,
	op: ListOperation,
	request: VendorRequest,
	values: WireValues,
	returnAll: boolean,
	limit: number,
): Promise<unknown[]> {
	const split = op.list.split?.(values, (name) => op.params.find((p) => p.name === name)?.label ?? name);
	if (!split) return await fetchList(transport, op, request, returnAll, limit);
	if ('problem' in split) throw new NodeOperationError(ctx.getNode(), `${split.problem} [item ${request.itemIndex}]`, { itemIndex: request.itemIndex });
	if (!split.parts.length) return await fetchList(transport, op, request, returnAll, limit);
	const entries: unknown[] = [];
	for (const part of split.parts) {
		const partRequest = { ...request, body: { ...request.body }, form: { ...request.form }, query: { ...request.query } };
		for (const [name, value] of Object.entries(part)) {
			const where = op.params.find((p) => p.name === name)?.in ?? 'body';
			const target = where === 'form' ? partRequest.form : where === 'query' ? partRequest.query : partRequest.body;
			target[name] = value;
		}
		entries.push(...(await fetchList(transport, op, partRequest, returnAll, limit - entries.length)));
		if (!returnAll && entries.length >= limit) break;
	}
	return entries;
}
