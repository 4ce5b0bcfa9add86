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
			const node = (operations as Array<{ path: string; resource: string; operation: string }>).find((o) => o.path === op.path)!;
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
});
