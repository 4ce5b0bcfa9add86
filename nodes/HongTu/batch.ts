/**
 * HongTu batch adds of entry objects (`personList`, `groupList`, `ruleList`, `scheduleList`,
 * `addVehicleBeans`): each input item is one entry built from the operation's parameters (for persons, a photo
 * from binary data is uploaded first); items are gathered into ⌈N / limit⌉ calls and every item gets its own
 * result, matched by the fields the box echoes, a failing item carrying the box's code and reason. A call whose
 * answer was lost is checked against the box before anything is sent again (lostBatch.ts).
 *
 * Id-list batches (`uuidList`, `personUuids`, …) run in the shared engine (`entryResults`).
 */
import { randomBytes } from 'crypto';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { batchFailure, batchSize, errorItem, type ApiSession } from '../shared/engine';
import type { OperationDefinition } from '../shared/operations';
import { readWireValues } from '../shared/parameters';
import { answerMayBeLost, backoffDelay, LOST_ANSWER_NOTE, type VendorRequest } from '../shared/transport';
import { ADD_PERSONS_PATH, canFindStored, findStored, type StoredState } from './lostBatch';
import { hongTuError } from './transport';

/** Fields a result entry echoes from the request entry, used to match results of entry-object batches. */
const ECHOED = ['uuid', 'name', 'plateNumber', 'phone', 'identifyNum', 'cardNum', 'email', 'uniqueIdentify'];

/** Non-wire parameter of Batch Add Persons: binary property with the photo. */
export const PHOTO_PROPERTY = 'photoBinaryProperty';
const UPLOAD_PATH = '/v1/api/person/uploadImage';

/** Non-wire parameter of Batch Add Persons: give the person a random uuid (custom person uuids must be on in the box). */
export const GENERATE_UUID = 'generateUuid';

const FOUND_AFTER_LOST_ANSWER = 'Added: the answer was lost, and the node found the entry on the box before sending again';

/** An entry of a batch whose answer was lost and that the node cannot tell whether the box stored. */
function unresolved(ctx: IExecuteFunctions, itemIndex: number, reason: string): NodeApiError {
	return new NodeApiError(ctx.getNode(), { reason } as JsonObject, {
		message: `HongTu may or may not have added this entry: the answer to its batch was lost [item ${itemIndex}]`,
		description: `The node did not send it again, which could add it twice: ${reason}. Check the box before running this item again. Giving persons an employee code, or turning on custom person UUIDs in the box and "Generate UUID" here, lets the node check exactly.`,
		itemIndex,
	});
}

interface Outcome {
	ok: boolean;
	code?: number;
	msg?: string;
	echo?: IDataObject;
}

/** Validation errors are NodeOperationErrors already; anything else is wrapped with its item. */
function asNodeError(ctx: IExecuteFunctions, error: Error, itemIndex: number): NodeOperationError | NodeApiError {
	if (error instanceof NodeOperationError || error instanceof NodeApiError) return error;
	return new NodeOperationError(ctx.getNode(), error, { itemIndex });
}

function request(op: OperationDefinition, body: IDataObject, itemIndex: number): VendorRequest {
	return { method: op.method, path: op.path, query: {}, body, form: {}, headers: {}, files: {}, itemIndex };
}

function list(data: unknown, ...keys: string[]): unknown[] | undefined {
	if (!data || typeof data !== 'object') return undefined;
	for (const key of keys) {
		const value = (data as IDataObject)[key];
		if (Array.isArray(value)) return value;
	}
	return undefined;
}

/** Matches the results of an entry-object call to its entries by the fields the box echoes. */
function entryOutcomes(data: unknown, entries: IDataObject[]): Outcome[] {
	const failures = (list(data, 'failures', 'failVehicles') ?? []) as IDataObject[];
	const successes = (list(data, 'successes', 'successVehicles') ?? []) as IDataObject[];
	const pool = [
		...failures.map((echo) => ({ echo, ok: false, used: false })),
		...successes.map((echo) => ({ echo, ok: true, used: false })),
	];
	return entries.map((entry, position) => {
		const matches = (echo: IDataObject) =>
			ECHOED.every((key) => entry[key] === undefined || echo[key] === undefined || String(echo[key]) === String(entry[key])) &&
			(entry.code === undefined || echo.staffCode === undefined || String(echo.staffCode) === String(entry.code));
		const hit = pool.find((p) => !p.used && matches(p.echo)) ?? (pool.length === entries.length && !pool[position].used ? pool[position] : undefined);
		if (!hit) return pool.length ? { ok: false, msg: 'not confirmed by the box' } : { ok: true };
		hit.used = true;
		return hit.ok
			? { ok: true, echo: hit.echo }
			: { ok: false, code: hit.echo.code === undefined ? undefined : Number(hit.echo.code), msg: hit.echo.msg as string | undefined, echo: hit.echo };
	});
}

