/**
 * Simplify (node version 2): a read of large records returns the fields its table names, flattened to their
 * last key; Output "Raw" and version 1 return the vendor's records unchanged; "Selected Fields" keeps the
 * given paths. Runs the real nodes in n8n-core against the simulators; the fields are checked against the
 * record fields the vendor documents state (test/fixtures/<vendor>/endpoints.json).
 */
import type { IDataObject } from 'n8n-workflow';

import { HaoYi } from '../../nodes/HaoYi/HaoYi.node';
import { operations as haoYiOperations } from '../../nodes/HaoYi/HaoYi.operations';
import { SmartClassroom } from '../../nodes/SmartClassroom/SmartClassroom.node';
import { operations as smartClassroomOperations } from '../../nodes/SmartClassroom/SmartClassroom.operations';
import { vendorDocument, type Vendor } from '../fixtures/documents';
import { runNode } from '../harness/runNode';
import { startHaoYi } from '../haoyi/setup';
import { startSmartClassroom } from '../smartclassroom/setup';

const recordFields = (vendor: Vendor, method: string, path: string) =>
	vendorDocument(vendor).endpoints.find((e) => e.method === method && e.path === path)!.recordFields!;

const simplifyOf = (ops: typeof haoYiOperations, resource: string, operation: string) =>
	ops.find((o) => o.resource === resource && o.operation === operation)!.simplify!;

describe('Simplify on Smart Classroom students (a record of 13 documented fields)', () => {
	let f: Awaited<ReturnType<typeof startSmartClassroom>>;
	let id: string;
	const run = (operation: string, parameters: IDataObject, typeVersion?: number) =>
		runNode({
			nodeType: new SmartClassroom(),
			parameters: { resource: 'student', operation, ...parameters },
			credentials: f.credentials,
			typeVersion,
		});

	beforeAll(async () => {
		f = await startSmartClassroom();
		const [student] = await f.ok('student', 'create', { name: 'Li Lei', jobNumber: 'S001', additionalFields: { gender: 1, major: 'Physics' } });
		id = String(student.json.id);
	});
	afterAll(async () => await f.sim.stop());

	test('version 2 returns the simplified record by default: the listed document fields, in order', async () => {
		const fields = simplifyOf(smartClassroomOperations, 'student', 'get');
		const documented = recordFields('smartclassroom', 'GET', '/student/{sid}');
		expect(documented.length).toBeGreaterThan(10);
		for (const path of fields) expect(documented).toContain(path.split('.')[0]);

		const { items, error } = await run('get', { sid: id }, 2);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		const raw = (await run('get', { sid: id }, 1)).items[0].json;
		// every kept field the record has, under its own name, and nothing else
		const expected = Object.fromEntries(fields.filter((p) => raw[p] !== undefined).map((p) => [p, raw[p]]));
		expect(items[0].json).toEqual(expected);
		expect(Object.keys(items[0].json)).toEqual(Object.keys(expected));
		expect(items[0].json).toMatchObject({ id: Number(id), name: 'Li Lei', job_number: 'S001', gender: 1, major: 'Physics' });
		expect(items[0].json).not.toHaveProperty('photos');
	});

	test('version 1 and Output "Raw" return the record as the server sends it', async () => {
		const v1 = (await run('get', { sid: id }, 1)).items[0].json;
		const raw = (await run('get', { sid: id, output: 'raw' }, 2)).items[0].json;
		expect(raw).toEqual(v1);
		// the raw record carries the fields Simplify leaves out
		expect(Object.keys(v1).length).toBeGreaterThan(simplifyOf(smartClassroomOperations, 'student', 'get').length);
		expect(v1).toHaveProperty('photos');
		// a version-1 workflow that (impossibly) saved an Output value still gets raw records
		expect((await run('get', { sid: id, output: 'simple' }, 1)).items[0].json).toEqual(v1);
	});

	test('Get Many simplifies every record of the list', async () => {
		await f.ok('student', 'create', { name: 'Han Meimei', jobNumber: 'S002' });
		const { items } = await run('list', { returnAll: true }, 2);
		expect(items.length).toBeGreaterThanOrEqual(2);
		const fields = simplifyOf(smartClassroomOperations, 'student', 'list');
		for (const item of items) {
			for (const key of Object.keys(item.json)) expect(fields).toContain(key);
			expect(item.json).toHaveProperty('id');
			expect(item.json).toHaveProperty('name');
		}
		expect(items.map((i) => i.json.name)).toEqual(expect.arrayContaining(['Li Lei', 'Han Meimei']));
	});

	test('Selected Fields keeps the given paths; none given is an error naming the item', async () => {
		const { items } = await run('get', { sid: id, output: 'fields', outputFields: 'name, photos, no_such_field' }, 2);
		expect(Object.keys(items[0].json)).toEqual(['name', 'photos']);
		expect(items[0].json.name).toBe('Li Lei');
		const { error } = await run('get', { sid: id, output: 'fields', outputFields: ' , ' }, 2);
		expect(error?.message).toMatch(/Give the fields to keep.*\[item 0\]/);
	});
});

describe('Simplify on HaoYi cameras (a record of 26 documented fields)', () => {
	test('version 2 keeps the listed fields of every channel; version 1 keeps them all', async () => {
		const env = await startHaoYi();
		try {
			const run = (typeVersion: number) =>
				runNode({ nodeType: new HaoYi(), parameters: { resource: 'camera', operation: 'list', returnAll: true }, credentials: env.credentials, typeVersion });
			const fields = simplifyOf(haoYiOperations, 'camera', 'list');
			const documented = recordFields('haoyi', 'GET', '/api/v1/list_camera');
			// every kept field is documented, but for the snapshot URL the node builds from storage_addr + image_fdfs
			expect(fields.filter((path) => !documented.includes(path))).toEqual(['image_url']);
			expect(documented).toContain('image_fdfs');

			const v1 = await run(1);
			const v2 = await run(2);
			expect(v1.error).toBeUndefined();
			expect(v2.items).toHaveLength(v1.items.length);
			expect(v1.items.length).toBeGreaterThan(0);
			v2.items.forEach((item, n) => {
				const raw = v1.items[n].json;
				expect(item.json).toEqual(Object.fromEntries(fields.filter((p) => raw[p] !== undefined).map((p) => [p, raw[p]])));
				expect(item.json).toHaveProperty('camera_id');
				// the URL the node built stays beside the storage path
				if (raw.image_fdfs) expect(item.json.image_url).toBe(raw.image_url);
			});
			// the raw channel keeps what Simplify leaves out (the masked device password among them)
			expect(Object.keys(v1.items[0].json).length).toBeGreaterThan(fields.length);
		} finally {
			await env.sim.stop();
		}
	});
});
