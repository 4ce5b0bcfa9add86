/**
 * Simplified output keeps what workflows use (issue #25), over the built nodes:
 *
 * - Every field the node computes is kept: for each operation with a `simplify` list, the fields the node's
 *   own code adds to a record of the fields the vendor document gives it (HaoYi media URLs, Gensee ISO
 *   times; see ./computedFields.ts); for each trigger source with a simplified shape, what the trigger adds
 *   to the document's callback samples (HongTu ISO times and image URLs) or to the documented list records
 *   (HaoYi media URLs).
 * - Every field an example workflow (examples/*.json) reads of a node's simplified item is kept: the fields
 *   `$json` names in the nodes the item reaches (through filters and other pass-through nodes) and those
 *   `$('<node>').item.json` names anywhere.
 *
 * The expectations come from the vendor-document fixtures and the code's computed output, not from the
 * lists under test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../../nodes/shared/engine/definitions';
import type { Vendor as VendorModule } from '../../nodes/shared/vendor';
import { callbackSample, printedSample, vendorDocument, type Vendor } from '../fixtures/documents';
import { built, computedFields } from './computedFields';

const { VENDORS } = built<{ VENDORS: VendorModule[] }>('vendors');
const vendorOf = (key: Vendor) => VENDORS.find((v) => v.key === key)!;

const squash = (path: string) => path.replace(/\s+/g, '');
function recordFieldsOf(vendor: Vendor, op: OperationDefinition): string[] | undefined {
	return vendorDocument(vendor).endpoints.find(
		(e) => e.method === op.method && [e.path, e.pathAsPrinted].filter(Boolean).map((p) => squash(p!)).includes(squash(op.path)),
	)?.recordFields;
}

/** The keys a simplified item has, for a list of (dotted) paths: each under its last key. */
const keysOf = (paths: string[]) => paths.map((p) => p.split('.').pop()!);

describe('action nodes: the simplified record keeps every field the node computes', () => {
	test.each(VENDORS.map((v) => [v.info.node, v.key as Vendor] as const))('%s', (_name, vendor) => {
		const problems: string[] = [];
		let computedAny = false;
		for (const op of vendorOf(vendor).operations) {
			if (!op.simplify?.length) continue;
			const fields = recordFieldsOf(vendor, op);
			if (!fields) continue;
			const computed = computedFields(vendor, fields);
			computedAny ||= computed.length > 0;
			const kept = keysOf(op.simplify);
			for (const field of computed) if (!kept.includes(field)) problems.push(`${op.resource}/${op.operation}: drops ${field}, which the node computes`);
		}
		expect(problems).toEqual([]);
		// the vendors whose nodes compute fields have simplified reads that get them
		expect(computedAny).toBe(['haoyi', 'gensee'].includes(vendor));
	});

	test('HaoYi Recording › List and Camera › List keep the URLs the node builds from the storage paths', () => {
		const haoyi = vendorOf('haoyi').operations;
		const list = (resource: string) => haoyi.find((op) => op.resource === resource && op.operation === 'list')!;
		expect(computedFields('haoyi', recordFieldsOf('haoyi', list('record'))!).sort()).toEqual(['file_url', 'image_url']);
		expect(list('record').simplify).toEqual(expect.arrayContaining(['file_url', 'image_url']));
		expect(computedFields('haoyi', recordFieldsOf('haoyi', list('camera'))!)).toEqual(['image_url']);
		expect(list('camera').simplify).toContain('image_url');
	});

	test('Gensee Classroom › Get keeps the join tokens the document gives the classroom', () => {
		const get = vendorOf('gensee').operations.find((op) => op.resource === 'room' && op.operation === 'get')!;
		const tokens = recordFieldsOf('gensee', get)!.filter((f) => /Token$/.test(f));
		expect(tokens.length).toBeGreaterThanOrEqual(4);
		expect(get.simplify).toEqual(expect.arrayContaining(tokens));
	});

	test('Smart Classroom Student keeps the certificate number, as Teacher does', () => {
		const ops = vendorOf('smartclassroom').operations;
		for (const resource of ['student', 'teacher'])
			for (const operation of ['get', 'list']) {
				const op = ops.find((o) => o.resource === resource && o.operation === operation)!;
				expect(recordFieldsOf('smartclassroom', op)).toContain('certificate_number');
				expect([resource, operation, op.simplify]).toEqual([resource, operation, expect.arrayContaining(['certificate_type', 'certificate_number'])]);
			}
	});
});

