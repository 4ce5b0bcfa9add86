/**
 * Reading lists: Return All / Limit across the vendor's pages at its largest page size, and time ranges longer
 * than a vendor allows per request, window by window (the `list` trait).
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ApiSession } from './session';
import { asArray } from './items';
import type { OperationDefinition } from './operations';
import type { WireValues } from './parameters';
import { getPath, type VendorRequest } from './transport';
import { windowsFor } from './windows';

/**
 * Fetches list entries across pages: everything with Return All, otherwise up to `limit`, at the largest page
 * size. Once the first page states the total or the page count, the pages known to be needed are fetched up
 * to the session's Parallel Requests at a time; they are read in page order with the same stop rules as one
 * after the other, so the output and the error (the first failing page's) are the same, and Limit requests
 * no page it does not need.
 */
export async function fetchList(
	session: ApiSession,
	op: OperationDefinition,
	request: VendorRequest,
	returnAll: boolean,
	limit: number,
	/** a reader that knows it has enough (a poll that reached its cursor) stops after the page it returns true for; its pages go one after the other */
	enough?: (pageEntries: unknown[]) => boolean,
): Promise<unknown[]> {
	const list = op.list!;
	const paging = list.paging;
	if (!paging) {
		const data = await session.request(request);
		const all = asArray(getPath(data, list.itemsPath));
		return returnAll ? all : all.slice(0, limit);
	}
	const pageSize = !paging.sizeParam || returnAll ? paging.maxPageSize : Math.min(limit, paging.maxPageSize);
	const fetchPage = async (page: number) => {
		const pageRequest = { ...request, body: { ...request.body }, form: { ...request.form }, query: { ...request.query } };
		const target = pagingTarget(op, pageRequest);
		if (page !== paging.firstPage || !paging.firstPageWithoutParam) target[paging.pageParam] = page;
		if (paging.sizeParam) target[paging.sizeParam] = pageSize;
		const data = await session.request(pageRequest);
		return { data, entries: asArray(getPath(data, list.itemsPath)) };
	};
	const entries: unknown[] = [];
	// a stated page count or total decides; without one, a short page is the last (a server may cap the page size silently)
	const pagesStated = (data: unknown) => firstNumber(data, paging.totalPagesPaths ?? []);
	const totalStated = (data: unknown) => (paging.totalPath ? Number(getPath(data, paging.totalPath)) : NaN);
	const isLast = (page: number, data: unknown, pageEntries: unknown[]) => {
		if (pageEntries.length === 0 || enough?.(pageEntries)) return true;
		const pages = pagesStated(data);
		if (Number.isFinite(pages)) return page - paging.firstPage + 1 >= pages;
		const total = totalStated(data);
		return Number.isFinite(total) ? entries.length >= total : pageEntries.length < pageSize;
	};

	const first = await fetchPage(paging.firstPage);
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
	const parallel = enough || session.parallel <= 1 ? 1 : session.parallel;
	let planned = lastNeeded(first.data);
	if (!Number.isFinite(planned)) planned = paging.firstPage + 1;

	const inFlight = new Map<number, Promise<{ ok: true; page: Awaited<ReturnType<typeof fetchPage>> } | { ok: false; error: unknown }>>();
	let next = paging.firstPage + 1;
	try {
		for (let page = next; ; page++) {
			// without a stated total, only the next page is known to be needed
			while (next <= planned && (inFlight.size < parallel || next === page))
				inFlight.set(
					next,
					fetchPage(next++).then(
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

function firstNumber(data: unknown, paths: string[]): number {
	for (const path of paths) {
		const value = getPath(data, path);
		if (value !== undefined && value !== null && value !== '') return Number(value);
	}
	return NaN;
}

/** Paging parameters go where the operation's other parameters go. */
function pagingTarget(op: OperationDefinition, request: VendorRequest): IDataObject {
	const paging = op.list!.paging!;
	// where the page parameter is declared, else where the operation's other parameters go
	const where = op.params.find((p) => p.name === paging.pageParam)?.in ?? op.params.find((p) => p.in !== 'path' && p.in !== 'header')?.in;
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
 * fetchList over the item's time range: window by window for operations with the `window` list trait (the
 * vendor caps the range of one request), in order, up to the limit across windows.
 */
export async function fetchRange(
	ctx: IExecuteFunctions,
	session: ApiSession,
	op: OperationDefinition,
	request: VendorRequest,
	values: WireValues,
	returnAll: boolean,
	limit: number,
): Promise<unknown[]> {
	const trait = op.list!.window;
	if (!trait) return await fetchList(session, op, request, returnAll, limit);
	const range = windowsFor(trait, values[trait.startParam], values[trait.endParam], (name) => op.params.find((p) => p.name === name)?.label ?? name);
	if ('problem' in range)
		throw new NodeOperationError(ctx.getNode(), `${range.problem} [item ${request.itemIndex}]`, { itemIndex: request.itemIndex });
	if (!range.windows.length) return await fetchList(session, op, request, returnAll, limit);
	const where = op.params.find((p) => p.name === trait.startParam)?.in ?? 'body';
	const entries: unknown[] = [];
	for (const window of range.windows) {
		const windowRequest = { ...request, body: { ...request.body }, form: { ...request.form }, query: { ...request.query } };
		const target = where === 'form' ? windowRequest.form : where === 'query' ? windowRequest.query : windowRequest.body;
		target[trait.startParam] = window.start;
		target[trait.endParam] = window.end;
		const remaining = limit - entries.length;
		entries.push(...(await fetchList(session, op, windowRequest, returnAll, remaining)));
		if (!returnAll && entries.length >= limit) break;
	}
	return entries;
}
