#!/usr/bin/env node
/**
 * `npm run new-vendor -- "<Vendor Name>" [--folder PascalCase] [--vendor-key lowercase] [--resource "Record"] [--zh 中文名]`
 *
 * Writes the skeleton of a new vendor: everything a vendor needs to build, to appear in the package, the
 * playground, the generated documentation and every generic test suite, with two example operations (one list,
 * one create) that its simulator answers. What only the vendor's API document can say is marked TODO: the
 * operations, the envelope, the error codes, the authentication, the setup guide. The document fixture is
 * left without facts, so the vendor's generated tests fail, saying what to fill in, until it is written from
 * the document. CONTRIBUTING.md ("Adding a vendor") walks through the rest.
 *
 * Names: the folder is the name's words in PascalCase ("Acme Attendance" → AcmeAttendance; a word keeps its
 * inner capitals, as in HaoYi), the key is the folder in lower case (acmeattendance), as for the five vendors;
 * --folder and --vendor-key override them. A name whose folder, key, node or credential clashes with an existing
 * vendor (or with a folder under test/) is refused before anything is written.
 *
 * Plain Node, no dependencies; reads and writes only inside the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage: npm run new-vendor -- "<Vendor Name>" [options]

  --folder <PascalCase>  folder under nodes/ and class names (default: the name's words in PascalCase)
  --vendor-key <key>     lower-case key of test/<key>/, test/fixtures/<key>/, test/simulators/<key>/ (default: the folder in lower case)
  --resource <Name>      the first resource, singular and Title Case (default: Record)
  --zh <名称>            the vendor's Chinese name, for the nodes panel and the Chinese setup guide
  --dry-run              print what would be written, write nothing
  --help                 this text

Example: npm run new-vendor -- "Acme Attendance" --resource "Check-In" --zh 艾克姆考勤
(the -- passes the options on: without it npm takes them as its own)`;

class UsageError extends Error {}

// ── arguments and names ───────────────────────────────────────────────────────

function parseArgs(argv) {
	const flags = { folder: undefined, key: undefined, resource: 'Record', zh: undefined, dryRun: false, help: false };
	const positional = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--help' || arg === '-h') flags.help = true;
		else if (arg === '--dry-run') flags.dryRun = true;
		else if (arg.startsWith('--')) {
			const [flag, inline] = arg.slice(2).split(/=(.*)/s);
			const field = { folder: 'folder', 'vendor-key': 'key', resource: 'resource', zh: 'zh' }[flag];
			if (!field) throw new UsageError(`unknown option --${flag}`);
			const value = inline ?? argv[++i];
			if (value === undefined || value.startsWith('--')) throw new UsageError(`--${flag} needs a value`);
			flags[field] = value;
		} else positional.push(arg);
	}
	if (flags.help) return { ...flags, name: '' };
	if (positional.length !== 1) throw new UsageError(positional.length ? `one name, in quotes: got ${positional.map((p) => `"${p}"`).join(' ')}` : 'the vendor name is missing');
	return { ...flags, name: positional[0].trim() };
}

/** The words of a name, ASCII letters and digits only ("Acme Attendance (考勤)" → Acme, Attendance). */
const wordsOf = (text) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.split(/[^A-Za-z0-9]+/)
		.filter(Boolean);

/** Each word capitalised, inner capitals kept: "haoYi cloud" → HaoYiCloud. */
const pascal = (text) => wordsOf(text).map((w) => w[0].toUpperCase() + w.slice(1)).join('');

/** camelCase of a PascalCase name, a leading acronym lowered as a word: AcmeAttendance → acmeAttendance, ACMEAttendance → acmeAttendance, ACME → acme. */
function camel(pascalName) {
	const run = /^[A-Z0-9]+/.exec(pascalName)[0];
	if (run.length === pascalName.length) return pascalName.toLowerCase();
	if (run.length > 1) return run.slice(0, -1).toLowerCase() + pascalName.slice(run.length - 1);
	return pascalName[0].toLowerCase() + pascalName.slice(1);
}

/** UPPER_SNAKE of a PascalCase name: AcmeAttendance → ACME_ATTENDANCE. */
const upperSnake = (pascalName) =>
	pascalName
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
		.toUpperCase();

/** Title Case, hyphens kept: "check-in" → Check-In. */
const titleCase = (text) =>
	text
		.trim()
		.split(/\s+/)
		.map((w) => w.replace(/(^|-)([a-z])/g, (_, dash, c) => dash + c.toUpperCase()))
		.join(' ');

/** English plural of a lower-case noun phrase's last word. */
function plural(word) {
	if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
	if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
	return `${word}s`;
}

/** The heading anchor scripts/docs.js gives a vendor's section of docs/operations.md. */
const anchor = (text) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9 -]/g, '')
		.trim()
		.replace(/ +/g, '-');

