/**
 * The two parts of HongTu's Batch Add Persons the table cannot express: preparing each person (photo upload,
 * caller-chosen UUID) and finding the persons of a batch whose answer was lost.
 */
import { randomBytes } from 'crypto';
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { fetchList } from '../shared/paging';
import type { ApiSession, EntryPreparer, LostEntryLookup, StoredState } from '../shared/session';
import type { WireValues } from '../shared/parameters';
import { personOperations } from './operations/person';

async function uploadPhoto(ctx: IExecuteFunctions, session: ApiSession, itemIndex: number, property: string): Promise<string> {
	const binary = ctx.getInputData()[itemIndex]?.binary?.[property];
	if (!binary)
		throw new NodeOperationError(ctx.getNode(), `The input item has no binary property "${property}" for the photo [item ${itemIndex}]`, { itemIndex });
	const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
	const answer = (await session.request({
		method: 'POST',
		path: '/v1/api/person/uploadImage',
		query: {},
		body: {},
		form: {},
		headers: {},
		files: { file: { data, fileName: binary.fileName ?? 'photo.jpg', mimeType: binary.mimeType } },
		itemIndex,
	})) as IDataObject | undefined;
	const uri = answer?.uri;
	if (typeof uri !== 'string' || !uri)
		throw new NodeApiError(ctx.getNode(), { body: JSON.stringify(answer ?? null) } as JsonObject, {
			message: 'HongTu accepted the photo but returned no URI',
			itemIndex,
		});
	return uri;
}

/** A person's photo uploaded first (its URI goes into the entry), and a random UUID when asked for and none is given. */
const personPhotoAndUuid: EntryPreparer = async (ctx, session, itemIndex, values: WireValues, entry) => {
	const person = { ...entry };
	if (values.generateUuid === true && !person.uuid) person.uuid = randomBytes(16).toString('hex');
	const property = values.photoBinaryProperty;
	if (typeof property === 'string' && property) person.imageUri = await uploadPhoto(ctx, session, itemIndex, property);
	return person;
};

const PERSON_SEARCH = personOperations.find((op) => op.path === '/v1/api/person/list')!;

/** Fields the box keeps unique that person/list searches by (the Batch Add table names them). */
const UNIQUE_FIELDS = personOperations.find((op) => op.path === '/v1/api/person/batchAdd')!.batch!.uniqueFields!;

const same = (a: unknown, b: unknown) => a !== undefined && b !== undefined && String(a) === String(b);

/** Every person a fuzzy person/list search returns, all pages (only exact matches count afterwards). */
async function searchPersons(session: ApiSession, filter: IDataObject, itemIndex: number): Promise<IDataObject[]> {
	const request = { method: PERSON_SEARCH.method, path: PERSON_SEARCH.path, query: {}, body: { ...filter }, form: {}, headers: {}, files: {}, itemIndex };
	return (await fetchList(session, PERSON_SEARCH, request, true, Infinity)) as IDataObject[];
}

/**
 * The persons of a lost batch the box stores: by the UUID the node chose (when the box is known to keep such
 * UUIDs), by a field the box keeps unique, else by name. A namesake cannot be told apart from the entry, so
 * that entry is not resent and its item says why.
 */
const storedPersons: LostEntryLookup = async (session, entries, { itemIndex, sentIdsKept }) => {
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
			itemIndex,
		});
		const found = new Map((Array.isArray(data) ? (data as IDataObject[]) : []).map((p) => [String(p.uuid), p]));
		for (const [entry, n] of withUuid) {
			const person = found.get(String(entry.uuid));
			if (person && same(person.name, entry.name)) states[n] = { state: 'stored', record: person };
			else if (person) states[n] = { state: 'unknown', reason: `the box has another person (${String(person.name)}) with UUID ${String(entry.uuid)}` };
			else if (sentIdsKept) states[n] = { state: 'absent' };
		}
	}

	for (let n = 0; n < entries.length; n++) {
		if (states[n]) continue;
		const entry = entries[n];
		const field = UNIQUE_FIELDS.find((f) => entry[f] !== undefined && entry[f] !== '');
		if (field) {
			const person = (await searchPersons(session, { [field]: entry[field] }, itemIndex)).find((p) => same(p[field], entry[field]));
			// someone else holding the unique value makes the box refuse the entry, which a resend reports properly
			states[n] = person && same(person.name, entry.name) ? { state: 'stored', record: person } : { state: 'absent' };
			continue;
		}
		const namesakes = (await searchPersons(session, { name: entry.name }, itemIndex)).filter((p) => same(p.name, entry.name));
		states[n] = namesakes.length
			? {
					state: 'unknown',
					reason: `the box has ${namesakes.length} person(s) named "${String(entry.name)}" and this entry has no employee code, card number, unique identifier, phone, ID number, e-mail or kept custom UUID to tell whether one of them is it`,
				}
			: { state: 'absent' };
	}
	return states as StoredState[];
};

export const hongTuEntryPreparers = { personPhotoAndUuid };
export const hongTuLostEntryLookups = { storedPersons };
