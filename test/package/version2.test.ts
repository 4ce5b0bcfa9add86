/**
 * Version 2, what every new workflow gets, is never a step back from version 1 (issue #25), over every operation
 * of the five action nodes, each against its vendor's simulator through the editor's method calls:
 *
 * - every field version 1 offered as a picker (resource locator) is a picker in version 2 too: a resource
 *   locator, or a column whose choices the node loads from the vendor;
 * - every field that takes several IDs is picked from the vendor's list (a multi-select, or one searchable
 *   picker per entry for records too many to load), or its description says why nothing lists them;
 * - no column is an object or an array (the resource mapper cannot edit them): structured values are fields of
 *   their own beside the columns.
 * - and a workflow saved with version 1 keeps working: per vendor, an operation whose fields changed shape
 *   runs with version 1's parameters and sends what version 2 sends.
 */
import type { IDataObject, INodeProperties, INodeType, ResourceMapperField } from 'n8n-workflow';

import type { OperationDefinition } from '../../nodes/shared/engine/definitions';
import { hasColumns } from '../../nodes/shared/fields/columns';
import { fieldName } from '../../nodes/shared/fields/field';
import { differsInVersion2 } from '../../nodes/shared/fields/version2';
import { editorMethods } from '../harness/loadOptions';
import { VENDORS, type VendorFixture } from '../reliability/vendors';
import type { SmartClassroomSimulator } from '../simulators/smartclassroom/SmartClassroomSimulator';

/** The properties an operation shows at a node version, Additional Fields and fixed collections opened. */
function shownAt(node: INodeType, op: OperationDefinition, version: number): INodeProperties[] {
	const shows = (p: INodeProperties) => {
		const show = p.displayOptions?.show ?? {};
		return (
			show.resource?.[0] === op.resource &&
			show.operation?.[0] === op.operation &&
			(!show['@version'] || (show['@version'] as number[]).includes(version))
		);
	};
	return node.description.properties.filter(shows).flatMap((p) => (p.type === 'collection' ? (p.options as INodeProperties[]) : [p]));
}

/** The columns the editor gets for an operation with Columns (none for the others). */
async function columnsOf(node: INodeType, op: OperationDefinition, f: VendorFixture): Promise<ResourceMapperField[]> {
	if (!op.columns) return [];
	return (await editorMethods(node, { resource: op.resource, operation: op.operation }, f.credentials).columns()).fields;
}

describe.each(VENDORS.map((v) => [v.name, v] as const))('%s, version 2', (_name, vendor) => {
	let f: VendorFixture;
	beforeAll(async () => {
		f = await vendor.start();
	});
	afterAll(async () => await f.sim.stop());

	test('every picker of version 1 is a picker in version 2: a resource locator, or a column with the vendor\'s records as choices', async () => {
		const node = vendor.nodeType();
		const problems: string[] = [];
		let checked = 0;
		for (const op of vendor.operations) {
			const pickers = shownAt(node, op, 1).filter((p) => p.type === 'resourceLocator');
			if (!pickers.length) continue;
			const v2 = shownAt(node, op, 2);
			const columns = await columnsOf(node, op, f);
			for (const picker of pickers) {
				checked++;
				const asLocator = v2.some((p) => p.name === picker.name && p.type === 'resourceLocator');
				const param = op.params.find((p) => fieldName(p) === picker.name)!;
				const asColumn = columns.find((c) => c.id === param.name);
				if (!asLocator && asColumn?.type !== 'options') problems.push(`${op.resource}.${op.operation}: ${picker.displayName} is ${asColumn ? `a ${asColumn.type} column` : 'gone'} in version 2`);
			}
		}
		// a vendor whose table names pickers has some to check (a new vendor's example operations have none)
		if (vendor.operations.some((op) => op.params.some((p) => p.picker))) expect(checked).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});

	test('every field of several IDs is picked from a list in version 2, or says why nothing lists them', () => {
		const node = vendor.nodeType();
		const problems: string[] = [];
		for (const op of vendor.operations)
			for (const param of op.params.filter((p) => p.type === 'idList')) {
				const field = shownAt(node, op, 2).find((p) => p.name === fieldName(param));
				if (!field) continue; // a column of another shape is checked above
				const picked = field.type === 'multiOptions' ? !!field.typeOptions?.loadOptionsMethod : field.type === 'fixedCollection';
				const reason = /no operation (that )?lists|has no operation that lists|nothing lists/i.test(field.description ?? '');
				if (!picked && !reason) problems.push(`${op.resource}.${op.operation}: ${field.displayName} is ${field.type}, no reason given`);
			}
		expect(problems).toEqual([]);
	});

	test('no column is an object or an array, or text standing for several values', async () => {
		const node = vendor.nodeType();
		const problems: string[] = [];
		for (const op of vendor.operations.filter((o) => o.columns))
			for (const column of await columnsOf(node, op, f)) {
				if (column.type === 'object' || column.type === 'array') problems.push(`${op.resource}.${op.operation}: ${column.id} is ${column.type}`);
				const several = op.params.find((p) => p.name === column.id && (p.type === 'multiOptions' || p.type === 'idList'));
				if (several) problems.push(`${op.resource}.${op.operation}: ${column.id} takes several values (${several.type}) as a ${column.type} column`);
			}
		expect(problems).toEqual([]);
	});
});

