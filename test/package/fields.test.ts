/**
 * Every field of the built action nodes speaks the operator's language (issue #17), per vendor, over the whole
 * node description (fields inside Additional Fields and fixed collections included; Request Options left out):
 *
 * - Coded values are options: no field's description enumerates codes ("0 = off, 1 = on", "student (0) or
 *   teacher (1)"): two or more `<number> = <word>` / `<word> (<number>)` pairs make an enumeration.
 * - IDs are picked: a field typed by hand (text, number, JSON) whose name ends in id/ids/uuid/uuids is a
 *   picker (resource locator), or its description says why not: "no operation lists …", or, for a list of
 *   IDs, it names an operation of the same node that lists them ("from Zone › List").
 * - Plain copy: no description carries wire types (`string[]`, `integer[]`), notes about the vendor document
 *   ("(sic)", "documented", "the document", "sample sends", "response table") or an HTTP path (a method and a
 *   path, or a path starting with a first segment of the vendor's table).
 * - Every free-text field (type string, not a password) has a placeholder; binary fields are labelled as n8n
 *   labels them ("Input Binary Field", "Put Output File in Field").
 * - Large reads simplify: every read whose records have more than ten fields — counted from the fields the
 *   vendor document gives one record (`recordFields` in test/fixtures/<vendor>/endpoints.json, written from
 *   the document) — names the fields Simplify keeps (all of them fields of that record or fields the node
 *   computes from them, no two flattened to the same key) and shows the Output option in node version 2 only. So that the rule cannot pass for want
 *   of facts, every operation with a list trait must find its endpoint's `recordFields` in the fixture.
 * - Trigger items simplify the same way: every trigger source or event whose records have more than ten fields
 *   — counted from the document: a webhook's callback sample and parameters, a polling trigger's list
 *   operation's `recordFields` — shows the Output option in version 2 only; sources of smaller records none.
 *   Trigger IDs are picked too: every ID field of the version new workflows get is a picker (or says why not),
 *   and a trigger whose version 1 typed one is versioned.
 * - Copy (issue #25), over every description of the action and trigger nodes: no two sentences run together
 *   (a sentence left without its full stop before the next one, as "… lists them One ID, …" was), no
 *   description only repeats its field's label, and none tells how a value is "sent as" on the wire.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { INodeProperties, INodeType } from 'n8n-workflow';

import { parameterToProperty } from '../../nodes/shared/fields/field';
import { VENDORS } from '../../nodes/vendors';
import { callbackSample, documentedCallback, printedSample, vendorDocument, type Vendor } from '../fixtures/documents';
import { computedFields } from './computedFields';

const root = join(__dirname, '../..');

function loadNode(file: string): INodeType {
	const path = join(root, 'dist/nodes', `${file}.js`);
	if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build`);
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const module = require(path) as Record<string, new () => INodeType>;
	const Class = module[file.split('/').pop()!.split('.')[0]];
	return new Class();
}

interface Field {
	property: INodeProperties;
	/** where the field shows: resource/operation, for the failure messages */
	where: string;
}

function fieldsOf(node: INodeType): Field[] {
	const fields: Field[] = [];
	const walk = (properties: INodeProperties[], where: string) => {
		for (const property of properties) {
			const show = property.displayOptions?.show;
			const here = show?.operation ? `${String(show.resource)}/${String(show.operation)}` : where;
			if (property.name === 'requestOptions') continue;
			if (property.type === 'collection' || property.type === 'fixedCollection') {
				const options = (property.options ?? []) as Array<INodeProperties | { values: INodeProperties[] }>;
				walk(options.flatMap((o) => ('values' in o ? o.values : [o as INodeProperties])), here);
				continue;
			}
			fields.push({ property, where: here });
		}
	};
	walk(node.description.properties, '');
	return fields;
}

const label = (f: Field) => `${f.where} ${f.property.name} ("${f.property.displayName}")`;

