/**
 * HaoYi cloud recording & broadcast server (云录播 API 接口): every documented operation as data.
 * All calls are GET with query parameters (section 1); the access token is added by the credential and the
 * token exchange itself (3.2 /api/v1/access_token) lives in the credential (see transport.ts), so neither
 * appears here.
 */
import type { CreateOperation, ListBatchOperation, ListOperation, OperationDefinition, ParameterDefinition, PickerRef, RecordKey, RecordSetTrait, ResourceDefinition, VendorInfo } from '../shared/engine/definitions';
import { pageNumbers } from '../shared/engine/paging';
import { recordSetOperations } from '../shared/engine/sync';
import { cameras, courses, gathers, grades, recordings, schools, subjects, teachers } from './pickers';
import { cameraSource, checkCourseEnd, encodeDevicePassword } from './prepare';

export const resources: ResourceDefinition[] = [
	{ value: 'server', name: 'Server', description: 'The cloud recording server itself' },
	{ value: 'school', name: 'School', description: 'Schools (学校)' },
	{ value: 'subject', name: 'Subject', description: 'Subjects (科目) that recordings and tasks refer to' },
	{ value: 'grade', name: 'Grade', description: 'Grades (年级); read-only through the API' },
	{ value: 'teacher', name: 'Teacher', description: 'Teachers (教师)' },
	{ value: 'gather', name: 'Capture Client', description: 'Capture clients (采集端) that register themselves with the server' },
	{ value: 'camera', name: 'Camera', description: 'Channels (通道): cameras, MP4 files and relayed streams' },
	{ value: 'record', name: 'Recording', description: 'Recorded video files (录像)' },
	{ value: 'course', name: 'Recording Task', description: 'Weekly recording tasks of a camera (录像任务)' },
];

const ID = '^\\d+$';

/** page parameters of every list (per: page size, default 10; cur: page number from 1) */
const pageParams: ParameterDefinition[] = [
	{ name: 'cur', label: 'Page', type: 'number', in: 'query', integer: true, minValue: 1, description: 'Page number, from 1' },
	{ name: 'per', label: 'Page Size', type: 'number', in: 'query', integer: true, minValue: 1, description: 'Entries per page' },
];

/**
 * `cur`/`per` paging; the document states no maximum for `per` (default 10). 100 keeps each answer small
 * while making Return All cheap; total_num tells the engine when it has everything.
 */
const paging = {
	itemsPath: 'data',
	paging: pageNumbers({ pageParam: 'cur', sizeParam: 'per', firstPage: 1, maxPageSize: 100, totalPath: 'total_num' }),
};

const idField = (name: string, label: string, picker: PickerRef | undefined, description: string, required = true): ParameterDefinition => ({
	name,
	label,
	type: 'string',
	in: 'query',
	required,
	...(picker ? { picker } : { pattern: ID, patternHint: 'a numeric ID', placeholder: 'e.g. 1' }),
	description,
});

const idList = (picker: PickerRef, name: string, label: string, description: string): ParameterDefinition => ({
	name,
	label,
	type: 'idList',
	picker,
	in: 'query',
	required: true,
	separator: ',',
	pattern: ID,
	patternHint: 'numeric IDs',
	placeholder: 'e.g. 1,2,3',
	description,
});

const text = (name: string, label: string, required: boolean, description: string, placeholder?: string): ParameterDefinition => ({
	name,
	label,
	type: 'string',
	in: 'query',
	required,
	description,
	...(placeholder ? { placeholder } : {}),
});

const integer = (name: string, label: string, description: string, min = 0, max?: number, required = false): ParameterDefinition => ({
	name,
	label,
	type: 'number',
	in: 'query',
	integer: true,
	required,
	minValue: min,
	...(max !== undefined ? { maxValue: max } : {}),
	description,
});

const onOff = (name: string, label: string, description: string, defaultValue: number): ParameterDefinition => ({
	name,
	label,
	type: 'options',
	in: 'query',
	options: [
		{ name: 'Off', value: 0 },
		{ name: 'On', value: 1 },
	],
	default: defaultValue,
	description,
});

const sexName = (required: boolean): ParameterDefinition => ({
	name: 'sex_name',
	label: 'Sex',
	type: 'options',
	in: 'query',
	required,
	options: [
		{ name: 'Male (男)', value: '男' },
		{ name: 'Female (女)', value: '女' },
	],
	default: '男',
	description: 'The teacher\'s sex',
});

