// What each example must produce inside n8n. One entry per example file (examples/<file>.json):
//   exampleChecks[file]({ execution, output(nodeName), sims })          → detail string, throws on failure
//   triggerChecks[file]({ api, url, workflowId, sim, entry, waitForNewExecution, output }) → detail string
import { isDeepStrictEqual } from 'node:util';

import fs from 'node:fs';
import path from 'node:path';

import { executionRunData, listenForTestEvent, ROOT } from '../playground/lib.mjs';

function assert(condition, message) {
	if (!condition) throw new Error(message);
}

/** Retries an assertion until it holds (activation and deactivation finish in the background). */
export async function eventually(fn, timeoutMs = 15000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			return await fn();
		} catch (error) {
			if (Date.now() > deadline) throw error;
			await new Promise((resolve) => setTimeout(resolve, 300));
		}
	}
}

const simOf = (sims, vendor) => sims.running.find((r) => r.entry.vendor === vendor).sim;

/** Executions of a workflow that n8n knows now (to tell new ones apart). */
async function knownExecutions(api, workflowId) {
	return new Set((await api.executions(workflowId)).map((e) => String(e.id)));
}

async function assertNoNewExecution(api, workflowId, known, what) {
	await new Promise((resolve) => setTimeout(resolve, 2500));
	const fresh = (await api.executions(workflowId)).filter((e) => !known.has(String(e.id)));
	assert(!fresh.length, `${what} started execution(s) ${fresh.map((e) => e.id).join(', ')}`);
}

export const exampleChecks = {
	'baijiayun-timetable-to-schedules.json': async ({ output, sims }) => {
		const sim = simOf(sims, 'baijiayun');
		const timetable = output('Timetable')[0];
		const room = Number(timetable.roomId);
		const replaced = output('Replace All Lessons');
		assert(replaced.length === 3 && replaced.every((r) => r.success === true), `Replace All Lessons: ${JSON.stringify(replaced)}`);
		// the three items went out as one timetable (the batch trait), checked on the simulator's side
		const calls = sim.requestsTo('/setRoomSchedules');
		assert(calls.length === 1, `expected 1 setRoomSchedules call, the simulator got ${calls.length}`);
		const lessons = output('Lessons of the Room');
		assert(
			isDeepStrictEqual(
				lessons.map((l) => [l.date, l.serial_number, l.title, l.start_time]),
				timetable.lessons.map((l) => [l.date, l.serial_number, l.title, `${l.date} ${l.start_time}:00`]),
			),
			`lessons listed by n8n differ from the timetable: ${JSON.stringify(lessons)}`,
		);
		const devices = output('Devices of the Room');
		const roles = Object.fromEntries(devices.map((d) => [d.device_id, d.user_role]));
		assert(
			isDeepStrictEqual(roles, { [timetable.teacherDevice]: 1, ...Object.fromEntries(timetable.studentDevices.map((id) => [id, 0])) }),
			`devices of the room: ${JSON.stringify(roles)}`,
		);
		assert(sim.lessons.get(room)?.length === 3, 'the simulator does not hold the 3 lessons');
		assert(sim.roomInfo.get(room)?.teacher_name === timetable.teacher, 'the simulator does not hold the course teacher');
		return `3 lessons in one setRoomSchedules call, teacher device ${timetable.teacherDevice} + student devices ${timetable.studentDevices.join(',')} bound to room ${room}`;
	},
};

exampleChecks['haoyi-new-recording-play-urls.json'] = async ({ output, sims }) => {
	const sim = simOf(sims, 'haoyi');
	const rows = output('Play URLs');
	const ids = [...sim.recordings.keys()];
	assert(rows.length >= 1, 'no play URLs');
	for (const row of rows) {
		assert(ids.includes(row.record_id), `unknown recording ${row.record_id}`);
		assert(new RegExp(`/play/vod/record_id/${row.record_id}/width/1280/height/720$`).test(row.play_url), `play URL: ${row.play_url}`);
	}
	return `${rows.length} recording(s) → play URLs (${rows.map((r) => r.record_id).join(', ')})`;
};