/** Two or more codes explained in the text: `0 = off`, `1: on`, `student-side (0)`. */
export function enumeratesCodes(text: string): boolean {
	const codes = new Set<string>();
	for (const m of text.matchAll(/(?:^|[\s(,;/])(-?\d+)\s*(?:=|:|→)\s*["'A-Za-z\u4e00-\u9fff]/g)) codes.add(m[1]);
	for (const m of text.matchAll(/[A-Za-z\u4e00-\u9fff)]\s*\((-?\d+)\)/g)) codes.add(m[1]);
	return codes.size >= 2;
}

const DOCUMENT_NOTES = [
	/\(sic\)/i,
	/\bdocumented\b/i,
	/\b(the|vendor|API) document (says|states|asks|lists|names|spells|calls|gives|shows|prints|does)\b/i,
	/\b(in|per|from|by) the (vendor |API )?document\b/i,
	/sample sends/i,
	/response table/i,
];
const WIRE_TYPES = /\b(string|integer|number|long|int)\[\]/i;

describe.each(VENDORS.map((v) => [v.info.node, v] as const))('%s', (_name, vendor) => {
	const node = loadNode(vendor.nodes[0]);
	const fields = fieldsOf(node);
	const descriptions = [
		...fields.map((f) => ({ text: f.property.description ?? '', where: label(f) })),
		...fields
			.filter((f) => f.property.name === 'operation')
			.flatMap((f) => (f.property.options as Array<{ name: string; description?: string }>).map((o) => ({ text: o.description ?? '', where: `${f.where} operation "${o.name}"` }))),
		...fields.flatMap((f) =>
			((f.property.options ?? []) as Array<{ name?: string; description?: string }>)
				.filter((o) => f.property.name !== 'operation' && o.description)
				.map((o) => ({ text: o.description!, where: `${label(f)} option "${o.name}"` })),
		),
	];

	test('no field enumerates codes in its description', () => {
		expect(fields.filter((f) => enumeratesCodes(f.property.description ?? '')).map(label)).toEqual([]);
	});

	test('every ID field has a picker or says why not', () => {
		// "Resource › Operation" pairs of this node, as the operation selectors name them
		const operations = new Set<string>();
		const resourceNames = new Map(
			((fields.find((f) => f.property.name === 'resource')?.property.options ?? []) as Array<{ name: string; value: string }>).map((o) => [o.value, o.name]),
		);
		for (const f of fields.filter((f) => f.property.name === 'operation'))
			for (const o of f.property.options as Array<{ name: string }>)
				operations.add(`${resourceNames.get(String(f.property.displayOptions?.show?.resource?.[0]))} › ${o.name.replace(/ \(Deprecated\)$/, '')}`);
		const explained = (text: string) =>
			/no operation (that )?lists/i.test(text) || [...text.matchAll(/([A-Z][\w-]*(?: [A-Z][\w-]*)*) › ([A-Z][\w-]*(?: [\w-]+)*)/g)].some((m) => [...operations].some((op) => `${m[1]} › ${m[2]}`.startsWith(op)));
		const unpicked = fields.filter(
			(f) =>
				/(id|ids|uuid|uuids)$/i.test(f.property.name) &&
				['string', 'number', 'json'].includes(f.property.type) &&
				!explained(f.property.description ?? ''),
		);
		expect(unpicked.map(label)).toEqual([]);
	});

	test('no description carries wire types, notes about the document or HTTP paths', () => {
		const firstSegments = [...new Set(vendor.operations.map((op) => op.path.trim().replace(/^\/?/, '').split('/')[0]).filter(Boolean))];
		const path = new RegExp(`\\b(GET|POST|PUT|DELETE|PATCH) /|(^|[\\s(\`'"])/(${firstSegments.join('|')})(/|\\b)`);
		const bad = descriptions.filter(({ text }) => WIRE_TYPES.test(text) || DOCUMENT_NOTES.some((re) => re.test(text)) || path.test(text));
		expect(bad.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
	});

	test('every free-text field has a placeholder; binary fields are labelled as n8n labels them', () => {
		const text = fields.filter((f) => f.property.type === 'string' && !f.property.typeOptions?.password);
		expect(text.filter((f) => !f.property.placeholder).map(label)).toEqual([]);
		const binary = fields.filter((f) => /binary field/i.test(f.property.hint ?? '') || f.property.name === 'binaryPropertyName');
		expect(binary.filter((f) => !/^(Input Binary Field|Put Output File in Field)\b/.test(f.property.displayName)).map(label)).toEqual([]);
	});

	test('every read of records with more than ten fields simplifies, with the Output option in version 2', () => {
		const document = vendorDocument(vendor.key as Vendor);
		const squash = (p: string) => p.replace(/\s+/g, '');
		const endpointOf = (path: string, method: string) =>
			document.endpoints.find((e) => e.method === method && [e.path, e.pathAsPrinted].filter(Boolean).map((p) => squash(p!)).includes(squash(path)));
		// lists are reads: their record fields must be stated, or this rule would pass for want of facts
		const listsWithoutFacts = vendor.operations.filter((op) => op.kind === 'list' && !endpointOf(op.path, op.method)?.recordFields);
		expect(
			listsWithoutFacts.map((op) => `${op.resource}/${op.operation}: fill in the recordFields of ${op.method} ${op.path} in test/fixtures/${vendor.key}/endpoints.json`),
		).toEqual([]);

		const problems: string[] = [];
		// Create or Update and Sync name the list they start with, but output steps (action, key, changed fields)
		const reads = vendor.operations.filter((op) => op.kind !== 'upsert' && op.kind !== 'sync');
		for (const op of reads) {
			const fieldsOfRecord = endpointOf(op.path, op.method)?.recordFields;
			if (!fieldsOfRecord || fieldsOfRecord.length <= 10) continue;
			const where = `${op.resource}/${op.operation}`;
			if (!op.simplify?.length) {
				problems.push(`${where}: records of ${fieldsOfRecord.length} fields, no simplify`);
				continue;
			}
			// a kept field is one of the record's, or one the node computes from them (media URLs, ISO times)
			const computed = computedFields(vendor.key as Vendor, fieldsOfRecord);
			for (const path of op.simplify)
				if (!fieldsOfRecord.includes(path.split('.')[0]) && !computed.includes(path)) problems.push(`${where}: ${path} is neither a field of the record nor computed by the node`);
			const keys = op.simplify.map((p) => p.split('.').pop());
			if (new Set(keys).size !== keys.length) problems.push(`${where}: two simplified fields share a key`);
			const output = fields.find(
				(f) => f.property.name === 'output' && f.property.displayOptions?.show?.resource?.[0] === op.resource && f.property.displayOptions?.show?.operation?.[0] === op.operation,
			);
			const versions = output?.property.displayOptions?.show?.['@version'];
			if (!output || !versions?.includes(2) || versions.includes(1)) problems.push(`${where}: no Output option in version 2 only`);
		}
		expect(problems).toEqual([]);
	});
});

/** The top-level fields of a printed sample, also where the PDF cut lines so that it cannot be parsed. */
function printedFields(text: string): string[] {
	const lines = [...text.matchAll(/^( *)"(\w+)"\s*:/gm)];
	const top = Math.min(...lines.map((m) => m[1].length));
	return lines.filter((m) => m[1].length === top).map((m) => m[2]);
}

/** A callback's documented fields: its sample's and those its parameter table lists. */
function callbackFields(vendor: Vendor, id: string, variant?: string): string[] {
	const callback = documentedCallback(vendor, id);
	const sample = variant === undefined ? callback.sample : (callback.sample as Record<string, unknown>)[variant];
	const fields = typeof sample === 'string' ? printedFields(sample) : Object.keys(sample ?? {});
	return [...new Set([...fields, ...(callback.params ?? []).map((p) => p.name)])];
}

const listFields = (vendor: Vendor, path: string) => vendorDocument(vendor).endpoints.find((e) => e.method === 'GET' && e.path === path)!.recordFields!;

/** Each trigger's sources (the parameters that select one) and the fields the document gives one of its records. */
const TRIGGER_SOURCES: Record<string, Array<[string, Record<string, unknown>, string[]]>> = {
	hongtu: [
		...[
			['1', 'busiPush1SecurityRecognition'],
			['2', 'busiPush2VehicleRecord'],
			['3', 'busiPush3AlertRecord'],
			['5', 'busiPush5PassRecord'],
		].map(([busiType, id]): [string, Record<string, unknown>, string[]] => [`business push ${busiType}`, { source: 'businessPush', busiTypes: [busiType] }, callbackFields('hongtu', id)]),
		[
			'business push 12',
			{ source: 'businessPush', busiTypes: ['12'] },
			[...new Set(Object.values(callbackSample<Record<string, object>>('hongtu', 'busiPush12StructuredRecord')).flatMap((r) => Object.keys(r)))],
		],
		['pass records', { source: 'passRecords' }, Object.keys(printedSample('hongtu', 'passRecord'))],
		['attendance records', { source: 'attendanceRecords' }, Object.keys(printedSample('hongtu', 'attendanceRecord'))],
		[
			'event records',
			{ source: 'eventRecords' },
			[...new Set(Object.keys(callbackSample('hongtu', 'eventRecord')).flatMap((variant) => callbackFields('hongtu', 'eventRecord', variant)))],
		],
	],
	baijiayun: [
		['new device', { events: ['deviceAdded'] }, callbackFields('baijiayun', 'addDevice')],
		['playback matched', { events: ['playbackMatched'] }, callbackFields('baijiayun', 'playbackAutoMatch')],
	],
	gensee: [['transcoding status', { statuses: ['ok', 'error'] }, callbackFields('gensee', 'transcodeStatus')]],
	haoyi: [
		['new recording', { event: 'newRecording' }, listFields('haoyi', '/api/v1/list_record')],
		['camera status changed', { event: 'cameraStatusChanged' }, listFields('haoyi', '/api/v1/list_camera')],
	],
	smartclassroom: [
		['attendance record', { event: 'attendanceRecord' }, listFields('smartclassroom', '/attendance/class')],
		['behaviour event', { event: 'behaviourEvent' }, listFields('smartclassroom', '/be/events')],
	],
};

/** Whether n8n shows a property for these parameters in this node version (displayOptions.show, values or lists). */
function shown(property: INodeProperties, parameters: Record<string, unknown>, version: number): boolean {
	return Object.entries(property.displayOptions?.show ?? {}).every(([key, conditions]) => {
		const value = key === '@version' ? version : parameters[key];
		return (Array.isArray(value) ? value : [value]).some((v) => (conditions as unknown[]).includes(v));
	});
}

/** Whether a field's `@version` conditions (a list of versions, or n8n's `{ _cnd: { gte } }`) let it show in this node version. */
function inVersion(property: INodeProperties, version: number, inherited?: unknown[]): boolean {
	const conditions = (property.displayOptions?.show?.['@version'] as unknown[] | undefined) ?? inherited;
	if (!conditions) return true;
	return conditions.some((c) => c === version || (typeof c === 'object' && c !== null && '_cnd' in c && version >= Number((c as { _cnd: { gte?: number } })._cnd.gte)));
}

/**
 * A trigger's ID fields typed by hand in a node version (collections' options included, under their collection's
 * version): a text, number or JSON field whose name ends in id/ids/uuid/uuids, unless its description says that
 * no operation lists them.
 */
function typedIdFields(trigger: INodeType, version: number): INodeProperties[] {
	const typed: INodeProperties[] = [];
	const walk = (properties: INodeProperties[], inherited?: unknown[]) => {
		for (const property of properties) {
			if (!inVersion(property, version, inherited)) continue;
			const versions = (property.displayOptions?.show?.['@version'] as unknown[] | undefined) ?? inherited;
			if (property.type === 'collection') walk((property.options ?? []) as INodeProperties[], versions);
			else if (property.type === 'fixedCollection') walk(((property.options ?? []) as Array<{ values: INodeProperties[] }>).flatMap((o) => o.values), versions);
			else if (/(id|ids|uuid|uuids)$/i.test(property.name) && ['string', 'number', 'json'].includes(property.type) && !/no operation (that )?lists/i.test(property.description ?? ''))
				typed.push(property);
		}
	};
	walk(trigger.description.properties);
	return typed;
}

// the vendors with a trigger node (a new vendor starts without one: its nodes are the action node only)
describe.each(VENDORS.filter((v) => v.nodes.length > 1).map((v) => [v.nodes[1], v] as const))('%s', (file, vendor) => {
	const trigger = loadNode(file);
	if (!TRIGGER_SOURCES[vendor.key]) throw new Error(`${file}: add its sources, and the fields of their records, to TRIGGER_SOURCES in test/package/fields.test.ts`);

	test('is versioned where its output or its fields changed: version 1 for saved workflows, version 2 by default', () => {
		// version 2 simplifies records of more than ten fields, gives webhook items their delivery key, and picks
		// from the vendor's list an ID version 1 had typed; a polling trigger with none of these keeps version 1
		const simplifies = TRIGGER_SOURCES[vendor.key].some(([, , fields]) => fields.length > 10);
		const picksTypedIds = typedIdFields(trigger, 1).length > 0;
		const versioned = simplifies || !!trigger.description.webhooks?.length || picksTypedIds;
		expect(trigger.description.version).toEqual(versioned ? [1, 2] : 1);
		if (versioned) expect(trigger.description.defaultVersion).toBe(2);
	});

	test('every ID field of the version new workflows get is a picker, or says why not', () => {
		const latest = Array.isArray(trigger.description.version) ? (trigger.description.defaultVersion ?? Math.max(...trigger.description.version)) : trigger.description.version;
		expect(typedIdFields(trigger, latest).map((p) => `${p.name} ("${p.displayName}")`)).toEqual([]);
	});

	test('every source with records of more than ten fields has the Output option in version 2 only; the others none', () => {
		const sources = TRIGGER_SOURCES[vendor.key];
		expect(sources?.length).toBeGreaterThan(0);
		// every option of the source selector is one of the table's sources
		const selector = trigger.description.properties.find((p) => ['source', 'event', 'events', 'statuses'].includes(p.name))!;
		const values = (selector.options as Array<{ value: string }>).map((o) => o.value);
		expect(sources.map(([, parameters]) => parameters[selector.name]).flat()).toEqual(expect.arrayContaining(values));

		const problems: string[] = [];
		for (const [name, parameters, fields] of sources) {
			const outputs = (version: number) => trigger.description.properties.filter((p) => p.name === 'output' && shown(p, parameters, version));
			if (fields.length > 10 && (outputs(2).length !== 1 || outputs(1).length)) problems.push(`${name}: records of ${fields.length} fields, no Output option in version 2 only`);
			if (fields.length <= 10 && outputs(2).length) problems.push(`${name}: records of ${fields.length} fields with an Output option`);
		}
		expect(problems).toEqual([]);
	});
});

/**
 * Words that open a sentence and are never part of a field, resource or operation name (those are Title Case:
 * "Return All", "Remove From Current Members"), so a capitalised one after a word with no stop between them
 * is a sentence that was not ended: "… Person › Search lists them One ID, …", "Campus name At most 100 …".
 */
const SENTENCE_OPENERS = [
	'A', 'An', 'The', 'One', 'At', 'Only', 'If', 'Use', 'Leave', 'Each', 'No', 'Not', 'When', 'It', 'Its', 'This', 'These',
	'Must', 'Can', 'May', 'Required', 'Default', 'Defaults', 'Give', 'Empty', 'Optional', 'Also', 'Otherwise', 'Both',
	'Either', 'Requires', 'Sent', 'Set', 'Takes', 'Ignored', 'Applies', 'Note', 'Then', 'Max', 'Min', 'Accepts', 'See',
	'Works', 'Needs',
];
const RUN_TOGETHER = new RegExp(`[\\p{L}\\p{N})\\]'"’]\\s+(?:${SENTENCE_OPENERS.join('|')})\\s+[\\p{L}\\p{N}(]`, 'u');

/** Whether a text runs a sentence into the next one without ending it. */
export function runsSentencesTogether(text: string): boolean {
	return RUN_TOGETHER.test(text);
}

/** A vendor term in brackets, as "(班级id)" or "(人员ID)": it names the console's label, it does not explain. */
const VENDOR_TERM = /\((?:[\u3000-\u9fff\uff00-\uffef\s]|id|ID)+\)/g;
const FILLER = new Set(['the', 'a', 'an', 'of', 'id', 'ids', 'uuid', 'uuids', 'its']);
const words = (text: string) =>
	text
		.replace(VENDOR_TERM, ' ')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((w) => w && !FILLER.has(w))
		.map((w) => w.replace(/s$/, ''));

/** Whether a description says no more than its label: the same words, give or take articles, "ID", plurals and a vendor term. */
export function repeatsLabel(label: string, description: string): boolean {
	const said = words(description);
	const labelled = new Set(words(label));
	return said.length > 0 && said.every((w) => labelled.has(w));
}

/** How a value travels ("sent as YYYY-MM-DD", "sent as Base64", "Sent as … form fields"): the node's business, not the operator's. */
const SENT_AS = /\bsent as\b/i;

describe('copy checks', () => {
	test('catch the run-together sentences of issue #25 and nothing else', () => {
		expect(runsSentencesTogether('Campus name At most 100 characters.')).toBe(true);
		expect(runsSentencesTogether('UUIDs of the people to delete; Person › Search lists them One ID, a comma-separated list, or an array from an expression.')).toBe(true);
		expect(runsSentencesTogether('Students to add (学生ID), as Student › Get Many lists them One ID, a comma-separated list.')).toBe(true);
		expect(runsSentencesTogether('Campus name. At most 100 characters.')).toBe(false);
		expect(runsSentencesTogether('Mode "Add to Current Members" or "Remove From Current Members" reads it first')).toBe(false);
		expect(runsSentencesTogether('Leave Start Time and End Time empty to export the most recently ended session')).toBe(false);
		expect(runsSentencesTogether('the pages of Return All once the first page states the total')).toBe(false);
	});

	test('catch descriptions that only repeat their label', () => {
		expect(repeatsLabel('Room ID', 'Room ID.')).toBe(true);
		expect(repeatsLabel('Virtual Group', 'The virtual group')).toBe(true);
		expect(repeatsLabel('Class', 'The class (班级id)')).toBe(true);
		expect(repeatsLabel('Dial-In Number', 'Dial-in number.')).toBe(true);
		expect(repeatsLabel('Teacher Password', 'Teacher password (length 6-15).')).toBe(false);
		expect(repeatsLabel('Class', 'The class, as Class › Get Many lists them')).toBe(false);
	});

	test('a field\'s notes follow its description as sentences of their own; a lone fragment keeps n8n\'s missing full stop', () => {
		const property = (description: string, extra: object = {}) =>
			parameterToProperty({ name: 'name', label: 'Name', type: 'string', in: 'form', description, ...extra }, false).description;
		expect(property('Campus name', { maxLength: 100 })).toBe('Campus name. At most 100 characters.');
		expect(property('Campus name.', { maxLength: 100 })).toBe('Campus name. At most 100 characters.');
		expect(property('Is it one (or more)?', { maxLength: 5 })).toBe('Is it one (or more)? At most 5 characters.');
		expect(property('Campus name')).toBe('Campus name');
		expect(property('Devices; Device › List lists them', { type: 'idList' })).toBe(
			'Devices; Device › List lists them. One ID, a comma-separated list, or an array from an expression.',
		);
	});
});

describe.each(VENDORS.flatMap((v) => v.nodes.map((file) => [file, v] as const)))('%s copy', (file) => {
	const node = loadNode(file);
	/** every description the node shows: fields (in collections too, Request Options included) and their options */
	const texts: Array<{ where: string; label: string; text: string; option?: boolean }> = [];
	const walk = (properties: INodeProperties[], where: string) => {
		for (const property of properties) {
			const show = property.displayOptions?.show;
			const here = show?.operation ? `${String(show.resource)}/${String(show.operation)}` : where;
			const at = `${here} ${property.name} ("${property.displayName}")`;
			if (property.description) texts.push({ where: at, label: property.displayName, text: property.description });
			const options = (property.options ?? []) as Array<INodeProperties | { name: string; description?: string; values?: INodeProperties[] }>;
			if (property.type === 'collection') walk(options as INodeProperties[], here);
			else if (property.type === 'fixedCollection') walk(options.flatMap((o) => ('values' in o && o.values ? o.values : [])), here);
			else
				for (const option of options as Array<{ name: string; description?: string }>)
					if (option.description) texts.push({ where: `${at} option "${option.name}"`, label: option.name, text: option.description, option: true });
		}
	};
	walk(node.description.properties, '');

	test('reads descriptions', () => expect(texts.length).toBeGreaterThan(5));

	test('no description runs two sentences together', () => {
		expect(texts.filter(({ text }) => runsSentencesTogether(text)).map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
	});

	test('no field description only repeats its label', () => {
		// options are left out: n8n describes an operation in its own words ("Delete a virtual group")
		expect(texts.filter(({ label, text, option }) => !option && repeatsLabel(label, text)).map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
	});

	test('no description says how a value is sent', () => {
		expect(texts.filter(({ text }) => SENT_AS.test(text)).map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
	});
});