const titleId = (required: boolean): ParameterDefinition => ({
	name: 'title_id',
	label: 'Title ID',
	type: 'options',
	in: 'query',
	required,
	options: [
		{ name: 'Senior, Full (正高级)', value: 0 },
		{ name: 'Senior (高级)', value: 1 },
		{ name: 'First Grade (一级)', value: 2 },
		{ name: 'Second Grade (二级)', value: 3 },
		{ name: 'Third Grade (三级)', value: 4 },
	],
	default: 2,
	description: 'Professional title of the teacher',
});

const playSize: ParameterDefinition[] = [
	integer('width', 'Width', 'Player window width in pixels (server default 850)', 1),
	integer('height', 'Height', 'Player window height in pixels (server default 550)', 1),
];

/** the fields of a weekly recording task (3.28 / 3.29) */
const courseFields: ParameterDefinition[] = [
	idField('camera_id', 'Camera', cameras, 'The camera (channel) that records'),
	idField('subject_id', 'Subject', subjects, 'Subject of the recorded lesson'),
	idField('teacher_id', 'Teacher', teachers, 'Teacher of the recorded lesson'),
	{
		name: 'week_id',
		label: 'Weekday',
		type: 'options',
		in: 'query',
		required: true,
		options: [
			{ name: 'Sunday', value: 0 },
			{ name: 'Monday', value: 1 },
			{ name: 'Tuesday', value: 2 },
			{ name: 'Wednesday', value: 3 },
			{ name: 'Thursday', value: 4 },
			{ name: 'Friday', value: 5 },
			{ name: 'Saturday', value: 6 },
		],
		default: 1,
		description: 'Day of the week the task records on, every week',
	},
	{
		name: 'start_time',
		label: 'Start Time',
		type: 'string',
		in: 'query',
		required: true,
		pattern: '^([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d$',
		patternHint: 'a time of day as HH:MM:SS between 00:00:00 and 23:59:59',
		placeholder: 'e.g. 10:30:30',
		description: 'Time of day the recording starts, HH:MM:SS',
	},
	{
		...integer('elapse_sec', 'Duration (Seconds)', 'How long to record, in seconds. Start time plus duration must end by 23:59:59: tasks cannot run past midnight.', 1, 86399, true),
		default: 2700,
	},
];

export const listSchools: ListOperation = {
	resource: 'school',
	operation: 'list',
	name: 'List',
	action: 'List schools',
	description: 'List the schools',
	method: 'GET',
	path: '/api/v1/list_school',
	docSection: '3.3 获取学校列表',
	params: pageParams,
	kind: 'list',
	list: paging,
};

export const listSubjects: ListOperation = {
	resource: 'subject',
	operation: 'list',
	name: 'List',
	action: 'List subjects',
	description: 'List the subjects',
	method: 'GET',
	path: '/api/v1/list_subject',
	docSection: '3.7 获取科目列表',
	params: pageParams,
	kind: 'list',
	list: paging,
};

export const listGrades: ListOperation = {
	resource: 'grade',
	operation: 'list',
	name: 'List',
	action: 'List grades',
	description: 'List the grades',
	method: 'GET',
	path: '/api/v1/list_grade',
	docSection: '3.11 获取年级列表',
	params: pageParams,
	kind: 'list',
	list: paging,
};

export const listTeachers: ListOperation = {
	resource: 'teacher',
	operation: 'list',
	name: 'List',
	action: 'List teachers',
	description: 'List the teachers',
	method: 'GET',
	path: '/api/v1/list_teacher',
	docSection: '3.12 获取教师列表',
	params: pageParams,
	kind: 'list',
	list: paging,
};

export const listGathers: ListOperation = {
	resource: 'gather',
	operation: 'list',
	name: 'List',
	action: 'List capture clients',
	description: 'List the capture clients with their settings and online status',
	method: 'GET',
	path: '/api/v1/list_gather',
	simplify: ['gather_id', 'name_set', 'name_pc', 'school_id', 'ip_addr', 'mac_addr', 'os_name', 'status', 'main_rate', 'sub_rate', 'updated'],
	docSection: '3.16 获取采集端列表',
	params: pageParams,
	kind: 'list',
	list: paging,
};

