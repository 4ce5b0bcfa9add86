/**
 * Creates whose answer can be lost (operations with a `create` trait). If the connection breaks after such a
 * request was sent, the vendor may have created the record: sending it again would create it a second time,
 * or be refused as a duplicate although the record is there. So the node lists the records first: one carrying
 * the sent values is the lost answer's record, and nothing is sent again.
 * - Where the vendor keeps nothing unique, "carrying the sent values" is not enough: the record must also be
 *   new. The ids are listed once per execution, before its first create, and every id a create answers with
 *   is added. Another client creating an identical record during the execution is the one case this cannot
 *   tell apart.
 * - Where the vendor keeps the matched fields unique (`unique`), the record carrying them is the one; nothing
 *   is listed unless an answer is lost. A record that already existed before is then reported as created.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { answerMayBeLost, backoffDelay, type RetryPolicy } from '../transport/retries';
import type { VendorTransport } from '../transport/vendorTransport';
import type { CreateOperation, CreateTrait, WireValues } from './definitions';
import { fetchList } from './paging';
import { buildRequest } from './request';

/** The record the lost answer created, found by listing; output in place of the vendor's answer. */
export const RECOVERED_NOTE = 'The answer was lost; the node found the new record before sending again';

/** Whether a create's result is a record found after a lost answer (rather than the vendor's answer). */
export function isRecovered(result: unknown): boolean {
	return !!result && typeof result === 'object' && (result as IDataObject).recoveredAfterLostAnswer === true;
}

export class LostCreateGuard {
	/** ids of records that existed before this execution's creates or were created by them */
	private known?: Set<string>;

	constructor(
		private readonly trait: CreateTrait,
		/** the records of the resource (Return All of the list operation, narrowed by `filter` for these values) */
		private readonly listRecords: (values?: Record<string, unknown>) => Promise<IDataObject[]>,
		private readonly retry: RetryPolicy,
	) {}

	/**
	 * Sends a create through `send` (which must not resend after a lost answer by itself) and returns its
	 * answer, or, when the answer was lost and the record is there, an answer built from the record.
	 */
	async create(values: Record<string, unknown>, send: () => Promise<unknown>): Promise<unknown> {
		// nothing unique: what exists before the first create is not this execution's
		if (!this.trait.unique) this.known ??= new Set((await this.listRecords()).map((r) => this.idOf(r)));
		for (let attempt = 0; ; attempt++) {
			const outcome = await send().then(
				(answer) => ({ ok: true as const, answer }),
				(error: unknown) => ({ ok: false as const, error }),
			);
			if (outcome.ok) {
				const { answer } = outcome;
				const id = answer && typeof answer === 'object' ? (answer as IDataObject)[this.trait.idField] : undefined;
				if (id !== undefined && id !== null) this.known?.add(String(id));
				return answer;
			}
			// the transports' own NodeApiErrors pass through unchanged
			if (!answerMayBeLost(outcome.error)) throw outcome.error;
			// give a slow server time to finish the lost request before looking for its record
			const delay = backoffDelay(this.retry, attempt);
			if (delay > 0) await sleep(delay);
			const mine = (await this.listRecords(values)).find((r) => !this.known?.has(this.idOf(r)) && this.carries(r, values));
			if (mine) {
				this.known?.add(this.idOf(mine));
				return { [this.trait.idField]: mine[this.trait.idField], recoveredAfterLostAnswer: true, note: RECOVERED_NOTE };
			}
			// not created: the error stands once the retries are used up
			if (attempt >= this.retry.maxRetries) throw outcome.error;
		}
	}

	private idOf(record: IDataObject): string {
		return String(record[this.trait.idField]);
	}

	private carries(record: IDataObject, values: Record<string, unknown>): boolean {
		return Object.entries(this.trait.matchFields).every(
			([param, field]) => values[param] === undefined || String(record[field]) === String(values[param]),
		);
	}
}

/** The guards of one execution's creates, one per operation (see LostCreateGuard). */
const guards = new WeakMap<IExecuteFunctions, Map<CreateOperation, LostCreateGuard>>();

/**
 * Sends the create of an item through the execution's guard, which finds the record of a lost answer instead of
 * creating it again (lostCreate.ts), listing the records through the trait's list operation, a read that is safe
 * to retry.
 */
export async function sendCreate(ctx: IExecuteFunctions, transport: VendorTransport, op: CreateOperation, values: WireValues, itemIndex: number): Promise<unknown> {
	let byOp = guards.get(ctx);
	if (!byOp) guards.set(ctx, (byOp = new Map()));
	let guard = byOp.get(op);
	const request = await buildRequest(ctx, op, values, itemIndex);
	if (!guard) {
		const { create } = op;
		guard = new LostCreateGuard(
			create,
			async (sent) => {
				const filter = Object.fromEntries(
					Object.entries(create.filter ?? {})
						.filter(([, param]) => sent?.[param] !== undefined)
						.map(([listParam, param]) => [listParam, sent![param]]),
				);
				return (await fetchList(transport, create.list, await buildRequest(ctx, create.list, filter, request.itemIndex), true, Infinity)) as IDataObject[];
			},
			transport.retry,
		);
		byOp.set(op, guard);
	}
	return await guard.create(values, async () => await transport.request(request, { resendAfterLostAnswer: false }));
}
