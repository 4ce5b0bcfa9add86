// Pickers of node version 2 in the real editor (issue #25): an operator picks several IDs from lists, IDs inside
// Columns and the record an update changes; the saved workflow then runs and the simulator holds what was picked.
import path from 'node:path';

import { executionError, nodeOutput, runManually } from '../playground/lib.mjs';
import { autoMappedEntriesCheck, columnPickCheck, entriesCheck, multiPickCheck, recordPickCheck, triggerPickCheck } from './browser.mjs';

const assert = (ok, message) => {
	if (!ok) throw new Error(message);
};

/** JSON with object keys sorted: values compared whatever order their keys were written in. */
const canonical = (value) => JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

/** A workflow of nodes one after the other (ids and positions given here), imported for the editor to open. */
async function chainWorkflow(api, credentialsByType, name, nodes) {
	const placed = nodes.map((node, n) => ({ id: `e0000000-0000-4000-8000-${String(n).padStart(12, '0')}`, position: [240 * n, 0], ...node }));
	const connections = Object.fromEntries(placed.slice(0, -1).map((node, n) => [node.name, { main: [[{ node: placed[n + 1].name, type: 'main', index: 0 }]] }]));
	return await api.importWorkflow({ name, nodes: placed, connections }, credentialsByType);
}

const MANUAL_START = { name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} };

/** A workflow of a Manual Trigger and one vendor node. */
const oneNodeWorkflow = async (api, credentialsByType, name, node) => await chainWorkflow(api, credentialsByType, name, [MANUAL_START, node]);

/** Runs the saved workflow; returns the vendor node's saved parameters. */
async function runSaved(api, workflowId, nodeName) {
	const saved = (await api.getWorkflow(workflowId)).nodes.find((n) => n.name === nodeName);
	const execution = await runManually(api, workflowId);
	assert(execution.status === 'success', `the saved workflow's run ended ${execution.status}`);
	return saved.parameters;
}