export const listCameras: ListOperation = {
	resource: 'camera',
	operation: 'list',
	name: 'List',
	action: 'List cameras',
	description: 'List the channels with their school, grade, source and status; snapshot URLs are included and device passwords hidden unless asked for',
	method: 'GET',
	path: '/api/v1/list_camera',
	simplify: ['camera_id', 'camera_name', 'school_name', 'grade_name', 'gather_id', 'stream_prop', 'stream_url', 'stream_mp4', 'status', 'image_fdfs', 'image_url', 'updated'],
	docSection: '3.18 获取通道列表',
	params: pageParams,
	kind: 'list',
	list: paging,
};

export const listRecordings: ListOperation = {
	resource: 'record',
	operation: 'list',
	name: 'List',
	action: 'List recordings',
	description: 'List the recorded videos with full video and snapshot URLs',
	method: 'GET',
	path: '/api/v1/list_record',
	simplify: ['record_id', 'camera_id', 'camera_name', 'grade_name', 'subject_name', 'teacher_name', 'file_fdfs', 'file_url', 'image_fdfs', 'image_url', 'duration', 'file_size', 'created'],
	docSection: '3.25 获取录像文件列表',
	params: pageParams,
	kind: 'list',
	list: paging,
};

export const listCourses: ListOperation = {
	resource: 'course',
	operation: 'list',
	name: 'List',
	action: 'List the recording tasks of a camera',
	description: 'List the weekly recording tasks of a channel',
	method: 'GET',
	path: '/api/v1/list_course',
	simplify: ['course_id', 'camera_id', 'subject_id', 'teacher_id', 'week_id', 'start_time', 'end_time', 'elapse_sec'],
	docSection: '3.27 获取指定通道下的录像任务列表',
	params: [idField('camera_id', 'Camera', cameras, 'The channel whose tasks to list'), ...pageParams],
	kind: 'list',
	list: paging,
};

export const addSchool: CreateOperation = {
	resource: 'school',
	operation: 'add',
	name: 'Add',
	action: 'Add a school',
	description: 'Add a school',
	method: 'GET',
	path: '/api/v1/add_school',
	docSection: '3.4 添加学校',
	params: [
		text('name', 'Name', true, 'School name', 'e.g. No. 1 Middle School'),
		text('addr', 'Address', true, 'School address', 'e.g. 1 Renmin Road, Hangzhou'),
		text('phone', 'Phone', false, 'School phone number', 'e.g. 0571-88888888'),
	],
	kind: 'create',
	create: { list: listSchools, idField: 'school_id', matchFields: { name: 'name', addr: 'addr', phone: 'phone' } },
};

export const updateSchool: OperationDefinition = {
	resource: 'school',
	operation: 'update',
	name: 'Update',
	action: 'Update a school',
	description: 'Update a school; name and address are always required',
	method: 'GET',
	path: '/api/v1/mod_school',
	docSection: '3.5 修改学校',
	params: [
		idField('school_id', 'School', schools, 'The school to update'),
		text('name', 'Name', true, 'School name', 'e.g. No. 1 Middle School'),
		text('addr', 'Address', true, 'School address', 'e.g. 1 Renmin Road, Hangzhou'),
		text('phone', 'Phone', false, 'School phone number', 'e.g. 0571-88888888'),
	],
};

export const deleteSchools: ListBatchOperation = {
	resource: 'school',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete schools',
	description: 'Delete one or more schools; input items are sent together in one call',
	method: 'GET',
	path: '/api/v1/del_school',
	docSection: '3.6 删除学校',
	params: [idList(schools, 'school_id', 'School IDs', 'The schools to delete, as School › List gives them')],
	kind: 'listBatch',
	batch: { param: 'school_id', splittable: true },
};

export const addSubject: CreateOperation = {
	resource: 'subject',
	operation: 'add',
	name: 'Add',
	action: 'Add a subject',
	description: 'Add a subject',
	method: 'GET',
	path: '/api/v1/add_subject',
	docSection: '3.8 添加科目',
	params: [text('subject_name', 'Name', true, 'Subject name', 'e.g. Mathematics')],
	kind: 'create',
	create: { list: listSubjects, idField: 'subject_id', matchFields: { subject_name: 'subject_name' } },
};

export const updateSubject: OperationDefinition = {
	resource: 'subject',
	operation: 'update',
	name: 'Update',
	action: 'Update a subject',
	description: 'Rename a subject',
	method: 'GET',
	path: '/api/v1/mod_subject',
	docSection: '3.9 修改科目',
	params: [
		idField('subject_id', 'Subject', subjects, 'The subject to update'),
		text('subject_name', 'Name', true, 'Subject name', 'e.g. Mathematics'),
	],
};