/** Everything the templates need to know of the vendor. */
function namesOf(args) {
	const name = args.name;
	if (!name) throw new UsageError('the vendor name is empty');
	if (/['"`\\]/.test(name)) throw new UsageError('the vendor name may not contain quotes or backslashes');
	const folder = args.folder ?? pascal(name);
	if (!/^[A-Z][A-Za-z0-9]*$/.test(folder))
		throw new UsageError(
			args.folder
				? `--folder must be PascalCase (a capital letter, then letters and digits): "${folder}"`
				: `"${name}" gives no folder name that starts with a letter: give one with --folder (PascalCase, e.g. --folder AcmeAttendance)`,
		);
	const key = args.key ?? folder.toLowerCase();
	if (!/^[a-z][a-z0-9]*$/.test(key)) throw new UsageError(`--vendor-key must be lower case letters and digits, starting with a letter: "${key}"`);
	const resourceName = titleCase(args.resource);
	if (!/^[A-Z][A-Za-z0-9 -]*$/.test(resourceName)) throw new UsageError(`--resource must be letters, digits, spaces and hyphens, starting with a letter: "${args.resource}"`);
	if (args.zh !== undefined && !/[\u4e00-\u9fff]/.test(args.zh)) throw new UsageError(`--zh must be the vendor's Chinese name: "${args.zh}"`);
	if (args.zh !== undefined && /['"`\\|<>]/.test(args.zh)) throw new UsageError('--zh may not contain quotes, backslashes, | or angle brackets');
	const nodeName = camel(folder);
	const singular = resourceName.toLowerCase();
	const plurals = plural(singular);
	const resourceValue = camel(pascal(resourceName));
	return {
		name,
		zh: args.zh,
		folder,
		key,
		/** n8n node name, variable names */
		camel: nodeName,
		constant: upperSnake(folder),
		credentialName: `${nodeName}Api`,
		credentialClass: `${folder}Api`,
		resource: {
			value: resourceValue,
			name: resourceName,
			singular,
			/** "a record", "an entry" */
			article: /^[aeiou]/.test(singular) ? 'an' : 'a',
			plural: plurals,
			/** variable of the picker and of the list operation: records, listRecords */
			pluralVar: camel(pascal(plurals)),
			pluralPascal: pascal(plurals),
			/** in node names: List Check-Ins */
			pluralName: titleCase(plurals),
			/** the placeholder path of the example operations */
			path: `/TODO/${plurals.replace(/[^a-z0-9]+/g, '-')}`,
		},
	};
}

// ── the repository as it stands ─────────────────────────────────────────────

const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const exists = (file) => fs.existsSync(path.join(ROOT, file));

function existingVendors() {
	const folders = fs
		.readdirSync(path.join(ROOT, 'nodes'), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name);
	const keys = [];
	for (const folder of folders) {
		const vendorFile = path.join('nodes', folder, 'vendor.ts');
		if (!exists(vendorFile)) continue;
		const key = /\bkey:\s*'([^']+)'/.exec(read(vendorFile))?.[1];
		if (key) keys.push(key);
	}
	const credentialNames = fs
		.readdirSync(path.join(ROOT, 'credentials'))
		.filter((f) => f.endsWith('.credentials.ts'))
		.map((f) => /^\s*name = '([^']+)';/m.exec(read(path.join('credentials', f)))?.[1])
		.filter(Boolean);
	const testFolders = fs
		.readdirSync(path.join(ROOT, 'test'), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name);
	return { folders, keys, credentialNames, testFolders };
}

/** Why the names clash with what exists, if they do. */
function clashes(n) {
	const existing = existingVendors();
	const found = [];
	const same = (a, b) => a.toLowerCase() === b.toLowerCase();
	for (const folder of existing.folders) {
		if (same(folder, n.folder)) found.push(`nodes/${folder}/ exists`);
		else if (same(folder, n.key)) found.push(`the key "${n.key}" is the folder nodes/${folder}/`);
	}
	for (const key of existing.keys) if (same(key, n.key) || same(key, n.folder)) found.push(`the vendor "${key}" exists (nodes/vendors.ts)`);
	for (const credential of existing.credentialNames) if (same(credential, n.credentialName)) found.push(`the credential type ${credential} exists`);
	for (const folder of existing.testFolders) if (same(folder, n.key)) found.push(`test/${folder}/ exists`);
	return [...new Set(found)];
}

// ── the files ─────────────────────────────────────────────────────────────────

const REPO_FILE = `${String(JSON.parse(read('package.json')).homepage).replace(/#readme$/, '')}/blob/main/`;
const CREDENTIAL_ANCHOR = '2-credential-where-each-value-comes-from';

function operationsFile(n) {
	const r = n.resource;
	return `/**
 * ${n.name}: every operation of its API document. Written by \`npm run new-vendor\` with two example operations,
 * one list and one create, that its simulator answers: replace them with the document's operations, one
 * OperationDefinition per documented endpoint (CONTRIBUTING.md, "Adding a vendor"). The API key is added by
 * the credential, so it is not listed here.
 */
import type { ListOperation, OperationDefinition, ResourceDefinition, VendorInfo } from '../shared/engine/definitions';
import { pageNumbers } from '../shared/engine/paging';

// TODO: the document's resources, named as an operator knows them
export const resources: ResourceDefinition[] = [{ value: '${r.value}', name: '${r.name}', description: '${cap(r.plural)} of the account' }];

// TODO: the document's operations, in place of the two examples below: the path exactly as documented beside
// its method, the section that defines it in docSection, every parameter as the document names it, \`in\` where
// it travels, with \`required\`, limits and options as documented; a kind for what is not one request per item

/** A read of many records: Return All or Limit across the pages the vendor serves (kind 'list'). */
export const list${r.pluralPascal}: ListOperation = {
	resource: '${r.value}',
	operation: 'list',
	name: 'List',
	action: 'List ${r.plural}',
	description: 'List the ${r.plural} of the account',
	method: 'GET',
	path: '${r.path}',
	docSection: 'TODO: the section of the document that defines it',
	params: [
		{ name: 'page', label: 'Page', type: 'number', in: 'query', integer: true, minValue: 1, description: 'Page number, from 1' },
		{ name: 'page_size', label: 'Page Size', type: 'number', in: 'query', integer: true, minValue: 1, maxValue: 100, description: 'Entries per page, at most 100' },
	],
	kind: 'list',
	// the records are the answer's \`list\`, and \`total\` says how many there are in all
	list: { itemsPath: 'list', paging: pageNumbers({ pageParam: 'page', sizeParam: 'page_size', firstPage: 1, maxPageSize: 100, totalPath: 'total' }) },
};

export const operations: OperationDefinition[] = [
	list${r.pluralPascal},
	// one request per input item (the default kind); a create whose lost answer the list can find is kind
	// 'create' (its trait in shared/engine/definitions.ts), so that a retry neither doubles it nor reports it refused
	{
		resource: '${r.value}',
		operation: 'create',
		name: 'Create',
		action: 'Create ${r.article} ${r.singular}',
		description: 'Add a new ${r.singular} to the account',
		method: 'POST',
		path: '${r.path}',
		docSection: 'TODO: the section of the document that defines it',
		params: [
			{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, maxLength: 100, placeholder: 'e.g. Room 101', description: 'Name of the ${r.singular}' },
			{
				name: 'code',
				label: 'Code',
				type: 'string',
				in: 'body',
				required: true,
				maxLength: 32,
				placeholder: 'e.g. R-101',
				description: 'Your own code for the ${r.singular}, unique in the account',
			},
		],
	},
];

export const vendorInfo: VendorInfo = {
	name: '${n.name}${n.zh ? ` (${n.zh})` : ''}',
	node: '${n.name}',
	// TODO: the document's title (and version), as docs/operations.md names it
	document: 'TODO: the title of the vendor API document',
};
`;
}

const cap = (text) => text[0].toUpperCase() + text.slice(1);

function pickersFile(n) {
	return `/** The ${n.name} pickers as the table names them; what each one lists is in pickerSources.ts. */
import { picker } from '../shared/fields/pickers';

// a parameter that takes the ID of ${n.resource.article} ${n.resource.singular} names this picker (\`picker: ${n.resource.pluralVar}\`), so that the user
// picks it from the list instead of typing it (the example operations take none)
export const ${n.resource.pluralVar} = picker('${n.resource.pluralPascal}');
`;
}

function pickerSourcesFile(n) {
	const r = n.resource;
	return `/** What each ${n.name} picker lists: which list finds the IDs, and how a record reads in the list. */
import type { Picker } from '../shared/fields/pickers';
import { list${r.pluralPascal} } from './${n.folder}.operations';
import { ${r.pluralVar} } from './pickers';

// TODO: the record's ID field and the fields a person knows it by, as the document's list answers them
export const ${n.camel}Pickers: Picker[] = [
	{
		ref: ${r.pluralVar},
		sources: [{ list: list${r.pluralPascal}, label: (record) => \`\${String(record.name)} (\${String(record.id)})\`, value: (record) => String(record.id) }],
	},
];
`;
}

function errorsFile(n) {
	return `/** ${n.name} error codes: what each means and what to do; and how ${n.name} errors read. */
import type { ErrorSpec } from '../shared/transport/errors';

export const ${n.constant}_ERRORS: ErrorSpec = {
	vendor: '${n.name}',
	defaultHint: '${n.name} refused the request. Its message above says why; check the parameters of this item.',
	// TODO: the document's error table, one entry per code (meaning, what to do, \`retryable\` for throttling or a
	// busy server); the two below are the codes the scaffold's simulator answers with
	errors: {
		1001: { meaning: 'Invalid API key', hint: 'Check the API key in the credential: copy it again from where ${n.name} issued it.' },
		1002: { meaning: 'Already exists', hint: 'The code is taken. Use another one, or find the existing record with List.' },
	},
};
`;
}

function transportFile(n) {
	return `/**
 * ${n.name} transport: JSON requests, the API key added by the credential, the \`{code, msg, data}\` envelope
 * unwrapped and non-zero codes mapped through the error table (errors.ts). Written by \`npm run new-vendor\`:
 * what is marked TODO is the document's to say.
 */
import type { IHttpRequestOptions } from 'n8n-workflow';

import { ${n.camel}BaseUrl } from '../../credentials/${n.credentialClass}.credentials';
import { codeMsgData } from '../shared/transport/envelopes';
import type { TransportSpec } from '../shared/transport/vendorTransport';
import { ${n.constant}_ERRORS } from './errors';

export const ${n.constant}_CREDENTIAL = '${n.credentialName}';

export const ${n.camel}Transport: TransportSpec = {
	...${n.constant}_ERRORS,
	credential: ${n.constant}_CREDENTIAL,
	baseUrl: ${n.camel}BaseUrl,
	// TODO: the document's request shape: a JSON body here; form-encoded or multipart (shared/transport/multipart.ts) where it says so
	http(request) {
		const options: IHttpRequestOptions = { method: request.method, url: request.path, qs: request.query, headers: { Accept: 'application/json', ...request.headers }, timeout: 30_000 };
		if (Object.keys(request.body).length) {
			options.body = request.body;
			options.json = true;
		}
		return options;
	},
	// TODO: the document's envelope: codeMsgData reads {code, msg, data}, code 0 for success; another envelope
	// is a function of its own (shared/transport/envelopes.ts has the shapes vendors share)
	unwrap: codeMsgData,
	noEnvelopeHint: 'Check the base URL in the credential: it must point at the ${n.name} API server.',
	// TODO: the document's rate limit, if it states one (\`rateLimit\`, and the \`account\` it counts against); and
	// how many requests may be in flight, and why: 1 for a server on the school network, a few for a cloud service
	parallelRequests: 1,
};
`;
}

function vendorFile(n) {
	return `/** ${n.name} in the package's registry (nodes/vendors.ts): its operation table and transport. */
import { defineVendor } from '../shared/vendor';
import { operations, resources, vendorInfo } from './${n.folder}.operations';
import { ${n.camel}Pickers } from './pickerSources';
import { ${n.camel}Transport } from './transport';

export const ${n.camel} = defineVendor({
	key: '${n.key}',
	folder: '${n.folder}',
	info: vendorInfo,
	resources,
	operations,
	pickers: ${n.camel}Pickers,
	credentialAt: (url) => ({ baseUrl: url }),
	transport: ${n.camel}Transport,
	// no trigger node yet: a webhook trigger where the vendor calls back, a polling one where it only lists
	// (CONTRIBUTING.md, "Adding a vendor"); then this line goes
	trigger: false,
});
`;
}

function nodeFile(n) {
	return `import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { ${n.camel} } from './vendor';

export class ${n.folder} implements INodeType {
	description: INodeTypeDescription = {
		displayName: '${n.name}',
		name: '${n.camel}',
		icon: { light: 'file:${n.key}.svg', dark: 'file:${n.key}.dark.svg' },
		group: ['transform'],
		// as every action node of the package: version 1 a field per parameter, version 2 Columns for wide writes
		// and Simplify for large reads (shared/fields/properties.ts)
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		// TODO: what the node manages, in the operator's words
		description: 'Manage the ${n.resource.plural} of ${n.name}',
		defaults: { name: '${n.name}' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: '${n.credentialName}', required: true }],
		properties: ${n.camel}.node.properties,
	};

	methods = ${n.camel}.node.methods;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await ${n.camel}.node.execute(this);
	}
}
`;
}

function codexFile(n) {
	const aliases = [...new Set([n.name, n.folder, ...(n.zh ? [n.zh] : []), n.resource.plural, 'smart campus', 'campus', 'school'])];
	return `{
	"node": "n8n-nodes-smart-campus.${n.camel}",
	"nodeVersion": "1.0",
	"codexVersion": "1.0",
	"alias": [${aliases.map((a) => JSON.stringify(a)).join(', ')}],
	"categories": ["Productivity"],
	"resources": {
		"primaryDocumentation": [{ "url": "${REPO_FILE}docs/operations.md#${anchor(n.name)}" }],
		"credentialDocumentation": [{ "url": "${REPO_FILE}docs/setup/${n.key}.md#${CREDENTIAL_ANCHOR}" }]
	}
}
`;
}

/** A colour of the vendor's own, from its key, for the icon. */
function hue(key) {
	let h = 0;
	for (const c of key) h = (h * 31 + c.charCodeAt(0)) % 360;
	return h;
}

function iconFile(n, dark) {
	const initials = (wordsOf(n.name).map((w) => w[0].toUpperCase()).join('') || n.folder[0]).slice(0, 2);
	const h = hue(n.key);
	const [fill, ink] = dark ? [`hsl(${h},70%,65%)`, '#0b1220'] : [`hsl(${h},70%,40%)`, '#fff'];
	return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="${fill}"/><text x="32" y="42" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="${initials.length > 1 ? 26 : 32}" font-weight="700" fill="${ink}">${initials}</text></svg>\n`;
}

function credentialFile(n) {
	return `import type { IAuthenticateGeneric, ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** Base URL of the ${n.name} API, without a trailing slash. */
export function ${n.camel}BaseUrl(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials.baseUrl ?? '')
		.trim()
		.replace(/\\/+$/, '');
}

/**
 * ${n.name} API: a base URL and an API key. Written by \`npm run new-vendor\`. TODO: the document's
 * authentication: the key travels as a bearer token in the Authorization header here; a signature is a
 * function-form \`authenticate\` (credentials/baijiayunSigning.ts), a token exchanged at a login is
 * \`preAuthentication\` with a hidden expirable field (HaoYiApi.credentials.ts).
 */
export class ${n.credentialClass} implements ICredentialType {
	name = '${n.credentialName}';

	displayName = '${n.name} API';

	documentationUrl = '${REPO_FILE}docs/setup/${n.key}.md#${CREDENTIAL_ANCHOR}';

	icon = { light: 'file:../nodes/${n.folder}/${n.key}.svg', dark: 'file:../nodes/${n.folder}/${n.key}.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://api.example.com',
			description: 'Address of the ${n.name} API server',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The API key ${n.name} issued for the account',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } },
	};

	/** Lists one ${n.resource.singular}: a wrong key fails with the vendor's code (TODO: the document's cheapest read, and its code for a refused key). */
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.trim().replace(/\\\\/+$/, "")}}',
			url: '${n.resource.path}',
			method: 'GET',
			qs: { page: 1, page_size: 1 },
		},
		rules: [{ type: 'responseSuccessBody', properties: { key: 'code', value: 1001, message: '${n.name} refused the API key: copy it again into the credential' } }],
	};
}
`;
}

function fixtureFile(n) {
	const fixture = {
		document: 'TODO: the title of the vendor API document, as it prints it',
		version: '',
		note: `Facts taken from the vendor API document: each endpoint's section title, method, path, parameters (name, location, type, required) and, for reads, the fields of one record (recordFields); the documented error codes and sample payloads. Written from the document, not from the package's operation tables. npm run new-vendor left it without facts: test/${n.key}/operations.test.ts fails until they are here.`,
		endpoints: [],
		errorCodes: [],
	};
	return `${JSON.stringify(fixture, null, 1)}\n`;
}

function simulatorFile(n) {
	const r = n.resource;
	return `/**
 * ${n.name} simulator, written by \`npm run new-vendor\`: a stateful loopback server that checks the API key and
 * answers the two example operations of the table (list and create) in the \`{code, msg, data}\` envelope.
 *
 * TODO: write it from the vendor document, independently of the node code: every endpoint of the document
 * with its state, its authentication (its own signing, where the vendor signs), its envelope and codes. Where
 * the document is silent the simulator decides, and says so here.
 */
