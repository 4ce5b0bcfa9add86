/** The node description: resources, deprecated operations last, pickers, Return All on every paged list. */
import type { INodeProperties } from 'n8n-workflow';

import { HongTu } from '../../nodes/HongTu/HongTu.node';
import { vendorDocument } from '../fixtures/documents';

const properties = new HongTu().description.properties;
const endpoints = vendorDocument('hongtu').endpoints;

function field(resource: string, operation: string, name: string): INodeProperties | undefined {
	return properties.find((p) => p.name === name && p.displayOptions?.show?.resource?.[0] === resource && p.displayOptions?.show?.operation?.[0] === operation);
}

describe('HongTu node description', () => {
	it('offers the resources users know', () => {
		const resources = (properties.find((p) => p.name === 'resource')!.options as Array<{ name: string }>).map((o) => o.name);
		expect(resources).toEqual(expect.arrayContaining(['Person', 'Organization', 'Person Group', 'Device', 'Time Plan', 'Door', 'Pass Rule', 'Pass Record', 'Attendance', 'Recognition', 'Vehicle', 'Face Compare', 'Clustering', 'Config', 'Subscription', 'File']));
	});

	it('labels every operation the document marks 废弃 / 不建议使用 as deprecated and lists it last', () => {
		const deprecated = endpoints.filter((op) => op.deprecated);
		expect(deprecated.length).toBeGreaterThanOrEqual(7);
		for (const selector of properties.filter((p) => p.name === 'operation')) {
			const names = (selector.options as Array<{ name: string }>).map((o) => o.name);
			const first = names.findIndex((n) => n.endsWith('(Deprecated)'));
			if (first >= 0) expect(names.slice(first).every((n) => n.endsWith('(Deprecated)'))).toBe(true);
		}
		const labelled = properties.filter((p) => p.name === 'operation').flatMap((p) => (p.options as Array<{ name: string }>).filter((o) => o.name.endsWith('(Deprecated)')));
		expect(labelled).toHaveLength(deprecated.length);
	});

	it('has Return All / Limit on every paged list of the document', () => {
		const { operations } = jest.requireActual('../../nodes/HongTu/HongTu.operations');
		const paged = endpoints.filter((o) => o.params.some((p) => p.name === 'pageNum' || p.name === 'currPage'));
		expect(paged.length).toBeGreaterThan(30);
		for (const op of paged) {
			const node = (operations as Array<{ path: string; resource: string; operation: string; kind?: string }>).find((o) => o.path === op.path && o.kind === 'list')!;
			expect(field(node.resource, node.operation, 'returnAll')).toBeDefined();
		}
	});

	it('lets users pick organizations, groups, devices, doors and time plans from lists', () => {
		expect(field('organization', 'update', 'uuid')?.type).toBe('resourceLocator');
		expect(field('personGroup', 'setPersons', 'groupUuid')?.type).toBe('resourceLocator');
		expect(field('door', 'open', 'uuid')?.modes?.[0].typeOptions?.searchListMethod).toBe('searchDoors');
		expect(field('device', 'get', 'uuid')?.modes?.[0].typeOptions?.searchListMethod).toBe('searchDevices');
		expect(field('passRule', 'add', 'scheduleUuid')?.modes?.[0].typeOptions?.searchListMethod).toBe('searchTimePlans');
		// a new time plan's uuid is chosen by the caller, not picked
		expect(field('timePlan', 'batchAdd', 'uuid')?.type).toBe('string');
		expect(new HongTu().description.usableAsTool).toBe(true);
	});

	it('lets users pick persons, vehicles, rules, tasks and groups wherever the box has a list of them', () => {
		expect(field('person', 'get', 'uuid')?.modes?.[0].typeOptions?.searchListMethod).toBe('searchPersons');
		expect(field('attendance', 'addAdjustment', 'personUuid')?.modes?.[0].typeOptions?.searchListMethod).toBe('searchPersons');
		expect(field('vehicle', 'get', 'vehicleUuId')?.modes?.[0].typeOptions?.searchListMethod).toBe('searchVehicles');
		expect(field('recognition', 'updateRule', 'uuid')?.modes?.[0].typeOptions?.searchListMethod).toBe('searchDeploymentRules');
		expect(field('vehicle', 'getRule', 'structureRuleUuId')?.modes?.[0].typeOptions?.searchListMethod).toBe('searchControlRules');
		expect(field('clustering', 'deleteTask', 'taskUuid')?.modes?.[0].typeOptions?.searchListMethod).toBe('searchClusteringTasks');
		// a virtual group is not a person group, an attendance group neither
		expect(field('faceCompare', 'deleteVirtualGroup', 'groupUuid')?.modes?.[0].typeOptions?.searchListMethod).toBe('searchVirtualGroups');
		expect(field('attendance', 'getGroup', 'uuid')?.modes?.[0].typeOptions?.searchListMethod).toBe('searchAttendanceGroups');
		// every method a field names exists in the node
		const methods = Object.keys(new HongTu().methods.listSearch);
		const named = JSON.stringify(properties).match(/"searchListMethod":"\w+"/g)!.map((m) => m.split(':')[1].replace(/"/g, ''));
		expect(named.length).toBeGreaterThan(80);
		for (const method of new Set(named)) expect(methods).toContain(method);
	});

	it('offers the document\'s codes by name', () => {
		// 云台控制: 1 上 … 14 光圈缩小
		const ptz = field('video', 'ptzControl', 'ptzCmd')!;
		expect(ptz.type).toBe('options');
		expect(ptz.options).toHaveLength(14);
		expect(ptz.options).toContainEqual({ name: 'Zoom In', value: 9 });
		// 停止或者开始动作: 0 开始, 非0 停止
		expect(field('video', 'ptzControl', 'stop')?.type).toBe('boolean');
		// 考勤组 weekPlan: the days of the week
		expect(field('attendance', 'addGroup', 'weekPlan')?.type).toBe('multiOptions');
		// 订阅业务类型 1, 2, 3, 5, 12
		const busiTypes = field('subscription', 'add', 'busiTypes')!;
		expect((busiTypes.options as Array<{ value: number }>).map((o) => o.value)).toEqual([1, 2, 3, 5, 12]);
		// 通行记录 time range: a date picker
		expect(field('passRecord', 'list', 'additionalFields')?.options?.find((o) => (o as INodeProperties).name === 'startPassTime')).toMatchObject({ type: 'dateTime' });
	});
});