export const deleteSubjects: ListBatchOperation = {
	resource: 'subject',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete subjects',
	description: 'Delete one or more subjects; input items are sent together in one call',
	method: 'GET',
	// the document prints /api/v1/del_school here (a copy of 3.6); the subject interfaces all follow
	// list_/add_/mod_subject, so this is del_subject (the catalog's pathNormalized)
	path: '/api/v1/del_subject',
	docSection: '3.10 删除科目',
	params: [idList(subjects, 'subject_id', 'Subject IDs', 'The subjects to delete, as Subject › List gives them')],
	kind: 'listBatch',
	batch: { param: 'subject_id', splittable: true },
};

export const addTeacher: CreateOperation = {
	resource: 'teacher',
	operation: 'add',
	name: 'Add',
	action: 'Add a teacher',
	description: 'Add a teacher',
	method: 'GET',
	path: '/api/v1/add_teacher',
	docSection: '3.13 添加教师',
	params: [
		text('teacher_name', 'Name', true, 'Teacher name', 'e.g. Zhang San'),
		sexName(true),
		text('title_name', 'Title Name', true, 'Name of the professional title, as shown in the server', 'e.g. 一级教师'),
		titleId(true),
		text('detail_info', 'Description', false, 'Free description of the teacher', 'e.g. Mathematics, grade 3'),
	],
	kind: 'create',
	create: { list: listTeachers, idField: 'teacher_id', matchFields: { teacher_name: 'teacher_name', sex_name: 'sex_name', title_id: 'title_id', detail_info: 'detail_info' } },
};

export const updateTeacher: OperationDefinition = {
	resource: 'teacher',
	operation: 'update',
	name: 'Update',
	action: 'Update a teacher',
	description: 'Update the given fields of a teacher',
	method: 'GET',
	path: '/api/v1/mod_teacher',
	docSection: '3.14 修改教师',
	columns: true, record: 'teacher_id',
	params: [
		idField('teacher_id', 'Teacher', teachers, 'The teacher to update'),
		text('teacher_name', 'Name', false, 'Teacher name', 'e.g. Zhang San'),
		sexName(false),
		text('title_name', 'Title Name', false, 'Name of the professional title', 'e.g. 一级教师'),
		titleId(false),
		text('detail_info', 'Description', false, 'Free description of the teacher', 'e.g. Mathematics, grade 3'),
	],
};

export const deleteTeachers: ListBatchOperation = {
	resource: 'teacher',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete teachers',
	description: 'Delete one or more teachers; input items are sent together in one call',
	method: 'GET',
	path: '/api/v1/del_teacher',
	docSection: '3.15 删除教师',
	params: [idList(teachers, 'teacher_id', 'Teacher IDs', 'The teachers to delete, as Teacher › List gives them')],
	kind: 'listBatch',
	batch: { param: 'teacher_id', splittable: true },
};

/**
 * Record sets (Create or Update, Sync) by name. The document keeps no name unique (no "already exists" code; add
 * takes any name), so a name is a key only as the operator keeps it one: where two records share a name the first
 * listed is matched, and a sync treats the others as not in the input. Lists have no filter (3.3, 3.7, 3.12), so
 * the set is read whole. Nothing has a state to deactivate; removal is the batch delete (3.6, 3.10, 3.15), whose
 * document names no "no such record" code (1010 means the ID is missing).
 */
const byName = (noun: string, param: string): RecordKey => ({
	param,
	field: param,
	label: 'Name',
	description: `The ${noun} name. The server does not keep names unique: where two ${noun}s share one, the first listed is matched.`,
});

export const schoolSet: RecordSetTrait = {
	noun: 'school',
	list: listSchools,
	idField: 'school_id',
	keys: [byName('school', 'name')],
	// 3.3 lists the fields 3.4 and 3.5 take, under the same names
	fields: { name: 'name', addr: 'addr', phone: 'phone' },
	create: addSchool,
	// 3.5 requires name and addr: the school as listed with the changes
	update: { op: updateSchool, idParam: 'school_id', body: 'merged' },
	remove: { op: deleteSchools, idParam: 'school_id' },
};

