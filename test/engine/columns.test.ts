/**
 * Columns (node version 2) on wide writes: Map Automatically reads the items' JSON by the vendor's
 * field names or the fields' labels, Map Each Column Below takes typed columns; a workflow saved with version 1
 * keeps its fields. Proven on Megvii HongTu › Person › Batch Add and Smart Classroom › Student › Create
 * against their simulators; what is sent is checked against the vendor documents' parameter lists.
 */
import type { IDataObject, ILoadOptionsFunctions, INodeProperties, INodeType } from 'n8n-workflow';

import { Baijiayun } from '../../nodes/Baijiayun/Baijiayun.node';
import { Gensee } from '../../nodes/Gensee/Gensee.node';
import { HaoYi } from '../../nodes/HaoYi/HaoYi.node';
import { HongTu } from '../../nodes/HongTu/HongTu.node';
import { SmartClassroom } from '../../nodes/SmartClassroom/SmartClassroom.node';
import { isColumn } from '../../nodes/shared/fields/columns';
import { VENDORS } from '../../nodes/vendors';
import { vendorDocument } from '../fixtures/documents';
import { startHongTu } from '../hongtu/setup';
import { startSmartClassroom } from '../smartclassroom/setup';

const BATCH_ADD = '/v1/api/person/batchAdd';

/** The fields one person entry of Batch Add may carry, as the document lists them (personList[].x). */
function documentedPersonFields(): Map<string, boolean> {
	const endpoint = vendorDocument('hongtu').endpoints.find((e) => e.path === BATCH_ADD)!;
	return new Map(
		endpoint.params.filter((p) => p.name.startsWith('personList[].')).map((p) => [p.name.slice('personList[].'.length), p.required]),
	);
}

async function columnsOf(node: INodeType, resource: string, operation: string) {
	const context = { getNodeParameter: (name: string) => ({ resource, operation })[name as 'resource' | 'operation'] };
	const methods = node.methods as unknown as { resourceMapping: { getColumns: (this: ILoadOptionsFunctions) => Promise<{ fields: IDataObject[] }> } };
	return (await methods.resourceMapping.getColumns.call(context as unknown as ILoadOptionsFunctions)).fields;
}

/** The version 2 properties of an operation, Additional Fields opened. */
function version2Fields(node: INodeType, resource: string, operation: string): INodeProperties[] {
	const own = node.description.properties.filter(
		(p) => p.displayOptions?.show?.resource?.[0] === resource && p.displayOptions?.show?.operation?.[0] === operation && p.displayOptions?.show?.['@version']?.[0] === 2,
	);
	return own.flatMap((p) => (p.type === 'collection' ? (p.options as INodeProperties[]) : [p]));
}

const shownFor = (property: INodeProperties, resource: string, operation: string) =>
	property.displayOptions?.show?.resource?.includes(resource) && property.displayOptions?.show?.operation?.includes(operation);

describe('Columns in the node description', () => {
	const nodes: INodeType[] = [new HongTu(), new SmartClassroom(), new Gensee(), new HaoYi(), new Baijiayun()];

	test('every wide write of the five nodes offers Columns from version 2 and keeps its fields in version 1', () => {
		let count = 0;
		for (const node of nodes) {
			for (const columns of node.description.properties.filter((p) => p.type === 'resourceMapper')) {
				count++;
				const { resource, operation, '@version': version } = columns.displayOptions!.show!;
				expect(version).toEqual([2]);
				expect(columns.typeOptions?.resourceMapper).toMatchObject({ resourceMapperMethod: 'getColumns', supportAutoMap: true, mode: 'add' });
				const v1Fields = node.description.properties.filter(
					(p) => shownFor(p, String(resource![0]), String(operation![0])) && p.displayOptions?.show?.['@version']?.[0] === 1,
				);
				expect(v1Fields.length).toBeGreaterThan(0);
			}
		}
		// creates, updates, saves and batch adds with six or more fields across the five vendors
		expect(count).toBeGreaterThanOrEqual(45);
	});

	test('Person › Batch Add: one column per documented person field, required as the document says; the IDs picked from lists beside', async () => {
		const documented = documentedPersonFields();
		const fields = await columnsOf(new HongTu(), 'person', 'batchAdd');
		// several groups (a multi-select) and the visited employee (one of many persons, searched) are picked beside the columns
		const beside = version2Fields(new HongTu(), 'person', 'batchAdd').filter((p) => ['groupList', 'visitedUuid'].includes(p.name));
		expect(beside.map((p) => [p.name, p.type])).toEqual(expect.arrayContaining([['groupList', 'multiOptions'], ['visitedUuid', 'resourceLocator']]));
		expect(new Set([...fields.map((f) => f.id), 'groupList', 'visitedUuid'])).toEqual(new Set(documented.keys()));
		for (const field of fields) expect(field.required).toBe(documented.get(String(field.id)));
		const type = fields.find((f) => f.id === 'type')!;
		expect(type.type).toBe('options');
		expect(type.options).toEqual(expect.arrayContaining([expect.objectContaining({ value: 1 }), expect.objectContaining({ value: 2 })]));
		// the photo stays a field beside the columns, per item
		expect(fields.find((f) => /binary/i.test(String(f.id)))).toBeUndefined();
	});

	test('the tables mark exactly the writes of six fields or more (a renamed operation keeps its Columns)', () => {
		const WRITE = /^(create|add|update|save|batchAdd|batchUpdate|edit|modify|set|import|upsert|sync)/i;
		for (const vendor of VENDORS) {
			const marked = vendor.operations.filter((op) => op.columns).map((op) => `${op.resource}.${op.operation}`);
			const wide = vendor.operations.filter((op) => op.kind !== 'list' && WRITE.test(op.operation) && op.params.filter(isColumn).length >= 6).map((op) => `${op.resource}.${op.operation}`);
			expect([vendor.key, marked]).toEqual([vendor.key, wide]);
		}
	});

	test('an update picks its record beside the columns (mapped automatically: taken from the item when empty)', async () => {
		const fields = await columnsOf(new HongTu(), 'person', 'update');
		expect(fields.map((f) => f.id)).not.toContain('uuid');
		const record = version2Fields(new HongTu(), 'person', 'update').filter((p) => p.name === 'uuid');
		expect(record.map((p) => p.type)).toEqual(['resourceLocator']);
		expect(record[0].description).toMatch(/Map Automatically it may stay empty/);
	});
});