exampleChecks['smartclassroom-attendance-report.json'] = async ({ execution, output, sims }) => {
	const sim = simOf(sims, 'smartclassroom');
	const rows = output('Report Rows');
	const expected = sim.attendance.filter((a) => a.cls_id === 3 && a.course_id === 4);
	assert(rows.length === expected.length, `${rows.length} report rows for ${expected.length} attendance records`);
	const absent = rows.filter((r) => r.Status === 'absent').map((r) => r.Student);
	const wantAbsent = expected.filter((a) => a.attendance_status === 0).map((a) => a.subject_name);
	assert(isDeepStrictEqual(absent.sort(), wantAbsent.sort()), `absent: ${absent} (expected ${wantAbsent})`);
	const run = executionRunData(execution)['Attendance CSV'][0];
	const binary = run.data.main[0][0].binary?.data;
	assert(binary && binary.mimeType === 'text/csv' && /^attendance-\d{4}-\d{2}-\d{2}\.csv$/.test(binary.fileName), `CSV file: ${JSON.stringify(binary)}`);
	return `${rows.length} students (absent: ${absent.join(', ')}) → ${binary.fileName} (${binary.fileSize ?? '?'})`;
};

exampleChecks['smartclassroom-student-import.json'] = async ({ output, sims }) => {
	const sim = simOf(sims, 'smartclassroom');
	const rows = output('Student Rows');
	const results = output('Create Students');
	assert(rows.length === 4 && results.length === 4, `${results.length} results for ${rows.length} student rows`);
	const code = (field, name) => ({ gender: { Male: 1, Female: 2 }, certificate_type: { 'ID Card': 1, Passport: 2 } })[field][name];
	for (const row of rows) {
		// Map Automatically: headers by label, option names as the server's codes, the unmatched Class column not sent
		const student = sim.students.find((s) => s.job_number === row['Student Number']);
		assert(student, `student ${row['Student Number']} is not on the server`);
		const expected = {
			name: row.Name,
			gender: code('gender', row.Gender),
			// the server keeps the date as epoch seconds of that day (UTC, the playground's zone)
			start_time: row['Enrolment Date'],
			certificate_type: code('certificate_type', row['Certificate Type']),
			certificate_number: row['Certificate Number'],
			major: row.Major,
		};
		const stored = { ...student, start_time: typeof student.start_time === 'number' ? new Date(student.start_time * 1000).toISOString().slice(0, 10) : student.start_time };
		for (const [field, value] of Object.entries(expected))
			assert(String(stored[field]) === String(value), `${row['Student Number']}: ${field} is ${JSON.stringify(student[field])}, expected ${JSON.stringify(value)}`);
		assert(!('Class' in student) && !('class' in student), `${row['Student Number']}: the unmatched Class column reached the server`);
	}
	return `4 CSV rows mapped automatically → 4 students on the server (${rows.map((r) => r['Student Number']).join(', ')}) with gender and certificate codes`;
};

exampleChecks['gensee-weekly-chat-export.json'] = async ({ execution, output }) => {
	const messages = output('Export Chat of the Last 7 Days');
	assert(messages.length > 20, `only ${messages.length} chat messages exported for a week of daily classes`);
	const run = executionRunData(execution)['Chat CSV'][0];
	const items = run.data.main[0];
	assert(items.length === 1, `Convert to File made ${items.length} files`);
	const binary = items[0].binary?.data;
	assert(binary && binary.mimeType === 'text/csv' && /^chat-.*\.csv$/.test(binary.fileName), `CSV file: ${JSON.stringify(binary)}`);
	return `${messages.length} chat messages of the last 7 days → ${binary.fileName} (${binary.fileSize ?? '?'})`;
};

