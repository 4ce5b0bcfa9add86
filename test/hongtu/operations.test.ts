/**
 * Every operation of the document, run through a workflow in n8n-core against the simulator. What is
 * expected — method, path and required parameters — comes from the vendor document's endpoints
 * (test/fixtures/hongtu/endpoints.json), not from the node's table; the node's table is only used to find which resource/operation
 * of the node serves a documented path.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { operations } from '../../nodes/HongTu/HongTu.operations';
import { fieldName } from '../../nodes/shared/fields/field';
import { vendorDocument, type DocumentedEndpoint } from '../fixtures/documents';
import type { HongTuSimulator } from '../simulators/hongtu/HongTuSimulator';
import { photoItem, startHongTu } from './setup';

const documented = vendorDocument('hongtu');
const endpoints = documented.endpoints;
const DOCUMENTED_CODES = new Set(documented.errorCodes.map((e) => e.code));

/**
 * Fields the node requires although the document's table marks them optional, each a decided contradiction:
 * batchUpdatePerson's groupUuid is the group being changed (the table says optional, the call is meaningless without it).
 */
const REQUIRED_BY_DECISION: Record<string, string[]> = {
	'/v1/api/pass/group/batchUpdatePerson': ['groupUuid'],
	// the field table: "one of personUuid / profileId is required"
	'/v1/api/photo/search/query/detail': ['personUuid'],
};
/** Marked required, but the document's own note says to send exactly one of them (error 121042 otherwise). */
const LEFT_OUT_BY_DOCUMENT: Record<string, string[]> = { '/v1/api/person/track/query': ['profileUuid'] };

/** The document's own sample value where it gives one, else a value of the documented type. */
function sample(op: DocumentedEndpoint, name: string, type: string, items?: string): unknown {
	const documented = op.params.find((p) => p.name === name)?.example;
	if (documented !== undefined) return documented;
	switch (type) {
		case 'integer':
		case 'number':
			return 1;
		case 'boolean':
			return true;
		case 'object':
			return {};
		case 'file':
			return 'data';
		case 'array': {
			const kids = op.params.filter((p) => p.name.startsWith(`${name}[].`) && !p.name.slice(name.length + 3).includes('.') && !p.name.slice(name.length + 3).includes('[]'));
			if (kids.length) return [Object.fromEntries(kids.filter((k) => k.required).map((k) => [k.name.slice(name.length + 3), sample(op, k.name, k.type)]))];
			return items === 'integer' ? [1, 2] : ['u0000000000000000000000000000001', 'u0000000000000000000000000000002'];
		}
		default:
			return `v${name.length}x`;
	}
}

/** Node parameters for the documented required fields (top level and Additional Fields alike). */
function parametersFor(op: DocumentedEndpoint): { parameters: IDataObject; items: INodeExecutionData[] } {
	const values: IDataObject = {};
	let items: INodeExecutionData[] = [{ json: {} }];
	const batchList = op.params.find((p) => p.type === 'array' && op.params.some((c) => c.name.startsWith(`${p.name}[].`)) && /batch|addBatch/i.test(op.path));
	for (const param of op.params) {
		if (!param.required && param.name !== batchList?.name && !REQUIRED_BY_DECISION[op.path]?.includes(param.name)) continue;
		if (LEFT_OUT_BY_DOCUMENT[op.path]?.includes(param.name)) continue;
		const top = !param.name.includes('.') && !param.name.includes('[]');
		const entryField = batchList && param.name.startsWith(`${batchList.name}[].`) && !param.name.slice(batchList.name.length + 3).match(/[.[]/);
		if (!top && !entryField) continue;
		const name = entryField ? param.name.slice(batchList!.name.length + 3) : param.name;
		values[fieldName({ name })] = sample(op, param.name, param.type, param.items) as IDataObject[string];
		if (param.type === 'file') items = [photoItem()];
	}
	return { parameters: { ...values, additionalFields: { ...values }, mode: 'replace', requestOptions: { maxRetries: 0 } }, items };
}

describe('HongTu: every documented operation through n8n-core', () => {
	let env: Awaited<ReturnType<typeof startHongTu>>;
	let sim: HongTuSimulator;
	beforeAll(async () => {
		env = await startHongTu();
		sim = env.sim;
	});
	afterAll(async () => await env.sim.stop());

	it('the document lists 154 operations and the node serves each documented path', () => {
		expect(endpoints).toHaveLength(154);
		// Create or Update and Sync compose several documented calls (they name the list they start with)
		const calls = operations.filter((o) => o.kind !== 'upsert' && o.kind !== 'sync');
		for (const op of endpoints) expect(calls.filter((o) => o.path === op.path && o.method === op.method)).toHaveLength(1);
	});

	it.each(endpoints.map((op) => [`${op.method} ${op.path}`, op] as const))('%s', async (_title, op) => {
		const node = operations.find((o) => o.path === op.path && o.kind !== 'upsert' && o.kind !== 'sync')!;
		const { parameters, items } = parametersFor(op);
		const before = sim.checks.length;
		const result = await env.run(node.resource, node.operation, parameters, items, { continueOnFail: true });
		const checks = sim.checks.slice(before).filter((c) => c.path === op.path);
		expect(checks.length).toBeGreaterThan(0);
		for (const check of checks) {
			expect(check.method).toBe(op.method);
			expect(check.signatureOk).toBe(true);
			expect(check.missing).toEqual([]);
			expect(check.wrongTypes).toEqual([]);
		}
		// either the box accepted it, or it answered with a business code of the document (e.g. a made-up uuid does
		// not exist); never a parameter (100003) or signature (100008) refusal
		expect(result.error).toBeUndefined();
		for (const item of result.items) {
			if (!item.json.error) continue;
			const code = /^HongTu error (\d+)/.exec(String(item.json.error))?.[1] ?? '';
			const outcome = { error: item.json.error, documented: DOCUMENTED_CODES.has(code), refusedRequest: ['100003', '100008'].includes(code) };
			expect(outcome).toEqual({ error: item.json.error, documented: true, refusedRequest: false });
		}
	});
});