import { SimulatorServer, type SimRequest, type SimResponse } from '../common/SimulatorServer';

// TODO: the document's facts, in place of the examples
/** paths of the two example operations */
export const PATHS = { list: '${r.path}', create: '${r.path}' };
/** paging parameters of the list, and its largest page */
const PAGE = 'page';
const PAGE_SIZE = 'page_size';
const MAX_PAGE_SIZE = 100;
/** the field the vendor keeps unique: a create that repeats it is refused */
const UNIQUE_FIELD = 'code';
/** the header the API key comes in (as Node names headers: lower case), and its value */
export const API_KEY_HEADER = 'authorization';
const keyHeader = (apiKey: string) => \`Bearer \${apiKey}\`;
/** codes of the answers: success, a refused API key, a unique field taken, a parameter missing */
export const CODES = { ok: 0, badKey: 1001, exists: 1002, badParameter: 1003 };

export type SimRecord = Record<string, unknown> & { id: number };

function answer(code: number, msg: string, data: unknown = null): SimResponse {
	return { status: 200, body: { code, msg, data } };
}

export class ${n.folder}Simulator extends SimulatorServer {
	readonly records: SimRecord[] = [];

	private nextId = 1;

	constructor(readonly apiKey = 'test-api-key') {
		super('${n.name}');
	}

	/** A ${r.singular} as if created through the API. */
	addRecord(fields: Record<string, unknown>): SimRecord {
		const record: SimRecord = { ...fields, id: this.nextId++ };
		this.records.push(record);
		return record;
	}

	protected route(request: SimRequest): SimResponse {
		if (request.headers[API_KEY_HEADER] !== keyHeader(this.apiKey)) return answer(CODES.badKey, 'invalid API key');
		if (request.method === 'GET' && request.path === PATHS.list) return this.list(request);
		if (request.method === 'POST' && request.path === PATHS.create) return this.create(request);
		return { status: 404, body: { code: 404, msg: \`no such endpoint: \${request.method} \${request.path}\` } };
	}

	private list(request: SimRequest): SimResponse {
		const page = Number(request.query[PAGE] ?? 1);
		const size = Number(request.query[PAGE_SIZE] ?? 20);
		if (!Number.isInteger(page) || page < 1 || !Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) return answer(CODES.badParameter, 'invalid paging');
		return answer(CODES.ok, '', { list: this.records.slice((page - 1) * size, page * size), total: this.records.length });
	}

	private create(request: SimRequest): SimResponse {
		const fields = request.body;
		if (fields[UNIQUE_FIELD] === undefined || fields[UNIQUE_FIELD] === '') return answer(CODES.badParameter, \`\${UNIQUE_FIELD} is required\`);
		if (this.records.some((r) => r[UNIQUE_FIELD] === fields[UNIQUE_FIELD])) return answer(CODES.exists, 'already exists');
		return answer(CODES.ok, '', { id: this.addRecord(fields).id });
	}
}
`;
}

