/**
 * The built package as n8n loads it: every class listed in the `n8n` section of package.json is
 * required from dist/ and instantiated; nodes reference only credentials of this package, action nodes
 * are usable as tools, and every icon and codex file was copied next to the compiled node.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

import type { ICredentialType, INodeType } from 'n8n-workflow';

const root = join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function load<T>(file: string): T {
	const path = join(root, file);
	if (!existsSync(path)) throw new Error(`${file} is missing: run npm run build`);
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const module = require(path) as Record<string, new () => T>;
	const className = basename(file).split('.')[0];
	const Class = module[className];
	if (!Class) throw new Error(`${file} does not export class ${className}`);
	return new Class();
}

describe('package.json', () => {
	test('is a community-node package with no runtime dependencies', () => {
		expect(pkg.keywords).toContain('n8n-community-node-package');
		expect(pkg.license).toBe('MIT');
		expect(pkg.files).toEqual(['dist']);
		expect(pkg.dependencies ?? {}).toEqual({});
		expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(pkg.n8n.n8nNodesApiVersion).toBe(1);
	});
});

describe('dist/ loads through the n8n section', () => {
	const credentials: ICredentialType[] = pkg.n8n.credentials.map((f: string) => load<ICredentialType>(f));
	const credentialNames = credentials.map((c) => c.name);

	test.each(pkg.n8n.credentials as string[])('%s', (file) => {
		const credential = load<ICredentialType>(file);
		expect(credential.name).toMatch(/Api$/);
		expect(credential.test ?? credential.authenticate).toBeDefined();
		expect(credential.properties.length).toBeGreaterThan(0);
	});

	test.each(pkg.n8n.nodes as string[])('%s', (file) => {
		const node = load<INodeType>(file);
		const { description } = node;
		for (const c of description.credentials ?? []) expect(credentialNames).toContain(c.name);
		const isTrigger = description.group.includes('trigger');
		if (isTrigger) expect(node.webhook ?? node.poll ?? node.trigger).toBeDefined();
		else {
			expect(description.usableAsTool).toBe(true);
			expect(node.execute).toBeDefined();
		}
		if (description.webhooks?.length) {
			expect(node.webhookMethods?.default?.checkExists).toBeDefined();
			expect(node.webhookMethods?.default?.create).toBeDefined();
			expect(node.webhookMethods?.default?.delete).toBeDefined();
		}
		const dir = dirname(join(root, file));
		const icon = description.icon as { light: string; dark: string };
		for (const variant of [icon.light, icon.dark]) expect(existsSync(join(dir, variant.replace('file:', '')))).toBe(true);
		expect(existsSync(join(root, file.replace(/\.js$/, '.json')))).toBe(true);
	});
});
