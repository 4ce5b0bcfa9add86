/**
 * The two parts of HongTu's Batch Add Persons the table cannot express: preparing each person (photo upload,
 * caller-chosen UUID) and finding the persons of a batch whose answer was lost. The person operations they
 * call are given by the table.
 */
import { randomBytes } from 'crypto';
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { fetchList } from '../shared/engine/paging';
import { requestFor } from '../shared/engine/request';
import type { ListOperation, OperationDefinition, WireValues } from '../shared/engine/definitions';
import type { VendorTransport } from '../shared/transport/vendorTransport';
import type { EntryPreparer, LostEntryLookup, StoredState } from './entryBatch';
import { PERSON_UNIQUE_FIELDS } from './operations/common';

/** Uploads an item's photo (Person › Upload Image): the URI the box returns. */
export async function uploadPhoto(uploadImage: OperationDefinition, ctx: IExecuteFunctions, transport: VendorTransport, itemIndex: number, property: string): Promise<string> {
	const binary = ctx.getInputData()[itemIndex]?.binary?.[property];
	if (!binary)
		throw new NodeOperationError(ctx.getNode(), `The input item has no binary property "${property}" for the photo [item ${itemIndex}]`, { itemIndex });
	const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
	const request = { ...requestFor(uploadImage, {}, itemIndex), files: { file: { data, fileName: binary.fileName ?? 'photo.jpg', mimeType: binary.mimeType } } };
	const answer = (await transport.request(request)) as IDataObject | undefined;
	const uri = answer?.uri;
	if (typeof uri !== 'string' || !uri)
		throw new NodeApiError(ctx.getNode(), { body: JSON.stringify(answer ?? null) } as JsonObject, {
			message: 'HongTu accepted the photo but returned no URI',
			itemIndex,
		});
	return uri;
}

/** A person's photo uploaded first (Person › Upload Image; its URI goes into the entry), and a random UUID when asked for and none is given. */
export function personPhotoAndUuid(uploadImage: OperationDefinition): EntryPreparer {
	return async (ctx, transport, itemIndex, values, entry) => await preparePerson(uploadImage, ctx, transport, itemIndex, values, entry);
}

async function preparePerson(uploadImage: OperationDefinition, ctx: IExecuteFunctions, transport: VendorTransport, itemIndex: number, values: WireValues, entry: IDataObject): Promise<IDataObject> {
	const person = { ...entry };
	if (values.generateUuid === true && !person.uuid) person.uuid = randomBytes(16).toString('hex');
	const property = values.photoBinaryProperty;
	if (typeof property === 'string' && property) person.imageUri = await uploadPhoto(uploadImage, ctx, transport, itemIndex, property);
	return person;
}

const same = (a: unknown, b: unknown) => a !== undefined && b !== undefined && String(a) === String(b);

/** Every person a fuzzy person/list search returns, all pages (only exact matches count afterwards). */
async function searchPersons(search: ListOperation, transport: VendorTransport, filter: IDataObject, itemIndex: number): Promise<IDataObject[]> {
	return (await fetchList(transport, search, requestFor(search, filter, itemIndex), true, Infinity)) as IDataObject[];
}

/**
 * The persons of a lost batch the box stores: by the UUID the node chose (when the box is known to keep such
 * UUIDs), by a field the box keeps unique, else by name. A namesake cannot be told apart from the entry, so
 * that entry is not resent and its item says why.
 */
export function storedPersons(ops: { getPersonsByUuid: OperationDefinition; searchPersons: ListOperation }): NonNullable<LostEntryLookup['find']> {
	return async (transport, entries, options) => await findPersons(ops, transport, entries, options);
}

async function findPersons(
	{ getPersonsByUuid, searchPersons: search }: { getPersonsByUuid: OperationDefinition; searchPersons: ListOperation },
	transport: VendorTransport,
	entries: IDataObject[],
	{ itemIndex, sentIdsKept }: { itemIndex: number; sentIdsKept: boolean },
): Promise<StoredState[]> {
	const states: Array<StoredState | undefined> = entries.map(() => undefined);

	const withUuid = entries.map((e, n) => [e, n] as const).filter(([e]) => typeof e.uuid === 'string' && e.uuid);
	if (withUuid.length) {
		const data = await transport.request(requestFor(getPersonsByUuid, { uuidList: withUuid.map(([e]) => e.uuid) }, itemIndex));
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
		const field = PERSON_UNIQUE_FIELDS.find((f) => entry[f] !== undefined && entry[f] !== '');
		if (field) {
			const person = (await searchPersons(search, transport, { [field]: entry[field] }, itemIndex)).find((p) => same(p[field], entry[field]));
			// someone else holding the unique value makes the box refuse the entry, which a resend reports properly
			states[n] = person && same(person.name, entry.name) ? { state: 'stored', record: person } : { state: 'absent' };
			continue;
		}
		const namesakes = (await searchPersons(search, transport, { name: entry.name }, itemIndex)).filter((p) => same(p.name, entry.name));
		states[n] = namesakes.length
			? {
					state: 'unknown',
					reason: `the box has ${namesakes.length} person(s) named "${String(entry.name)}" and this entry has no employee code, card number, unique identifier, phone, ID number, e-mail or kept custom UUID to tell whether one of them is it`,
				}
			: { state: 'absent' };
	}
	return states as StoredState[];
}
