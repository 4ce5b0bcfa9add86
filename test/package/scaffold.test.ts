/**
 * `npm run new-vendor` (scripts/new-vendor.mjs) writes a vendor that builds, whose generated tests fail only for
 * the facts the vendor document must give, and pass once a developer has written them. In a copy of the
 * repository (its files as git lists them, node_modules linked) in a temporary folder:
 *
 * 1. a name that clashes with a vendor is refused, and nothing is written;
 * 2. a toy vendor, "Toy Library", is scaffolded; its generated tests fail, each saying what to fill in;
 * 3. its facts are filled in as a developer would from its (two-operation) document: the fixture, the two
 *    operations of the table, the simulator's paths and fields, the credential's test request;
 * 4. the shipped code and the tests the vendor touches are compiled by tsc (the build's type check, so that
 *    something the scaffold writes that does not build fails here);
 * 5. the vendor's generated tests and the registry test run with jest in the copy, against the generated
 *    simulator: they pass.
 *
 * Only what these steps need runs (no emit, no gulp, two test files), so that it stays within CI's time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const root = join(__dirname, '../..');

/** Folders never copied: installed, built or local (the .gitignore's), and git's own. */
const NOT_COPIED = new Set(['.git', 'node_modules', 'dist', 'coverage', '.cache', '.n8n-test']);

/**
 * The repository's files: tracked and untracked-but-not-ignored ones as git lists them (a change not yet
 * committed is tested as it stands), or, where there is no git checkout (CI tests an export of HEAD), every
 * file but the ignored folders.
 */
function repositoryFiles(): string[] {
	try {
		const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
		// node_modules may be a link, which .gitignore's `node_modules/` does not match; deleted files are still listed
		return listed.split('\0').filter((file) => file && !NOT_COPIED.has(file.split('/')[0]) && existsSync(join(root, file)) && statSync(join(root, file)).isFile());
	} catch {
		const files: string[] = [];
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				if (NOT_COPIED.has(entry.name) || entry.name.endsWith('.tgz')) continue;
				if (entry.isDirectory()) walk(join(dir, entry.name));
				else if (entry.isFile()) files.push(relative(root, join(dir, entry.name)));
			}
		};
		walk(root);
		return files;
	}
}

function copyRepository(): string {
	const copy = mkdtempSync(join(tmpdir(), 'smart-campus-scaffold-'));
	for (const file of repositoryFiles()) {
		mkdirSync(dirname(join(copy, file)), { recursive: true });
		copyFileSync(join(root, file), join(copy, file));
	}
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
	return copy;
}

/** Runs node with `args` in the copy; the exit status and everything it printed. */
function node(copy: string, args: string[]): { status: number | null; output: string } {
	const env = { ...process.env };
	// the jest in the copy is a run of its own, not a worker of this one
	delete env.JEST_WORKER_ID;
	const result = spawnSync(process.execPath, args, { cwd: copy, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Fails with the output of a step that did not succeed. */
function succeeded(step: string, run: { status: number | null; output: string }): void {
	if (run.status !== 0) throw new Error(`${step} failed (exit ${run.status}):\n${run.output.slice(-6000)}`);
}

const runJest = (copy: string, ...args: string[]) => node(copy, ['node_modules/jest/bin/jest.js', '--ci', '--runInBand', '--coverage=false', ...args]);

/** Files under the folders a vendor writes to, to see that a refused name wrote nothing. */
function vendorFiles(copy: string): string[] {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(dir, entry.name));
			else files.push(`${relative(copy, join(dir, entry.name))}:${statSync(join(dir, entry.name)).size}`);
		}
	};
	for (const folder of ['nodes', 'credentials', 'test', 'docs', 'examples', 'scripts']) walk(join(copy, folder));
	return files.concat(`package.json:${statSync(join(copy, 'package.json')).size}`).sort();
}

// ── the toy vendor's document, as a developer would write it into the generated files ──

const TOY = { name: 'Toy Library', folder: 'ToyLibrary', key: 'toylibrary', resource: 'Book', zh: '玩具图书馆' };
const BOOKS = '/api/v1/books';

