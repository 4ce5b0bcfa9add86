/** The node's listSearch methods (ID pickers) through n8n-core's LoadOptionsContext against the simulator. */
import { LoadOptionsContext } from 'n8n-core';
import type { INodeListSearchResult } from 'n8n-workflow';

import { HaoYi } from '../../nodes/HaoYi/HaoYi.node';
import { makeAdditionalData } from '../harness/runNode';
import { triggerFixture } from '../harness/triggers';
import { startHaoYi } from './setup';

describe('HaoYi ID pickers', () => {
	test('every picker lists its entries by name with the id as value, filtered by the search text', async () => {
		const env = await startHaoYi();
		try {
			env.sim.addSchool({ name: '南湖小学' });
			env.sim.addRecording();
			const node = new HaoYi();
			const f = triggerFixture(node, { resource: 'camera', operation: 'start' }, env.credentials);
			const context = new LoadOptionsContext(f.workflow, f.node, makeAdditionalData(env.credentials, { id: 'w', name: 'w', nodes: [f.node], connections: {}, active: false } as never), 'parameters.cameraId');
			const search = node.methods.listSearch as Record<string, (this: LoadOptionsContext, filter?: string) => Promise<INodeListSearchResult>>;

			expect((await search.searchSchools.call(context)).results).toEqual([
				{ name: '东升一中 (1)', value: '1' },
				{ name: '南湖小学 (2)', value: '2' },
			]);
			expect((await search.searchSchools.call(context, '南湖')).results).toEqual([{ name: '南湖小学 (2)', value: '2' }]);
			for (const [method, value] of [
				['searchSubjects', '1'], ['searchGrades', '1'], ['searchTeachers', '1'], ['searchGathers', '1'], ['searchCameras', '1'], ['searchRecordings', '1'],
			]) {
				const { results } = await search[method].call(context);
				expect(results).toEqual([expect.objectContaining({ value })]);
				expect(results[0].name).toMatch(/\(1\)$/);
			}
			expect(env.sim.tokenExchanges).toBe(1);
			expect(env.sim.violations).toEqual([]);
		} finally {
			await env.sim.stop();
		}
	});
});