interface HongTuTriggerModule {
	toRecordItem: (record: IDataObject, baseUrl: string, extra?: IDataObject) => IDataObject;
	simplifiedKeys: (source: 'businessPush' | 'passRecords' | 'eventRecords', fields: string[]) => string[];
	SIMPLIFIED_FIELDS: { busiTypes: Record<string, string[]>; passRecords: string[]; eventRecords: string[] };
}

describe('trigger items: the simplified shape keeps every field the trigger computes', () => {
	test('HongTu: ISO times and image URLs the trigger adds to the document\'s samples', () => {
		const { toRecordItem, simplifiedKeys, SIMPLIFIED_FIELDS } = built<HongTuTriggerModule>('HongTu/HongTuTrigger.node');
		const variants = (id: string) => Object.keys(callbackSample('hongtu', id)).map((variant) => printedSample('hongtu', id, variant));
		const sources: Array<[string, ReturnType<HongTuTriggerModule['simplifiedKeys']>, Array<Record<string, unknown>>]> = [
			['busiType 1', simplifiedKeys('businessPush', SIMPLIFIED_FIELDS.busiTypes[1]), [printedSample('hongtu', 'busiPush1SecurityRecognition')]],
			['busiType 2', simplifiedKeys('businessPush', SIMPLIFIED_FIELDS.busiTypes[2]), [printedSample('hongtu', 'busiPush2VehicleRecord')]],
			['busiType 3', simplifiedKeys('businessPush', SIMPLIFIED_FIELDS.busiTypes[3]), [printedSample('hongtu', 'busiPush3AlertRecord')]],
			['busiType 5', simplifiedKeys('businessPush', SIMPLIFIED_FIELDS.busiTypes[5]), [printedSample('hongtu', 'busiPush5PassRecord')]],
			['busiType 12', simplifiedKeys('businessPush', SIMPLIFIED_FIELDS.busiTypes[12]), variants('busiPush12StructuredRecord')],
			['pass records', simplifiedKeys('passRecords', SIMPLIFIED_FIELDS.passRecords), [printedSample('hongtu', 'passRecord')]],
			// the alert event's sample cannot be parsed (the PDF cut lines inside its arrays)
			['event records', simplifiedKeys('eventRecords', SIMPLIFIED_FIELDS.eventRecords), [printedSample('hongtu', 'eventRecord', 'personEvent (1.3.4)')]],
		];
		const problems: string[] = [];
		let computedAny = 0;
		for (const [name, keys, records] of sources)
			for (const record of records) {
				const computed = Object.keys(toRecordItem(record as IDataObject, 'http://192.168.1.10')).filter((key) => !(key in record));
				computedAny += computed.length;
				for (const field of computed) if (!keys.includes(field)) problems.push(`${name}: drops ${field}, which the trigger computes`);
			}
		expect(problems).toEqual([]);
		expect(computedAny).toBeGreaterThan(0);
	});

	test('HongTu pass pushes keep who passed, visitors\' host and reason, the temperature, when and where', () => {
		const { simplifiedKeys, SIMPLIFIED_FIELDS } = built<HongTuTriggerModule>('HongTu/HongTuTrigger.node');
		const record = printedSample('hongtu', 'busiPush5PassRecord');
		const identifying = ['personName', 'personUuid', 'personType', 'visitPersonName', 'visitReason', 'temperature', 'passTimestamp', 'passTimeFormat', 'deviceName', 'deviceLocation', 'zoneName'];
		for (const field of identifying) expect([field, field in record]).toEqual([field, true]);
		expect(simplifiedKeys('businessPush', SIMPLIFIED_FIELDS.busiTypes[5])).toEqual(expect.arrayContaining([...identifying, 'passTimestampIso']));
		expect(simplifiedKeys('passRecords', SIMPLIFIED_FIELDS.passRecords)).toEqual(expect.arrayContaining([...identifying, 'passTimestampIso']));
	});

	test('HaoYi: the media URLs the trigger builds for new recordings and changed cameras', () => {
		const { SIMPLIFIED_KEYS } = built<{ SIMPLIFIED_KEYS: Record<'newRecording' | 'cameraStatusChanged', string[]> }>('HaoYi/HaoYiTrigger.node');
		const fieldsOf = (path: string) => vendorDocument('haoyi').endpoints.find((e) => e.method === 'GET' && e.path === path)!.recordFields!;
		const recording = computedFields('haoyi', fieldsOf('/api/v1/list_record'));
		const camera = computedFields('haoyi', fieldsOf('/api/v1/list_camera'));
		expect(recording.sort()).toEqual(['file_url', 'image_url']);
		expect(SIMPLIFIED_KEYS.newRecording).toEqual(expect.arrayContaining(recording));
		expect(camera).toEqual(['image_url']);
		expect(SIMPLIFIED_KEYS.cameraStatusChanged).toEqual(expect.arrayContaining(camera));
	});
});

