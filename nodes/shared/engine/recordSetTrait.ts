/**
 * The record-set trait of Create or Update and Sync: a vendor record kind with a natural key, described by the
 * table's own operations (list, create, update, removal) and how a listed record compares with an input item.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { VendorTransport } from '../transport/vendorTransport';
import type { ListOperation, OperationDefinition } from './definitions';

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
