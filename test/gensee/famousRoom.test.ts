/**
 * 5.44 Create Dual-Teacher Classroom: Class Count (default 1) says how many tutoring classes the site makes and
 * Tutoring Classes names them. Names given without a count make one class each; a count given is sent as it is.
 */
import type { IDataObject } from 'n8n-workflow';

import { Gensee } from '../../nodes/Gensee/Gensee.node';
import { runNode } from '../harness/runNode';
import type { GenseeSimulator } from '../simulators/gensee/GenseeSimulator';
import { lastForm, startGensee } from './setup';

const ROOM = { subject: 'Grade 3 Maths (dual-teacher)', startDate: '2027-01-11T09:00:00', realtime: true };
const CREATE = '/training/famousroom/created';

let env: Awaited<ReturnType<typeof startGensee>>;
beforeAll(async () => {
	env = await startGensee();
});
afterAll(async () => await env.sim.stop());

/** The tutoring classes of the classroom a run created. */
function tutoringOf(sim: GenseeSimulator, items: Array<{ json: IDataObject }>): string[] {
	const id = String(items[0].json.id);
	return [...sim.rooms.values()].filter((r) => r.famousId === id).map((r) => r.subject);
}

async function createV2(parameters: IDataObject) {
	return await runNode({ nodeType: new Gensee(), typeVersion: 2, credentials: env.credentials, parameters: { resource: 'famousRoom', operation: 'create', ...parameters } });
}

test('version 2: two Tutoring Class entries without a Class Count make two classes, named', async () => {
	const result = await createV2({ columns: { mappingMode: 'defineBelow', value: ROOM }, slaveClazzList: { entries: [{ clazzName: 'Class 3-1' }, { clazzName: 'Class 3-2' }] } });
	expect(result.error?.message).toBeUndefined();
	expect(lastForm(env.sim, CREATE)).toMatchObject({ classCount: '2', 'slaveClazzList[0].clazzName': 'Class 3-1', 'slaveClazzList[1].clazzName': 'Class 3-2' });
	expect(tutoringOf(env.sim, result.items)).toEqual(['Class 3-1', 'Class 3-2']);
});

test('a Class Count given is sent as it is: three classes, the third with the site\'s default name', async () => {
	const result = await createV2({ columns: { mappingMode: 'defineBelow', value: { ...ROOM, classCount: 3 } }, slaveClazzList: { entries: [{ clazzName: 'Class 3-1' }, { clazzName: 'Class 3-2' }] } });
	expect(result.error?.message).toBeUndefined();
	expect(lastForm(env.sim, CREATE)).toMatchObject({ classCount: '3' });
	expect(tutoringOf(env.sim, result.items)).toEqual(['Class 3-1', 'Class 3-2', '3班']);
});

test('version 1: the JSON list of two names without a Class Count makes two classes too', async () => {
	const result = await env.run('famousRoom', 'create', { ...ROOM, slaveClazzList: '[{"clazzName": "Class A"}, {"clazzName": "Class B"}]' });
	expect(result.error?.message).toBeUndefined();
	expect(lastForm(env.sim, CREATE)).toMatchObject({ classCount: '2' });
	expect(tutoringOf(env.sim, result.items)).toEqual(['Class A', 'Class B']);
});