exampleChecks['hongtu-roster-batch-add-persons.json'] = async ({ output, sims }) => {
	const sim = simOf(sims, 'hongtu');
	const results = output('Batch Add Persons');
	const rows = output('Roster Rows');
	assert(results.length === rows.length && rows.length === 3, `${results.length} results for ${rows.length} roster rows`);
	// the box is shared with the other HongTu examples: this roster's calls are those carrying its codes
	const calls = sim.requestsTo('/person/batchAdd').filter((r) => r.body.personList?.some((e) => rows.some((row) => row.code === e.code)));
	assert(calls.length === 1, `expected one batchAdd call for the roster, the box got ${calls.length}`);
	const sent = calls[0].body.personList;
	const persons = [...sim.persons.values()];
	const day = (text) => Date.parse(`${text}T00:00:00Z`); // the playground runs n8n in UTC
	for (const row of rows) {
		const person = persons.find((p) => p.code === row.code);
		assert(person && person.name === row.name && typeof person.imageUri === 'string' && person.imageUri, `person ${row.code} on the box: ${JSON.stringify(person)}`);
		// Map Automatically: headers by wire name or label, option names as codes, dates as the box's milliseconds
		const entry = sent.find((e) => e.code === row.code);
		const expected = {
			type: 1,
			sex: row.sex === 'male' ? 1 : 2,
			phone: row.phone,
			email: row.email,
			cardNum: row['Card Number'],
			identifyNum: row['ID Number'],
			postion: row.Position,
			uniqueIdentify: row['Unique Identifier'],
			entryTimeStamp: day(row['Entry Time']),
			birthdayStamp: day(row.Birthday),
			...(row.Remark ? { ext: row.Remark } : {}),
		};
		for (const [field, value] of Object.entries(expected))
			assert(entry[field] === value, `${row.code}: ${field} sent as ${JSON.stringify(entry[field])}, expected ${JSON.stringify(value)}`);
		assert(!('Department' in entry) && !('photo_base64' in entry), `${row.code}: unmatched columns were sent: ${JSON.stringify(entry)}`);
	}
	const uploads = sim.uploads.filter((u) => rows.some((row) => u.fileName === `${row.code}.jpg`));
	assert(uploads.length === 3, `${uploads.length} photos uploaded`);
	return `3 rows of a 15-column roster → 3 photos uploaded, one batchAdd call with ${Object.keys(sent[0]).length} fields per person mapped automatically, persons ${rows.map((r) => r.code).join(', ')} on the box`;
};

exampleChecks['hongtu-nightly-roster-sync.json'] = async ({ output, sims, runAgain }) => {
	const sim = simOf(sims, 'hongtu');
	const rows = output('Roster Rows');
	const plan = output('Plan (Dry Run)');
	const synced = output('Sync Persons');
	assert(rows.length === 4, `${rows.length} roster rows`);
	// the example runs first on a box without employees: the plan creates the roster, the sync does it
	assert(plan.length === 4 && plan.every((p) => p.dryRun === true && p.action === 'create'), `Dry Run plan: ${JSON.stringify(plan)}`);
	assert(synced.length === 4 && synced.every((s) => s.action === 'created' && typeof s.id === 'string'), `Sync: ${JSON.stringify(synced)}`);
	for (const row of rows) {
		const person = [...sim.persons.values()].find((p) => p.code === row.code);
		assert(person && person.name === row.name && person.phone === row.phone && person.imageUri, `person ${row.code} on the box: ${JSON.stringify(person)}`);
	}
	const created = sim.requestsTo('/person/batchAdd').filter((r) => r.body.personList?.some((e) => rows.some((row) => row.code === e.code)));
	assert(created.length === 1, `expected one batchAdd call, the box got ${created.length}`);
	// the same roster again: the box is read, nothing is written
	const before = sim.requests.length;
	const again = await runAgain();
	assert(again.status === 'success', `second run ended ${again.status}`);
	const second = executionRunData(again)['Sync Persons']?.[0]?.data?.main?.[0]?.map((i) => i.json) ?? [];
	const paths = sim.requests.slice(before).map((r) => r.path);
	assert(second.length === 4 && second.every((s) => s.action === 'unchanged'), `second sync: ${JSON.stringify(second)}`);
	assert(paths.every((p) => p === '/v1/api/person/list'), `the second run wrote: ${paths.filter((p) => p !== '/v1/api/person/list').join(', ')}`);
	return `4 roster rows → Dry Run plan of 4 creates within the safety limit → one batchAdd with 4 photos; the same roster again: ${paths.length} list calls, 0 writes, 4 unchanged`;
};

