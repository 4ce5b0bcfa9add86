/**
 * Record sets (RecordSetTrait), the planning half: the input items read as desired records, each with its key;
 * the current set read once through the trait's list operation (Return All, pages in parallel where the list
 * states its total); records matched on the key the operator chose (Match On) and compared field by field in
 * the write's terms. What the plan says is carried out by recordWrites.ts; the runners are in sync.ts.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ABSENT_RECORDS, DEFAULT_SAFETY_LIMIT, MATCH_ON, SET_OPTIONS } from '../fields/recordSetFields';
import { readWireValues } from '../fields/values';
import type { VendorTransport } from '../transport/vendorTransport';
import type { ListOperation, OperationDefinition, RecordKey, RecordSetTrait, WireValues } from './definitions';
import { errorItem, forItem } from './items';
import { fetchList } from './paging';
import { buildRequest } from './request';

/** A field's change: the record's value (in the write's terms) and the input's. */
export type Changes = Record<string, { old: unknown; new: unknown }>;

/** One input item as a desired record. */
export interface Desired {
	itemIndex: number;
	values: WireValues;
	key: string;
}

export type Action = 'create' | 'update' | 'unchanged' | 'remove' | 'deactivate' | 'keep';

/** One record's step of a plan: an input item's (create, update, unchanged) or a record's the input lacks. */
export interface Step {
	action: Action;
	key: string;
	itemIndex?: number;
	values?: WireValues;
	record?: IDataObject;
	changed: Changes;
	/** the record's file is sent (new record, or the option says so) */
	sendFile?: boolean;
	/** a removal the safety limit refuses (shown by Dry Run) */
	refused?: boolean;
}

/** The node's record-set fields: which key, what to do with records the input lacks, the options. */
export interface SetOptions {
	key: RecordKey;
	absent: 'keep' | 'remove' | 'deactivate';
	dryRun: boolean;
	/** refuse when more than this share (%) of the current records would be removed or deactivated */
	safetyLimit: number;
	/** 'missing': files of new records and of records without one; 'always': every input file */
	files: 'missing' | 'always';
}

export function setOptions(ctx: IExecuteFunctions, set: RecordSetTrait): SetOptions {
	const param = ctx.getNodeParameter(MATCH_ON, 0, set.keys[0].param) as string;
	const key = set.keys.find((k) => k.param === param);
	if (!key) throw new NodeOperationError(ctx.getNode(), `"${param}" is not a key to match ${set.noun}s on (${set.keys.map((k) => k.label).join(', ')})`);
	const options = ctx.getNodeParameter(SET_OPTIONS, 0, {}) as IDataObject;
	const limit = Number(options.safetyLimit ?? DEFAULT_SAFETY_LIMIT);
	return {
		key,
		absent: ctx.getNodeParameter(ABSENT_RECORDS, 0, 'keep') as SetOptions['absent'],
		dryRun: options.dryRun === true,
		safetyLimit: Number.isFinite(limit) ? limit : DEFAULT_SAFETY_LIMIT,
		files: options.updateFiles === 'always' ? 'always' : 'missing',
	};
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim());

/**
 * A key's value in an item's wire values (`of: 'param'`) or in a listed record (`of: 'field'`): the text of a
 * one-field key; of a key spanning several fields, their texts as a JSON list. Empty when a part is.
 */
export function keyValue(key: RecordKey, source: IDataObject | WireValues, of: 'param' | 'field'): string {
	const parts = [key, ...(key.with ?? [])].map((part) => text(source[part[of]]));
	if (parts.some((part) => !part)) return '';
	return parts.length === 1 ? parts[0] : JSON.stringify(parts);
}

/**
 * The input items as desired records, read and validated as the create reads them. An item that cannot be read
 * fails alone under Continue On Fail (`failed` then holds its error item: the set is incomplete), else the node.
 */
export function readDesired(ctx: IExecuteFunctions, op: OperationDefinition, set: RecordSetTrait, key: RecordKey) {
	const desired: Desired[] = [];
	const failed: Array<ReturnType<typeof errorItem>> = [];
	const items = ctx.getInputData();
	const byKey = new Map<string, number>();
	for (let i = 0; i < items.length; i++) {
		try {
			const values = readWireValues(ctx, op, i);
			const value = keyValue(key, values, 'param');
			if (!value)
				throw new NodeOperationError(ctx.getNode(), `Item ${i} has no ${key.label} to match on`, {
					itemIndex: i,
					description: `Give every item ${[key, ...(key.with ?? [])].map((part) => `a "${part.param}" field`).join(' and ')}, or choose another key under Match On.`,
				});
			const twin = byKey.get(value);
			if (twin !== undefined)
				throw new NodeOperationError(ctx.getNode(), `Items ${twin} and ${i} both have ${key.label} "${value}"`, {
					itemIndex: i,
					description: `Each ${set.noun} may appear once in the input: remove one of the two items, or correct its ${key.label}.`,
				});
			byKey.set(value, i);
			// an item without the named binary field is written without a file
			const property = set.file && values[set.file.param];
			if (typeof property === 'string' && !items[i].binary?.[property]) delete values[set.file!.param];
			desired.push({ itemIndex: i, values, key: value });
		} catch (error) {
			if (!ctx.continueOnFail()) throw forItem(ctx, error as Error, i);
			failed.push(errorItem(error as Error, i));
		}
	}
	return { desired, failed };
}

