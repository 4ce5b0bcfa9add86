/**
 * Supply chain: the published package has no runtime dependencies, the tarball holds only the built
 * package (dist/, package.json, README, LICENSE and the `main` entry), its JavaScript requires nothing n8n
 * does not provide and passes the community-package scanner's lint, and `npm audit --omit=dev` is clean
 * where the registry's audit endpoint can be reached. Needs `npm run build` first (`npm test` does it).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
	main?: string;
	dependencies?: Record<string, string>;
	optionalDependencies?: Record<string, string>;
	bundleDependencies?: unknown;
	bundledDependencies?: unknown;
	peerDependencies?: Record<string, string>;
	n8n: { nodes: string[]; credentials: string[] };
};

/** What n8n provides to community nodes at run time (n8n's community-node rules), besides relative files. */
const PROVIDED = new Set(['n8n-workflow', 'lodash', 'luxon', 'moment', 'p-limit', 'zod', 'crypto', 'node:crypto']);

const npm = async (args: string[], timeout = 120_000) =>
	await run('npm', args, { cwd: ROOT, timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } });

const built = existsSync(join(ROOT, 'dist', 'nodes'));

describe('package.json', () => {
	test('no runtime dependencies of any kind; n8n-workflow only as a peer', () => {
		expect(pkg.dependencies ?? {}).toEqual({});
		expect(pkg.optionalDependencies ?? {}).toEqual({});
		expect(pkg.bundleDependencies ?? pkg.bundledDependencies).toBeUndefined();
		expect(Object.keys(pkg.peerDependencies ?? {})).toEqual(['n8n-workflow']);
	});
});

describe('the packed tarball', () => {
	let files: string[] = [];
	beforeAll(async () => {
		if (!built) throw new Error('dist/ is missing: run `npm run build` before these tests (`npm test` does)');
		const { stdout } = await npm(['pack', '--dry-run', '--json', '--ignore-scripts']);
		files = (JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path);
	}, 120_000);

	test('holds only dist/, package.json, README, LICENSE and the main entry', () => {
		const allowed = (path: string) =>
			path.startsWith('dist/') || ['package.json', 'README.md'].includes(path) || /^LICEN[CS]E(\.md|\.txt)?$/i.test(path) || path === pkg.main;
		expect(files.filter((f) => !allowed(f))).toEqual([]);
		// no sources, tests, simulators or local settings inside dist either
		expect(files.filter((f) => /(^|\/)(test|simulators|scripts)\//.test(f) || /\.ts$/.test(f.replace(/\.d\.ts$/, '')) || /\.env|\.npmrc/.test(f))).toEqual([]);
	});

	test('holds every node and credential n8n is told to load', () => {
		for (const entry of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) expect(files).toContain(entry);
	});

	test('the main entry requires nothing but package.json', () => {
		if (!pkg.main) return;
		const source = readFileSync(join(ROOT, pkg.main), 'utf8');
		expect([...source.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1])).toEqual(['./package.json']);
	});

	test('its JavaScript requires only relative files and what n8n provides', () => {
		const foreign: string[] = [];
		for (const file of files.filter((f) => f.endsWith('.js'))) {
			const source = readFileSync(join(ROOT, file), 'utf8');
			for (const [, module] of source.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
				if (module.startsWith('./') || module.startsWith('../')) continue;
				const name = module.startsWith('@') ? module.split('/').slice(0, 2).join('/') : module.split('/')[0];
				if (!PROVIDED.has(name) && !PROVIDED.has(module)) foreign.push(`${file}: ${module}`);
			}
		}
		expect(foreign).toEqual([]);
	});

	test('passes the community-package scanner’s lint (restricted globals and imports, inline disables ignored)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'smart-campus-pack-'));
		try {
			const { stdout } = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir]);
			const tarball = (JSON.parse(stdout) as Array<{ filename: string }>)[0].filename;
			await run('tar', ['-xzf', join(dir, tarball), '-C', dir]);
			const lint = await run(process.execPath, [join(__dirname, 'lintTarball.mjs'), join(dir, 'package')], { cwd: ROOT, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
			const results = JSON.parse(lint.stdout) as Array<{ file: string; messages: string[] }>;
			expect(results.length).toBeGreaterThan(10);
			expect(results.filter((r) => r.messages.length)).toEqual([]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 120_000);
});

describe('npm audit', () => {
	test('`npm audit --omit=dev` reports no vulnerability (skipped when the audit endpoint cannot be reached)', async () => {
		let stdout: string;
		try {
			({ stdout } = await npm(['audit', '--omit=dev', '--json'], 60_000));
		} catch (error) {
			const e = error as { stdout?: string; stderr?: string; message: string };
			stdout = e.stdout ?? '';
			const text = `${e.message} ${e.stderr ?? ''} ${stdout}`;
			if (!stdout.includes('"auditReportVersion"') && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|network|audit endpoint|fetch failed|timed out|killed/i.test(text)) {
				// eslint-disable-next-line no-console
				console.warn(`SKIPPED npm audit --omit=dev: the registry's audit endpoint cannot be reached here (${text.slice(0, 200)})`);
				return;
			}
		}
		const report = JSON.parse(stdout) as { metadata?: { vulnerabilities?: Record<string, number> }; error?: { summary?: string } };
		if (report.error) {
			// eslint-disable-next-line no-console
			console.warn(`SKIPPED npm audit --omit=dev: ${report.error.summary ?? 'the audit endpoint answered an error'}`);
			return;
		}
		expect(report.metadata?.vulnerabilities?.total).toBe(0);
	}, 90_000);
});
