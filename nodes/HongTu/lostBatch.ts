/**
 * A Batch Add Persons call whose answer was lost (the connection broke after the request was sent) may or may
 * not have been stored by the box. Resending it blindly adds persons without a unique field twice and reports
 * persons with one as refused ("employee code exists") although they were added. So before anything is sent
 * again, the node asks the box which entries it already has:
 * - by uuid (person/uuid/list), when the node gave the entry a uuid and the box is known to keep custom uuids;
 * - by a field the box keeps unique (employee code, card number, unique identifier) through person/list;
 * - by name otherwise: nobody of that name means the entry is not stored; a namesake cannot be told apart from
 *   the entry, so that entry is not resent and its item says why.
 */
import type { IDataObject } from 'n8n-workflow';

import { fetchList, type ApiSession } from '../shared/engine';
import { personOperations } from './operations/person';

/** Fields the document marks "unique if given" that person/list can search by. */
const UNIQUE_FIELDS = ['code', 'cardNum', 'uniqueIdentify'] as const;

export type StoredState =
	| { state: 'stored'; person: IDataObject }
	| { state: 'absent' }
	/** the box has someone who may or may not be this entry */
	| { state: 'unknown'; reason: string };

export interface LookupOptions {
	/** the box kept a uuid the node sent (seen in an earlier answer), so a uuid not found is not stored */
	customUuidsKept: boolean;
	itemIndex: number;
}

const SEARCH = personOperations.find((op) => op.path === '/v1/api/person/list')!;

/** Every person matching a person/list search, all pages (a fuzzy search can match many). */
async function searchPersons(session: ApiSession, filter: IDataObject, itemIndex: number): Promise<IDataObject[]> {
	const request = { method: SEARCH.method, path: SEARCH.path, query: {}, body: { ...filter }, form: {}, headers: {}, files: {}, itemIndex };
	return (await fetchList(session, SEARCH, request, true, Infinity)) as IDataObject[];
}

const same = (a: unknown, b: unknown) => a !== undefined && b !== undefined && String(a) === String(b);

/** Which of `entries` the box already stores, one state per entry, in order. */
export async function findStoredPersons(session: ApiSession, entries: IDataObject[], options: LookupOptions): Promise<StoredState[]> {
	const states: Array<StoredState | undefined> = entries.map(() => undefined);

	const withUuid = entries.map((e, n) => [e, n] as const).filter(([e]) => typeof e.uuid === 'string' && e.uuid);
	if (withUuid.length) {
		const data = await session.request({
			method: 'POST',
			path: '/v1/api/person/uuid/list',
			query: {},
			body: { uuidList: withUuid.map(([e]) => e.uuid) },
			form: {},
			headers: {},
			files: {},
			itemIndex: options.itemIndex,
		});
		const found = new Map((Array.isArray(data) ? (data as IDataObject[]) : []).map((p) => [String(p.uuid), p]));
		for (const [entry, n] of withUuid) {
			const person = found.get(String(entry.uuid));
			if (person && same(person.name, entry.name)) states[n] = { state: 'stored', person };
			else if (person) states[n] = { state: 'unknown', reason: `the box has another person (${String(person.name)}) with UUID ${String(entry.uuid)}` };
			else if (options.customUuidsKept) states[n] = { state: 'absent' };
		}
	}

	for (let n = 0; n < entries.length; n++) {
		if (states[n]) continue;
		const entry = entries[n];
		const field = UNIQUE_FIELDS.find((f) => entry[f] !== undefined && entry[f] !== '');
		if (field) {
			// person/list searches fuzzily; only an exact match counts
			const person = (await searchPersons(session, { [field]: entry[field] }, options.itemIndex)).find((p) => same(p[field], entry[field]));
			if (!person) states[n] = { state: 'absent' };
			else if (same(person.name, entry.name)) states[n] = { state: 'stored', person };
			// someone else holds the unique value: the box refuses the entry, which a resend reports properly
			else states[n] = { state: 'absent' };
			continue;
		}
		const namesakes = (await searchPersons(session, { name: entry.name }, options.itemIndex)).filter((p) => same(p.name, entry.name));
		states[n] = namesakes.length
			? {
					state: 'unknown',
					reason: `the box has ${namesakes.length} person(s) named "${String(entry.name)}" and this entry has no employee code, card number, unique identifier or kept custom UUID to tell whether one of them is it`,
				}
			: { state: 'absent' };
	}
	return states as StoredState[];
}
