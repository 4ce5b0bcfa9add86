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

	test('recording tasks are listed for the camera chosen in the node, or for every camera while none is', async () => {
		const env = await startHaoYi();
		try {
			env.sim.addCamera();
			const stamp = '2017-11-15 16:23:57';
			env.sim.courses.set(7, { course_id: 7, camera_id: 1, subject_id: 1, teacher_id: 1, repeat_id: 2, week_id: 3, elapse_sec: 3600, start_sec: 37800, created: stamp, updated: stamp });
			env.sim.courses.set(8, { course_id: 8, camera_id: 2, subject_id: 1, teacher_id: 1, repeat_id: 2, week_id: 0, elapse_sec: 600, start_sec: 3600, created: stamp, updated: stamp });
			const node = new HaoYi();
			const search = node.methods.listSearch as Record<string, (this: LoadOptionsContext, filter?: string) => Promise<INodeListSearchResult>>;
			const contextWith = (parameters: Record<string, unknown>) => {
				const f = triggerFixture(node, { resource: 'course', operation: 'update', ...parameters }, env.credentials);
				const additionalData = makeAdditionalData(env.credentials, { id: 'w', name: 'w', nodes: [f.node], connections: {}, active: false } as never);
				// the editor sends the node's current parameters with a picker request
				additionalData.currentNodeParameters = f.node.parameters;
				return new LoadOptionsContext(f.workflow, f.node, additionalData, 'parameters.courseId');
			};
			const chosen = await search.searchCourses.call(contextWith({ cameraId: { __rl: true, mode: 'list', value: '1' } }));
			expect(chosen.results).toEqual([{ name: 'Camera 1 · Wednesday 2017-11-15 10:30:00 (7)', value: '7' }]);
			const all = await search.searchCourses.call(contextWith({}));
			expect(all.results.map((r) => r.value)).toEqual(['7', '8']);
			expect(all.results[1].name).toMatch(/^Camera 2 · Sunday /);
			expect(env.sim.violations).toEqual([]);
		} finally {
			await env.sim.stop();
		}
	});
});

