/** The pick lists (terms, classes, classrooms, teachers), run in n8n-core's LoadOptionsContext. */
import { LoadOptionsContext } from 'n8n-core';
import type { ILoadOptionsFunctions, INodeListSearchResult, IWorkflowBase } from 'n8n-workflow';

import { SmartClassroom } from '../../nodes/SmartClassroom/SmartClassroom.node';
import { SmartClassroomTrigger } from '../../nodes/SmartClassroom/SmartClassroomTrigger.node';
import { makeAdditionalData } from '../harness/runNode';
import { triggerFixture } from '../harness/triggers';
import { startSmartClassroom } from './setup';

type Fixture = Awaited<ReturnType<typeof startSmartClassroom>>;
type Search = (this: ILoadOptionsFunctions, filter?: string) => Promise<INodeListSearchResult>;

let f: Fixture;

beforeAll(async () => {
	f = await startSmartClassroom();
	const { sim } = f;
	sim.terms.push({ id: 11, term_year: '2024-2025', term: 'Autumn' }, { id: 12, term_year: '2024-2025', term: 'Spring' });
	sim.classes.push({ id: 21, name: 'Class 1', grade: '2024', students: [] }, { id: 22, name: 'Class 2', grade: '2024', students: [] });
	sim.classrooms.push({ id: 31, name: 'Room 101', location: 'Building A' });
	sim.teachers.push({ id: 41, name: 'Wang Fang', job_number: 'T001', photos: [] }, { id: 42, name: 'Zhao Min', job_number: 'T002', photos: [] });
});
afterAll(async () => await f.sim.stop());

async function search(nodeType: SmartClassroom | SmartClassroomTrigger, method: string, filter?: string) {
	const fixture = triggerFixture(nodeType, { resource: 'term', operation: 'get' }, f.credentials);
	const additionalData = makeAdditionalData(f.credentials, { id: 'test-workflow', name: 'Test', nodes: [fixture.node], connections: {}, active: false } as unknown as IWorkflowBase);
	const context = new LoadOptionsContext(fixture.workflow, fixture.node, additionalData, 'parameters.x');
	const fn = (nodeType.methods.listSearch as Record<string, Search>)[method];
	return (await fn.call(context, filter)).results;
}

test('terms, classes, classrooms and teachers are listed by name with their ID as value', async () => {
	expect(await search(new SmartClassroom(), 'searchTerms')).toEqual([
		{ name: '2024-2025 Autumn (11)', value: '11' },
		{ name: '2024-2025 Spring (12)', value: '12' },
	]);
	expect((await search(new SmartClassroom(), 'searchClasses')).map((r) => r.value)).toEqual(['21', '22']);
	expect(await search(new SmartClassroom(), 'searchClassrooms')).toEqual([{ name: 'Room 101 – Building A (31)', value: '31' }]);
	expect(await search(new SmartClassroom(), 'searchTeachers', 'zhao')).toEqual([{ name: 'Zhao Min · T002 (42)', value: '42' }]);
	expect((await search(new SmartClassroomTrigger(), 'searchClasses', 'class 2')).map((r) => r.value)).toEqual(['22']);
});

test('lists ask the server for its first page at the largest page size (classrooms are not paged)', async () => {
	const asked = f.sim.requests.filter((r) => r.path !== '/api/v1/auth');
	expect(asked.find((r) => r.path === '/api/v1/info/terms')!.query).toEqual({ page: '1', size: '100' });
	expect(asked.find((r) => r.path === '/api/v1/teachers')!.query).toEqual({ page: '1', size: '100' });
	expect(asked.find((r) => r.path === '/api/v1/info/classrooms')!.query).toEqual({});
	expect(f.sim.loginCount).toBe(1);
});

test('students, persons, courses, lesson periods, timetable entries and screens are listed with their ID as value', async () => {
	f.sim.students.push({ id: 51, name: 'Li Lei', job_number: 'S001', photos: [] });
	f.sim.courses.push({ id: 61, name: 'Physics', code: 'PH1' });
	f.sim.lessonIndexes.push({ id: 71, term_id: 11, num: 1, start_hour: 8, start_min: 0, end_hour: 8, end_min: 45 });
	f.sim.lessonTables.push({ id: 81, term_id: 12, cls_id: 21, course_id: 61, teacher_id: 41, classroom_id: 31, lesson_index_id: 71, weekday: 2 });
	f.sim.screens.push({ id: 91, type: 1, camera_position: 'Front', camera_address: 'rtsp://10.0.0.9/1' });
	const node = new SmartClassroom();
	expect(await search(node, 'searchStudents')).toEqual([{ name: 'Li Lei · S001 (51)', value: '51' }]);
	expect(await search(node, 'searchPersons')).toEqual([
		{ name: 'Li Lei · S001 · student (51)', value: '51' },
		{ name: 'Wang Fang · T001 · teacher (41)', value: '41' },
		{ name: 'Zhao Min · T002 · teacher (42)', value: '42' },
	]);
	expect(await search(node, 'searchPersons', 'zhao')).toEqual([{ name: 'Zhao Min · T002 · teacher (42)', value: '42' }]);
	expect(await search(node, 'searchCourses')).toEqual([{ name: 'Physics · PH1 (61)', value: '61' }]);
	expect(await search(node, 'searchLessonPeriods')).toEqual([{ name: expect.stringMatching(/^Period 1 8:00 – 8:45.*\(71\)$/), value: '71' }]);
	// the entries of every term: one listing per term
	expect(await search(node, 'searchTimetableEntries')).toEqual([{ name: 'Wednesday · period 71 · class 21 · course 61 (81)', value: '81' }]);
	expect(f.sim.requests.filter((r) => r.path === '/api/v1/info/lessontables').map((r) => r.query.term_id)).toEqual(['11', '12']);
	expect(await search(node, 'searchScreens')).toEqual([{ name: 'Camera Front rtsp://10.0.0.9/1 (91)', value: '91' }]);
});
