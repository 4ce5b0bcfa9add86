/**
 * A batch add whose answer was lost (the connection broke after the request was sent) may or may not have been
 * stored by the box. Resending it blindly adds persons without a unique field twice and reports entries with
 * one as refused ("employee code exists", "group name exists") although they were added. So before anything
 * is sent again, the node asks the box which entries it already has.
 *
 * Groups (Person Group › Batch Add): by name, which the box keeps unique (103124 组名重复), within the group type.
 * Vehicles (Vehicle › Batch Add): by plate number. The document names no "plate exists" refusal, so a resend
 * would add the vehicle twice; one plate is one vehicle, so a vehicle with the plate is taken as stored.
 *
 * Persons (Batch Add Persons):
 * - by uuid (person/uuid/list), when the node gave the entry a uuid and the box is known to keep custom uuids;
 * - by a field the box keeps unique (employee code, card number, unique identifier, phone, ID number, e-mail)
 *   through person/list;
 * - by name otherwise: nobody of that name means the entry is not stored; a namesake cannot be told apart from
 *   the entry, so that entry is not resent and its item says why.
 */
import type { IDataObject } from 'n8n-workflow';

import { fetchList, type ApiSession } from '../shared/engine';
import type { OperationDefinition } from '../shared/operations';
import { personOperations } from './operations/person';
import { personGroupOperations } from './operations/personGroup';
import { vehicleOperations } from './operations/vehicle';

export const ADD_PERSONS_PATH = '/v1/api/person/batchAdd';
export const ADD_GROUPS_PATH = '/v1/api/pass/group/batchAdd';
export const ADD_VEHICLES_PATH = '/v1/api/vehicle/batchAdd';

/** Fields the box keeps unique (the document has an "already exists" code for each) that person/list searches by. */
const UNIQUE_FIELDS = ['code', 'cardNum', 'uniqueIdentify', 'phone', 'identifyNum', 'email'] as const;

export type StoredState =
	/** `record`: the stored entry as the box lists it */
	| { state: 'stored'; record: IDataObject }
	| { state: 'absent' }
	/** the box has someone who may or may not be this entry */
	| { state: 'unknown'; reason: string };

export interface LookupOptions {
	/** the box kept a uuid the node sent (seen in an earlier answer), so a uuid not found is not stored */
	customUuidsKept: boolean;
	itemIndex: number;
}

const same = (a: unknown, b: unknown) => a !== undefined && b !== undefined && String(a) === String(b);

const listOperation = (operations: OperationDefinition[], path: string) => operations.find((op) => op.path === path)!;
const PERSON_SEARCH = listOperation(personOperations, '/v1/api/person/list');
const GROUP_LIST = listOperation(personGroupOperations, '/v1/api/pass/group/list');
const VEHICLE_LIST = listOperation(vehicleOperations, '/v1/api/vehicle/list');

/** Every record a list operation returns for a filter, all pages (a fuzzy search can match many). */
async function listAll(session: ApiSession, op: OperationDefinition, filter: IDataObject, itemIndex: number): Promise<IDataObject[]> {
	const request = { method: op.method, path: op.path, query: {}, body: { ...filter }, form: {}, headers: {}, files: {}, itemIndex };
	return (await fetchList(session, op, request, true, Infinity)) as IDataObject[];
}

const searchPersons = async (session: ApiSession, filter: IDataObject, itemIndex: number) => await listAll(session, PERSON_SEARCH, filter, itemIndex);

/** Whether the node can find the stored entries of this batch operation after a lost answer. */
export const canFindStored = (path: string) => [ADD_PERSONS_PATH, ADD_GROUPS_PATH, ADD_VEHICLES_PATH].includes(path);

/** Which of the entries of a lost batch the box already stores, one state per entry, in order. */
export async function findStored(session: ApiSession, path: string, entries: IDataObject[], options: LookupOptions): Promise<StoredState[]> {
	if (path === ADD_GROUPS_PATH) return await findStoredGroups(session, entries, options.itemIndex);
	if (path === ADD_VEHICLES_PATH) return await findStoredVehicles(session, entries, options.itemIndex);
	return await findStoredPersons(session, entries, options);
}

/** Vehicles by plate number (the list's plate filter is fuzzy, so only an exact plate counts). */
async function findStoredVehicles(session: ApiSession, entries: IDataObject[], itemIndex: number): Promise<StoredState[]> {
	const states: StoredState[] = [];
	for (const entry of entries) {
		const record = (await listAll(session, VEHICLE_LIST, { plateNumber: entry.plateNumber }, itemIndex)).find((v) => same(v.plateNumber, entry.plateNumber));
		states.push(record ? { state: 'stored', record } : { state: 'absent' });
	}
	return states;
}

/** Groups by name within their type (the list is per type; its name filter is fuzzy, so only an exact name counts). */
async function findStoredGroups(session: ApiSession, entries: IDataObject[], itemIndex: number): Promise<StoredState[]> {
	const byType = new Map<string, IDataObject[]>();
	for (const type of new Set(entries.map((e) => String(e.type)))) byType.set(type, await listAll(session, GROUP_LIST, { type: Number(type) }, itemIndex));
	return entries.map((entry) => {
		const record = byType.get(String(entry.type))!.find((g) => same(g.name, entry.name));
		return record ? { state: 'stored', record } : { state: 'absent' };
	});
}

/** Persons: by the uuid the node chose, a unique field, or the name (see the top of this file). */
async function findStoredPersons(session: ApiSession, entries: IDataObject[], options: LookupOptions): Promise<StoredState[]> {
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
			if (person && same(person.name, entry.name)) states[n] = { state: 'stored', record: person };
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
			else if (same(person.name, entry.name)) states[n] = { state: 'stored', record: person };
			// someone else holds the unique value: the box refuses the entry, which a resend reports properly
			else states[n] = { state: 'absent' };
			continue;
		}
		const namesakes = (await searchPersons(session, { name: entry.name }, options.itemIndex)).filter((p) => same(p.name, entry.name));
		states[n] = namesakes.length
			? {
					state: 'unknown',
					reason: `the box has ${namesakes.length} person(s) named "${String(entry.name)}" and this entry has no employee code, card number, unique identifier, phone, ID number, e-mail or kept custom UUID to tell whether one of them is it`,
				}
			: { state: 'absent' };
	}
	return states as StoredState[];
}