export async function editorPickTests({ test, api, baseUrl, workDir, screenshotDir, sims, credentialsByType, packageName }) {
	const simOf = (vendor) => sims.running.find((r) => r.entry.vendor === vendor).sim;
	const screenshot = (file) => path.join(screenshotDir, file);

	await test('editor in headless Chromium: HongTu › Pass Rule › Add picks two doors and a group from lists; the run gives the group both doors', async () => {
		const box = simOf('hongtu');
		const doors = [...box.doors.values()];
		const [group] = [...box.groups.values()];
		const [plan] = [...box.schedules.values()];
		const nodeName = 'Give Teachers Access';
		const workflow = await oneNodeWorkflow(api, credentialsByType, 'Browser: HongTu pass rule', {
			name: nodeName, type: `${packageName}.hongTu`, typeVersion: 2, parameters: { resource: 'passRule', operation: 'add' }, credentials: { hongTuApi: { id: '', name: 'HongTu (simulator)' } },
		});
		const detail = await multiPickCheck({ baseUrl, workDir, screenshot: screenshot('pickers.png'), workflowId: workflow.id, nodeName, doors: doors.map((d) => d.name), group: group.name, plan: plan.name });
		const before = box.authorities.length;
		const saved = await runSaved(api, workflow.id, nodeName);
		assert(JSON.stringify([...saved.deviceUuids].sort()) === JSON.stringify(doors.map((d) => d.uuid).sort()), `saved Doors ${JSON.stringify(saved.deviceUuids)}`);
		const added = box.authorities.slice(before);
		assert(
			added.length === doors.length && added.every((a) => a.scheduleUuid === plan.uuid && JSON.stringify(a.groupUuids) === JSON.stringify([group.uuid])),
			`the box got ${JSON.stringify(added)}`,
		);
		return `${detail}; the run gave ${group.name} ${added.length} doors on ${plan.name}`;
	});

	await test('editor in headless Chromium: Smart Classroom › Timetable › Create picks Class, Teacher and the other IDs inside Columns; the run adds the lesson', async () => {
		const server = simOf('smartclassroom');
		const [cls] = server.classes;
		const [teacher] = server.teachers;
		const nodeName = 'Add Lesson';
		const workflow = await oneNodeWorkflow(api, credentialsByType, 'Browser: Smart Classroom timetable', {
			name: nodeName, type: `${packageName}.smartClassroom`, typeVersion: 2,
			parameters: { resource: 'lessonTable', operation: 'create', columns: { mappingMode: 'defineBelow', value: {} } },
			credentials: { smartClassroomApi: { id: '', name: 'Smart Classroom (simulator)' } },
		});
		const picks = { cls_id: cls.name, course_id: server.courses[0].name, teacher_id: teacher.name, classroom_id: server.classrooms[0].name, lesson_index_id: 'Period 1', weekday: 'Monday' };
		const detail = await columnPickCheck({ baseUrl, workDir, screenshot: screenshot('columns-pick.png'), workflowId: workflow.id, nodeName, picks });
		await runSaved(api, workflow.id, nodeName);
		const lesson = server.lessonTables.find((t) => t.cls_id === cls.id && t.teacher_id === teacher.id && t.weekday === 0);
		assert(lesson, `no lesson of ${cls.name} with ${teacher.name} on Monday: ${JSON.stringify(server.lessonTables)}`);
		return `${detail}; the run added lesson ${lesson.id}`;
	});

	await test('editor in headless Chromium: HongTu › Person › Update picks the person beside Columns; the run changes that person', async () => {
		const box = simOf('hongtu');
		const person = { uuid: 'e0a1b2c3d4e5f60718293a4b5c6d7e8f', name: 'Li Na', type: 1, code: 'T9001', groupList: [] };
		box.persons.set(person.uuid, person);
		const nodeName = 'Update Person';
		const workflow = await oneNodeWorkflow(api, credentialsByType, 'Browser: HongTu person update', {
			name: nodeName, type: `${packageName}.hongTu`, typeVersion: 2,
			parameters: { resource: 'person', operation: 'update', columns: { mappingMode: 'defineBelow', value: {} } },
			credentials: { hongTuApi: { id: '', name: 'HongTu (simulator)' } },
		});
		const detail = await recordPickCheck({ baseUrl, workDir, screenshot: screenshot('record.png'), workflowId: workflow.id, nodeName, person: person.code, set: { name: 'Li Na Chen' } });
		const saved = await runSaved(api, workflow.id, nodeName);
		assert(saved.uuid?.value === person.uuid, `saved Person ${JSON.stringify(saved.uuid)}`);
		assert(box.persons.get(person.uuid).name === 'Li Na Chen', `the box's person reads ${JSON.stringify(box.persons.get(person.uuid))}`);
		return `${detail}; the run renamed ${person.code} on the box`;
	});

	await test('editor in headless Chromium: Smart Classroom Trigger picks the class and the lesson period from lists; a manual poll returns that lesson\'s behaviour event', async () => {
		const server = simOf('smartclassroom');
		const [cls] = server.classes;
		const [period] = server.lessonIndexes;
		const eventType = 23;
		const event = { id: 990001, cls_id: cls.id, lessonindex_id: period.id, event_type: eventType, sub_type: 1, timestamp: Math.floor(Date.now() / 1000), image_id: 'img-990001' };
		server.behaviourEvents.push(event);
		const nodeName = 'Hands Raised';
		const trigger = { name: nodeName, type: `${packageName}.smartClassroomTrigger`, typeVersion: 2, parameters: { event: 'behaviourEvent', eventType }, credentials: { smartClassroomApi: { id: '', name: 'Smart Classroom (simulator)' } } };
		const workflow = await chainWorkflow(api, credentialsByType, 'Browser: Smart Classroom Trigger', [trigger]);
		const detail = await triggerPickCheck({ baseUrl, workDir, screenshot: screenshot('trigger-pick.png'), workflowId: workflow.id, nodeName, picks: { clsId: cls.name, lessonindexId: `(${period.id})` } });
		const saved = (await api.getWorkflow(workflow.id)).nodes.find((n) => n.name === nodeName);
		assert(String(saved.parameters.clsId?.value) === String(cls.id) && String(saved.parameters.lessonindexId?.value) === String(period.id), `saved ${JSON.stringify(saved.parameters)}`);
		const execution = await runManually(api, workflow.id);
		assert(execution.status === 'success', `the manual poll ended ${execution.status}: ${executionError(execution)}`);
		const items = nodeOutput(execution, nodeName) ?? [];
		assert(items.some((i) => i.id === event.id), `the manual poll returned ${JSON.stringify(items).slice(0, 300)}`);
		return `${detail}; the manual poll returned behaviour event ${event.id}`;
	});

	await test('editor in headless Chromium: HongTu › Attendance › Add Group takes an employee, an attendance period and the working days as entries; the run sends the document\'s arrays', async () => {
		const box = simOf('hongtu');
		const person = { uuid: 'f1a2b3c4d5e6f70819203a4b5c6d7e8f', name: 'Wu Fang', type: 1, code: 'T9003', groupList: [] };
		box.persons.set(person.uuid, person);
		const nodeName = 'Add Attendance Group';
		const workflow = await oneNodeWorkflow(api, credentialsByType, 'Browser: HongTu attendance group', {
			name: nodeName, type: `${packageName}.hongTu`, typeVersion: 2,
			parameters: { resource: 'attendance', operation: 'addGroup', columns: { mappingMode: 'defineBelow', value: {} } },
			credentials: { hongTuApi: { id: '', name: 'HongTu (simulator)' } },
		});
		const period = { onSt: '08:00', onEt: '08:30', offSt: '17:00', offEt: '17:30' };
		const detail = await entriesCheck({ baseUrl, workDir, screenshot: screenshot('entries.png'), workflowId: workflow.id, nodeName, name: 'Teaching Staff 2027', daySpan: 'Count on the First Day', person: person.code, period, days: ['Monday', 'Friday'] });
		const before = box.requests.length;
		await runSaved(api, workflow.id, nodeName);
		const sent = box.requests.slice(before).find((r) => r.path.endsWith('/attendance/group/add'))?.body;
		const expected = { name: 'Teaching Staff 2027', daySpan: 0, groupPersons: [person.uuid], attendanceTime: [{ order: 1, ...period }], weekPlan: ['MONDAY', 'FRIDAY'] };
		for (const [field, value] of Object.entries(expected))
			assert(canonical(sent?.[field]) === canonical(value), `the box got ${field} ${JSON.stringify(sent?.[field])}, not ${JSON.stringify(value)}`);
		return `${detail}; the run sent ${JSON.stringify(expected.attendanceTime)} and ${JSON.stringify(expected.weekPlan)}`;
	});

	await test('editor in headless Chromium: Gensee › Dual-Teacher Classroom › Create maps the input automatically and takes its tutoring classes as entries; the run creates them', async () => {
		const site = simOf('gensee');
		const nodeName = 'Create Classroom';
		const plan = { name: 'Room Plan', type: 'n8n-nodes-base.set', typeVersion: 3.4, parameters: { mode: 'raw', jsonOutput: JSON.stringify({ subject: 'Grade 3 Maths (dual-teacher)', startDate: '2027-01-11T09:00:00', realtime: true }), options: {} } };
		const gensee = {
			name: nodeName, type: `${packageName}.gensee`, typeVersion: 2,
			parameters: { resource: 'famousRoom', operation: 'create', columns: { mappingMode: 'autoMapInputData', value: null } },
			credentials: { genseeApi: { id: '', name: 'Gensee (simulator)' } },
		};
		const workflow = await chainWorkflow(api, credentialsByType, 'Browser: Gensee dual-teacher classroom', [MANUAL_START, plan, gensee]);
		const classes = ['Class 3-1', 'Class 3-2'];
		const detail = await autoMappedEntriesCheck({ baseUrl, workDir, screenshot: screenshot('entries-auto.png'), workflowId: workflow.id, nodeName, addLabel: 'Add Tutoring Class', field: 'clazzName', values: classes });
		await runSaved(api, workflow.id, nodeName);
		const famous = [...site.rooms.values()].find((r) => r.kind === 'famous' && r.subject === 'Grade 3 Maths (dual-teacher)');
		assert(famous, 'the site has no dual-teacher classroom "Grade 3 Maths (dual-teacher)"');
		const tutoring = [...site.rooms.values()].filter((r) => r.famousId === famous.id).map((r) => r.subject);
		assert(canonical(tutoring) === canonical(classes), `its tutoring classes are ${JSON.stringify(tutoring)}`);
		return `${detail}; the run created classroom ${famous.id} with tutoring classes ${tutoring.join(', ')}`;
	});
}
