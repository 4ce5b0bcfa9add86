/** The zone and device pickers (listSearch) through n8n-core's LoadOptionsContext against the simulator. */
import { LoadOptionsContext } from 'n8n-core';
import type { INodeListSearchResult, INodeProperties } from 'n8n-workflow';

import { Baijiayun } from '../../nodes/Baijiayun/Baijiayun.node';
import { makeAdditionalData } from '../harness/runNode';
import { triggerFixture } from '../harness/triggers';
import { startBaijiayun } from './setup';

describe('Baijiayun pickers', () => {
	test('zones and devices are listed by name with their id, filtered by the search text', async () => {
		const env = await startBaijiayun();
		try {
			await env.run('zone', 'add', { zoneUnique: 131, areaId: 1, name: '北京网校', address: '北京海淀区' });
			await env.run('zone', 'add', { zoneUnique: 1, areaId: 2, name: '湖北校区', address: '清和广场' });
			env.sim.addDevice({ zone_id: 1, class_name: '湖北华图中禹厅' });
			const node = new Baijiayun();
			const f = triggerFixture(node, { resource: 'device', operation: 'updateInfo' }, env.credentials);
			const context = new LoadOptionsContext(
				f.workflow,
				f.node,
				makeAdditionalData(env.credentials, { id: 'w', name: 'w', nodes: [f.node], connections: {}, active: false } as never),
				'parameters.deviceId',
			);
			const search = node.methods.listSearch as Record<string, (this: LoadOptionsContext, filter?: string) => Promise<INodeListSearchResult>>;
			expect((await search.searchZones.call(context)).results).toEqual([
				{ name: '北京网校 (1)', value: '1' },
				{ name: '湖北校区 (2)', value: '2' },
			]);
			expect((await search.searchZones.call(context, '湖北')).results).toEqual([{ name: '湖北校区 (2)', value: '2' }]);
			expect((await search.searchDevices.call(context)).results).toEqual([{ name: '湖北华图中禹厅 (1)', value: '1' }]);
			// one page at the documented maximum page size
			expect(env.sim.requestsTo('/listZone').at(-1)!.body.page_size).toBe('1000');
		} finally {
			await env.sim.stop();
		}
	});

	test('every zone or device id field is a resource locator backed by a picker', () => {
		const properties = new Baijiayun().description.properties;
		const flatten = (props: INodeProperties[]): INodeProperties[] =>
			props.flatMap((p) => [p, ...flatten(((p.options ?? []) as INodeProperties[]).filter((o) => 'type' in o))]);
		const idFields = flatten(properties).filter((p) => p.name === 'zoneId' || p.name === 'deviceId');
		expect(idFields.length).toBeGreaterThan(5);
		for (const field of idFields) {
			expect(field.type).toBe('resourceLocator');
			expect(field.modes?.[0]).toMatchObject({ name: 'list', typeOptions: { searchListMethod: field.name === 'zoneId' ? 'searchZones' : 'searchDevices' } });
		}
	});
});
