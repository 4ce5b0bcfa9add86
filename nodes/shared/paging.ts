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

/** Fetches list entries across pages: everything with Return All, otherwise up to `limit`, at the largest page size. */
export async function fetchList(
	session: ApiSession,
	op: OperationDefinition,
	request: VendorRequest,
	returnAll: boolean,
	limit: number,
	/** a reader that knows it has enough (a poll that reached its cursor) stops after the page it returns true for */
	enough?: (pageEntries: unknown[]) => boolean,
): Promise<unknown[]> {
	const list = op.list!;
	const entries: unknown[] = [];
	const paging = list.paging;
	if (!paging) {
		const data = await session.request(request);
		const all = asArray(getPath(data, list.itemsPath));
		return returnAll ? all : all.slice(0, limit);
	}
	const pageSize = !paging.sizeParam || returnAll ? paging.maxPageSize : Math.min(limit, paging.maxPageSize);
	for (let page = paging.firstPage; ; page++) {
		const pageRequest = { ...request, body: { ...request.body }, form: { ...request.form }, query: { ...request.query } };
		const target = pagingTarget(op, pageRequest);
		if (page !== paging.firstPage || !paging.firstPageWithoutParam) target[paging.pageParam] = page;
		if (paging.sizeParam) target[paging.sizeParam] = pageSize;
		const data = await session.request(pageRequest);
		const pageEntries = asArray(getPath(data, list.itemsPath));
		entries.push(...pageEntries);
		if (!returnAll && entries.length >= limit) return entries.slice(0, limit);
		if (pageEntries.length === 0 || enough?.(pageEntries)) break;
		// a stated page count or total decides; without one, a short page is the last (a server may cap the page size silently)
		const pages = firstNumber(data, paging.totalPagesPaths ?? []);
		const total = paging.totalPath ? Number(getPath(data, paging.totalPath)) : NaN;
		if (Number.isFinite(pages)) {
			if (page - paging.firstPage + 1 >= pages) break;
		} else if (Number.isFinite(total) ? entries.length >= total : pageEntries.length < pageSize) break;
	}
	return entries;
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