/** Polling triggers, activated: what a new record on the simulator must start (n8n polls every minute). */
export const pollingChecks = {
	'haoyi-new-recording-play-urls.json': async ({ api, workflowId, sims, waitForNewExecution, output }) => {
		const sim = simOf(sims, 'haoyi');
		// the first poll after activation arms the cursor (and, with Include Existing Recordings, emits what is there)
		await new Promise((resolve) => setTimeout(resolve, 3000));
		const known = await knownExecutions(api, workflowId);
		const recording = sim.addRecording({ duration: 1800 });
		const deadline = Date.now() + 90000;
		while (Date.now() < deadline) {
			const execution = await waitForNewExecution(api, workflowId, known, Math.max(1000, deadline - Date.now()));
			known.add(String(execution.id));
			assert(execution.status === 'success', `execution ${execution.id} ended ${execution.status}`);
			const rows = output(execution, 'Play URLs');
			if (rows.some((r) => r.record_id === recording.record_id)) {
				assert(rows.length === 1, `the poll after the new recording emitted ${rows.length} recordings: ${rows.map((r) => r.record_id)}`);
				return `new recording ${recording.record_id} → execution ${execution.id} (mode ${execution.mode}) with its play URL`;
			}
		}
		throw new Error(`no execution for new recording ${recording.record_id} within 90 s`);
	},
};