/** The list filters of a group of items (the trait's scope): the value they all give, none when none gives it. */
export function scopeOf(ctx: IExecuteFunctions, op: OperationDefinition, set: RecordSetTrait, desired: Desired[]): IDataObject {
	const filter: IDataObject = {};
	for (const [listParam, param] of Object.entries(set.scope ?? {})) {
		const given = desired.filter((d) => d.values[param] !== undefined);
		if (!given.length) continue;
		const other = given.find((d) => text(d.values[param]) !== text(given[0].values[param]));
		const missing = desired.find((d) => d.values[param] === undefined);
		if (other || missing) {
			const label = op.params.find((p) => p.name === param)?.label ?? param;
			const odd = other ?? missing!;
			throw new NodeOperationError(ctx.getNode(), `A sync covers one ${label}: item ${given[0].itemIndex} has ${JSON.stringify(given[0].values[param])}, item ${odd.itemIndex} ${JSON.stringify(odd.values[param] ?? null)}`, {
				itemIndex: odd.itemIndex,
				description: `Give every item the same ${label}, or split the input (e.g. with a Filter node) and sync each ${label} in its own node.`,
			});
		}
		filter[listParam] = given[0].values[param] as IDataObject[string];
	}
	return filter;
}

/** The whole current set within `filter`, read once through the trait's list operation. */
export async function readSet(ctx: IExecuteFunctions, transport: VendorTransport, list: ListOperation, filter: IDataObject): Promise<IDataObject[]> {
	return (await fetchList(transport, list, await buildRequest(ctx, list, filter, 0), true, Infinity)) as IDataObject[];
}

/** The records of a set by key (the first of records sharing one; the others are then records the input lacks). */
export function byKey(records: IDataObject[], key: RecordKey): Map<string, IDataObject> {
	const index = new Map<string, IDataObject>();
	for (const record of records) {
		const value = keyValue(key, record, 'field');
		if (value && !index.has(value)) index.set(value, record);
	}
	return index;
}

/** A record's value of a write parameter, in the write's terms. */
export function recordValue(set: RecordSetTrait, param: string, record: IDataObject): unknown {
	const mapping = set.fields[param];
	if (mapping === undefined) return undefined;
	const { field, read } = typeof mapping === 'string' ? { field: mapping, read: undefined } : mapping;
	return read ? read(record[field], record) : record[field];
}

/** Values compare as text, lists as sets, and nothing, null and empty text alike. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return JSON.stringify(value.map(text).sort());
	return text(value);
}

/** The fields an item gives that differ from the record. */
export function changesOf(set: RecordSetTrait, values: WireValues, record: IDataObject): Changes {
	const changed: Changes = {};
	for (const param of Object.keys(set.fields)) {
		if (values[param] === undefined) continue;
		const current = recordValue(set, param, record);
		if (canonical(current) !== canonical(values[param])) changed[param] = { old: current ?? null, new: values[param] };
	}
	return changed;
}

/** The steps of the input items against the records found by key. */
export function planItems(ctx: IExecuteFunctions, set: RecordSetTrait, options: SetOptions, desired: Desired[], found: (d: Desired) => IDataObject | undefined): Step[] {
	return desired.map((d): Step => {
		const record = found(d);
		const file = set.file && typeof d.values[set.file.param] === 'string';
		if (!record) {
			if (options.key.assigned)
				throw new NodeOperationError(ctx.getNode(), `No ${set.noun} has ${options.key.label} "${d.key}" [item ${d.itemIndex}]`, {
					itemIndex: d.itemIndex,
					description: `${set.noun[0].toUpperCase()}${set.noun.slice(1)}s matched on ${options.key.label} can be updated, not created: the vendor gives the ${options.key.label}. Match on another key to create new ${set.noun}s.`,
				});
			return { action: 'create', key: d.key, itemIndex: d.itemIndex, values: d.values, changed: {}, sendFile: !!file };
		}
		const changed = changesOf(set, d.values, record);
		const sendFile = !!file && (options.files === 'always' || !text(record[set.file!.field]));
		if (sendFile) changed[set.file!.target] = { old: record[set.file!.field] ?? null, new: `the input's binary field "${String(d.values[set.file!.param])}"` };
		return { action: Object.keys(changed).length ? 'update' : 'unchanged', key: d.key, itemIndex: d.itemIndex, values: d.values, record, changed, sendFile };
	});
}

/** The steps of the records no input item matched, as the Records Not in the Input option says. */
export function planAbsent(set: RecordSetTrait, options: SetOptions, records: IDataObject[], matched: Set<IDataObject>): Step[] {
	return records
		.filter((record) => !matched.has(record))
		.map((record): Step => {
			const key = keyValue(options.key, record, 'field');
			if (set.permanent?.(record)) return { action: 'keep', key, record, changed: {} };
			if (options.absent === 'remove' && set.remove) return { action: 'remove', key, record, changed: {} };
			if (options.absent === 'deactivate' && set.deactivate)
				return set.deactivate.inactive(record) ? { action: 'unchanged', key, record, changed: {} } : { action: 'deactivate', key, record, changed: {} };
			return { action: 'keep', key, record, changed: {} };
		});
}
