/**
 * The fields a built node computes into the records it outputs, found by running the node's own code (from
 * dist/, as n8n loads it) over a record made of the fields the vendor document gives it (`recordFields` in
 * test/fixtures/<vendor>/endpoints.json):
 *
 * - HaoYi (nodes/HaoYi/records.ts `normaliseRecord`): `file_url` / `image_url` from the answer's
 *   `storage_addr` and the record's `file_fdfs` / `image_fdfs` paths.
 * - Gensee (nodes/Gensee/transport.ts `withIsoTimes`): an ISO twin `<field>Iso` beside every
 *   epoch-millisecond time.
 * - HongTu Trigger (nodes/HongTu/HongTuTrigger.node.ts `toRecordItem`): ISO twins of millisecond times and
 *   full URLs of the box's `*Uri` image paths, over the callback samples (see test/package/simplified.test.ts).
 *
 * The HongTu, Smart Classroom and Baijiayun action nodes output the vendor's record fields as they come.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import type { Vendor } from '../fixtures/documents';

const root = join(__dirname, '../..');

/** A module of the built package. */
export function built<T>(file: string): T {
	const path = join(root, 'dist/nodes', `${file}.js`);
	if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build`);
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return require(path) as T;
}

/** The storage server address of the HaoYi document's list samples. */
const STORAGE_ADDR = 'http://192.168.1.70:80';
/** 2023-11-14T22:13:20Z in epoch milliseconds, as Gensee gives times (§3.3). */
const EPOCH_MS = 1700000000000;

/**
 * Per vendor: the record as the node outputs it, from one whose every documented field holds what the
 * node's computation reads (a storage path for HaoYi, epoch milliseconds for Gensee).
 */
const OUTPUT_OF: Partial<Record<Vendor, (fields: string[]) => IDataObject>> = {
	haoyi: (fields) => {
		const { normaliseRecord } = built<{ normaliseRecord: (record: IDataObject, storageAddr?: unknown) => IDataObject }>('HaoYi/records');
		return normaliseRecord(Object.fromEntries(fields.map((f) => [f, `group1/M00/00/01/${f}`])), STORAGE_ADDR);
	},
	gensee: (fields) => {
		const { withIsoTimes } = built<{ withIsoTimes: (value: unknown) => unknown }>('Gensee/transport');
		return withIsoTimes(Object.fromEntries(fields.map((f) => [f, EPOCH_MS]))) as IDataObject;
	},
};

/** The fields the vendor's action node adds to a record of these documented fields (none where it adds none). */
export function computedFields(vendor: Vendor, recordFields: string[]): string[] {
	const output = OUTPUT_OF[vendor]?.(recordFields);
	return output ? Object.keys(output).filter((key) => !recordFields.includes(key)) : [];
}