function setupFile(n) {
	return `/** Shared fixture for the ${n.name} tests: a simulator and a credential pointing at it. */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { ${n.credentialClass} } from '../../credentials/${n.credentialClass}.credentials';
import { ${n.folder} } from '../../nodes/${n.folder}/${n.folder}.node';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runNode, type RunNodeResult } from '../harness/runNode';
import { ${n.folder}Simulator } from '../simulators/${n.key}/${n.folder}Simulator';

export const API_KEY = 'sim-api-key/with+special=chars';

export async function start${n.folder}() {
	const sim = await new ${n.folder}Simulator(API_KEY).start();
	const credentials = new TestCredentialsHelper({ ${n.credentialName}: new ${n.credentialClass}() });
	const credentialData = { baseUrl: sim.url, apiKey: API_KEY };
	credentials.set('${n.credentialName}', credentialData);
	const run = (
		resource: string,
		operation: string,
		parameters: IDataObject = {},
		items?: INodeExecutionData[],
		options: { continueOnFail?: boolean } = {},
	): Promise<RunNodeResult> =>
		runNode({
			nodeType: new ${n.folder}(),
			parameters: { resource, operation, ...parameters },
			items,
			credentials,
			...options,
		});
	return { sim, credentials, credentialData, run };
}
`;
}