export const subjectSet: RecordSetTrait = {
	noun: 'subject',
	list: listSubjects,
	idField: 'subject_id',
	keys: [byName('subject', 'subject_name')],
	// a subject has no field but its name, the key: a subject is created, unchanged or removed, never updated
	fields: { subject_name: 'subject_name' },
	create: addSubject,
	update: { op: updateSubject, idParam: 'subject_id', body: 'merged' },
	remove: { op: deleteSubjects, idParam: 'subject_id' },
};

export const teacherSet: RecordSetTrait = {
	noun: 'teacher',
	list: listTeachers,
	idField: 'teacher_id',
	keys: [byName('teacher', 'teacher_name')],
	// 3.12 lists the fields 3.13 and 3.14 take, under the same names (title_id as a number, like the write)
	fields: { teacher_name: 'teacher_name', sex_name: 'sex_name', title_name: 'title_name', title_id: 'title_id', detail_info: 'detail_info' },
	create: addTeacher,
	// 3.14 requires only teacher_id: the changed fields alone are sent
	update: { op: updateTeacher, idParam: 'teacher_id', body: 'changed' },
	remove: { op: deleteTeachers, idParam: 'teacher_id' },
};

export const getVersion: OperationDefinition = {
	resource: 'server',
	operation: 'getVersion',
	name: 'Get Version',
	action: 'Get the server version',
	description: 'Get the API version, server name, server version and operating system',
	method: 'GET',
	path: '/api/v1/version',
	docSection: '3.1 获取服务器版本信息',
	params: [],
};