interface WorkflowNode {
	name: string;
	type: string;
	typeVersion: number;
	parameters: IDataObject;
}
interface Workflow {
	nodes: WorkflowNode[];
	connections: Record<string, { main?: Array<Array<{ node: string }>> }>;
}

/** Nodes that pass their input items on unchanged, so the nodes after them read the same item. */
const PASS_THROUGH = /\.(filter|if|switch|noOp|wait|limit|removeDuplicates|sort)$/;

/** The fields `$json.x` / `$json["x"]` names in some parameters. */
const jsonFields = (parameters: unknown) =>
	[...JSON.stringify(parameters).matchAll(/\$json(?:\.([A-Za-z_]\w*)|\[\\?["']([A-Za-z_]\w*)\\?["']\])/g)].map((m) => m[1] ?? m[2]);

/** The simplified keys of one of the package's nodes as a workflow configures it, or undefined where it has none. */
function simplifiedKeysOf(node: WorkflowNode): string[] | undefined {
	const keys = simplifiedEventKeysOf(node);
	const webhook = ['hongTuTrigger', 'genseeTrigger', 'baijiayunTrigger'].includes(node.type.split('.').pop()!);
	return keys && webhook ? [...keys, ...built<{ DELIVERY_FIELDS: string[] }>('shared/triggers/webhookTrigger').DELIVERY_FIELDS] : keys;
}

function simplifiedEventKeysOf(node: WorkflowNode): string[] | undefined {
	const parameters = node.parameters;
	const type = node.type.split('.').pop()!;
	if (type === 'hongTuTrigger') {
		const { simplifiedKeys, SIMPLIFIED_FIELDS } = built<HongTuTriggerModule>('HongTu/HongTuTrigger.node');
		const source = parameters.source as 'businessPush' | 'passRecords' | 'eventRecords';
		if (source === 'businessPush') return [...new Set(((parameters.busiTypes as string[]) ?? []).flatMap((t) => simplifiedKeys(source, SIMPLIFIED_FIELDS.busiTypes[t])))];
		return SIMPLIFIED_FIELDS[source] && simplifiedKeys(source, SIMPLIFIED_FIELDS[source]);
	}
	if (type === 'haoYiTrigger') return built<{ SIMPLIFIED_KEYS: Record<string, string[]> }>('HaoYi/HaoYiTrigger.node').SIMPLIFIED_KEYS[String(parameters.event)];
	if (type === 'baijiayunTrigger')
		return ((parameters.events as string[]) ?? []).includes('playbackMatched') ? built<{ PLAYBACK_KEYS: string[] }>('Baijiayun/BaijiayunTrigger.node').PLAYBACK_KEYS : undefined;
	const vendor = VENDORS.find((v) => v.nodes[0].split('/').pop()!.replace('.node', '').toLowerCase() === type.toLowerCase());
	const op = vendor?.operations.find((o) => o.resource === parameters.resource && o.operation === parameters.operation);
	return op?.simplify && keysOf(op.simplify);
}

describe('examples: the simplified items keep the fields the example workflows read', () => {
	const folder = join(__dirname, '../../examples');
	const examples = readdirSync(folder).filter((f) => f.endsWith('.json'));

	test.each(examples)('%s', (file) => {
		const workflow = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Workflow;
		const byName = new Map(workflow.nodes.map((n) => [n.name, n]));
		const problems: string[] = [];
		for (const node of workflow.nodes) {
			const keys = simplifiedKeysOf(node);
			if (!keys) continue;
			// the fields read of this node's item: by the nodes it reaches, and by name anywhere
			const read = new Set<string>();
			const seen = new Set<string>();
			const visit = (name: string) => {
				for (const next of (workflow.connections[name]?.main ?? []).flat()) {
					if (seen.has(next.node)) continue;
					seen.add(next.node);
					const target = byName.get(next.node)!;
					for (const field of jsonFields(target.parameters)) read.add(field);
					if (PASS_THROUGH.test(target.type)) visit(next.node);
				}
			};
			visit(node.name);
			const named = new RegExp(`\\$\\(\\\\?["']${node.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\\\?["']\\)\\.(?:item|first\\(\\)|last\\(\\))\\.json\\.([A-Za-z_]\\w*)`, 'g');
			for (const other of workflow.nodes) for (const m of JSON.stringify(other.parameters).matchAll(named)) read.add(m[1]);
			for (const field of read) if (!keys.includes(field)) problems.push(`${node.name}: the workflow reads ${field}, which Simplified drops`);
		}
		expect(problems).toEqual([]);
	});
});