export const triggerChecks = {
	'baijiayun-new-device-callback.json': async ({ api, url, workflowId, sim, entry, waitForNewExecution, output }) => {
		let known = await knownExecutions(api, workflowId);

		// forged and unsigned callbacks: rejected with 401, nothing starts
		const forged = await sim.sendCallback(url, { type: 'add_device', device_id: 2, qid: `forged-${Date.now()}` }, { sign: '0'.repeat(32) });
		assert(forged.status === 401, `forged callback answered ${forged.status}`);
		const unsigned = await sim.sendCallback(url, { type: 'add_device', device_id: 2, qid: `unsigned-${Date.now()}` }, { sign: null });
		assert(unsigned.status === 401, `unsigned callback answered ${unsigned.status}`);
		const stale = await sim.sendCallback(url, { type: 'add_device', device_id: 2, qid: `stale-${Date.now()}` }, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
		assert(stale.status === 401, `an hour-old callback answered ${stale.status}`);
		await assertNoNewExecution(api, workflowId, known, 'forged/unsigned/stale callbacks');

		// a signed new-device callback from the simulator: the workflow names and enables the device
		const before = sim.devices.size;
		const answer = await entry.trigger.sendDemoCallback(sim, url);
		assert(answer.status === 200, `signed callback answered ${answer.status}: ${JSON.stringify(answer.body)}`);
		const deviceId = before + 1;
		const execution = await waitForNewExecution(api, workflowId, known);
		assert(execution.status === 'success', `execution ${execution.id} ended ${execution.status}`);
		const event = output(execution, 'New Device Callback')[0];
		assert(event.event === 'deviceAdded' && event.device_id === deviceId, `trigger output: ${JSON.stringify(event)}`);
		const activation = output(execution, 'Latest Activation')[0];
		assert(activation.device_id === deviceId, `Latest Activation: ${JSON.stringify(activation)}`);
		const device = sim.devices.get(deviceId);
		assert(device.class_name === `New classroom ${deviceId}` && device.status === 0 && device.use_type === 1, `device on the simulator: ${JSON.stringify(device)}`);

		// Baijiayun retries a callback with the same qid: acknowledged, but no second execution
		known = await knownExecutions(api, workflowId);
		const qid = `retry-${Date.now()}`;
		const params = { type: 'add_device', device_id: deviceId, device_unique: device.device_unique, zone_id: 0, class_name: '', address: '', user_role: 0, qid };
		const first = await sim.sendCallback(url, params);
		assert(first.status === 200, `callback ${qid} answered ${first.status}`);
		await waitForNewExecution(api, workflowId, known);
		known = await knownExecutions(api, workflowId);
		const retry = await sim.sendCallback(url, params);
		assert(retry.status === 200, `retried callback answered ${retry.status}`);
		const problems = [];
		await assertNoNewExecution(api, workflowId, known, 'a retried callback (same qid)').catch((e) => problems.push(e.message));

		// the document's 返回标准: the receiver answers {"code":0,"msg":""}, or Baijiayun retries
		if (!isDeepStrictEqual(answer.body, { code: 0, msg: '' }))
			problems.push(`n8n answered the callback that started the workflow with ${JSON.stringify(answer.body)}, not {"code":0,"msg":""}`);
		if (problems.length)
			throw new Error(`signed callback → execution ${execution.id} succeeded and forged ones started nothing, but: ${problems.join('; ')}`);
		return `forged/unsigned/stale → 401 and no execution; signed callback → execution ${execution.id} named and enabled device ${deviceId}; retried qid acknowledged without a second execution`;
	},
	'gensee-transcode-finished.json': async ({ api, url, workflowId, sim, entry, waitForNewExecution, output }) => {
		let known = await knownExecutions(api, workflowId);
		// malformed callbacks: rejected, nothing starts
		const missing = await sim.sendCallback(url, { gsstatus: 'ok' });
		assert(missing.status === 400, `callback without gscoursewareId answered ${missing.status}`);
		const wrongStatus = await sim.sendCallback(url, { gscoursewareId: '1', gsstatus: 'maybe' });
		assert(wrongStatus.status === 400, `callback with gsstatus=maybe answered ${wrongStatus.status}`);
		await assertNoNewExecution(api, workflowId, known, 'malformed callbacks');

		const answer = await entry.trigger.sendDemoCallback(sim, url);
		assert(answer.status === 200, `transcoding callback answered ${answer.status}: ${JSON.stringify(answer.body)}`);
		const execution = await waitForNewExecution(api, workflowId, known);
		assert(execution.status === 'success', `execution ${execution.id} ended ${execution.status}`);
		const event = output(execution, 'Transcoding Finished')[0];
		const details = output(execution, 'Courseware Details')[0];
		assert(event.status === 'ok' && event.succeeded === true, `trigger output: ${JSON.stringify(event)}`);
		assert(String(details.id ?? details.coursewareId ?? '') === String(event.coursewareId) || JSON.stringify(details).includes(String(event.coursewareId)), `courseware details: ${JSON.stringify(details)}`);

		const problems = [];
		known = await knownExecutions(api, workflowId);
		const repeat = await sim.sendCallback(url, { gscoursewareId: String(event.coursewareId), gsstatus: 'ok' });
		assert(repeat.status === 200, `repeated callback answered ${repeat.status}`);
		await assertNoNewExecution(api, workflowId, known, 'a repeated transcoding callback').catch((e) => problems.push(e.message));
		if (!isDeepStrictEqual(answer.body, { code: '0', message: 'ok' }))
			problems.push(`n8n answered the callback that started the workflow with ${JSON.stringify(answer.body)}, not {"code":"0","message":"ok"}`);
		if (problems.length)
			throw new Error(`transcoding callback → execution ${execution.id} succeeded and malformed ones started nothing, but: ${problems.join('; ')}`);
		return `malformed callbacks → 400 and no execution; transcoding callback → execution ${execution.id} with the courseware's details; repeat acknowledged without a second execution`;
	},
	'hongtu-visitor-pass-notification.json': async ({ api, url, workflowId, sim, entry, waitForNewExecution, output }) => {
		// activation subscribed the production URL on the box for busiType 5
		await eventually(() => {
			const subscription = sim.subscriptions.get('appkey1');
			assert(subscription?.pushUrl === url && isDeepStrictEqual(subscription.busiTypes, [5]), `subscription on the box: ${JSON.stringify(subscription)}`);
		});
		const known = await knownExecutions(api, workflowId);
		const malformed = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '"not a record"' });
		await malformed.text();
		await assertNoNewExecution(api, workflowId, known, `a malformed push (HTTP ${malformed.status})`);
		const answer = await entry.trigger.sendDemoCallback(sim, url);
		assert(answer.status === 200, `push answered ${answer.status}: ${JSON.stringify(answer.body)}`);
		const execution = await waitForNewExecution(api, workflowId, known);
		assert(execution.status === 'success', `execution ${execution.id} ended ${execution.status}`);
		const [notification] = output(execution, 'Notification');
		assert(notification && /^Visitor Zhao Lei passed Main gate at .*, visiting Li Ming\.$/.test(notification.text), `notification: ${JSON.stringify(notification)}`);
		// the document's push answer
		if (!isDeepStrictEqual(answer.body, { code: 0, msg: '成功' }))
			throw new Error(`pass-record push → execution ${execution.id} succeeded ("${notification.text}"), but n8n answered the push with ${JSON.stringify(answer.body)}, not {"code":0,"msg":"成功"}`);
		return `activation subscribed ${url} for busiType 5; pass-record push → execution ${execution.id}: "${notification.text}"`;
	},
	'hongtu-pass-records-scaling-dedupe.json': async ({ api, url, workflowId, sim, waitForNewExecution, output }) => {
		await eventually(() => {
			const subscription = sim.subscriptions.get('appkey1');
			assert(subscription?.pushUrl === url && isDeepStrictEqual(subscription.busiTypes, [5]), `subscription on the box: ${JSON.stringify(subscription)}`);
		});
		const record = { ...callbackOf('hongtu', 'busiPush5PassRecord').sample, id: `dedupe-${Date.now()}` };
		const push = async (to) => {
			const response = await fetch(to, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ busiType: '5', data: JSON.stringify(record) }) });
			await response.text();
			return response.status;
		};
		let known = await knownExecutions(api, workflowId);
		assert((await push(url)) === 200, 'the pass-record push was not answered 200');
		const execution = await waitForNewExecution(api, workflowId, known);
		assert(execution.status === 'success', `execution ${execution.id} ended ${execution.status}`);
		const [kept] = output(execution, 'Pass Record') ?? [];
		assert(kept?.deliveryKey && kept.person === record.personName, `Pass Record: ${JSON.stringify(kept)}`);
		// the same record through another door: the trigger's memory of deliveries belongs to one process and one
		// mode, so a test listening stands in for another webhook process; Remove Duplicates' store is the database
		known = await knownExecutions(api, workflowId);
		await listenForTestEvent(api, workflowId, 'Pass Records');
		try {
			assert((await push(url.replace('/webhook/', '/webhook-test/'))) === 200, 'the push to the test URL was not answered 200');
			const again = await waitForNewExecution(api, workflowId, known, 30000);
			assert(again.status === 'success', `execution ${again.id} ended ${again.status}`);
			const passed = output(again, 'Drop Repeats') ?? [];
			assert(passed.length === 0 && !executionRunData(again)['Pass Record'], `the repeat got past Remove Duplicates in execution ${again.id}: ${JSON.stringify(passed)}`);
			return `activation subscribed ${url}; pass-record push → execution ${execution.id} kept it (deliveryKey ${String(kept.deliveryKey).slice(0, 12)}…); the same record through the test URL → execution ${again.id}, dropped by Remove Duplicates`;
		} finally {
			await api.request('DELETE', `/rest/test-webhook/${workflowId}`, undefined, { allowFail: true });
		}
	},
};

