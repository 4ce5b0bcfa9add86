/**
 * What an operation is: every vendor operation is data in one table per vendor (nodes/<Vendor>/), of one of a
 * few kinds, each run by its own small runner (engine/run.ts). Node properties, validation, request building,
 * paging, batching, columns and the documentation all derive from these definitions.
 */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeExecutionData } from 'n8n-workflow';

import type { VendorTransport } from '../transport/vendorTransport';

/** Parameter values of one item, keyed by the vendor's field name, converted for the wire. */
export type WireValues = Record<string, unknown>;

/** A picker as the tables name it: the node's methods are `search<name>` (listSearch) and `load<name>` (loadOptions). */
export interface PickerRef {
	readonly name: string;
	/**
	 * the vendor may hold more of these records than one list can show (a school's persons): fields that take
	 * several pick them one by one with a search, and Columns pick them beside the columns
	 */
	readonly many?: boolean;
	/** the node's fields whose values the list depends on (the editor loads it again when they change) */
	readonly dependsOn?: string[];
}

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
	/** how node version 2 shows the field of an entry (the array as a list of entries with named fields) */
	label?: string;
	description?: string;
	placeholder?: string;
	options?: ParameterOption[];
	/** numbers: the allowed range */
	minValue?: number;
	maxValue?: number;
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
	/** the value is an id the user picks from a list: the picker that lists them */
	picker?: PickerRef;
	/** an ID picked or typed as text that the vendor wants as a JSON number in the body */
	integerId?: boolean;
	/** idList: 'joined' (default) sends one text joined by `separator`; 'array' sends a JSON array (multiOptions: the reverse default) */
	listFormat?: 'joined' | 'array';
	/** boolean: the vendor's codes for yes and no, when it does not take true/false */
	booleanCodes?: { true: string | number; false: string | number };
	/** idList: separator used on the wire */
	separator?: string;
	/** how a vendor puts this value on the wire when it is not one field: the fields it becomes (e.g. `name[0]=…`) */
	wire?(name: string, value: unknown): IDataObject;
	/** json arrays of objects: the fields of one element */
	elementFields?: ElementField[];
	/** json arrays of objects: what node version 2 calls one entry (default: the label in the singular) */
	entryLabel?: string;
	/** dateTime: wire format (luxon tokens) or 'unixSeconds' / 'unixMilliseconds' */
	dateFormat?: string;
	/** sent even when empty (some vendors need the key present) */
	sendEmpty?: boolean;
	/** `password`: a value that must never be shown or logged (masked in the UI); n8n's own shape, so its lint rules see it */
	typeOptions?: { password?: boolean };
}

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

/**
 * A create whose lost answer the engine resolves: before sending it again, it looks for the record through
 * the resource's list operation (see lostCreate.ts), so the record is neither created twice (vendors that keep
 * nothing unique) nor reported refused as a duplicate (vendors that do).
 */
export interface CreateTrait {
	/** the operation of the same resource that lists the records */
	list: ListOperation;
	/** sent parameters the new record carries, as parameter name → record field */
	matchFields: Record<string, string>;
	/** the record field holding its id; the create's answer gives the id under the same name */
	idField: string;
	/** the vendor keeps the matched fields unique: no snapshot of the records before the first create */
	unique?: boolean;
	/** list operation parameters that narrow the look-up, as list parameter → sent parameter */
	filter?: Record<string, string>;
}

/** What a kind of operation does with the input items of an execution: one result list per input item. */
export interface OperationRunner {
	run(ctx: IExecuteFunctions, transport: VendorTransport, op: OperationDefinition): Promise<INodeExecutionData[][]>;
	/** what the kind does, for the generated documentation (e.g. "batches input items (≤ 100 per call)") */
	summary?: string;
}

/**
 * Values of one item made ready for the wire where the table cannot say it (a value encoded, two fields that
 * go together checked); throws a NodeOperationError naming the item for bad input.
 */
export type Prepare = (ctx: IExecuteFunctions, values: WireValues, itemIndex: number) => WireValues;

interface OperationBase {
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
	/** the item's values made ready for the wire (call, list and create operations) */
	prepare?: Prepare;
	/** a wide write (six or more fields): in node version 2 its fields come from one Columns field */
	columns?: true;
	/** the parameter that names the record an update changes (a picker) */
	record?: string;
}

/** One request per input item (the default kind). */
export interface CallOperation extends OperationBase {
	kind?: 'call';
}

/** A read of many records: Return All or Limit across the vendor's pages. */
export interface ListOperation extends OperationBase {
	kind: 'list';
	list: ListTrait;
}

/** One create per input item, whose lost answer is looked up instead of sent again. */
export interface CreateOperation extends OperationBase {
	kind: 'create';
	create: CreateTrait;
}

/** A list parameter filled from many input items (see ListBatchTrait). */
export interface ListBatchOperation extends OperationBase {
	kind: 'listBatch';
	batch: ListBatchTrait;
}

/**
 * Anything else, hand-written as a runner (engine/run.ts `eachItem` for one item at a time); a vendor's own kind
 * lives in its folder and plugs in here (e.g. HongTu's batches of entry objects).
 */
export interface CustomOperation extends OperationBase {
	kind: 'custom';
	runner: OperationRunner;
}

export type OperationDefinition = CallOperation | ListOperation | CreateOperation | ListBatchOperation | CustomOperation;

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