/** The toy document's facts (test/fixtures/toylibrary/endpoints.json). */
const TOY_DOCUMENT = {
	document: 'Toy Library Open API',
	version: '1.0',
	note: 'Facts of the toy document the scaffold test fills in.',
	endpoints: [
		{
			section: '3.1 List books',
			method: 'GET',
			path: BOOKS,
			contentType: 'none',
			params: [
				{ name: 'Authorization', in: 'header', type: 'string', required: true },
				{ name: 'page', in: 'query', type: 'integer', required: false },
				{ name: 'size', in: 'query', type: 'integer', required: false },
			],
			recordFields: ['id', 'title', 'isbn', 'shelf'],
		},
		{
			section: '3.2 Add a book',
			method: 'POST',
			path: BOOKS,
			contentType: 'json',
			params: [
				{ name: 'Authorization', in: 'header', type: 'string', required: true },
				{ name: 'title', in: 'body', type: 'string', required: true },
				{ name: 'isbn', in: 'body', type: 'string', required: true },
				{ name: 'shelf', in: 'body', type: 'string', required: false },
			],
		},
	],
	errorCodes: [
		{ code: '1001', message: 'invalid API key' },
		{ code: '1002', message: 'the ISBN exists already' },
	],
};

/** The toy document's two operations, in place of the scaffold's examples (nodes/ToyLibrary/ToyLibrary.operations.ts). */
const TOY_TABLE = `/** Toy Library: every operation of its API document ("Toy Library Open API" 1.0). */
import type { ListOperation, OperationDefinition, ResourceDefinition, VendorInfo } from '../shared/engine/definitions';
import { pageNumbers } from '../shared/engine/paging';

export const resources: ResourceDefinition[] = [{ value: 'book', name: 'Book', description: 'Books of the library' }];

export const listBooks: ListOperation = {
	resource: 'book',
	operation: 'list',
	name: 'List',
	action: 'List books',
	description: 'List the books of the library',
	method: 'GET',
	path: '${BOOKS}',
	docSection: '3.1 List books',
	params: [
		{ name: 'page', label: 'Page', type: 'number', in: 'query', integer: true, minValue: 1, description: 'Page number, from 1' },
		{ name: 'size', label: 'Page Size', type: 'number', in: 'query', integer: true, minValue: 1, maxValue: 100, description: 'Books per page, at most 100' },
	],
	kind: 'list',
	list: { itemsPath: 'list', paging: pageNumbers({ pageParam: 'page', sizeParam: 'size', firstPage: 1, maxPageSize: 100, totalPath: 'total' }) },
};

export const operations: OperationDefinition[] = [
	listBooks,
	{
		resource: 'book',
		operation: 'create',
		name: 'Add',
		action: 'Add a book',
		description: 'Add a book to the library',
		method: 'POST',
		path: '${BOOKS}',
		docSection: '3.2 Add a book',
		params: [
			{ name: 'title', label: 'Title', type: 'string', in: 'body', required: true, maxLength: 200, placeholder: 'e.g. Fractions for Grade 5', description: 'Title of the book as its cover prints it' },
			{ name: 'isbn', label: 'ISBN', type: 'string', in: 'body', required: true, maxLength: 13, placeholder: 'e.g. 9787107123456', description: 'The 13-digit ISBN; the library keeps one record per ISBN' },
			{ name: 'shelf', label: 'Shelf', type: 'string', in: 'body', placeholder: 'e.g. B-12', description: 'Where the book stands in the library' },
		],
	},
];

export const vendorInfo: VendorInfo = { name: 'Toy Library (玩具图书馆)', node: 'Toy Library', document: 'Toy Library Open API 1.0' };
`;

/** Replaces each `from` in a file of the copy, which must hold it. */
function edit(copy: string, file: string, replacements: Array<[string | RegExp, string]>): void {
	let text = readFileSync(join(copy, file), 'utf8');
	for (const [from, to] of replacements) {
		if (!(typeof from === 'string' ? text.includes(from) : from.test(text))) throw new Error(`${file} no longer holds ${String(from)}: the scaffold changed, update this test`);
		text = typeof from === 'string' ? text.split(from).join(to) : text.replace(from, to);
	}
	writeFileSync(join(copy, file), text);
}