describe('Map Automatically', () => {
	let env: Awaited<ReturnType<typeof startHongTu>>;
	beforeEach(async () => {
		env = await startHongTu();
	});
	afterEach(async () => await env.sim.stop());

	const auto = { columns: { mappingMode: 'autoMapInputData', value: null } };

	test('sends input fields named by wire name or by label (any case and spacing), option names as their codes', async () => {
		const rows = [
			{ name: 'Zhang San', Type: 'Employee', sex: 'male', code: 'E001', 'card number': '10001', phone: '13800138000', Remark: 'Grade 7 tutor' },
			{ NAME: 'Li Si', type: 1, Sex: 'Female', CODE: 'E002', Card_Number: 10002, 'Entry Time': '2024-09-01T08:00:00+08:00', birthday: '1990-01-02 08:00:00+08:00' },
		];
		const result = await env.run('person', 'batchAdd', auto, rows.map((json) => ({ json })), { typeVersion: 2 });
		expect(result.error).toBeUndefined();
		const sent = env.sim.requestsTo(BATCH_ADD).flatMap((r) => r.body.personList as IDataObject[]);
		expect(sent).toEqual([
			{ name: 'Zhang San', type: 1, sex: 1, code: 'E001', cardNum: '10001', phone: '13800138000', ext: 'Grade 7 tutor' },
			{ name: 'Li Si', type: 1, sex: 2, code: 'E002', cardNum: '10002', entryTimeStamp: Date.parse('2024-09-01T00:00:00Z'), birthdayStamp: Date.parse('1990-01-02T00:00:00Z') },
		]);
		const documented = documentedPersonFields();
		for (const entry of sent) for (const key of Object.keys(entry)) expect(documented.has(key)).toBe(true);
		expect(result.items.map((i) => i.json.success)).toEqual([true, true]);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(env.sim.persons.size).toBe(2);
	});

	test('input fields that match no field are named once in the output hint, not sent and not an error', async () => {
		const rows = [
			{ name: 'A', type: 1, Department: 'Maths', row: 1 },
			{ name: 'B', type: 1, Department: 'Art', row: 2 },
		];
		const result = await env.run('person', 'batchAdd', auto, rows.map((json) => ({ json })), { typeVersion: 2 });
		expect(result.error).toBeUndefined();
		const hints = result.run.data.resultData.runData['Node Under Test'][0].hints ?? [];
		expect(hints).toHaveLength(1);
		expect(hints[0].message).toMatch(/^2 input fields matched no Batch Add field and were not sent: "Department", "row"/);
		const sent = env.sim.requestsTo(BATCH_ADD).flatMap((r) => r.body.personList as IDataObject[]);
		expect(sent).toEqual([
			{ name: 'A', type: 1 },
			{ name: 'B', type: 1 },
		]);
	});

	test('a missing required field fails before anything is sent, naming the item and the field', async () => {
		const rows = [{ name: 'A', type: 1 }, { type: 1, code: 'E9' }];
		const result = await env.run('person', 'batchAdd', auto, rows.map((json) => ({ json })), { typeVersion: 2 });
		expect(result.error?.message).toBe('The "Name" field (name) is required [item 1]');
		expect(result.error?.description).toMatch(/give item 1 a "name" or "Name" field/);
		expect(env.sim.requestsTo(BATCH_ADD)).toHaveLength(0);
	});

	test('an option name the field does not know is refused with the allowed names', async () => {
		const result = await env.run('person', 'batchAdd', auto, [{ json: { name: 'A', type: 'Teacher' } }], { typeVersion: 2 });
		expect(result.error?.message).toMatch(/^The "Type" field \(type\) must be one of 1 \(Employee\), 2 \(Visitor\).*got "Teacher" \[item 0\]$/);
		expect(env.sim.requestsTo(BATCH_ADD)).toHaveLength(0);
	});

	test('the photo stays an option beside the columns, read per item', async () => {
		const photo = (json: IDataObject, content: string) => ({
			json,
			binary: { face: { data: Buffer.from(content).toString('base64'), mimeType: 'image/jpeg', fileName: 'face.jpg' } },
		});
		const parameters = { ...auto, additionalFields: { photoBinaryProperty: 'face' } };
		const result = await env.run('person', 'batchAdd', parameters, [photo({ name: 'Ann', type: 1 }, 'face-ann')], { typeVersion: 2 });
		expect(result.error).toBeUndefined();
		const [entry] = env.sim.requestsTo(BATCH_ADD).flatMap((r) => r.body.personList as IDataObject[]);
		expect(entry.imageUri).toEqual(expect.any(String));
		expect(env.sim.uploads).toHaveLength(1);
	});
});