/**
 * HongTu's one push subscription per app key, in the real n8n: listening for a test event on the active
 * workflow borrows the subscription and gives it back (production then receives the next push), and a second
 * workflow on the same app key is refused activation instead of silently taking the subscription.
 */
export async function hongTuSubscriptionCheck({ api, baseUrl, example, node, sim, entry, credentialsByType, waitForNewExecution, output }) {
	const production = `${baseUrl}/webhook/${node.webhookId}/${entry.trigger.webhookPath}`;
	const test = `${baseUrl}/webhook-test/${node.webhookId}/${entry.trigger.webhookPath}`;
	const subscribed = () => sim.subscriptions.get('appkey1')?.pushUrl;
	await api.activate(example.id);
	try {
		await eventually(() => assert(subscribed() === production, `after activation the box pushes to ${subscribed()}`));
		// the editor's "Listen for test event" on the active workflow
		await listenForTestEvent(api, example.id, node.name);
		await eventually(() => assert(subscribed() === test, `while listening the box pushes to ${subscribed()}, not the test URL`));
		await api.request('DELETE', `/rest/test-webhook/${example.id}`);
		await eventually(() => assert(subscribed() === production, `after listening the box pushes to ${subscribed()}, not the production URL`));
		const known = await knownExecutions(api, example.id);
		const answer = await entry.trigger.sendDemoCallback(sim, production);
		assert(answer.status === 200, `push after listening answered ${answer.status}`);
		const execution = await waitForNewExecution(api, example.id, known);
		assert(execution.status === 'success' && output(execution, 'Notification')?.length, `production execution ${execution.id} after listening: ${execution.status}`);

		// a second workflow with the same credential and app key
		const copy = await api.importWorkflow(
			{ ...example.workflow, name: `${example.workflow.name} (second)`, nodes: example.workflow.nodes.map((n) => (n.webhookId ? { ...n, webhookId: 'c0ffee00-0000-4000-8000-00000000a55e' } : n)) },
			credentialsByType,
		);
		// n8n 2.40 answers the activation at once and registers triggers in the background, retrying a refused
		// registration with backoff: what must hold is that the box keeps pushing to the first workflow
		const { versionId } = await api.getWorkflow(copy.id);
		await api.request('POST', `/rest/workflows/${copy.id}/activate`, { versionId }, { allowFail: true });
		await new Promise((resolve) => setTimeout(resolve, 10000));
		const still = subscribed();
		// gone, retries and all, before the first workflow goes, or a retry of n8n's would then succeed
		await api.deactivate(copy.id).catch(() => undefined);
		await api.removeWorkflow(copy.id);
		assert(still === production, `a second workflow on the same app key took the subscription: the box pushes to ${still}`);
		return `listening borrowed the subscription (${test}) and gave it back; production execution ${execution.id} followed; a second workflow on the same app key did not take the subscription`;
	} finally {
		await api.deactivate(example.id);
		// n8n 2.x removes the registration in the background: the checks that follow expect the box without it
		await eventually(() => assert(!sim.subscriptions.size, `after deactivation the box still pushes to ${JSON.stringify([...sim.subscriptions.values()])}`), 30000);
	}
}