async function uploadPhoto(ctx: IExecuteFunctions, session: ApiSession, itemIndex: number, property: string): Promise<string> {
	const binary = ctx.getInputData()[itemIndex]?.binary?.[property];
	if (!binary)
		throw new NodeOperationError(ctx.getNode(), `The input item has no binary property "${property}" for the photo [item ${itemIndex}]`, { itemIndex });
	const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
	const answer = (await session.request({
		method: 'POST',
		path: UPLOAD_PATH,
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

export async function runHongTuBatch(ctx: IExecuteFunctions, session: ApiSession, op: OperationDefinition): Promise<INodeExecutionData[][]> {
	const batch = op.batch!;
	const items = ctx.getInputData();
	const results: INodeExecutionData[][] = items.map(() => []);
	const failed: Array<{ itemIndex: number; error: Error }> = [];
	const fail = (itemIndex: number, error: Error, extra: IDataObject = {}) => {
		if (!ctx.continueOnFail()) failed.push({ itemIndex, error });
		results[itemIndex] = [errorItem(ctx, error, itemIndex, extra)];
	};
	const size = batchSize(ctx, batch);

	// read and validate every item before anything is sent
	const valid: Array<{ itemIndex: number; values: IDataObject }> = [];
	for (let i = 0; i < items.length; i++) {
		try {
			valid.push({ itemIndex: i, values: readWireValues(ctx, op, i) as IDataObject });
		} catch (error) {
			if (!ctx.continueOnFail()) throw asNodeError(ctx, error as Error, i);
			fail(i, error as Error);
		}
	}

	{
		// one entry per item; photos uploaded first
		const entries: Array<{ itemIndex: number; entry: IDataObject }> = [];
		for (const { itemIndex, values } of valid) {
			const entry = { ...values };
			const property = entry[PHOTO_PROPERTY];
			delete entry[PHOTO_PROPERTY];
			const generate = entry[GENERATE_UUID] === true;
			delete entry[GENERATE_UUID];
			if (generate && !entry.uuid) entry.uuid = randomBytes(16).toString('hex');
			try {
				if (typeof property === 'string' && property) entry.imageUri = await uploadPhoto(ctx, session, itemIndex, property);
				entries.push({ itemIndex, entry });
			} catch (error) {
				fail(itemIndex, error as Error, { entry });
			}
		}
		const recoverable = canFindStored(op.path);
		// set once an answer shows the box kept a uuid the node chose (custom person uuids are on)
		let customUuidsKept = false;
		const itemError = (itemIndex: number, entry: IDataObject, outcome: Outcome) =>
			outcome.code !== undefined
				? hongTuError(ctx, outcome.code, outcome.msg ?? '', itemIndex)
				: new NodeApiError(ctx.getNode(), { entry } as JsonObject, {
						message: `HongTu did not add this entry: ${outcome.msg ?? 'no reason given'} [item ${itemIndex}]`,
						itemIndex,
					});
		const settle = (itemIndex: number, entry: IDataObject, outcome: Outcome, resent = false) => {
			if (outcome.ok) {
				if (op.path === ADD_PERSONS_PATH && entry.uuid !== undefined && outcome.echo?.uuid === entry.uuid) customUuidsKept = true;
				results[itemIndex] = [{ json: { success: true, ...entry, ...(outcome.echo ?? {}) }, pairedItem: { item: itemIndex } }];
				return;
			}
			const error = itemError(itemIndex, entry, outcome);
			// a refusal of an entry sent again after a lost answer may be the lost attempt's doing
			if (resent) error.description = [error.description, LOST_ANSWER_NOTE].filter(Boolean).join(' ');
			fail(itemIndex, error, { code: outcome.code, msg: outcome.msg, entry });
		};
		for (let start = 0; start < entries.length; start += size) {
			let pending = entries.slice(start, start + size);
			// after a lost answer, persons, groups and vehicles are resent only if the box turns out not to have them
			// (see lostBatch.ts); other entries are resent, and a refusal then says the lost attempt may have been its cause
			for (let attempt = 0; pending.length; attempt++) {
				try {
					// lost answers come back here rather than being resent blindly
					const data = await session.request(request(op, { [batch.param]: pending.map((c) => c.entry) }, pending[0].itemIndex), {
						resendAfterLostAnswer: false,
					});
					const outcomes = entryOutcomes(data, pending.map((c) => c.entry));
					pending.forEach(({ itemIndex, entry }, n) => settle(itemIndex, entry, outcomes[n], attempt > 0));
					break;
				} catch (error) {
					if (!answerMayBeLost(error)) {
						for (const { itemIndex, entry } of pending) fail(itemIndex, error as Error, { entry });
						break;
					}
					// give a slow box time to finish the lost request before asking what it has or sending again
					const delay = backoffDelay(session.retry, attempt);
					if (delay > 0) await sleep(delay);
					if (recoverable) {
						let states: StoredState[];
						try {
							states = await findStored(session, op.path, pending.map((c) => c.entry), { customUuidsKept, itemIndex: pending[0].itemIndex });
						} catch (lookupError) {
							// without knowing what the box has, sending again could add persons twice
							for (const { itemIndex, entry } of pending) fail(itemIndex, unresolved(ctx, itemIndex, (lookupError as Error).message), { entry });
							break;
						}
						const absent: typeof pending = [];
						pending.forEach((c, n) => {
							const state = states[n];
							if (state.state === 'absent') absent.push(c);
							else if (state.state === 'stored')
								settle(c.itemIndex, c.entry, {
									ok: true,
									// the shape of a success of the batch answer (persons echo the employee code as staffCode)
									echo: {
										// vehicles are identified by vehicleUuId, everything else by uuid
										...(state.record.vehicleUuId !== undefined ? { vehicleUuId: state.record.vehicleUuId } : { uuid: state.record.uuid }),
										...(c.entry.code !== undefined ? { staffCode: c.entry.code } : {}),
										code: 0,
										msg: FOUND_AFTER_LOST_ANSWER,
									},
								});
							else fail(c.itemIndex, unresolved(ctx, c.itemIndex, state.reason), { entry: c.entry });
						});
						pending = absent;
					}
					// the entries the box does not have (or, for other batches, all of them) fail once the retries are used up
					if (attempt >= session.retry.maxRetries) {
						for (const { itemIndex, entry } of pending) fail(itemIndex, error as Error, { entry });
						break;
					}
				}
			}
		}
	}

	// a batch of thousands names its first ten failures
	if (failed.length) throw batchFailure(ctx, failed, items.length, 10);
	return results;
}
