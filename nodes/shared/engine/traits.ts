/**
 * The traits of list and batch operations: how a vendor pages a list, splits a request, and takes a list of IDs
 * or entries in one call and reports each entry's result. Plain data about the vendor, read by the runners.
 */
import type { IDataObject } from 'n8n-workflow';

import type { WireValues } from './parameters';

/** Page-numbered paging: the pages of a list at the vendor's largest page size, and what an answer says of the whole. */
export interface Paging {
	/** the parameters paging fills (the engine's, so they get no field) */
	params: string[];
	firstPage: number;
	/** the largest page the vendor serves; where it takes no page size, the size it pages at */
	maxPageSize: number;
	/** whether a request names its page size */
	sized: boolean;
	/** the paging parameters of the request for `page` of `size` entries */
	place(page: number, size: number): IDataObject;
	/** the number of entries the whole list has, where an answer says */
	total?(data: unknown): number | undefined;
	/** the number of pages, where an answer says */
	pages?(data: unknown): number | undefined;
}

/**
 * One item's request split into several whose lists are read one after the other (e.g. time ranges longer than a
 * vendor serves at once): the values each part overrides, none when the item needs no split, or the problem.
 */
export type RequestSplitter = (
	values: WireValues,
	labelOf: (param: string) => string,
) => { parts: IDataObject[] } | { problem: string };

export interface ListTrait {
	/** dotted path of the array in the unwrapped response ('' when the response is the array) */
	itemsPath: string;
	/** absent when the vendor returns everything in one response (Limit is then applied client side) */
	paging?: Paging;
	split?: RequestSplitter;
}

/**
 * A list parameter the vendor takes in one call: input items are gathered into as few calls as `maxPerCall`
 * allows, items that agree on every other parameter sharing calls, and each item still gets its own result.
 */
export interface ListBatchTrait {
	/** the list parameter, declared in `params` (an id list or a JSON array) */
	param: string;
	/** the vendor's stated maximum number of list entries per call; undefined when none is stated */
	maxPerCall?: number;
	/** false when the call replaces a whole set (splitting it would make the last call win) */
	splittable: boolean;
	/** dotted path of the list of entries the vendor reports as done; entries of an item missing from it fail that item */
	succeededPath?: string;
	/** per-entry outcomes, for vendors that report each entry's result with a code (instead of `succeededPath`) */
	entryResults?: EntryResults;
}

/**
 * How a vendor reports each entry of a list call: entries that failed, with the vendor's code and message,
 * and entries that were done; each entry an id or an object carrying its id. Entries a present success list
 * leaves out are not done; without a success list, entries not reported as failed are.
 */
export interface EntryResults {
	/** dotted paths where failed entries may be listed (the first array found counts) */
	failedPaths: string[];
	/** dotted paths where done entries may be listed; '' is the response itself when it is an array */
	succeededPaths: string[];
	/** object fields that may hold an entry's id, in order */
	idFields: string[];
	codeField: string;
	messageField: string;
}