function operationsTestFile(n) {
	return `/**
 * Every ${n.name} operation of the vendor document: checked against the document's facts
 * (test/fixtures/${n.key}/endpoints.json, written from the document, never from the table), and run through a
 * workflow in n8n-core against the simulator, which checks the API key; each request it got is checked
 * against the document: the method and path, the required parameters, nothing undocumented.
 *
 * Written by \`npm run new-vendor\`. The checks read the fixture and the table, so they keep holding as the
 * document's operations replace the examples; until the fixture holds the document's facts they fail, saying
 * what to fill in. Add a test per operation for what its answer and the simulator's state must show, as
 * test/baijiayun/operations.test.ts does.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { ${n.credentialClass} } from '../../credentials/${n.credentialClass}.credentials';
import { ${n.folder} } from '../../nodes/${n.folder}/${n.folder}.node';
import { operations, vendorInfo } from '../../nodes/${n.folder}/${n.folder}.operations';
import { ${n.constant}_ERRORS } from '../../nodes/${n.folder}/errors';
import type { OperationDefinition } from '../../nodes/shared/engine/definitions';
import { vendorDocument, type DocumentedEndpoint } from '../fixtures/documents';
import { runCredentialTest } from '../harness/credentialTest';
import { validParameters } from '../reliability/badInputCases';
import { start${n.folder} } from './setup';

const FIXTURE = 'test/fixtures/${n.key}/endpoints.json';
const TABLE = 'nodes/${n.folder}/${n.folder}.operations.ts';
const document = vendorDocument('${n.key}');

/** Parameters the credential adds to every request (the document lists them, the table does not). TODO: the document's */
const CREDENTIAL_PARAMS = ['Authorization'];

/** Fails, saying what to fill in, where something is missing. */
function fillIn(where: string, missing: string[]): void {
	if (missing.length) throw new Error(\`Fill in \${where} from the vendor document:\\n- \${missing.join('\\n- ')}\`);
}

const todo = (text: unknown) => typeof text !== 'string' || text.trim() === '' || /^TODO\\b/.test(text.trim());
const label = (op: OperationDefinition) => \`\${op.resource}/\${op.operation} (\${op.method} \${op.path})\`;

/** A documented path as a pattern: \`{id}\` stands for one segment. */
const pathPattern = (path: string) =>
	new RegExp(\`^\${path.trim().replace(/[.*+?^$()|[\\]\\\\]/g, '\\\\$&').replace(/\\{[^}]+\\}/g, '[^/]+')}$\`);

const sameEndpoint = (op: OperationDefinition, e: DocumentedEndpoint) =>
	e.method === op.method && [e.path, e.pathAsPrinted].some((p) => p !== undefined && p.trim() === op.path.trim());

const endpointOf = (op: OperationDefinition) => document.endpoints.find((e) => sameEndpoint(op, e));

describe('${n.name}: the document and the table', () => {
	test('the fixture holds the document\\'s facts', () => {
		const missing: string[] = [];
		if (todo(document.document)) missing.push('"document": the title of the vendor API document');
		if (!document.endpoints.length)
			missing.push('"endpoints": every endpoint the document defines: its section, method, path and parameters (name, in, type, required), and for reads the fields of one record (recordFields)');
		for (const e of document.endpoints) {
			const where = \`endpoint \${e.method} \${e.path}\`;
			if (todo(e.section)) missing.push(\`\${where}: "section", the document's title of it\`);
			if (todo(e.path) || /\\bTODO\\b/.test(e.path)) missing.push(\`\${where}: "path", as the document prints it\`);
			if (!Array.isArray(e.params)) missing.push(\`\${where}: "params", as the document lists them ([] where it lists none)\`);
		}
		fillIn(FIXTURE, missing);
	});

	test('the table names the document and the section of each operation', () => {
		const missing: string[] = [];
		if (todo(vendorInfo.document)) missing.push('vendorInfo.document: the title of the vendor API document');
		for (const op of operations) {
			if (todo(op.docSection)) missing.push(\`\${label(op)}: docSection, the section of the document that defines it\`);
			if (/\\bTODO\\b/.test(op.path)) missing.push(\`\${label(op)}: path, as the document prints it\`);
		}
		fillIn(TABLE, missing);
	});

	test('every endpoint of the document has an operation with its method and path', () => {
		fillIn(FIXTURE, document.endpoints.length ? [] : ['"endpoints": every endpoint the document defines']);
		const missing = document.endpoints.filter((e) => !operations.some((op) => sameEndpoint(op, e))).map((e) => \`\${e.method} \${e.path} (\${e.section})\`);
		expect(missing).toEqual([]);
	});

	test('every operation of the table is documented, in the section it names', () => {
		fillIn(
			FIXTURE,
			operations.filter((op) => !endpointOf(op)).map((op) => \`\${label(op)}: its endpoint (or, if the document has none, remove the operation from \${TABLE})\`),
		);
		const misplaced = operations.filter((op) => !op.docSection.includes(endpointOf(op)!.section)).map((op) => \`\${label(op)}: "\${op.docSection}" does not name "\${endpointOf(op)!.section}"\`);
		expect(misplaced).toEqual([]);
	});

	test('every parameter of the table is one the document lists for its endpoint, where the document puts it', () => {
		const problems: string[] = [];
		for (const op of operations) {
			const endpoint = endpointOf(op);
			if (!endpoint) continue;
			for (const param of op.params.filter((p) => p.in !== 'local')) {
				const documented = endpoint.params.find((p) => p.name === param.name);
				if (!documented) problems.push(\`\${label(op)}: \${param.name} is not a parameter of the document's endpoint\`);
				else if (documented.in !== param.in) problems.push(\`\${label(op)}: \${param.name} goes in \${param.in}, the document puts it in \${documented.in}\`);
			}
			for (const documented of endpoint.params.filter((p) => p.required && !CREDENTIAL_PARAMS.includes(p.name)))
				if (!op.params.some((p) => p.name === documented.name)) problems.push(\`\${label(op)}: the required \${documented.name} has no parameter\`);
		}
		expect(problems).toEqual([]);
	});
});

describe('${n.name}: every operation through the engine sends what the document says', () => {
	let env: Awaited<ReturnType<typeof start${n.folder}>>;

	beforeAll(async () => {
		env = await start${n.folder}();
	});
	afterAll(async () => {
		await env.sim.stop();
	});

	/** an input item with a file, for operations that upload one */
	const ITEM: INodeExecutionData = { json: {}, binary: { data: { data: Buffer.from('sample').toString('base64'), mimeType: 'text/plain', fileName: 'sample.txt' } } };
	const escaped = (text: string) => text.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');

	test('the credential\\'s Test passes with the API key and fails with a wrong one', async () => {
		expect(await runCredentialTest(new ${n.credentialClass}(), env.credentialData, { generic: true })).toEqual({ status: 'OK' });
		expect((await runCredentialTest(new ${n.credentialClass}(), { ...env.credentialData, apiKey: 'wrong-api-key' }, { generic: true })).status).toBe('Error');
	});

	test.each(operations.map((op) => [label(op), op] as const))('%s', async (_label, op) => {
		const endpoint = endpointOf(op);
		if (!endpoint) return fillIn(FIXTURE, [\`\${label(op)}: its endpoint\`]);
		const before = env.sim.requests.length;
		// a made-up value for every parameter, optional ones included, so that each is seen on the wire
		const parameters: IDataObject = { ...validParameters(new ${n.folder}(), op, { optional: true }), ...(op.kind === 'list' ? { returnAll: true } : {}) };
		const result = await env.run(op.resource, op.operation, parameters, [ITEM]);
		// the values are made up: ${n.name} may refuse them in its own terms, but the node must take them and the simulator know the endpoint
		if (result.error) expect(\`\${result.error.name}: \${result.error.message}\`).toMatch(new RegExp(\`^NodeApiError: \${escaped(${n.constant}_ERRORS.vendor)} error\`));
		const sent = env.sim.requests.slice(before);
		expect(sent.length).toBeGreaterThanOrEqual(1);
		const documentedNames = endpoint.params.map((p) => p.name);
		for (const request of sent) {
			expect(request.method).toBe(endpoint.method);
			expect(request.path).toMatch(pathPattern(endpoint.path));
			// where each parameter arrived (the simulator parses JSON and form bodies alike; Node lower-cases header names)
			const received: Record<string, string[]> = { query: Object.keys(request.query), body: Object.keys(request.body), form: Object.keys(request.body), header: Object.keys(request.headers) };
			for (const p of endpoint.params.filter((x) => x.required && x.in in received)) {
				const name = p.in === 'header' ? p.name.toLowerCase() : p.name;
				expect(\`\${p.in} \${p.name}: \${received[p.in].includes(name) ? 'sent' : 'not sent'}\`).toBe(\`\${p.in} \${p.name}: sent\`);
			}
			for (const key of [...received.query, ...received.body]) expect(documentedNames).toContain(key);
		}
	});
});
`;
}