/** What the vendor document states (the repository's fixture, written from the document). */
const documented = (vendor) => JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', vendor, 'endpoints.json'), 'utf8')).callbacks;
const callbackOf = (vendor, id) => documented(vendor).find((c) => c.id === id);
/** The printed part of a value the PDF cut off (the fixture marks it). */
const printed = (value) => JSON.parse(JSON.stringify(value).replaceAll('…[truncated in source]', ''));

/** Whether every field of the expected record is in the item, with the same value (numbers may arrive as text). */
function carries(item, expected) {
	return Object.entries(expected).every(([key, value]) =>
		typeof value === 'object' && value !== null ? isDeepStrictEqual(item[key], value) : String(item[key]) === String(value));
}

/** The HongTu business-push samples by busiType, as the document prints them (busiType 12: the face record). */
const HONGTU_PUSH_SAMPLES = {
	1: () => callbackOf('hongtu', 'busiPush1SecurityRecognition').sample,
	2: () => callbackOf('hongtu', 'busiPush2VehicleRecord').sample,
	3: () => callbackOf('hongtu', 'busiPush3AlertRecord').sample,
	5: () => callbackOf('hongtu', 'busiPush5PassRecord').sample,
	12: () => Object.values(callbackOf('hongtu', 'busiPush12StructuredRecord').sample)[0],
};