function fillInTheToyFacts(copy: string): void {
	writeFileSync(join(copy, `test/fixtures/${TOY.key}/endpoints.json`), `${JSON.stringify(TOY_DOCUMENT, null, 1)}\n`);
	writeFileSync(join(copy, `nodes/${TOY.folder}/${TOY.folder}.operations.ts`), TOY_TABLE);
	edit(copy, `test/simulators/${TOY.key}/${TOY.folder}Simulator.ts`, [
		["'/TODO/books'", `'${BOOKS}'`],
		["const PAGE_SIZE = 'page_size';", "const PAGE_SIZE = 'size';"],
		["const UNIQUE_FIELD = 'code';", "const UNIQUE_FIELD = 'isbn';"],
	]);
	edit(copy, `credentials/${TOY.folder}Api.credentials.ts`, [
		["url: '/TODO/books'", `url: '${BOOKS}'`],
		['qs: { page: 1, page_size: 1 }', 'qs: { page: 1, size: 1 }'],
	]);
	edit(copy, `nodes/${TOY.folder}/pickerSources.ts`, [['String(record.name)', 'String(record.title)']]);
	edit(copy, 'test/reliability/vendors.ts', [
		["sim.addRecord({ name: 'Taken', code: 'TAKEN' })", "sim.addRecord({ title: 'Taken', isbn: '9780000000001' })"],
		["parameters: { name: 'Taken', code: 'TAKEN' }", "parameters: { title: 'Taken', isbn: '9780000000001' }"],
	]);
	edit(copy, 'test/simulators/index.ts', [["sim.addRecord({ name: 'Demo book', code: 'DEMO-1' })", "sim.addRecord({ title: 'Demo book', isbn: '9780000000002' })"]]);
	edit(copy, `examples/${TOY.key}-create-and-list.json`, [
		[/"name": "Example book",\n\s*"code": "[^"]+"/, '"title": "Example book",\n        "isbn": "={{ String(9780000000000 + $now.toMillis() % 1000000) }}"'],
	]);
}

describe('npm run new-vendor', () => {
	let copy: string;

	beforeAll(() => {
		copy = copyRepository();
	});
	afterAll(() => {
		if (copy) rmSync(copy, { recursive: true, force: true });
	});

	test('a toy vendor of two operations: refused names, failures that say what to fill in, then a build and passing tests', () => {
		const before = vendorFiles(copy);
		const clash = node(copy, ['scripts/new-vendor.mjs', 'Baijiayun']);
		expect(clash.status).toBe(2);
		expect(clash.output).toMatch(/clashes with an existing vendor/);
		expect(vendorFiles(copy)).toEqual(before);

		succeeded('the scaffold', node(copy, ['scripts/new-vendor.mjs', TOY.name, '--resource', TOY.resource, '--zh', TOY.zh]));
		expect(existsSync(join(copy, `nodes/${TOY.folder}/${TOY.folder}.node.ts`))).toBe(true);
		expect(node(copy, ['scripts/new-vendor.mjs', TOY.name]).status).toBe(2);

		// without the document's facts, every failure of the vendor's tests says what to fill in
		const report = join(copy, 'todo-report.json');
		const todo = runJest(copy, '--json', `--outputFile=${report}`, '--runTestsByPath', `test/${TOY.key}/operations.test.ts`);
		expect(todo.status).not.toBe(0);
		const results = JSON.parse(readFileSync(join(report), 'utf8')) as { testResults: Array<{ message: string; assertionResults: Array<{ title: string; status: string; failureMessages: string[] }> }> };
		const assertions = results.testResults.flatMap((r) => r.assertionResults);
		expect(results.testResults.map((r) => r.message).join('')).not.toMatch(/Test suite failed to run/);
		expect(assertions.filter((a) => a.status === 'failed').length).toBeGreaterThan(0);
		expect(assertions.filter((a) => a.status === 'failed' && !a.failureMessages.join('\n').includes('Fill in')).map((a) => `${a.title}: ${a.failureMessages.join('\n').slice(0, 500)}`)).toEqual([]);

		fillInTheToyFacts(copy);
		writeFileSync(
			join(copy, 'tsconfig.scaffold.json'),
			JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: true }, include: ['nodes/**/*', 'credentials/**/*', `test/${TOY.key}/**/*`, 'test/package/registry.test.ts'] }),
		);
		succeeded('tsc', node(copy, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.scaffold.json']));
		const filled = runJest(copy, '--runTestsByPath', `test/${TOY.key}/operations.test.ts`, 'test/package/registry.test.ts');
		succeeded('the toy vendor\'s tests and the registry test', filled);
		expect(filled.output).toMatch(/Test Suites: 2 passed, 2 total/);
		expect(filled.output).not.toMatch(/skipped|todo/);
	}, 300_000);
});