function setupGuide(n) {
	return `# Setting up ${n.name}${n.zh ? ` (${n.zh})` : ''}

Nodes: **${n.name}** (actions). Credential: **${n.name} API**. Vendor document: *TODO: the title of the vendor
API document*, cited below by section.

<!-- TODO (npm run new-vendor): every section from the vendor document: what it says, and where it is silent,
whom to ask. docs/setup/haoyi.md is a complete guide. -->

## 1. Before you start

| You need | Notes |
| --- | --- |
| A ${n.name} account that may call the API | TODO: which accounts may, and where the document says they are created. |
| Network access from n8n to the ${n.name} API | See section 3. |
| n8n 1.85 or later (or 2.x) | With this package installed. |

## 2. Credential: where each value comes from

| Field in n8n | Value | Source |
| --- | --- | --- |
| *Base URL* | TODO: the address, e.g. \`https://api.example.com\` | TODO: the section of the document that gives it |
| *API Key* | TODO | TODO: where the document says the key is issued |

Treat the API key like a password: it acts for the account.

## 3. Network and ports

TODO: who calls whom, the ports, and whether the vendor offers HTTPS.

## 4. Testing

Create the credential and press *Test*: it lists one ${n.resource.singular}. A wrong key fails with
"${n.name} refused the API key".

### Try it without ${n.name}

\`npm start\` starts the playground: n8n with this package and a simulator of every vendor, ${n.name} among
them, with a credential pointing at it ([docs/playground.md](../playground.md)).

## 5. Common errors

| Error | Cause | What to do |
| --- | --- | --- |
| ${n.name} error 1001 | TODO: the document's code for a refused key | Copy the API key again into the credential. |
`;
}

function setupGuideZh(n) {
	const title = n.zh ?? n.name;
	return `# ${title}接入指南

节点：**${n.name}**（操作）。凭证：**${n.name} API**。厂商文档：*TODO：厂商接口文档的标题*，下文按章节引用。

<!-- TODO (npm run new-vendor)：每一节都依据厂商文档填写：文档怎么说；文档没写的地方，说明该去问谁。
完整的例子见 docs/zh-CN/setup/haoyi.md。 -->

## 一、准备工作

| 需要准备 | 说明 |
| --- | --- |
| 可以调用接口的 ${title} 账号 | TODO：哪些账号可以调用，文档说在哪里创建。 |
| n8n 到 ${title} 接口的网络 | 见第三节。 |
| n8n 1.85 及以上版本（或 2.x） | 并已安装本节点包。 |

## 二、凭证各字段从哪里来

| n8n 中的字段 | 填什么 | 出处 |
| --- | --- | --- |
| *Base URL* | TODO：接口地址，例如 \`https://api.example.com\` | TODO：文档中给出地址的章节 |
| *API Key* | TODO | TODO：文档说密钥在哪里签发 |

API Key 要像密码一样保管：它代表整个账号。

## 三、网络与端口

TODO：哪一方调用哪一方、端口，以及厂商是否提供 HTTPS。

## 四、测试

创建凭证后点 *Test*：节点会列出一条记录。密钥错误时提示 “${n.name} refused the API key”。

## 五、常见错误

| 错误 | 原因 | 处理 |
| --- | --- | --- |
| ${n.name} error 1001 | TODO：文档中密钥被拒绝的错误码 | 重新把 API Key 复制到凭证里。 |
`;
}

