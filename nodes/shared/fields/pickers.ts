/**
 * Pickers: an ID a list operation can find is picked from that list. The tables name a picker (`picker('Persons')`,
 * in the vendor's pickers.ts); the vendor defines what it lists (pickerSources.ts: which list, the label and value
 * of a record, the listings to read, the vendor's own search where it has one). The node's listSearch methods
 * (resource locators, page by page as the user scrolls) and loadOptions methods (every record at once, for fields
 * that take several IDs) are generated from the definitions. Names and definitions are apart so that the tables
 * and the lists they read never import each other.
 */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import type { OperationDefinition, PickerRef } from '../engine/definitions';
import { asArray } from '../engine/items';
import { fetchPage } from '../engine/paging';
import { requestFor } from '../engine/request';
import { VendorTransport, type TransportSpec } from '../transport/vendorTransport';

/** One list a picker reads. */
export interface PickerSource {
	/** the operation that lists the records (a list, or a call that answers with the whole list) */
	list: OperationDefinition;
	/** the record as the picker shows it; `listing` is the listing it came from */
	label(record: IDataObject, listing: IDataObject, ctx: ILoadOptionsFunctions): string;
	value(record: IDataObject): string;
	/**
	 * the listings to read, as parameter values of the list (default one, without parameters): one per group
	 * type, per day, per term — they may depend on the node's other fields or on another list
	 */
	listings?(ctx: ILoadOptionsFunctions, transport: VendorTransport): IDataObject[] | Promise<IDataObject[]>;
	/** the vendor's own search: the listings that narrow the records to `text` (e.g. by name, by code and by phone) */
	search?(text: string): IDataObject[];
}

export function picker(name: string, options: { many?: boolean; dependsOn?: string[] } = {}): PickerRef {
	return { name, ...options };
}

/** What a picker lists. */
export interface Picker {
	ref: PickerRef;
	sources: PickerSource[];
}

export function searchMethodOf(ref: PickerRef): string {
	return `search${ref.name}`;
}

export function loadMethodOf(ref: PickerRef): string {
	return `load${ref.name}`;
}

/** Where a listSearch call goes on: source, listing and page (n8n hands it back as the pagination token). */
interface Position {
	source: number;
	listing: number;
	page?: number;
}

/** A listSearch call reads on until it has this many results (or has read PAGES_PER_CALL pages): a page of the list as the user scrolls. */
const RESULTS_PER_CALL = 100;
const PAGES_PER_CALL = 10;

const pageOf = (op: OperationDefinition) => (op.kind === 'list' && op.list.paging ? op.list.paging.firstPage : 1);

/**
 * Reads a picker from `position` until it has RESULTS_PER_CALL results (or has read PAGES_PER_CALL pages): the
 * results, and where the next call goes on (none at the end).
 */
async function readFrom(
	ctx: ILoadOptionsFunctions,
	transport: VendorTransport,
	picker: Picker,
	text: string,
	position: Position,
): Promise<{ results: Array<{ name: string; value: string }>; next?: Position }> {
	const needle = text.toLowerCase();
	const results: Array<{ name: string; value: string }> = [];
	const listingsOf = new Map<number, IDataObject[]>();
	let at: Position | undefined = position;
	for (let pages = 0; at && pages < PAGES_PER_CALL && results.length < RESULTS_PER_CALL; pages++) {
		const source: PickerSource = picker.sources[at.source];
		// the vendor's own search narrows what is read; what is shown is what matches the text
		if (!listingsOf.has(at.source))
			listingsOf.set(at.source, text && source.search ? source.search(text) : ((await source.listings?.(ctx, transport)) ?? [{}]));
		const listings: IDataObject[] = listingsOf.get(at.source)!;
		const listing = listings[at.listing];
		const page: number = at.page ?? pageOf(source.list);
		const request = requestFor(source.list, listing);
		const { entries, more }: { entries: unknown[]; more: boolean } =
			source.list.kind === 'list' ? await fetchPage(transport, source.list, request, page) : { entries: asArray(await transport.request(request)), more: false };
		for (const record of entries as IDataObject[]) {
			const result = { name: source.label(record, listing, ctx), value: source.value(record) };
			if (!needle || result.name.toLowerCase().includes(needle) || result.value.toLowerCase().includes(needle)) results.push(result);
		}
		at = more
			? { ...at, page: page + 1 }
			: at.listing + 1 < listings.length
				? { source: at.source, listing: at.listing + 1 }
				: at.source + 1 < picker.sources.length
					? { source: at.source + 1, listing: 0 }
					: undefined;
	}
	return { results, next: at };
}

/** The listSearch method of a picker: a page of matches per call, the next page as the user scrolls. */
function searchMethod(spec: TransportSpec, picker: Picker) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const position = paginationToken ? (JSON.parse(paginationToken) as Position) : { source: 0, listing: 0 };
		const { results, next } = await readFrom(this, new VendorTransport(this, spec), picker, filter?.trim() ?? '', position);
		// several listings or searches can find a record twice
		const seen = new Set<string>();
		return {
			results: results.filter((r) => !seen.has(r.value) && seen.add(r.value)),
			...(next ? { paginationToken: JSON.stringify(next) } : {}),
		};
	};
}

/** Records a loadOptions method lists at most (fields that take several IDs of a list this long want a search). */
export const LOAD_OPTIONS_MAX = 1000;

/** Every record a picker lists (up to LOAD_OPTIONS_MAX), sorted by label: a multi-select's options, a column's choices. */
export async function loadPicker(ctx: ILoadOptionsFunctions, spec: TransportSpec, picker: Picker): Promise<INodePropertyOptions[]> {
	const transport = new VendorTransport(ctx, spec);
	const options = new Map<string, INodePropertyOptions>();
	let at: Position | undefined = { source: 0, listing: 0 };
	while (at && options.size < LOAD_OPTIONS_MAX) {
		const { results, next }: Awaited<ReturnType<typeof readFrom>> = await readFrom(ctx, transport, picker, '', at);
		for (const r of results) if (!options.has(r.value)) options.set(r.value, { name: r.name, value: r.value });
		at = next;
	}
	return [...options.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The loadOptions method of a picker, for a field that takes several IDs. */
function loadMethod(spec: TransportSpec, picker: Picker) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await loadPicker(this, spec, picker);
	};
}

/** Checks that every picker the operations name is defined, once; a vendor's module fails to load otherwise. */
export function checkPickers(operations: OperationDefinition[], pickers: Picker[]): void {
	const defined = new Map(pickers.map((p) => [p.ref, p]));
	if (defined.size !== pickers.length) throw new Error(`A picker is defined twice: ${pickers.map((p) => p.ref.name).join(', ')}`);
	for (const op of operations)
		for (const param of op.params)
			if (param.picker && !defined.has(param.picker)) throw new Error(`${op.resource}.${op.operation}: the picker ${param.picker.name} of ${param.name} is not defined`);
}

/** The node's listSearch and loadOptions methods for its pickers. */
export function pickerMethods(spec: TransportSpec, pickers: Picker[]) {
	return {
		listSearch: Object.fromEntries(pickers.map((p) => [searchMethodOf(p.ref), searchMethod(spec, p)])),
		loadOptions: Object.fromEntries(pickers.map((p) => [loadMethodOf(p.ref), loadMethod(spec, p)])),
	};
}