describe('Smart Classroom › Student › Create, mapped automatically', () => {
	test('a registrar’s CSV headers (the fields’ labels) and option names reach the server as its fields and codes', async () => {
		const env = await startSmartClassroom();
		const documented = vendorDocument('smartclassroom').endpoints.find((e) => e.method === 'POST' && e.path === '/student')!;
		const rows = [
			{ 'Student Number': 'S1', Name: 'Chen Yu', Gender: 'Male', 'Enrolment Date': '2026-09-01', 'Certificate Type': 'ID Card', 'Certificate Number': '110101201001010011', Major: 'Science', Class: '10-1' },
			{ 'student number': 'S2', name: 'Zhao Min', gender: 'female', 'certificate type': 'passport', 'Certificate Number': 'E1234', Class: '10-2' },
		];
		const result = await env.run('student', 'create', { columns: { mappingMode: 'autoMapInputData', value: null } }, rows.map((json) => ({ json })), { typeVersion: 2 });
		const sent = env.sim.requestsTo('/student').filter((r) => r.method === 'POST').map((r) => r.body as IDataObject);
		await env.sim.stop();
		expect(result.error).toBeUndefined();
		expect(sent).toEqual([
			{ job_number: 'S1', name: 'Chen Yu', gender: 1, start_time: '2026-09-01', certificate_type: 1, certificate_number: '110101201001010011', major: 'Science' },
			{ job_number: 'S2', name: 'Zhao Min', gender: 2, certificate_type: 2, certificate_number: 'E1234' },
		]);
		const names = new Set(documented.params.map((p) => p.name));
		for (const body of sent) for (const key of Object.keys(body)) expect(names.has(key)).toBe(true);
		const hints = result.run.data.resultData.runData['Node Under Test'][0].hints ?? [];
		expect(hints.map((h) => h.message)).toEqual([expect.stringMatching(/^1 input field matched no Create field and was not sent: "Class"/)]);
	});
});

describe('Map Each Column Below', () => {
	test('columns given below, with expressions, are typed and sent', async () => {
		const env = await startHongTu();
		const columns = {
			mappingMode: 'defineBelow',
			value: { name: '={{ $json.full_name }}', type: 2, visitType: '={{ $json.vip ? 2 : 1 }}', phone: '={{ $json.mobile }}', visitedUuid: 'host-1', visitStartTimeStamp: '2024-09-01T08:00:00Z', visitEndTimeStamp: '2024-09-01T17:00:00Z' },
			matchingColumns: [],
			schema: [],
		};
		const result = await env.run('person', 'batchAdd', { columns }, [{ json: { full_name: 'Wang Wu', vip: true, mobile: '13900139000' } }], { typeVersion: 2 });
		await env.sim.stop();
		expect(result.error).toBeUndefined();
		expect(env.sim.requestsTo(BATCH_ADD)[0].body.personList).toEqual([
			{
				name: 'Wang Wu',
				type: 2,
				visitType: 2,
				phone: '13900139000',
				visitedUuid: 'host-1',
				visitStartTimeStamp: Date.parse('2024-09-01T08:00:00Z'),
				visitEndTimeStamp: Date.parse('2024-09-01T17:00:00Z'),
			},
		]);
	});
});

describe('a workflow saved with version 1', () => {
	test('keeps its fields and Additional Fields, and runs as before', async () => {
		const env = await startHongTu();
		const parameters = { name: '={{ $json.name }}', type: 1, additionalFields: { code: '={{ $json.code }}', sex: 2 } };
		const result = await env.run('person', 'batchAdd', parameters, [{ json: { name: 'Old Flow', code: 'V1' } }], { typeVersion: 1 });
		await env.sim.stop();
		expect(result.error).toBeUndefined();
		expect(env.sim.requestsTo(BATCH_ADD)[0].body.personList).toEqual([{ name: 'Old Flow', type: 1, code: 'V1', sex: 2 }]);
	});
});