export const operations: OperationDefinition[] = [
	// ── Server ───────────────────────────────────────────────────────────────
	getVersion,
	// ── Schools ──────────────────────────────────────────────────────────────
	listSchools,
	addSchool,
	updateSchool,
	deleteSchools,
	...recordSetOperations(schoolSet, { plural: 'schools', where: 'the server' }),
	// ── Subjects ─────────────────────────────────────────────────────────────
	listSubjects,
	addSubject,
	updateSubject,
	deleteSubjects,
	...recordSetOperations(subjectSet, { plural: 'subjects', where: 'the server' }),
	// ── Grades ───────────────────────────────────────────────────────────────
	listGrades,
	// ── Teachers ─────────────────────────────────────────────────────────────
	listTeachers,
	addTeacher,
	updateTeacher,
	deleteTeachers,
	...recordSetOperations(teacherSet, { plural: 'teachers', where: 'the server' }),
	// ── Capture clients ──────────────────────────────────────────────────────
	listGathers,
	{
		resource: 'gather',
		operation: 'update',
		name: 'Update',
		action: 'Update a capture client',
		description: 'Change the school, name, bitrates, reconnection, slicing and snapshot settings of a capture client',
		method: 'GET',
		path: '/api/v1/mod_gather',
		docSection: '3.17 修改采集端',
		columns: true, record: 'gather_id',
		params: [
			idField('gather_id', 'Capture Client', gathers, 'The capture client to update'),
			idField('school_id', 'School', schools, 'School the capture client belongs to', false),
			text('name_set', 'Display Name', false, 'Name shown for the capture client', 'e.g. Building A capture'),
			integer('main_rate', 'Main Stream Bitrate (Kbps)', 'Bitrate of the main (recording) stream of dual-stream cameras', 0),
			integer('sub_rate', 'Sub Stream Bitrate (Kbps)', 'Bitrate of the sub (live) stream of dual-stream cameras', 0),
			onOff('auto_dvr', 'Reconnect Channels Automatically', 'Whether the capture client reconnects its channels by itself (default off)', 0),
			onOff('auto_fds', 'Reconnect Storage Automatically', 'Whether the capture client reconnects to the storage server by itself (default on)', 1),
			integer('slice_val', 'Slice Length (Minutes)', 'Cut recordings into slices of this many minutes, 0 to 30; 0 does not slice', 0, 30),
			integer('inter_val', 'Slice Overlap (Key Frames)', 'Key frames by which consecutive slices overlap, 0 to 3; 0 for none', 0, 3),
			integer('snap_val', 'Snapshot Interval (Minutes)', 'Minutes between channel snapshots (server default 2)', 1),
		],
	},
	// ── Cameras (channels) ───────────────────────────────────────────────────
	listCameras,
	{
		resource: 'camera',
		operation: 'add',
		name: 'Add',
		action: 'Add a camera',
		description: 'Add a channel that plays an MP4 file or relays an RTSP/RTMP stream (camera devices cannot be added through the API)',
		method: 'GET',
		path: '/api/v1/add_camera',
		docSection: '3.19 添加通道',
		columns: true,
		params: [
			text('camera_name', 'Name', true, 'Channel name, usually the class', 'e.g. Class 3-2'),
			idField('gather_id', 'Capture Client', gathers, 'Capture client the channel runs on'),
			idField('grade_id', 'Grade', grades, 'Grade of the class'),
			{
				name: 'stream_prop',
				label: 'Source',
				type: 'options',
				in: 'query',
				required: true,
				options: [
					{ name: 'MP4 File', value: 1, description: 'An MP4 file on the capture client' },
					{ name: 'Stream Relay', value: 2, description: 'An RTSP or RTMP stream' },
				],
				default: 2,
				description: 'What the channel plays',
			},
			text('stream_url', 'Stream URL', false, 'For Stream Relay: the rtsp:// or rtmp:// address', 'e.g. rtsp://192.168.1.65/stream1'),
			text('stream_mp4', 'MP4 File Path', false, 'For MP4 File: full path of the file on the capture client', 'e.g. F:\\MP4\\lesson.mp4'),
		],
		prepare: cameraSource,
		kind: 'create',
		create: { list: listCameras, idField: 'camera_id', matchFields: { camera_name: 'camera_name', gather_id: 'gather_id', grade_id: 'grade_id', stream_prop: 'stream_prop' } },
	},
	{
		resource: 'camera',
		operation: 'update',
		name: 'Update',
		action: 'Update a camera',
		description: 'Update a channel: name, grade, source and, for camera devices, address, login and picture settings',
		method: 'GET',
		path: '/api/v1/mod_camera',
		docSection: '3.20 修改通道',
		columns: true, record: 'camera_id',
		params: [
			idField('camera_id', 'Camera', cameras, 'The channel to update'),
			text('camera_name', 'Name', true, 'Channel name, usually the class', 'e.g. Class 3-2'),
			idField('grade_id', 'Grade', grades, 'Grade of the class', false),
			{
				name: 'stream_prop',
				label: 'Source',
				type: 'options',
				in: 'query',
				options: [
					{ name: 'Camera Device', value: 0 },
					{ name: 'MP4 File', value: 1 },
					{ name: 'Stream Relay', value: 2 },
				],
				default: 0,
				description: 'What the channel plays',
			},
			text('stream_url', 'Stream URL', false, 'For Stream Relay: the rtsp:// or rtmp:// address', 'e.g. rtsp://192.168.1.65/stream1'),
			text('stream_mp4', 'MP4 File Path', false, 'For MP4 File: full path of the file on the capture client', 'e.g. F:\\MP4\\lesson.mp4'),
			text('device_ip', 'Device IP', false, 'For Camera Device: IP address of the camera', 'e.g. 192.168.1.65'),
			text('device_user', 'Device User', false, 'For Camera Device: login user of the camera', 'e.g. admin'),
			{
				name: 'device_pass',
				label: 'Device Password',
				type: 'string',
				in: 'query',
				typeOptions: { password: true },
				description: 'For Camera Device: login password of the camera, in plain text; the node base64-encodes it as the server expects',
			},
			integer('device_cmd_port', 'Device Command Port', 'For Camera Device: command port of the camera', 1, 65535),
			onOff('device_mirror', 'Mirror Picture', 'For Camera Device: mirror the picture (default off)', 0),
			onOff('device_osd', 'On-Screen Display', 'For Camera Device: show the on-screen display (default on)', 1),
			onOff('device_twice', 'Dual Stream', 'For Camera Device: use dual-stream mode (default off)', 0),
			onOff('device_show', 'Preview', 'For Camera Device: show the preview (default on)', 1),
		],
		prepare: encodeDevicePassword,
	},
	{
		resource: 'camera',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete cameras',
		description:
			'Delete channels together with everything under them: their recording tasks, snapshots and recorded videos are deleted too',
		method: 'GET',
		path: '/api/v1/del_camera',
		docSection: '3.21 删除通道',
		params: [idList(cameras, 'camera_id', 'Camera IDs', 'The channels to delete, as Camera › List gives them')],
		kind: 'listBatch',
		batch: { param: 'camera_id', splittable: true },
		notice: 'Deleting a camera also deletes its recording tasks, snapshots and all its recorded videos',
	},
	{
		resource: 'camera',
		operation: 'getStatus',
		name: 'Get Status',
		action: 'Get the status of a camera',
		description: 'Whether a channel is online or offline',
		method: 'GET',
		path: '/api/v1/get_camera_status',
		docSection: '3.22 获取通道运行状态',
		params: [idField('camera_id', 'Camera', cameras, 'The channel')],
	},
	{
		resource: 'camera',
		operation: 'start',
		name: 'Start',
		action: 'Start a camera',
		description: 'Start a channel; the answer carries the relay server’s result',
		method: 'GET',
		path: '/api/v1/start_camera',
		docSection: '3.23 启动通道',
		params: [idField('camera_id', 'Camera', cameras, 'The channel to start')],
	},
	{
		resource: 'camera',
		operation: 'stop',
		name: 'Stop',
		action: 'Stop a camera',
		description: 'Stop a channel; the answer carries the relay server’s result',
		method: 'GET',
		path: '/api/v1/stop_camera',
		docSection: '3.24 停止通道',
		params: [idField('camera_id', 'Camera', cameras, 'The channel to stop')],
	},
	{
		resource: 'camera',
		operation: 'play',
		name: 'Get Live Player URL',
		action: 'Get the live player URL of a camera',
		description:
			'Get a player page URL for the live channel, meant for an iframe; the page keeps the on-demand stream alive with a heartbeat every 12 s',
		method: 'GET',
		path: '/api/v1/play_camera',
		docSection: '3.31 播放直播通道',
		params: [idField('camera_id', 'Camera', cameras, 'The channel to play'), ...playSize],
	},
	// ── Recordings ───────────────────────────────────────────────────────────
	listRecordings,
	{
		resource: 'record',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete recordings',
		description: 'Delete recordings together with their video files and snapshots; input items are sent together in one call',
		method: 'GET',
		path: '/api/v1/del_record',
		docSection: '3.26 删除录像',
		params: [idList(recordings, 'record_id', 'Recording IDs', 'The recordings to delete, as Recording › List gives them')],
		kind: 'listBatch',
		batch: { param: 'record_id', splittable: true },
		notice: 'Deleting a recording also deletes its video file and snapshots',
	},
	{
		resource: 'record',
		operation: 'play',
		name: 'Get Player URL',
		action: 'Get the player URL of a recording',
		description: 'Get a player page URL for a recording, meant for an iframe',
		method: 'GET',
		path: '/api/v1/play_record',
		docSection: '3.32 播放录像文件',
		params: [idField('record_id', 'Recording', recordings, 'The recording to play'), ...playSize],
	},
	// ── Recording tasks ──────────────────────────────────────────────────────
	listCourses,
	{
		resource: 'course',
		operation: 'add',
		name: 'Add',
		action: 'Add a recording task',
		description: 'Record a channel every week on a weekday from a start time for a duration; the task must end by 23:59:59 and must not overlap another task',
		method: 'GET',
		path: '/api/v1/add_course',
		docSection: '3.28 添加录像任务',
		columns: true,
		params: courseFields,
		prepare: checkCourseEnd,
	},
	{
		resource: 'course',
		operation: 'update',
		name: 'Update',
		action: 'Update a recording task',
		description: 'Replace every field of a weekly recording task; the task must end by 23:59:59 and must not overlap another task',
		method: 'GET',
		path: '/api/v1/mod_course',
		docSection: '3.29 修改录像任务',
		columns: true, record: 'course_id',
		params: [idField('course_id', 'Recording Task', courses, 'The recording task to update (the list shows the tasks of the chosen camera)'), ...courseFields],
		prepare: checkCourseEnd,
	},
	{
		resource: 'course',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete recording tasks',
		description: 'Delete weekly recording tasks; input items are sent together in one call',
		method: 'GET',
		path: '/api/v1/del_course',
		docSection: '3.30 删除录像任务',
		params: [idList(courses, 'course_id', 'Recording Task IDs', 'The recording tasks to delete, as Recording Task › List gives them')],
		kind: 'listBatch',
		batch: { param: 'course_id', splittable: true },
	},
];

export const vendorInfo: VendorInfo = {
	name: 'HaoYi cloud recording (浩一云录播)',
	node: 'HaoYi Cloud Recording',
	document: '云录播 API 接口 (v1)',
};
