/**
 * Every help link the package shows in n8n (credentials' documentation URL, the codex files' primary and
 * credential documentation) points at a file of this repository on GitHub whose heading anchor exists, so
 * "Open docs" in the editor never lands on a missing page or section.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const REPO_FILE = `${String(pkg.homepage).replace(/#readme$/, '')}/blob/main/`;

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
	heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N} _-]/gu, '')
		.replace(/ /g, '-');

function anchors(file: string): Set<string> {
	return new Set(
		readFileSync(file, 'utf8')
			.split('\n')
			.filter((line) => /^#{1,6} /.test(line))
			.map((line) => slug(line.replace(/^#+ /, ''))),
	);
}

function helpLinks(): Array<[string, string]> {
	const links: Array<[string, string]> = [];
	for (const file of readdirSync(join(root, 'credentials')).filter((f) => f.endsWith('.ts'))) {
		const url = /documentationUrl = '([^']+)'/.exec(readFileSync(join(root, 'credentials', file), 'utf8'))?.[1];
		if (url) links.push([`credentials/${file}`, url]);
	}
	for (const dir of readdirSync(join(root, 'nodes'))) {
		if (!existsSync(join(root, 'nodes', dir)) || dir === 'shared' || dir.endsWith('.ts')) continue;
		for (const file of readdirSync(join(root, 'nodes', dir)).filter((f) => f.endsWith('.node.json'))) {
			const codex = JSON.parse(readFileSync(join(root, 'nodes', dir, file), 'utf8'));
			for (const kind of ['primaryDocumentation', 'credentialDocumentation'])
				for (const { url } of codex.resources?.[kind] ?? []) links.push([`nodes/${dir}/${file} ${kind}`, url]);
		}
	}
	return links;
}

describe('help links', () => {
	const links = helpLinks();

	test('every credential and every node has its links', () => {
		expect(links.filter(([where]) => where.startsWith('credentials/'))).toHaveLength(pkg.n8n.credentials.length);
		expect(links.filter(([where]) => where.includes('primaryDocumentation'))).toHaveLength(pkg.n8n.nodes.length);
	});

	test.each(links)('%s → %s', (_where, url) => {
		expect(url.startsWith(REPO_FILE)).toBe(true);
		const [path, anchor] = url.slice(REPO_FILE.length).split('#');
		expect(existsSync(join(root, path))).toBe(true);
		if (anchor) expect([...anchors(join(root, path))]).toContain(anchor);
	});

	test('credentials and triggers open their setup guide', () => {
		for (const [where, url] of links) {
			if (where.startsWith('credentials/') || where.includes('credentialDocumentation') || (where.includes('Trigger') && where.includes('primary')))
				expect(url).toMatch(/\/docs\/setup\/[a-z][a-z0-9]*\.md#/);
		}
	});
});

describe('finding the nodes in the nodes panel', () => {
	test.each(pkg.n8n.nodes as string[])('%s has aliases with the vendor and product names in English and Chinese', (file: string) => {
		const codex = JSON.parse(readFileSync(join(root, file.replace(/^dist\//, '').replace(/\.js$/, '.json')), 'utf8'));
		expect(Array.isArray(codex.alias)).toBe(true);
		expect(codex.alias.length).toBeGreaterThanOrEqual(5);
		expect(codex.alias.some((a: string) => /[\u4e00-\u9fff]/.test(a))).toBe(true);
		expect(codex.alias.some((a: string) => /^[A-Za-z][A-Za-z -]+$/.test(a))).toBe(true);
	});
});
