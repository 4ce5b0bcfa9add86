/**
 * The documentation's own links: every relative link in the Markdown files names a file of the repository and,
 * with an anchor, a heading of it (GitHub's anchors), so a section moved, renamed or lost breaks a test.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

function markdownFiles(): string[] {
	const docs = (dir: string): string[] =>
		fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? docs(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []));
	return [...['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md'].filter((f) => fs.existsSync(path.join(ROOT, f))), ...docs('docs')];
}

/** Lines outside fenced code blocks. */
function prose(text: string): string[] {
	let fenced = false;
	return text.split('\n').filter((line) => {
		if (/^\s*```/.test(line)) fenced = !fenced;
		return !fenced;
	});
}

/** GitHub's anchors of a Markdown file's headings (a repeated heading gets -1, -2 …). */
function anchors(file: string): Set<string> {
	const seen = new Map<string, number>();
	const result = new Set<string>();
	for (const line of prose(fs.readFileSync(file, 'utf8'))) {
		const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
		if (!m) continue;
		const slug = m[1].replace(/`/g, '').toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
		const n = seen.get(slug) ?? 0;
		seen.set(slug, n + 1);
		result.add(n ? `${slug}-${n}` : slug);
	}
	return result;
}

const links = markdownFiles().flatMap((file) =>
	prose(fs.readFileSync(path.join(ROOT, file), 'utf8')).flatMap((line) =>
		[...line.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((target) => !/^[a-z]+:/i.test(target)).map((target) => ({ file, target })),
	),
);

test('the documentation has relative links to check', () => {
	expect(links.length).toBeGreaterThan(50);
});

test.each(links.map((l) => [`${l.file} → ${l.target}`, l] as const))('%s', (_name, { file, target }) => {
	const [relative, anchor] = target.split('#');
	const resolved = relative ? path.resolve(path.dirname(path.join(ROOT, file)), decodeURI(relative)) : path.join(ROOT, file);
	expect(fs.existsSync(resolved)).toBe(true);
	if (anchor && resolved.endsWith('.md')) expect([...anchors(resolved)]).toContain(decodeURIComponent(anchor).toLowerCase());
});