function exampleFile(n) {
	const r = n.resource;
	const nodeType = `n8n-nodes-smart-campus.${n.camel}`;
	const credentials = { [n.credentialName]: { id: '', name: `${n.name} (simulator)` } };
	const id = (i) => `5ca7f01d-0000-4000-8000-00000000000${i}`;
	const workflow = {
		name: `${n.name}: create ${r.article} ${r.singular}, then list them`,
		nodes: [
			{ id: id(1), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: id(2),
				name: `Create ${r.name}`,
				type: nodeType,
				typeVersion: 2,
				position: [240, 0],
				notes: 'Written by npm run new-vendor for the example operations: replace it with a workflow a school would run with the document\'s operations, and its check in scripts/e2e/checks.mjs.',
				parameters: { resource: r.value, operation: 'create', name: `Example ${r.singular}`, code: "={{ 'EX-' + $now.toMillis() }}", requestOptions: {} },
				credentials,
			},
			{
				id: id(3),
				name: `List ${r.pluralName}`,
				type: nodeType,
				typeVersion: 2,
				position: [480, 0],
				parameters: { resource: r.value, operation: 'list', returnAll: true, requestOptions: {} },
				credentials,
				executeOnce: true,
			},
		],
		connections: {
			Start: { main: [[{ node: `Create ${r.name}`, type: 'main', index: 0 }]] },
			[`Create ${r.name}`]: { main: [[{ node: `List ${r.pluralName}`, type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
		meta: { templateCredsSetupCompleted: true },
	};
	// positions on one line, as the other examples have them
	return `${JSON.stringify(workflow, null, 2).replace(/\[\s+(-?\d+),\s+(-?\d+)\s+\]/g, '[$1, $2]')}\n`;
}

function exampleCheck(n) {
	const r = n.resource;
	const listNode = `List ${r.pluralName}`;
	return `
// written by npm run new-vendor for the example operations: the check of the example that replaces it
exampleChecks['${n.key}-create-and-list.json'] = async ({ output, sims }) => {
	const sim = simOf(sims, '${n.key}');
	const created = output('Create ${r.name}');
	const listed = output('${listNode}');
	assert(created?.length === 1 && created[0].id !== undefined, \`Create ${r.name}: \${JSON.stringify(created)}\`);
	assert(listed.some((record) => record.id === created[0].id), \`${listNode} lacks the created ${r.singular} \${created[0].id}\`);
	assert(sim.records.some((record) => record.id === created[0].id), 'the simulator does not hold the created ${r.singular}');
	return \`${r.singular} \${created[0].id} created, then listed with \${listed.length - 1} other(s)\`;
};
`;
}

// ── the edits of files that list the vendors ─────────────────────────────────

/** Inserts `text` after the last line matching `pattern`; throws when none does. */
function afterLast(source, pattern, text, file) {
	const lines = source.split('\n');
	let at = -1;
	lines.forEach((line, i) => {
		if (pattern.test(line)) at = i;
	});
	if (at < 0) throw new Error(`${file}: found no line matching ${pattern} to add the vendor after`);
	lines.splice(at + 1, 0, ...text.replace(/\n$/, '').split('\n'));
	return lines.join('\n');
}

/** Inserts `text` before the `];` that closes the array opened by `opening`. */
function beforeArrayEnd(source, opening, text, file) {
	const start = source.indexOf(opening);
	if (start < 0) throw new Error(`${file}: "${opening}" not found`);
	const end = source.indexOf('\n];', start);
	if (end < 0) throw new Error(`${file}: the array "${opening}" has no closing "];" line`);
	return `${source.slice(0, end + 1)}${text}${source.slice(end + 1)}`;
}

function editVendors(source, n) {
	const file = 'nodes/vendors.ts';
	let out = afterLast(source, /^import \{ \w+ \} from '\.\/\w+\/vendor';$/, `import { ${n.camel} } from './${n.folder}/vendor';`, file);
	const list = /(export const VENDORS: Vendor\[\] = \[)([^\]]*)(\];)/;
	if (!list.test(out)) throw new Error(`${file}: the VENDORS list was not found`);
	out = out.replace(list, (_, open, items, close) => `${open}${items.trim()}, ${n.camel}${close}`);
	return out;
}

function editPackage(source, n) {
	const pkg = JSON.parse(source);
	pkg.n8n.nodes = [...pkg.n8n.nodes, `dist/nodes/${n.folder}/${n.folder}.node.js`].sort();
	pkg.n8n.credentials = [...pkg.n8n.credentials, `dist/credentials/${n.credentialClass}.credentials.js`].sort();
	return `${JSON.stringify(pkg, null, 2)}\n`;
}

function editDocuments(source, n) {
	const union = /^(export type Vendor = [^;]+);$/m;
	if (!union.test(source)) throw new Error('test/fixtures/documents.ts: the Vendor type was not found');
	return source.replace(union, (_, types) => `${types} | '${n.key}';`);
}

function editSimulators(source, n) {
	const file = 'test/simulators/index.ts';
	const offsets = [...source.matchAll(/portOffset: (\d+)/g)].map((m) => Number(m[1]));
	const offset = offsets.length ? Math.max(...offsets) + 1 : 0;
	let out = afterLast(source, /^import \{[^}]+\} from '\.\/\w+\/\w+Simulator';$/, `import { ${n.folder}Simulator } from './${n.key}/${n.folder}Simulator';`, file);
	out = afterLast(out, /^export const [A-Z_]+_DEMO = /, `export const ${n.constant}_DEMO = { apiKey: 'playground-api-key' };`, file);
	return beforeArrayEnd(
		out,
		'export const simulators: PlaygroundSimulator[] = [',
		`	{
		vendor: '${n.key}',
		displayName: '${n.name}',
		portOffset: ${offset},
		credential: {
			type: '${n.credentialName}',
			name: '${n.name} (simulator)',
			data: (url) => ({ baseUrl: url, apiKey: ${n.constant}_DEMO.apiKey }),
		},
		create() {
			const sim = new ${n.folder}Simulator(${n.constant}_DEMO.apiKey);
			// TODO: demo data a playground user recognises
			sim.addRecord({ name: 'Demo ${n.resource.singular}', code: 'DEMO-1' });
			return sim;
		},
		demo: 'one ${n.resource.singular} (DEMO-1)',
	},
`,
		file,
	);
}

function editReliability(source, n) {
	const file = 'test/reliability/vendors.ts';
	let out = afterLast(source, /^import \{ \w+ \} from '\.\.\/\.\.\/credentials\/\w+\.credentials';$/, `import { ${n.credentialClass} } from '../../credentials/${n.credentialClass}.credentials';`, file);
	out = afterLast(out, /^import \{ \w+ \} from '\.\.\/\.\.\/nodes\/\w+\/\w+\.node';$/, `import { ${n.folder} } from '../../nodes/${n.folder}/${n.folder}.node';`, file);
	out = afterLast(out, /^import \{[^}]+\} from '\.\.\/simulators\/\w+\/\w+Simulator';$/, `import { ${n.folder}Simulator } from '../simulators/${n.key}/${n.folder}Simulator';`, file);
	out = afterLast(out, /^export const [A-Z_]+ = '[^']*';$/, `export const ${n.constant}_API_KEY = '${n.constant.replace(/_/g, '')}SECRET-key/3e9a+c7=Lm';`, file);
	const r = n.resource;
	return beforeArrayEnd(
		out,
		'export const VENDORS: VendorEntry[] = [',
		`	{
		key: '${n.key}',
		name: '${n.name}',
		operations: registered('${n.key}'),
		nodeType: () => new ${n.folder}(),
		credentialType: '${n.credentialName}',
		credential: () => new ${n.credentialClass}(),
		secrets: [${n.constant}_API_KEY, encodeURIComponent(${n.constant}_API_KEY)],
		wrongSecret: { apiKey: '${n.constant.replace(/_/g, '')}WRONG-key-5b4a' },
		// TODO: where the document lets the API key travel
		secretsOnlyIn: [{ header: 'authorization' }],
		async start() {
			const sim = await new ${n.folder}Simulator(${n.constant}_API_KEY).start();
			sim.addRecord({ name: 'Taken', code: 'TAKEN' });
			return fixture(sim, '${n.credentialName}', new ${n.credentialClass}(), () => new ${n.folder}(), { baseUrl: sim.url, apiKey: ${n.constant}_API_KEY });
		},
		// TODO: the document's cheapest read, and an operation the simulator refuses with one of the document's codes
		probe: { resource: '${r.value}', operation: 'list', parameters: { returnAll: true } },
		vendorError: { resource: '${r.value}', operation: 'create', parameters: { name: 'Taken', code: 'TAKEN' }, message: /${n.name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} error 1002/ },
	},
`,
		file,
	);
}

/** A row for the vendor in the table of the setup guides' README. */
function editSetupReadme(source, n, row, file) {
	const lines = source.split('\n');
	const header = lines.findIndex((l, i) => l.startsWith('| ') && lines[i + 1]?.startsWith('| ---'));
	if (header < 0) throw new Error(`${file}: no table of the vendors found`);
	let last = header + 1;
	while (lines[last + 1]?.startsWith('| ')) last++;
	lines.splice(last + 1, 0, row);
	return lines.join('\n');
}

// ── the whole change ─────────────────────────────────────────────────────────

function plan(n) {
	const F = n.folder;
	const created = [
		[`nodes/${F}/vendor.ts`, vendorFile(n)],
		[`nodes/${F}/${F}.operations.ts`, operationsFile(n)],
		[`nodes/${F}/transport.ts`, transportFile(n)],
		[`nodes/${F}/errors.ts`, errorsFile(n)],
		[`nodes/${F}/pickers.ts`, pickersFile(n)],
		[`nodes/${F}/pickerSources.ts`, pickerSourcesFile(n)],
		[`nodes/${F}/${F}.node.ts`, nodeFile(n)],
		[`nodes/${F}/${F}.node.json`, codexFile(n)],
		[`nodes/${F}/${n.key}.svg`, iconFile(n, false)],
		[`nodes/${F}/${n.key}.dark.svg`, iconFile(n, true)],
		[`credentials/${n.credentialClass}.credentials.ts`, credentialFile(n)],
		[`test/fixtures/${n.key}/endpoints.json`, fixtureFile(n)],
		[`test/simulators/${n.key}/${F}Simulator.ts`, simulatorFile(n)],
		[`test/${n.key}/setup.ts`, setupFile(n)],
		[`test/${n.key}/operations.test.ts`, operationsTestFile(n)],
		[`examples/${n.key}-create-and-list.json`, exampleFile(n)],
		[`docs/setup/${n.key}.md`, setupGuide(n)],
		[`docs/zh-CN/setup/${n.key}.md`, setupGuideZh(n)],
	];
	const zh = n.zh ?? n.name;
	const edits = [
		['nodes/vendors.ts', (s) => editVendors(s, n)],
		['package.json', (s) => editPackage(s, n)],
		['test/fixtures/documents.ts', (s) => editDocuments(s, n)],
		['test/simulators/index.ts', (s) => editSimulators(s, n)],
		['test/reliability/vendors.ts', (s) => editReliability(s, n)],
		['scripts/e2e/checks.mjs', (s) => `${s.replace(/\n*$/, '\n')}${exampleCheck(n)}`],
		[
			'docs/setup/README.md',
			(s) => editSetupReadme(s, n, `| ${n.name}${n.zh ? ` (${n.zh})` : ''} | [${n.key}.md](${n.key}.md) | Base URL, API Key | None yet | n8n → ${n.name} |`, 'docs/setup/README.md'),
		],
		['docs/zh-CN/setup/README.md', (s) => editSetupReadme(s, n, `| ${zh} | [${n.key}.md](${n.key}.md) | Base URL、API Key | 暂无 | 仅 n8n → ${zh} |`, 'docs/zh-CN/setup/README.md')],
	];
	return { created, edits };
}

/**
 * Options npm took as its own: `npm run new-vendor "Acme" --dry-run` hands the script no --dry-run (npm sets
 * npm_config_dry_run instead, and passes the values of options it does not know as more names), so that a dry
 * run would write. Such a run is refused.
 */
function optionsNpmTook() {
	if (process.env.npm_lifecycle_event !== 'new-vendor') return [];
	return ['folder', 'vendor_key', 'resource', 'zh', 'dry_run', 'help'].filter((option) => process.env[`npm_config_${option}`] !== undefined).map((option) => `--${option.replace('_', '-')}`);
}

function main() {
	let args;
	try {
		const npmOptions = optionsNpmTook();
		if (npmOptions.length) throw new UsageError(`npm took ${npmOptions.join(', ')} as its own: put -- before the name, as in npm run new-vendor -- "Acme Attendance" ${npmOptions[0]} …`);
		args = parseArgs(process.argv.slice(2));
		if (args.help) {
			console.log(USAGE);
			return 0;
		}
		const n = namesOf(args);
		const clash = clashes(n);
		if (clash.length) throw new UsageError(`"${n.name}" (folder ${n.folder}, key ${n.key}) clashes with an existing vendor: ${clash.join('; ')}. Choose another name, or --folder / --vendor-key.`);
		const { created, edits } = plan(n);
		const taken = created.map(([file]) => file).filter(exists);
		if (taken.length) throw new UsageError(`these files exist already: ${taken.join(', ')}`);
		// every edit is made in memory first: a file that cannot take the vendor stops the scaffold before it writes
		const edited = edits.map(([file, edit]) => [file, edit(read(file))]);
		if (args.dryRun) {
			console.log(`Would write for ${n.name} (folder ${n.folder}, key ${n.key}, node ${n.camel}, credential ${n.credentialName}):`);
			for (const [file] of created) console.log(`  new     ${file}`);
			for (const [file] of edited) console.log(`  edited  ${file}`);
			return 0;
		}
		for (const [file, text] of created) {
			fs.mkdirSync(path.dirname(path.join(ROOT, file)), { recursive: true });
			fs.writeFileSync(path.join(ROOT, file), text);
		}
		for (const [file, text] of edited) fs.writeFileSync(path.join(ROOT, file), text);
		console.log(`${n.name}: folder nodes/${n.folder}/, key ${n.key}, node ${n.camel}, credential ${n.credentialName}`);
		console.log(`\n${created.length} files written:`);
		for (const [file] of created) console.log(`  ${file}`);
		console.log(`\n${edited.length} files edited:`);
		for (const [file] of edited) console.log(`  ${file}`);
		console.log(`
Next (CONTRIBUTING.md, "Adding a vendor"):
  npm run docs                      build, then README.md and docs/operations.md with the new node
  npx jest test/${n.key}               fails, saying what to fill in, until test/fixtures/${n.key}/endpoints.json holds the document's facts
  grep -rn TODO nodes/${n.folder} credentials/${n.credentialClass}.credentials.ts test/simulators/${n.key} test/${n.key} docs/setup/${n.key}.md docs/zh-CN/setup/${n.key}.md test/reliability/vendors.ts test/simulators/index.ts`);
		return 0;
	} catch (error) {
		if (error instanceof UsageError) {
			console.error(`new-vendor: ${error.message}\n\n${USAGE}`);
			return 2;
		}
		console.error(`new-vendor: ${error.message}\nNothing was written.`);
		return 1;
	}
}

process.exitCode = main();
