/**
 * The vendor registry (nodes/vendors.ts) is the one list of vendors: package.json's n8n section lists exactly
 * its nodes and credentials, the simulator registry and the vendor fixtures have one entry per vendor, and every
 * registered operation table belongs to its node.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { VENDORS } from '../../nodes/vendors';
import { VENDORS as RELIABILITY_VENDORS } from '../reliability/vendors';
import { simulators } from '../simulators';

const root = join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('the vendor registry', () => {
	test('package.json lists exactly the registered nodes and credentials, compiled', () => {
		expect([...pkg.n8n.nodes].sort()).toEqual(VENDORS.flatMap((v) => v.nodes.map((f) => `dist/nodes/${f}.js`)).sort());
		expect([...pkg.n8n.credentials].sort()).toEqual(VENDORS.flatMap((v) => v.credentials.map((f) => `dist/credentials/${f}.js`)).sort());
	});

	test('every registered file exists', () => {
		for (const v of VENDORS) {
			for (const f of v.nodes) expect(existsSync(join(root, 'nodes', `${f}.ts`))).toBe(true);
			for (const f of v.credentials) expect(existsSync(join(root, 'credentials', `${f}.ts`))).toBe(true);
		}
	});

	test('each vendor has a simulator, a reliability fixture, a document fixture and an example', () => {
		const keys = VENDORS.map((v) => v.key).sort();
		expect(simulators.map((s) => s.vendor).sort()).toEqual(keys);
		expect(RELIABILITY_VENDORS.map((v) => v.key).sort()).toEqual(keys);
		for (const key of keys) {
			expect(existsSync(join(root, 'test', 'fixtures', key, 'endpoints.json'))).toBe(true);
			expect(existsSync(join(root, 'test', 'simulators', key))).toBe(true);
		}
		const examples = readdirSync(join(root, 'examples'));
		for (const key of keys) expect(examples.filter((f) => f.startsWith(`${key}-`)).length).toBeGreaterThan(0);
	});

	test('every operation of a vendor belongs to one of its resources', () => {
		for (const v of VENDORS) {
			const resources = new Set(v.resources.map((r) => r.value));
			expect(v.operations.filter((op) => !resources.has(op.resource))).toEqual([]);
		}
	});
});
