/**
 * Operation definitions: every vendor operation is described as data in one table per vendor
 * (nodes/<Vendor>/<Vendor>.operations.ts). The shared engine derives node properties, validation,
 * request building, paging and batching from these definitions.
 */
import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

/**
 * Where a parameter travels in the HTTP request. `file` is a multipart file part read from binary data;
 * `local` is a node option that is never sent (e.g. which binary property holds a photo).
 */
export type ParameterLocation = 'path' | 'query' | 'body' | 'form' | 'header' | 'file' | 'local';

export type ParameterType =
	/** free text */
	| 'string'
	/** a number; `integer: true` rejects fractions */
	| 'number'
	| 'boolean'
	/** one of `options` */
	| 'options'
	/** any of `options`, sent as `listFormat` says (a JSON array by default) */
	| 'multiOptions'
	/** a JSON value (object or array); validated against `elementFields` when it is an array of objects */
	| 'json'
	/** a date/time picked in n8n, sent in `dateFormat` */
	| 'dateTime'
	/** one or more ids: a single id, a comma-separated string or an array; sent joined by `separator` */
	| 'idList'
	/** name of the binary property holding a file */
	| 'binary';

export interface ParameterOption {
	name: string;
	value: string | number | boolean;
	description?: string;
}

/** A field of an object inside a JSON array parameter (e.g. one lesson of a schedule). */
export interface ElementField {
	name: string;
	type: 'string' | 'number';
	required?: boolean;
	/** regular expression the value must match, with the human description of the format */
	pattern?: string;
	patternHint?: string;
}

export interface ParameterDefinition {
	/** the vendor's field name, exactly as sent */
	name: string;
	/** Title Case field label shown in n8n */
	label: string;
	type: ParameterType;
	in: ParameterLocation;
	required?: boolean;
	default?: string | number | boolean | Array<string | number> | IDataObject | null;
	description: string;
	placeholder?: string;
	options?: ParameterOption[];
	/** numbers: whole numbers only */
	integer?: boolean;
	minValue?: number;
	maxValue?: number;
	/** strings: maximum length in characters, as the vendor documents it */
	maxLength?: number;
	/** strings: a format the value must match, e.g. '^\\d{4}-\\d{2}-\\d{2}$', and how to say it to a user */
	pattern?: string;
	patternHint?: string;
	/** the value is an id the user can pick from a list: the listSearch method that lists them */
	searchListMethod?: string;
	/** an ID picked or typed as text that the vendor wants as a JSON number in the body */
	integerId?: boolean;
	/** idList: 'joined' (default) sends one text joined by `separator`; 'array' sends a JSON array (multiOptions: the reverse default) */
	listFormat?: 'joined' | 'array';
	/** boolean: the vendor's codes for yes and no, when it does not take true/false */
	booleanCodes?: { true: string | number; false: string | number };
	/** idList: separator used on the wire */
	separator?: string;
	/** form lists: one field per entry, `name[0]=…` (objects: `name[0].key=…`), instead of one joined value */
	indexed?: boolean;
	/** json arrays of objects: the fields of one element */
	elementFields?: ElementField[];
	/** dateTime: wire format (luxon tokens) or 'unixSeconds' / 'unixMilliseconds' */
	dateFormat?: string;
	/** sent even when empty (some vendors need the key present) */
	sendEmpty?: boolean;
	/** `password`: a value that must never be shown or logged (masked in the UI); n8n's own shape, so its lint rules see it */
	typeOptions?: { password?: boolean };
}

/** Page-numbered paging: page (first page number), page size up to the vendor maximum, total in the response. */
export interface PagePaging {
	pageParam: string;
	/** absent when the vendor takes no page size and pages at a fixed size (then `maxPageSize` is that size) */
	sizeParam?: string;
	firstPage: number;
	maxPageSize: number;
	/** dotted path of the total count in the unwrapped response, when the vendor gives one */
	totalPath?: string;
	/** dotted paths where the response may give the number of pages (the first present one counts) */
	totalPagesPaths?: string[];
	/** ask for the first page without the page parameter (the document lists none for it) */
	firstPageWithoutParam?: boolean;
}

/** A list whose vendor caps the time range of one request: longer ranges are fetched window by window. */
export interface TimeWindowTrait {
	startParam: string;
	endParam: string;
	/** 'epochMs': instants, windows of `maxDays` × 24 h; 'date': "yyyy-MM-dd" days, both ends included */
	format: 'epochMs' | 'date';
	/** the longest range one request may ask for */
	maxDays: number;
}

export interface ListTrait {
	/** dotted path of the array in the unwrapped response ('' when the response is the array) */
	itemsPath: string;
	/** absent when the vendor returns everything in one response (Limit is then applied client side) */
	paging?: PagePaging;
	window?: TimeWindowTrait;
}

/**
 * Batch trait: the vendor takes a list in one parameter. Input items are gathered into one call (or as few as
 * `maxPerCall` allows); each item still gets its own result (see batch.ts).
 */
