/** Pieces the Gensee operation files share. */

/** Gensee IDs are text, not numbers: what a picker's "By ID" mode and the engine accept. */
export const TEXT_ID = { pattern: '^\\S+$', patternHint: 'an ID without spaces' } as const;

/** Handler for the two transcode interfaces: resourceUrl with its non-ASCII parts encoded, as the document asks. */
export const TRANSCODE_HANDLER = 'transcode';

/**
 * Paged responses carry page{pageNo, totalPages, totalCounts} (export/study/history: totalPages at top
 * level); 50 entries per page where stated. Gensee takes no page-size parameter.
 */
export const paged = (itemsPath: string, firstPageWithoutParam = false) => ({
	itemsPath,
	paging: {
		pageParam: 'pageNo',
		firstPage: 1,
		maxPageSize: 50,
		totalPath: 'page.totalCounts',
		totalPagesPaths: ['page.totalPages', 'totalPages'],
		// the likes-detail export documents no pageNo: its first page is asked for without one
		...(firstPageWithoutParam ? { firstPageWithoutParam } : {}),
	},
});
