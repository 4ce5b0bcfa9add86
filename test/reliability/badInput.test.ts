/**
 * Bad input, generated for every operation of every node: each case runs the node in n8n's engine against
 * the vendor's simulator and must end in a NodeOperationError naming the field and the item, with no
 * request sent, no TypeError and no unhandled rejection.
 */
import type { INodeProperties } from 'n8n-workflow';

import { ADDITIONAL_FIELDS, pagingParams } from '../../nodes/shared/fields/properties';
import { fieldName } from '../../nodes/shared/fields/field';
import { badInputCases } from './badInputCases';
import { VENDORS, type VendorFixture } from './vendors';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
// n8n's engine prints every node error to the console: thousands of expected lines here, kept out of the report
let quiet: jest.SpyInstance | undefined;
beforeAll(() => {
	process.on('unhandledRejection', onUnhandled);
	quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterAll(() => {
	process.off('unhandledRejection', onUnhandled);
	quiet?.mockRestore();
});

/** figures for SECURITY.md */
const figures: Record<string, { operations: number; cases: number }> = {};

describe.each(VENDORS.map((v) => [v.name, v] as const))('%s: bad input for every operation', (_name, vendor) => {
	let f: VendorFixture;
	beforeAll(async () => {
		f = await vendor.start();
		figures[vendor.name] = { operations: 0, cases: 0 };
	});
	afterAll(async () => {
		await f.sim.stop();
	});

	const ops = vendor.operations.map((op) => [`${op.resource}.${op.operation}`, op] as const);
	test.each(ops)('%s', async (_label, op) => {
		const cases = badInputCases(vendor.nodeType(), op);
		// every operation with a parameter the user sets has cases
		if (op.params.some((p) => !pagingParams(op).includes(p.name)))
			expect(cases.length).toBeGreaterThan(0);
		const problems: string[] = [];
		for (const c of cases) {
			f.sim.requests.length = 0;
			const result = await f.run(op.resource, op.operation, c.parameters);
			const error = result.error as (Error & { context?: { itemIndex?: number } }) | undefined;
			const fail = (why: string) => problems.push(`${c.what}: ${why} (got ${error?.name}: ${error?.message})`);
			if (!error) fail('no error');
			else if (error.name !== 'NodeOperationError') fail('not a NodeOperationError');
			else {
				if (!error.message.includes(`"${c.param.label}"`) || !error.message.includes(`(${c.param.name})`)) fail('field not named');
				if (!error.message.includes('[item 0]')) fail('item not named');
				if (!c.expect.test(error.message)) fail(`message does not match ${String(c.expect)}`);
				if (error.context?.itemIndex !== undefined && error.context.itemIndex !== 0) fail('wrong itemIndex in context');
			}
			if (error && /TypeError|Cannot read properties|is not a function|undefined \(reading/.test(`${error.name} ${error.message}`)) fail('a TypeError');
			if (f.sim.requests.length) fail(`${f.sim.requests.length} request(s) sent: ${f.sim.requests.map((r) => r.path).join(', ')}`);
		}
		figures[vendor.name].operations++;
		figures[vendor.name].cases += cases.length;
		expect(problems).toEqual([]);
		expect(unhandled).toEqual([]);
	});
});

describe.each(VENDORS.map((v) => [v.name, v] as const))('%s: no field the engine would ignore', (_name, vendor) => {
	test('paging parameters (set by Return All / Limit) are not offered as Additional Fields', () => {
		const properties = vendor.nodeType().description.properties;
		const offered: string[] = [];
		const paged = vendor.operations.filter((o) => pagingParams(o).length);
		expect(paged.length).toBeGreaterThan(0);
		for (const op of paged) {
			const collection = properties.find(
				(p) => p.name === ADDITIONAL_FIELDS && p.displayOptions?.show?.resource?.[0] === op.resource && p.displayOptions?.show?.operation?.[0] === op.operation,
			);
			const names = ((collection?.options ?? []) as INodeProperties[]).map((o) => o.name);
			for (const param of pagingParams(op))
				if (names.includes(fieldName({ name: param }))) offered.push(`${op.resource}.${op.operation}: ${param}`);
		}
		expect(offered).toEqual([]);
	});
});

afterAll(() => {
	// one line per vendor, read by the author of SECURITY.md
	// eslint-disable-next-line no-console
	console.log(`bad-input figures ${JSON.stringify(figures)}`);
});