/** The webhook triggers with an Output option (Gensee's callback carries two fields: nothing to simplify). */
const HAS_OUTPUT_OPTION = { hongtu: true, baijiayun: true, gensee: false };

/** What the item of each webhook trigger's sample must hold, by vendor, from the trigger node's parameters. */
const sampleItems = {
	hongtu: ({ parameters }) => {
		assert(parameters.source === 'businessPush', `no document sample for HongTu source ${parameters.source} in this check`);
		const [busiType] = parameters.busiTypes;
		return { ...printed(HONGTU_PUSH_SAMPLES[busiType]()), busiType: Number(busiType) };
	},
	baijiayun: ({ parameters }) => {
		const [event] = parameters.events;
		// the example column of the document; Baijiayun stamps the time and signs, so those two are the sender's
		const { timestamp, sign, ...sample } = callbackOf('baijiayun', { deviceAdded: 'addDevice', playbackMatched: 'playbackAutoMatch' }[event]).sample;
		return { event, ...sample };
	},
	// the document names the two parameters but prints no courseware ID
	gensee: ({ parameters }) => ({ gsstatus: parameters.statuses[0], status: parameters.statuses[0] }),
};

/**
 * "Send Sample Event When Listening" in the real n8n: a workflow of the example's trigger alone, with the option
 * on, listened to through the REST API as the editor does; the node posts the signed sample to its own test URL
 * and n8n ends that listening with an execution whose output is the sample. Nothing is registered with the
 * vendor meanwhile.
 */
export async function sampleEventCheck({ api, example, node, vendor, sim, credentialsByType, waitForNewExecution, output }) {
	const trigger = { ...node, webhookId: `5a3e1e00-0000-4000-8000-${String(Date.now()).slice(-12)}`, parameters: { ...node.parameters, sendSampleEvent: true } };
	const workflow = await api.importWorkflow({ name: `${example.workflow.name} (sample event)`, nodes: [trigger], connections: {}, settings: example.workflow.settings }, credentialsByType);
	const subscriptionsBefore = JSON.stringify([...(sim.subscriptions?.values() ?? [])]);
	try {
		const known = await knownExecutions(api, workflow.id);
		await listenForTestEvent(api, workflow.id, trigger.name);
		const execution = await waitForNewExecution(api, workflow.id, known, 30000);
		assert(execution.status === 'success' && execution.mode === 'manual', `execution ${execution.id}: ${execution.status} (${execution.mode})`);
		const items = output(execution, trigger.name);
		assert(items?.length === 1, `execution ${execution.id} output ${items?.length ?? 0} items`);
		const sample = sampleItems[vendor]({ parameters: trigger.parameters });
		// from version 2 the Output option (Simplified by default) keeps some of the record's fields: the sample's
		const simplified = HAS_OUTPUT_OPTION[vendor] && trigger.typeVersion >= 2 && (trigger.parameters.output ?? 'simple') === 'simple';
		const expected = simplified ? Object.fromEntries(Object.entries(sample).filter(([key]) => key in items[0])) : sample;
		assert(items[0].isSample === true && (!simplified || Object.keys(expected).length >= 3) && carries(items[0], expected), `execution ${execution.id} output ${JSON.stringify(items[0]).slice(0, 600)}, not the sample ${JSON.stringify(expected).slice(0, 300)}`);
		const subscriptionsAfter = JSON.stringify([...(sim.subscriptions?.values() ?? [])]);
		assert(subscriptionsAfter === subscriptionsBefore, `listening for the sample changed the box's subscriptions: ${subscriptionsAfter}`);
		return `listening → the sample through the test URL of ${trigger.name} → execution ${execution.id} (${Object.keys(expected).length} sample fields${simplified ? ', simplified' : ''}, isSample)`;
	} finally {
		await api.request('DELETE', `/rest/test-webhook/${workflow.id}`, undefined, { allowFail: true });
		await api.removeWorkflow(workflow.id);
	}
}
