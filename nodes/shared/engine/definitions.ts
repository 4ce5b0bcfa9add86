/**
 * What an operation is: every vendor operation is data in one table per vendor (nodes/<Vendor>/), of one of a
 * few kinds, each run by its own small runner (engine/run.ts). Node properties, validation, request building,
 * paging, batching, columns and the documentation all derive from these definitions.
 */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeExecutionData } from 'n8n-workflow';

import type { VendorTransport } from '../transport/vendorTransport';

export type { ElementField, ParameterDefinition, ParameterLocation, ParameterOption, ParameterType, PickerRef, WireValues } from './parameters';
import type { ParameterDefinition, WireValues } from './parameters';
import type { ListBatchTrait, ListTrait } from './traits';
export type { EntryResults, ListBatchTrait, ListTrait, Paging, RequestSplitter } from './traits';

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

/** A record field as a write takes it: the listed record's field, read in the write's terms (e.g. a millisecond text as a number). */
export interface ComparedField {
	field: string;
	read?(value: unknown, record: IDataObject): unknown;
}

/** A natural key of a record set: an operator matches input items on one of them ("Match On"). */
export interface RecordKey {
	/** the write parameter holding the key, and the listed record's field */
	param: string;
	field: string;
	/** the Match On option, e.g. "Employee Code" */
	label: string;
	description: string;
	/** the vendor gives the key (an ID): an item whose key is not in the set cannot be created, only updated */
	assigned?: boolean;
	/** the list parameter that searches by the key (Create or Update of a few items searches instead of reading the set) */
	search?: string;
	/** the other fields of a key that spans several (a class by name and grade), each a write parameter and a record field */
	with?: Array<{ param: string; field: string }>;
}

/** A write of one record named by its ID (an update, a remove, a deactivation). */
export interface RecordWrite {
	op: OperationDefinition;
	/** the parameter naming the record */
	idParam: string;
	/** values the write sends besides (e.g. the disabled state) */
	values?: IDataObject;
}

/**
 * A vendor record kind with a natural key, kept equal to input items by Create or Update (`upsert`) and Sync
 * (`sync`): the set is read with its list operation, records are matched on a key and compared field by
 * field, and the writes are the table's own operations (their batches and lost-answer guards included).
 */
export interface RecordSetTrait {
	/** one record, in messages: "person" */
	noun: string;
	/**
	 * the list operation that reads the whole set (Return All); none where the vendor lists none: Create or Update
	 * then sends the update, which finds the record by its key, and the create where `update.goneCodes` say there
	 * is none (nothing is compared), and there is no Sync
	 */
	list?: ListOperation;
	/** list parameters that limit the set a sync covers, as list parameter → write parameter (the items agree on it) */
	scope?: Record<string, string>;
	/** the listed record's ID field */
	idField: string;
	keys: RecordKey[];
	/** write parameter → the record field it is compared with, when an item gives it */
	fields: Record<string, string | ComparedField>;
	/** the create: a batching runner's step, a `create` kind's lost-answer guard, or one call per record */
	create: OperationDefinition;
	/**
	 * 'changed': the vendor's update takes partial bodies; 'merged': the record as listed with the changes;
	 * `goneCodes`: the vendor's "no such record" codes of an update by key (a set without a list)
	 */
	update: RecordWrite & { body: 'changed' | 'merged'; goneCodes?: Array<number | string> };
	/** removal; `goneCodes`: the vendor's "no such record" codes, which mean a removal sent again was done */
	remove?: RecordWrite & { goneCodes?: Array<number | string> };
	/** where the vendor keeps a state: the write that deactivates, and whether a listed record is inactive */
	deactivate?: RecordWrite & { inactive(record: IDataObject): boolean };
	/** records the vendor keeps whatever the input says (e.g. a default group it refuses to delete): never removed or deactivated */
	permanent?(record: IDataObject): boolean;
	/** a file the record carries, which the vendor shows only as its own copy (e.g. a face photo) */
	file?: RecordFile;
}

/** A record set the vendor lists (Sync needs the whole set). */
export type ListedRecordSet = RecordSetTrait & { list: ListOperation };

/** A record's file: the node cannot compare the input's file with the vendor's copy, so an option says when to send it. */
export interface RecordFile {
	/** plural label of the option, e.g. "Photos" */
	label: string;
	/** the local parameter naming the input binary field, the listed field showing the record has one, the write's field */
	param: string;
	field: string;
	target: string;
	/** uploads the item's file; its reference for `target` */
	upload(ctx: IExecuteFunctions, transport: VendorTransport, itemIndex: number, property: string): Promise<string>;
	/** what the vendor shows of the file, for the option's description */
	shown: string;
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
	/** a sync reads the whole set: only a set the vendor lists has one */
	set: ListedRecordSet;
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
