/**
 * The node's description and pickers: usable as a tool, every resource with its operations, ID fields with
 * a list to pick from (rooms created in the last days, coursewares, recordings, documents from the sync
 * interfaces), run through n8n-core's LoadOptionsContext against the simulator.
 */
import { LoadOptionsContext } from 'n8n-core';
import type { INodeListSearchResult, INodeProperties, IWorkflowBase } from 'n8n-workflow';

import { Gensee } from '../../nodes/Gensee/Gensee.node';
import { GenseeTrigger } from '../../nodes/Gensee/GenseeTrigger.node';
import { makeAdditionalData } from '../harness/runNode';
import { triggerFixture } from '../harness/triggers';
import { DAY, PASSWORD, startGensee } from './setup';

describe('Gensee node description', () => {
	const node = new Gensee();
	const { properties } = node.description;

	test('usable as a tool, with light and dark icons, on the Gensee credential', () => {
		expect(node.description.usableAsTool).toBe(true);
		expect(node.description.icon).toEqual({ light: 'file:gensee.svg', dark: 'file:gensee.dark.svg' });
		expect(node.description.credentials).toEqual([{ name: 'genseeApi', required: true }]);
		expect(new GenseeTrigger().description.webhooks?.[0]).toMatchObject({ httpMethod: 'POST' });
	});

	test('59 operations across the resources, and Teacher › Create or Update composed of two of them, with Title Case names', () => {
		const operationProps = properties.filter((p) => p.name === 'operation');
		const count = operationProps.reduce((n, p) => n + (p.options?.length ?? 0), 0);
		expect(count).toBe(59 + 1);
		for (const p of operationProps) for (const o of p.options as Array<{ name: string }>) expect(o.name).toMatch(/^[A-Z]/);
	});

	test('room IDs are picked from a list or typed as text (Gensee IDs are not numeric)', () => {
		const roomGet = properties.find((p) => p.name === 'roomId' && p.displayOptions?.show?.operation?.[0] === 'get' && p.displayOptions?.show?.resource?.[0] === 'room') as INodeProperties;
		expect(roomGet.type).toBe('resourceLocator');
		const byId = roomGet.modes!.find((m) => m.name === 'id')!;
		// text IDs pass the By ID mode's check, spaces inside do not
		const regex = new RegExp(((byId.validation as unknown as Array<{ properties: { regex: string } }>)[0]).properties.regex);
		expect(['4a7b2c9d0e', 'abcDEF-123', '123', ' 42 '].every((id) => regex.test(id))).toBe(true);
		expect(['', 'two words'].some((id) => regex.test(id))).toBe(false);
	});
});

describe('pickers', () => {
	test('rooms of the last days, coursewares, recordings and documents, filtered by the search text', async () => {
		const { sim, credentials } = await startGensee();
		try {
			sim.addRoom({ subject: 'Physics today' });
			sim.addRoom({ subject: 'Chemistry three days ago', createdAt: Date.now() - 3 * DAY });
			sim.addRoom({ subject: 'History long ago', createdAt: Date.now() - 30 * DAY });
			sim.addCourseware({ subject: 'Lecture 1' });
			sim.addRecord({ name: 'Recording A' });
			sim.addDoc({ name: 'Syllabus' });

			const f = triggerFixture(new Gensee(), { resource: 'room', operation: 'get' }, credentials);
			const data = makeAdditionalData(credentials, { id: 'w', name: 'w', nodes: [f.node], connections: {}, active: false } as unknown as IWorkflowBase);
			const context = new LoadOptionsContext(f.workflow, f.node, data, 'roomId');
			const search = (method: string, filter?: string) =>
				(new Gensee().methods.listSearch as Record<string, (this: LoadOptionsContext, filter?: string) => Promise<INodeListSearchResult>>)[method].call(context, filter);

			const rooms = await search('searchRooms');
			expect(rooms.results.map((r) => r.name)).toEqual(expect.arrayContaining([expect.stringContaining('Physics today'), expect.stringContaining('Chemistry three days ago')]));
			expect(rooms.results.map((r) => r.name).join()).not.toContain('History');
			expect((await search('searchRooms', 'chem')).results).toHaveLength(1);
			expect((await search('searchCoursewares')).results[0].name).toContain('Lecture 1');
			expect((await search('searchRecordings', 'recording a')).results).toHaveLength(1);
			expect((await search('searchDocuments')).results[0].name).toContain('Syllabus');
			for (const r of sim.requests) expect(r.rawBody.toString()).toContain('loginName=');
			expect(JSON.stringify(rooms)).not.toContain(PASSWORD);
		} finally {
			await sim.stop();
		}
	});
});
