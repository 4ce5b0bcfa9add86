/** Pieces the Gensee operation files share. */
import type { IDataObject } from 'n8n-workflow';

import type { ListTrait, Paging } from '../../shared/engine/definitions';
import { statedNumber } from '../../shared/engine/paging';
import { getPath } from '../../shared/transport/request';

/** Gensee IDs are text, not numbers: what a picker's "By ID" mode and the engine accept. */
export const TEXT_ID = { pattern: '^\\S+$', patternHint: 'an ID without spaces' } as const;

/**
 * Paged responses carry page{pageNo, totalPages, totalCounts} (export/study/history: totalPages at top
 * level); 50 entries per page where stated. Gensee takes no page-size parameter.
 */
export const paged = (itemsPath: string, firstPageWithoutParam = false): ListTrait => ({ itemsPath, paging: pageNo(firstPageWithoutParam) });

function pageNo(firstPageWithoutParam: boolean): Paging {
	return {
		params: ['pageNo'],
		firstPage: 1,
		maxPageSize: 50,
		sized: false,
		// the likes-detail export documents no pageNo: its first page is asked for without one
		place: (page): IDataObject => (page === 1 && firstPageWithoutParam ? {} : { pageNo: page }),
		total: (data) => statedNumber(getPath(data, 'page.totalCounts')),
		pages: (data) => statedNumber(getPath(data, 'page.totalPages')) ?? statedNumber(getPath(data, 'totalPages')),
	};
}

/**
 * Lists of several form fields, one per entry: `name[0]=…`, objects as `name[0].key=…` (empty keys left out), as
 * the group and tutoring-class interfaces take them (a parameter's `wire`).
 */
export function indexed(name: string, value: unknown): IDataObject {
	const fields: IDataObject = {};
	(Array.isArray(value) ? value : [value]).forEach((entry, i) => {
		if (entry && typeof entry === 'object') {
			for (const [key, v] of Object.entries(entry as IDataObject)) if (v !== undefined && v !== null && v !== '') fields[`${name}[${i}].${key}`] = String(v);
		} else fields[`${name}[${i}]`] = String(entry);
	});
	return fields;
}