/**
 * Per vendor, an operation whose fields changed shape in version 2, run with the parameters version 1 saved
 * (text IDs, JSON text, one field per column): it still runs, and sends what it did.
 */
const SAVED_WITH_VERSION_1: Record<string, { resource: string; operation: string; parameters: IDataObject; path: string; sent: IDataObject; records?(sim: never): void }> = {
	hongtu: {
		resource: 'passRule',
		operation: 'add',
		parameters: { deviceUuids: 'd1, d2', groupUuids: 'g1', scheduleUuid: { __rl: true, mode: 'id', value: 's1' } },
		path: '/v1/api/pass/authority/add',
		sent: { deviceUuids: ['d1', 'd2'], groupUuids: ['g1'], scheduleUuid: 's1' },
	},
	smartclassroom: {
		resource: 'class',
		operation: 'bindStudents',
		parameters: { infoid: { __rl: true, mode: 'id', value: '3' }, studentId: '1,2' },
		path: '/class/bind/3',
		sent: { student_id: '1,2' },
		records(sim: SmartClassroomSimulator) {
			sim.classes.push({ id: 3, name: 'Class 3', grade: 'Grade 8', students: [] });
			sim.students.push({ id: 1, name: 'Ann' }, { id: 2, name: 'Ben' });
		},
	},
	gensee: {
		resource: 'famousRoom',
		operation: 'create',
		parameters: { subject: 'Dual lesson', startDate: '2026-09-01T08:00:00', realtime: true, slaveClazzList: '[{"clazzName": "Class 1"}]' },
		path: '/training/famousroom/created',
		sent: { 'slaveClazzList[0].clazzName': 'Class 1' },
	},
	haoyi: {
		resource: 'school',
		operation: 'delete',
		parameters: { schoolId: '1,2' },
		path: '/api/v1/del_school',
		sent: { school_id: '1,2' },
	},
	baijiayun: {
		resource: 'roomDevice',
		operation: 'setAllStudentDevices',
		parameters: { roomId: '18020796069152', deviceIds: '2,3' },
		path: '/openapi/double_teacher/setAllStudentDevice',
		sent: { device_ids: '2,3' },
	},
};

/** Whether version 2 shows some field of the vendor's operations differently from version 1. */
const changedInVersion2 = (operations: OperationDefinition[]) => operations.some((op) => hasColumns(op) || op.params.some((p) => differsInVersion2(p, false)));

describe.each(VENDORS.map((v) => [v.name, v] as const))('%s: a workflow saved with version 1', (_name, vendor) => {
	test('runs unchanged', async () => {
		// a vendor none of whose fields changed shape (a new vendor's example operations) has nothing to check here
		if (!changedInVersion2(vendor.operations)) return;
		const saved = SAVED_WITH_VERSION_1[vendor.key];
		if (!saved) throw new Error(`${vendor.name}: add an operation whose fields changed shape in version 2 to SAVED_WITH_VERSION_1 in test/package/version2.test.ts`);
		const f = await vendor.start();
		saved.records?.(f.sim as never);
		try {
			// the fixture runs the node at version 1, as a workflow saved with it
			const result = await f.run(saved.resource, saved.operation, saved.parameters);
			expect(result.error).toBeUndefined();
			const sent = f.sim.requests.filter((r) => r.path.endsWith(saved.path)).map((r) => ({ ...(r.query as IDataObject), ...(r.body as IDataObject) }));
			expect(sent).toEqual([expect.objectContaining(saved.sent)]);
		} finally {
			await f.sim.stop();
		}
	});
});
