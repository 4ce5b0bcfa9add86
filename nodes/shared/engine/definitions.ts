/**
 * What an operation is: every vendor operation is data in one table per vendor (nodes/<Vendor>/), of one of a
 * few kinds, each run by its own small runner (engine/run.ts). Node properties, validation, request building,
 * paging, batching, columns and the documentation all derive from these definitions.
 */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeExecutionData } from 'n8n-workflow';

import type { VendorTransport } from '../transport/vendorTransport';

export type { ElementField, ParameterDefinition, ParameterLocation, ParameterOption, ParameterType, PickerRef, WireValues } from './parameters';
import type { ParameterDefinition, WireValues } from './parameters';
import type { RecordSetTrait } from './recordSetTrait';
export type { ComparedField, RecordFile, RecordKey, RecordSetTrait, RecordWrite } from './recordSetTrait';

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
	/** a batching runner's step alone, over members it is given (a record set's writes use it) */
	send?(op: OperationDefinition, run: BatchRun): Promise<void>;
}

export type Failure = { itemIndex: number; error: Error };

/** Records an item's failure: its error item, and (without Continue On Fail) the failure for the final error. */
export type Fail = (itemIndex: number, error: Error, extra?: IDataObject) => void;

/** One execution of a batch operation, as its runner sees it (engine/batches.ts). */
export interface BatchRun {
	ctx: IExecuteFunctions;
	transport: VendorTransport;
	/** the input items that passed validation, with their wire values; `results`: each one's output (the successes) */
	members: Array<{ itemIndex: number; values: WireValues }>;
	results: INodeExecutionData[][];
	fail: Fail;
	/** a Fail that collects into `into`: calls in flight together keep their own, joined in call order afterwards */
	failInto(into: Failure[]): Fail;
	/** the failures collected for the final error */
	failures: Failure[];
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

/** One item → one record found by its key: created when absent, changed fields updated (RecordSetTrait). */
export interface UpsertOperation extends OperationBase {
	kind: 'upsert';
	set: RecordSetTrait;
}

/** All items are the desired set: one read, a plan of creates, updates and removals, batch writes (RecordSetTrait). */
export interface SyncOperation extends OperationBase {
	kind: 'sync';
	set: RecordSetTrait;
}

export type OperationDefinition = CallOperation | ListOperation | CreateOperation | ListBatchOperation | CustomOperation | UpsertOperation | SyncOperation;

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
