/**
 * The vendor registry (nodes/vendors.ts) is the one list of vendors: package.json's n8n section lists exactly
 * its nodes and credentials, the simulator registry and the vendor fixtures have one entry per vendor, every
 * registered operation table belongs to its node, and the example workflows run operations of the tables.
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
		expect(keys.filter((key) => !examples.some((f) => f.startsWith(`${key}-`))).map((key) => `${key}: no example workflow examples/${key}-*.json`)).toEqual([]);
	});

	test('every example workflow runs operations its vendor\'s table has', () => {
		// an example written for operations the table no longer has (the scaffold's, replaced by the document's) fails here, not only end to end
		const problems: string[] = [];
		for (const file of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.json'))) {
			const workflow = JSON.parse(readFileSync(join(root, 'examples', file), 'utf8')) as { nodes: Array<{ name: string; type: string; parameters: Record<string, unknown> }> };
			for (const node of workflow.nodes.filter((n) => n.type.startsWith(`${pkg.name}.`))) {
				const type = node.type.slice(pkg.name.length + 1).toLowerCase();
				const vendor = VENDORS.find((v) => v.nodes[0].split('/').pop()!.replace('.node', '').toLowerCase() === type);
				if (!vendor) continue; // a trigger node
				const { resource, operation } = node.parameters;
				if (!vendor.operations.some((op) => op.resource === resource && op.operation === operation))
					problems.push(`${file}: node "${node.name}" runs ${String(resource)}/${String(operation)}, which ${vendor.key}'s table does not have`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('every operation of a vendor belongs to one of its resources', () => {
		for (const v of VENDORS) {
			const resources = new Set(v.resources.map((r) => r.value));
			expect(v.operations.filter((op) => !resources.has(op.resource))).toEqual([]);
		}
	});
});