export interface BatchTrait {
	/**
	 * the list parameter: with `entries: 'list'` declared in `params` (type 'idList' or 'json' array); with
	 * `entries: 'item'` the wire name of the list whose entries the items' parameters make
	 */
	param: string;
	/**
	 * 'list' (default): the list parameter holds each item's entries, and items that agree on every other
	 * parameter share calls; 'item': each input item is one entry of the list
	 */
	entries?: 'list' | 'item';
	/** the vendor's stated maximum number of list entries per call; undefined when none is stated */
	maxPerCall?: number;
	/** false when the call replaces a whole set (splitting it would make the last call win) */
	splittable: boolean;
	/** dotted path of the list of entries the vendor reports as done; entries of an item missing from it fail that item */
	succeededPath?: string;
	/** per-entry outcomes, for vendors that report each entry's result with a code (instead of `succeededPath`) */
	entryResults?: EntryResults;
	/** 'item' batches: a hook of the VendorApi's `entryPreparers` run for each entry before sending (e.g. a photo upload) */
	prepareEntry?: string;
	/** 'item' batches: how to find the entries of a call whose answer was lost, before sending any again */
	lostAnswer?: LostBatchLookup;
	/**
	 * 'item' batches: entry fields the vendor keeps unique (it refuses a second entry with the same value). When
	 * every entry carries one and no value repeats, the calls cannot affect each other and go out in parallel
	 * (Parallel Requests); without it they go one after the other.
	 */
	uniqueFields?: string[];
}

/**
 * How to tell which entries of a lost call the vendor stored: list the records through `listOperation` (one
 * listing per distinct `filter`) and match fields exactly, or, where that cannot express it, a vendor hook.
 * Entries found are reported as added; only the others are sent again.
 */
export interface LostBatchLookup {
	/** the operation of the same resource that lists the records */
	listOperation?: string;
	/** list parameter → entry field: the listing that can hold the entry */
	filter?: Record<string, string>;
	/** entry field → record field: a record is the entry when all of them agree */
	matchFields?: Record<string, string>;
	/** the record field holding its id, reported under the same name as the answer does */
	idField: string;
	/** name of a look-up in the VendorApi's `lostEntryLookups`, for look-ups the fields cannot express */
	hook?: string;
	/** what the user can do so that entries can be checked exactly, shown when one cannot */
	advice?: string;
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
	/** the code of a done entry (what an entry found after a lost answer reports) */
	successCode?: number | string;
	/**
	 * 'item' batches: entry field → the field the answer echoes it in; an answer entry is an entry's when every
	 * field both carry agrees (where the answer has one per sent entry, an unmatched one goes by position)
	 */
	echoFields?: Record<string, string>;
}

/**
 * A create whose lost answer the engine resolves: before sending it again, it looks for the record through
 * the resource's list operation (see lostCreate.ts), so the record is neither created twice (vendors that keep
 * nothing unique) nor reported refused as a duplicate (vendors that do).
 */
export interface CreateTrait {
	/** the operation of the same resource that lists the records */
	listOperation: string;
	/** sent parameters the new record carries, as parameter name → record field */
	matchFields: Record<string, string>;
	/** the record field holding its id; the create's answer gives the id under the same name */
	idField: string;
	/** the vendor keeps the matched fields unique: no snapshot of the records before the first create */
	unique?: boolean;
	/** list operation parameters that narrow the look-up, as list parameter → sent parameter */
	filter?: Record<string, string>;
}

export interface OperationDefinition {
	resource: string;
	/** camelCase operation value, unique within the resource */
	operation: string;
	/** Title Case operation name shown in the operation selector */
	name: string;
	/** the action text n8n shows in the nodes panel, e.g. "Add a zone" */
	action: string;
	description: string;
	method: IHttpRequestMethods;
	/** the path exactly as the vendor documents it (after the base URL) */
	path: string;
	/** the section of the vendor document that defines the operation, to look it up there */
	docSection: string;
	params: ParameterDefinition[];
	list?: ListTrait;
	batch?: BatchTrait;
	create?: CreateTrait;
	/** groups of optional parameters of which each item must give one (`exactly`: one and no more) */
	requireOneOf?: Array<{ params: string[]; exactly?: boolean }>;
	deprecated?: boolean;
	/**
	 * reads of large records (node version 2 on): the fields an operator uses, as dotted paths into one record,
	 * that Simplify keeps (flattened to their last key)
	 */
	simplify?: string[];
	/** dotted path into the unwrapped response to emit as the item(s); default: the whole response */
	outputPath?: string;
	/** a warning shown in the node for operations that destroy data */
	notice?: string;
	/**
	 * name of a hand-written handler in the VendorApi's `handlers`, for what the table cannot express
	 * (binary downloads, multi-step uploads, double-encoded payloads); validation still comes from `params`
	 */
	handler?: string;
}

/** Facts about a vendor, for the generated documentation. */
export interface VendorInfo {
	/** product name as users know it */
	name: string;
	/** n8n node display name */
	node: string;
	/** the vendor document's title (and version), as docs/operations.md names it */
	document: string;
}

export interface ResourceDefinition {
	value: string;
	name: string;
	description: string;
}
