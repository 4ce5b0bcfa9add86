/** Pickers (n8n's listSearch methods) over the vendors' list operations. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { findOperation } from './engine';
import { ApiSession, type VendorApi } from './session';
import { asArray } from './items';
import { fetchList } from './paging';
import { placeValues } from './parameters';
import type { VendorRequest } from './transport';

/** A listSearch method over a list operation: the first page at the largest page size (or `limit` entries), filtered by the search text. */
export async function searchList(
	ctx: ILoadOptionsFunctions,
	api: VendorApi,
	resource: string,
	operation: string,
	toResult: (entry: IDataObject) => { name: string; value: string },
	filter?: string,
	options: {
		/** parameter values of the list operation, one listing per set (e.g. one per group type) */
		params?: IDataObject[];
		/** entries read per listing; default one page of the vendor's largest size */
		limit?: number;
	} = {},
): Promise<INodeListSearchResult> {
	const op = findOperation(api, resource, operation);
	const session = new ApiSession(ctx, api.client);
	const limit = options.limit ?? op.list?.paging?.maxPageSize ?? 1000;
	const results: Array<{ name: string; value: string }> = [];
	for (const values of options.params ?? [{}]) {
		const request: VendorRequest = { method: op.method, path: op.path.trim(), query: {}, body: {}, form: {}, headers: {}, files: {}, itemIndex: 0 };
		placeValues(request, op, values);
		// an operation without a list trait answers with its whole list at once (e.g. a tree's top level)
		const entries = op.list ? await fetchList(session, op, request, false, limit) : asArray(await session.request(request));
		results.push(...entries.map((e) => toResult(e as IDataObject)));
	}
	const needle = filter?.trim().toLowerCase();
	return {
		results: needle
			? results.filter((r) => r.name.toLowerCase().includes(needle) || r.value.toLowerCase().includes(needle))
			: results,
	};
}
