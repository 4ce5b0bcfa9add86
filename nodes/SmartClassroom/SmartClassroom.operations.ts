/**
 * Megvii Smart Classroom (视课智慧课堂系统): every operation of the generated REST API document
 * ("API接口"), paths exactly as documented, typos included (/import/xlxs, /info/lessonindexs,
 * /get/term). The access token travels in the Authorization header, added by the credential, so it is not
 * listed here. GET parameters go in the query string; "body <Model>" parameters as JSON; uploads as
 * multipart/form-data (`form` fields beside `file` parts).
 */
import type { OperationDefinition, ParameterDefinition, ParameterOption, ResourceDefinition, VendorInfo } from '../shared/operations';

export const vendorInfo: VendorInfo = {
	name: 'Megvii Smart Classroom (视课)',
	node: 'Smart Classroom',
	document: '旷视视课 API接口',
};

export const resources: ResourceDefinition[] = [
	{ value: 'attendance', name: 'Attendance', description: 'Attendance records (考勤查询)' },
	{ value: 'auth', name: 'Authentication', description: 'Log in and renew the access token (权限管理)' },
	{ value: 'behaviorEvent', name: 'Behaviour Event', description: 'Classroom behaviour and expression data (行为表情)' },
	{ value: 'box', name: 'Box', description: 'Edge host (box) of a school' },
	{ value: 'class', name: 'Class', description: 'Classes (班级) and their students' },
	{ value: 'classroom', name: 'Classroom', description: 'Classrooms (教室)' },
	{ value: 'course', name: 'Course', description: 'Courses (课程)' },
	{ value: 'errorCode', name: 'Error Code', description: 'The server’s error codes (错误码)' },
	{ value: 'import', name: 'Import', description: 'Excel and zip imports and their templates' },
	{ value: 'lessonIndex', name: 'Lesson Period', description: 'Lesson periods (课节) of a term' },
	{ value: 'subject', name: 'Person', description: 'Students and teachers as persons (人员): photos, search, delete' },
	{ value: 'event', name: 'Recognition Record', description: 'Face recognition records (识别记录)' },
	{ value: 'screen', name: 'Screen', description: 'Cameras and pads (设备) and camera control' },
	{ value: 'student', name: 'Student', description: 'Students (学生)' },
	{ value: 'sync', name: 'Sync', description: 'Timetable data pulled by an edge box' },
	{ value: 'system', name: 'System', description: 'Server information' },
	{ value: 'teacher', name: 'Teacher', description: 'Teachers (教师)' },
	{ value: 'term', name: 'Term', description: 'Terms (学期) and their school days' },
	{ value: 'lessonTable', name: 'Timetable', description: 'Timetable entries (课表)' },
	{ value: 'user', name: 'User', description: 'The signed-in user' },
];

type Extra = Partial<ParameterDefinition>;

const text = (name: string, label: string, description: string, extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'string',
	in: 'body',
	description,
	...extra,
});

const integer = (name: string, label: string, description: string, extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'number',
	integer: true,
	in: 'body',
	description,
	...extra,
});

/** A date picked in n8n, sent as YYYY-MM-DD (the format every date parameter of the document states). */
const date = (name: string, label: string, description: string, extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'dateTime',
	dateFormat: 'yyyy-MM-dd',
	in: 'body',
	description: `${description} Sent as YYYY-MM-DD.`,
	...extra,
});

const choice = (name: string, label: string, description: string, options: ParameterOption[], extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'options',
	in: 'body',
	options,
	description,
	...extra,
});

const file = (name: string, label: string, description: string, required: boolean): ParameterDefinition => ({
	name,
	label,
	type: 'binary',
	in: 'file',
	required,
	default: required ? 'data' : '',
	description: `${description} Name of the input binary field holding the file.`,
});

const ids = (name: string, label: string, description: string, extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'idList',
	separator: ',',
	pattern: '^\\d+$',
	patternHint: 'numeric IDs',
	in: 'body',
	description: `${description} Sent comma-separated.`,
	...extra,
});

/** A path ID: the {infoid}/{sid}/{id} segment of the documented path. */
const pathId = (name: string, label: string, description: string, searchListMethod?: string): ParameterDefinition => ({
	name,
	label,
	type: 'string',
	in: 'path',
	required: true,
	pattern: searchListMethod ? undefined : '^\\d+$',
	patternHint: 'a numeric ID',
	...(searchListMethod ? { searchListMethod } : {}),
	description,
});

const pick = (name: string, label: string, method: string, description: string, extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'string',
	in: 'body',
	searchListMethod: method,
	description,
	...extra,
});

const q = (param: ParameterDefinition): ParameterDefinition => ({ ...param, in: 'query' });
const form = (param: ParameterDefinition): ParameterDefinition => ({ ...param, in: 'form' });
const req = (param: ParameterDefinition): ParameterDefinition => ({ ...param, required: true });

const PAGING = { itemsPath: 'list', paging: { pageParam: 'page', sizeParam: 'size', firstPage: 1, maxPageSize: 100 } };
const pagingParams: ParameterDefinition[] = [
	integer('page', 'Page', 'Page number (页码)', { in: 'query', minValue: 1 }),
	integer('size', 'Page Size', 'Entries per page (单页数量)', { in: 'query', minValue: 1 }),
];

const detail = q({
	name: 'detail',
	label: 'Detail',
	type: 'boolean',
	in: 'query',
	description: 'Whether to return detailed data with nested objects expanded (详细信息)',
});

const GENDER: ParameterOption[] = [
	{ name: 'Not Selected', value: 0 },
	{ name: 'Male', value: 1 },
	{ name: 'Female', value: 2 },
];
const CERTIFICATE: ParameterOption[] = [
	{ name: 'ID Card', value: 1 },
	{ name: 'Passport', value: 2 },
];
const SUBJECT_TYPE: ParameterOption[] = [
	{ name: 'Student', value: 0 },
	{ name: 'Teacher', value: 1 },
];
const START_STOP: ParameterOption[] = [
	{ name: 'Start', value: 1 },
	{ name: 'Stop', value: 0 },
];

const gender = choice('gender', 'Gender', 'Gender (性别)', GENDER);
const certificateType = choice('certificate_type', 'Certificate Type', 'ID document type (证件类型)', CERTIFICATE);
const certificateNumber = text('certificate_number', 'Certificate Number', 'ID document number (证件号码)');
const major = text('major', 'Major', 'Major (专业)');
const department = text('department', 'Department', 'Department (系)');

/** StudentRequest (学生) fields. */
const studentFields = (): ParameterDefinition[] => [
	req(text('name', 'Name', 'Student name (姓名)')),
	req(text('job_number', 'Student Number', 'Student number (学号)')),
	gender,
	date('start_time', 'Enrolment Date', 'Enrolment date (入学时间).'),
	certificateType,
	certificateNumber,
	major,
];

/** TeacherRequest (教师) fields. */
const teacherFields = (): ParameterDefinition[] => [
	req(text('name', 'Name', 'Teacher name (教师姓名)')),
	req(text('job_number', 'Staff Number', 'Staff number (工号)')),
	gender,
	certificateType,
	certificateNumber,
];

const photos = (): ParameterDefinition[] => [
	file('photo1', 'Photo 1', 'Base-library face photo (必填底库照片), required.', true),
	file('photo2', 'Photo 2', 'Second base-library face photo (底库照片).', false),
	file('photo3', 'Photo 3', 'Third base-library face photo (底库照片).', false),
];

const termFields = (): ParameterDefinition[] => [
	req(text('term_year', 'School Year', 'School year (学年), e.g. 2024-2025')),
	req(text('term', 'Term', 'Term name (学期)')),
	req(date('start_time', 'Start Date', 'First day of the term (开始时间).')),
	req(date('end_time', 'End Date', 'Last day of the term (结束时间).')),
];

const classroomFields = (): ParameterDefinition[] => [
	req(text('name', 'Name', 'Classroom name (教室名称)')),
	req(text('location', 'Location', 'Classroom location (教室位置)')),
	integer('size', 'Capacity', 'Number of seats (教室容量), greater than 0', { minValue: 1, maxValue: 2147483647 }),
];

const lessonIndexFields = (): ParameterDefinition[] => [
	req(pick('term_id', 'Term', 'searchTerms', 'Term of the lesson period (学期)')),
	req(integer('num', 'Period Number', 'Which period of the day (课程节次), 1 to 12', { minValue: 1, maxValue: 12 })),
	req(integer('start_hour', 'Start Hour', 'Start hour (课节开始小时), 0-23', { minValue: 0, maxValue: 23 })),
	req(integer('start_min', 'Start Minute', 'Start minute (课节开始分钟), 0-59', { minValue: 0, maxValue: 59 })),
	req(integer('end_hour', 'End Hour', 'End hour (课节结束小时), 0-23', { minValue: 0, maxValue: 23 })),
	req(integer('end_min', 'End Minute', 'End minute (课节结束分钟), 0-59', { minValue: 0, maxValue: 59 })),
];

const WEEKDAY: ParameterOption[] = [
	{ name: 'Monday', value: 0 },
	{ name: 'Tuesday', value: 1 },
	{ name: 'Wednesday', value: 2 },
	{ name: 'Thursday', value: 3 },
	{ name: 'Friday', value: 4 },
	{ name: 'Saturday', value: 5 },
	{ name: 'Sunday', value: 6 },
];

const lessonTableFields = (): ParameterDefinition[] => [
	req(pick('cls_id', 'Class', 'searchClasses', 'Class (班级)')),
	req(integer('course_id', 'Course ID', 'Course (课程)', { minValue: 1 })),
	req(pick('teacher_id', 'Teacher', 'searchTeachers', 'Teacher (教师)')),
	req(pick('classroom_id', 'Classroom', 'searchClassrooms', 'Classroom (教室)')),
	req(integer('lesson_index_id', 'Lesson Period ID', 'Lesson period (课节)', { minValue: 1 })),
	req(choice('weekday', 'Weekday', 'Day of the week (星期), 0 = Monday to 6 = Sunday', WEEKDAY)),
];

const classFields = (): ParameterDefinition[] => [
	req(text('name', 'Name', 'Class name (班级名称)')),
	req(text('grade', 'Grade', 'Grade or year (年级)')),
	text('code', 'Code', 'Class code (班级代码)'),
	pick('teacher_id', 'Head Teacher', 'searchTeachers', 'Head teacher (教师)'),
	ids('student_id', 'Student IDs', 'Students of the class (学生ID).'),
	date('begin_time', 'Start Date', 'Date the class started (开班日期).'),
	text('program', 'Program', 'Length of schooling (学制)'),
	major,
	department,
];

const courseFields = (): ParameterDefinition[] => [
	req(text('name', 'Name', 'Course name (课程名称)')),
	req(text('code', 'Code', 'Course code (课程编号)')),
	major,
	department,
];

const SCREEN_TYPE: ParameterOption[] = [
	{ name: 'Camera', value: 1 },
	{ name: 'Access Control Pad', value: 2 },
	{ name: 'Front Desk Pad', value: 3 },
	{ name: 'Cloud Offline Pad', value: 4 },
	{ name: 'Behaviour and Expression Camera', value: 5 },
];
const SCREEN_SUB_TYPE: ParameterOption[] = [
	{ name: 'C3V-920', value: 1 },
	{ name: 'C3V-321', value: 2 },
];
const SCREEN_MODE: ParameterOption[] = [
	{ name: 'Video Stream', value: 0 },
	{ name: 'Frame Rate Reduction', value: 1 },
	{ name: 'Frame Capture', value: 2 },
	{ name: 'Behaviour and Expression Real Time', value: 3 },
	{ name: 'Behaviour and Expression Not Real Time', value: 4 },
];

const screenFields = (): ParameterDefinition[] => [
	req(text('camera_address', 'Camera Address', 'Camera address (相机地址), e.g. its stream URL')),
	req(integer('box_id', 'Box ID', 'Box the device is bound to (绑定box盒子id)', { minValue: 1 })),
	req(pick('classroom_id', 'Classroom', 'searchClassrooms', 'Classroom the device is bound to (绑定教室id)')),
	req(choice('type', 'Type', 'Device type (设备类型)', SCREEN_TYPE)),
	req(choice('sub_type', 'Camera Model', 'Camera model (相机类型)', SCREEN_SUB_TYPE)),
	req(choice('mode', 'Mode', 'Working mode (模式)', SCREEN_MODE)),
	text('description', 'Description', 'Device description (设备描述)'),
	text('camera_position', 'Camera Position', 'Camera position (相机位置)'),
];

const IMPORT_TYPE: ParameterOption[] = [
	{ name: 'Student Zip', value: 1 },
	{ name: 'Teacher Zip', value: 2 },
	{ name: 'Classroom Excel', value: 3 },
	{ name: 'Course Excel', value: 4 },
	{ name: 'Lesson Period Excel', value: 5 },
	{ name: 'Timetable Excel', value: 6 },
	{ name: 'Student Excel', value: 7 },
	{ name: 'Teacher Excel', value: 8 },
	{ name: 'Class Excel', value: 9 },
];

const outputField = (): ParameterDefinition => ({
	name: 'binaryPropertyName',
	label: 'Put Output File in Field',
	type: 'string',
	in: 'query',
	required: true,
	default: 'data',
	description: 'Name of the binary field to put the downloaded file in',
});

const DESTRUCTIVE = 'This permanently deletes the record on the Smart Classroom server';

type Op = Omit<OperationDefinition, 'docSection'> & { docSection?: string };

const table: Op[] = [
	// ── API接口 / 错误码 ──────────────────────────────────────────────────────────
	{
		resource: 'errorCode', operation: 'get', name: 'Get', action: 'Get error codes',
		description: 'List the server’s error codes, or look one up (GET /error)',
		method: 'GET', path: '/error', docSection: 'API接口 › 错误码',
		params: [text('code', 'Code', 'Error code to look up, e.g. -3003; leave empty for all', { in: 'query' })],
		outputPath: 'errors',
	},
	{
		resource: 'system', operation: 'getTime', name: 'Get Time', action: 'Get the server time',
		description: 'The server’s current time (GET /system/time)',
		method: 'GET', path: '/system/time', docSection: 'API接口 › 系统时间', params: [],
	},
	{
		resource: 'import', operation: 'importXlsx', name: 'Import Excel', action: 'Import an Excel file',
		description: 'Import students, teachers, classrooms, courses, lesson periods, timetables or classes from an Excel file made from a template (POST /import/xlxs)',
		method: 'POST', path: '/import/xlxs', docSection: 'API接口 › 导入文件',
		params: [
			file('file', 'Input Binary Field', 'The Excel file to import (导入文件).', true),
			form(choice('subject_type', 'Person Type', 'Person type of a student or teacher import (人员类型)', SUBJECT_TYPE)),
		],
	},
	{
		resource: 'import', operation: 'importZip', name: 'Import Zip', action: 'Import a zip of persons and photos',
		description: 'Import students or teachers with their photos from a zip package (POST /import/zip)',
		method: 'POST', path: '/import/zip', docSection: 'API接口 › 导入zip包',
		params: [
			file('file', 'Input Binary Field', 'The zip package to import (导入zip包).', true),
			req(form(choice('subject_type', 'Person Type', 'Who the zip holds (人员类型)', SUBJECT_TYPE))),
		],
	},
	{
		resource: 'import', operation: 'getTemplate', name: 'Download Template', action: 'Download an import template',
		description: 'Download the template file of an import type as binary data (GET /import/get/{import_type})',
		method: 'GET', path: '/import/get/{import_type}', docSection: 'API接口 › 获取导入文件模版',
		params: [
			{ ...req(choice('import_type', 'Template', 'Which template (导出模板类型)', IMPORT_TYPE)), in: 'path' },
			outputField(),
		],
		handler: 'downloadTemplate',
	},
	// ── 权限管理 ───────────────────────────────────────────────────────────────────
	{
		resource: 'auth', operation: 'logIn', name: 'Log In', action: 'Log in with the credential',
		description: 'Sign in with the credential’s username and password (POST /auth) to check them; the token itself is never output',
		method: 'POST', path: '/auth', docSection: '权限管理 › 获取access_token', params: [], handler: 'logIn',
	},
	{
		resource: 'auth', operation: 'renewToken', name: 'Renew Token', action: 'Renew the access token',
		description: 'Have the server issue a new access token for the credential (PUT /auth); the token itself is never output',
		method: 'PUT', path: '/auth', docSection: '权限管理 › 更新access_token', params: [], handler: 'renewToken',
	},
	// ── 用户管理 ───────────────────────────────────────────────────────────────────
	{
		resource: 'user', operation: 'get', name: 'Get', action: 'Get the signed-in user',
		description: 'The user the credential signs in as (GET /user)',
		method: 'GET', path: '/user', docSection: '用户管理 › 获取用户信息', params: [detail],
	},
	// ── 学生管理 ───────────────────────────────────────────────────────────────────
	{
		resource: 'student', operation: 'get', name: 'Get', action: 'Get a student',
		description: 'Get a student with their photos (GET /student/{sid})',
		method: 'GET', path: '/student/{sid}', docSection: '学生管理 › 获取学生',
		params: [pathId('sid', 'Student ID', 'Person ID of the student (人员ID)')],
	},
	{
		resource: 'student', operation: 'update', name: 'Update', action: 'Update a student',
		description: 'Update a student (PUT /student/{sid})',
		method: 'PUT', path: '/student/{sid}', docSection: '学生管理 › 更新学生',
		params: [pathId('sid', 'Student ID', 'Person ID of the student (人员ID)'), ...studentFields()],
	},
	{
		resource: 'student', operation: 'create', name: 'Create', action: 'Create a student',
		description: 'Create a student without photos (POST /student)',
		method: 'POST', path: '/student', docSection: '学生管理 › 新建学生', params: studentFields(),
		// student numbers are unique (-20110): after a lost answer the student is looked up by number
		create: { listOperation: 'list', idField: 'id', matchFields: { job_number: 'job_number' }, unique: true, filter: { job_number: 'job_number' } },
	},
	{
		resource: 'student', operation: 'createWithPhotos', name: 'Create With Photos', action: 'Create a student with photos',
		description: 'Create a student with up to three base-library face photos from binary data (POST /student/file)',
		method: 'POST', path: '/student/file', docSection: '学生管理 › 新建学生, 同时传入底库图片',
		params: [...studentFields().map(form), ...photos()],
	},
	{
		resource: 'student', operation: 'updateWithPhotos', name: 'Update With Photo IDs', action: 'Update a student and their photos',
		description: 'Update a student and which uploaded photos they keep (PUT /student/file/{sid}); upload photos first with Person › Upload Photo',
		method: 'PUT', path: '/student/file/{sid}', docSection: '学生管理 › 更新学生, 同时更新底库图片',
		params: [
			pathId('sid', 'Student ID', 'Person ID of the student (人员ID)'),
			...studentFields(),
			ids('photo_id', 'Photo IDs', 'Base-library photos of the student (底库照片ID).'),
		],
	},
	{
		resource: 'student', operation: 'list', name: 'Get Many', action: 'Get many students',
		description: 'List students, optionally by name or student number (GET /students)',
		method: 'GET', path: '/students', docSection: '学生管理 › 获取学生列表',
		params: [...pagingParams, q(text('name', 'Name', 'Only students with this name')), q(text('job_number', 'Student Number', 'Only the student with this number'))],
		list: PAGING,
	},
	// ── 教师管理 ───────────────────────────────────────────────────────────────────
	{
		resource: 'teacher', operation: 'get', name: 'Get', action: 'Get a teacher',
		description: 'Get a teacher with their photos (GET /teacher/{sid})',
		method: 'GET', path: '/teacher/{sid}', docSection: '教师管理 › 获取教师',
		params: [pathId('sid', 'Teacher', 'The teacher (人员ID)', 'searchTeachers')],
	},
	{
		resource: 'teacher', operation: 'update', name: 'Update', action: 'Update a teacher',
		description: 'Update a teacher (PUT /teacher/{sid})',
		method: 'PUT', path: '/teacher/{sid}', docSection: '教师管理 › 更新教师',
		params: [pathId('sid', 'Teacher', 'The teacher (人员ID)', 'searchTeachers'), ...teacherFields()],
	},
	{
		resource: 'teacher', operation: 'create', name: 'Create', action: 'Create a teacher',
		description: 'Create a teacher without photos (POST /teacher)',
		method: 'POST', path: '/teacher', docSection: '教师管理 › 新建教师', params: teacherFields(),
		// staff numbers are unique: after a lost answer the teacher is looked up by number
		create: { listOperation: 'list', idField: 'id', matchFields: { job_number: 'job_number' }, unique: true, filter: { job_number: 'job_number' } },
	},
	{
		resource: 'teacher', operation: 'createWithPhotos', name: 'Create With Photos', action: 'Create a teacher with photos',
		description: 'Create a teacher with up to three base-library face photos from binary data (POST /teacher/file)',
		method: 'POST', path: '/teacher/file', docSection: '教师管理 › 新建教师, 同时传入底库图片',
		params: [...teacherFields().map(form), ...photos()],
	},
	{
		resource: 'teacher', operation: 'updateWithPhotos', name: 'Update With Photo IDs', action: 'Update a teacher and their photos',
		description: 'Update a teacher and which uploaded photos they keep (PUT /teacher/file/{sid}); upload photos first with Person › Upload Photo',
		method: 'PUT', path: '/teacher/file/{sid}', docSection: '教师管理 › 更新教师, 同时更新底库图片',
		params: [
			pathId('sid', 'Teacher', 'The teacher (人员ID)', 'searchTeachers'),
			...teacherFields(),
			ids('photo_id', 'Photo IDs', 'Base-library photos of the teacher (底库照片ID).'),
		],
	},
	{
		resource: 'teacher', operation: 'list', name: 'Get Many', action: 'Get many teachers',
		description: 'List teachers, optionally by name or staff number (GET /teachers)',
		method: 'GET', path: '/teachers', docSection: '教师管理 › 获取教师列表',
		params: [...pagingParams, q(text('name', 'Name', 'Only teachers with this name')), q(text('job_number', 'Staff Number', 'Only the teacher with this number'))],
		list: PAGING,
	},
	// ── 人员管理 ───────────────────────────────────────────────────────────────────
	{
		resource: 'subject', operation: 'updatePhoto', name: 'Upload Photo', action: 'Upload a person photo',
		description: 'Add or replace a base-library face photo of a student or teacher from binary data (PUT /subject/photo)',
		method: 'PUT', path: '/subject/photo', docSection: '人员管理 › 更新底库图片',
		params: [
			req(form(integer('subject_id', 'Person ID', 'The student or teacher (人员ID)', { minValue: 1 }))),
			req(form(choice('subject_type', 'Person Type', 'Whether the person is a student or a teacher (人员类型)', SUBJECT_TYPE))),
			file('photo', 'Input Binary Field', 'The face photo (必填底库照片).', true),
			form(text('old_photo_id', 'Replaced Photo ID', 'Photo this one replaces (底库照片ID)')),
			form(choice('bind', 'Bind to Person', 'Whether to bind the photo to the person (底库照片绑定人员)', [
				{ name: 'Yes', value: 1 },
				{ name: 'No', value: 0 },
			])),
		],
	},
	{
		resource: 'subject', operation: 'getByName', name: 'Find by Name', action: 'Find a person by name',
		description: 'Find a student or teacher by name (GET /subject/get)',
		method: 'GET', path: '/subject/get', docSection: '人员管理 › 根据姓名查询人员信息',
		params: [
			req(q(choice('subject_type', 'Person Type', 'Look among students or teachers (人员类型)', SUBJECT_TYPE))),
			req(q(text('name', 'Name', 'Name to look for (姓名)'))),
		],
	},
	{
		resource: 'subject', operation: 'batchDelete', name: 'Delete', action: 'Delete persons',
		description: 'Delete one or more students or teachers (DELETE /subject/delete, with a JSON body)',
		method: 'DELETE', path: '/subject/delete', docSection: '人员管理 › 批量删除人员',
		notice: DESTRUCTIVE,
		params: [
			req(ids('subject_id', 'Person IDs', 'Persons to delete (人员ID).')),
			req(choice('subject_type', 'Person Type', 'Whether they are students or teachers (人员类型)', SUBJECT_TYPE)),
		],
	},
	{
		resource: 'subject', operation: 'checkPhoto', name: 'Check Photo', action: 'Check a photo for enrolment',
		description: 'Check whether a face photo from binary data is good enough for the base library (PUT /subject/photo/check)',
		method: 'PUT', path: '/subject/photo/check', docSection: '人员管理 › 照片入库检查',
		params: [file('photo', 'Input Binary Field', 'The face photo to check (必填底库照片).', true)],
	},
	// ── 学期管理 ───────────────────────────────────────────────────────────────────
	{
		resource: 'term', operation: 'delete', name: 'Delete', action: 'Delete a term',
		description: 'Delete a term (DELETE /info/term/{infoid})',
		method: 'DELETE', path: '/info/term/{infoid}', docSection: '学期管理 › 删除学期信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Term', 'The term (学期id)', 'searchTerms')],
	},
	{
		resource: 'term', operation: 'get', name: 'Get', action: 'Get a term',
		description: 'Get a term (GET /info/term/{infoid})',
		method: 'GET', path: '/info/term/{infoid}', docSection: '学期管理 › 获取学期信息',
		params: [pathId('infoid', 'Term', 'The term (学期id)', 'searchTerms')],
	},
	{
		resource: 'term', operation: 'update', name: 'Update', action: 'Update a term',
		description: 'Update a term (PUT /info/term/{infoid})',
		method: 'PUT', path: '/info/term/{infoid}', docSection: '学期管理 › 更新学期信息',
		params: [pathId('infoid', 'Term', 'The term (学期id)', 'searchTerms'), ...termFields()],
	},
	{
		resource: 'term', operation: 'create', name: 'Create', action: 'Create a term',
		description: 'Create a term (POST /info/term)',
		method: 'POST', path: '/info/term', docSection: '学期管理 › 新建学期信息', params: termFields(),
	},
	{
		resource: 'term', operation: 'list', name: 'Get Many', action: 'Get many terms',
		description: 'List terms, optionally of one school year (GET /info/terms)',
		method: 'GET', path: '/info/terms', docSection: '学期管理 › 获取学期列表',
		params: [...pagingParams, q(text('term_year', 'School Year', 'Only terms of this school year (学年)')), q(text('term', 'Term', 'Only terms with this name (学期)'))],
		list: PAGING,
	},
	{
		resource: 'term', operation: 'getByDate', name: 'Get by Date', action: 'Get the term of a date',
		description: 'Get the term a date falls in (GET /get/term)',
		method: 'GET', path: '/get/term', docSection: '学期管理 › 根据当前日期获取学期信息',
		params: [req(q(date('time', 'Date', 'The date (当前日期).')))],
	},
	{
		resource: 'term', operation: 'updateDay', name: 'Set Day', action: 'Set whether a day has classes',
		description: 'Make one day of a term a holiday or follow another weekday’s timetable (PUT /info/term/day/{infoid})',
		method: 'PUT', path: '/info/term/day/{infoid}', docSection: '学期管理 › 单独修改某一天是否上课',
		params: [
			pathId('infoid', 'Term', 'The term (学期id)', 'searchTerms'),
			req(date('update_date', 'Date', 'The day to change (日期).')),
			choice('day_type', 'Day Type', 'Classes or holiday (上课/休假): a weekday’s timetable, a holiday, weekday or weekend', [
				...WEEKDAY,
				{ name: 'Holiday', value: 7 },
				{ name: 'Weekday', value: 8 },
				{ name: 'Weekend', value: 9 },
			]),
		],
	},
	// ── 教室管理 ───────────────────────────────────────────────────────────────────
	{
		resource: 'classroom', operation: 'delete', name: 'Delete', action: 'Delete a classroom',
		description: 'Delete a classroom (DELETE /info/classroom/{infoid})',
		method: 'DELETE', path: '/info/classroom/{infoid}', docSection: '教室管理 › 删除教室信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Classroom', 'The classroom (教室id)', 'searchClassrooms')],
	},
	{
		resource: 'classroom', operation: 'get', name: 'Get', action: 'Get a classroom',
		description: 'Get a classroom (GET /info/classroom/{infoid})',
		method: 'GET', path: '/info/classroom/{infoid}', docSection: '教室管理 › 获取教室信息',
		params: [pathId('infoid', 'Classroom', 'The classroom (教室id)', 'searchClassrooms')],
	},
	{
		resource: 'classroom', operation: 'update', name: 'Update', action: 'Update a classroom',
		description: 'Update a classroom (PUT /info/classroom/{infoid})',
		method: 'PUT', path: '/info/classroom/{infoid}', docSection: '教室管理 › 更新教室信息',
		params: [pathId('infoid', 'Classroom', 'The classroom (教室id)', 'searchClassrooms'), ...classroomFields()],
	},
	{
		resource: 'classroom', operation: 'create', name: 'Create', action: 'Create a classroom',
		description: 'Create a classroom (POST /info/classroom)',
		method: 'POST', path: '/info/classroom', docSection: '教室管理 › 新建教室信息', params: classroomFields(),
	},
	{
		resource: 'classroom', operation: 'list', name: 'Get Many', action: 'Get many classrooms',
		description: 'List all classrooms (GET /info/classrooms; the server does not page them)',
		method: 'GET', path: '/info/classrooms', docSection: '教室管理 › 获取教室列表', params: [],
		list: { itemsPath: 'list' },
	},
	// ── 课节管理 ───────────────────────────────────────────────────────────────────
	{
		resource: 'lessonIndex', operation: 'delete', name: 'Delete', action: 'Delete a lesson period',
		description: 'Delete a lesson period (DELETE /info/lessonindex/{infoid})',
		method: 'DELETE', path: '/info/lessonindex/{infoid}', docSection: '课节管理 › 删除课节信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Lesson Period ID', 'The lesson period (课节id)')],
	},
	{
		resource: 'lessonIndex', operation: 'get', name: 'Get', action: 'Get a lesson period',
		description: 'Get a lesson period with its term (GET /info/lessonindex/{infoid})',
		method: 'GET', path: '/info/lessonindex/{infoid}', docSection: '课节管理 › 获取课节信息',
		params: [pathId('infoid', 'Lesson Period ID', 'The lesson period (课节id)')],
	},
	{
		resource: 'lessonIndex', operation: 'update', name: 'Update', action: 'Update a lesson period',
		description: 'Update a lesson period (PUT /info/lessonindex/{infoid})',
		method: 'PUT', path: '/info/lessonindex/{infoid}', docSection: '课节管理 › 更新课节信息',
		params: [pathId('infoid', 'Lesson Period ID', 'The lesson period (课节id)'), ...lessonIndexFields()],
	},
	{
		resource: 'lessonIndex', operation: 'create', name: 'Create', action: 'Create a lesson period',
		description: 'Create a lesson period of a term (POST /info/lessonindex)',
		method: 'POST', path: '/info/lessonindex', docSection: '课节管理 › 新建课节信息', params: lessonIndexFields(),
	},
	{
		resource: 'lessonIndex', operation: 'list', name: 'Get Many', action: 'Get many lesson periods',
		description: 'List lesson periods, optionally of one term (GET /info/lessonindexs)',
		method: 'GET', path: '/info/lessonindexs', docSection: '课节管理 › 获取课节列表',
		params: [
			...pagingParams,
			q(pick('term_id', 'Term', 'searchTerms', 'Only lesson periods of this term')),
			q(integer('num', 'Period Number', 'Only this period number (课程节次)', { minValue: 1, maxValue: 12 })),
		],
		list: PAGING,
	},
	// ── 课表管理 ───────────────────────────────────────────────────────────────────
	{
		resource: 'lessonTable', operation: 'delete', name: 'Delete', action: 'Delete a timetable entry',
		description: 'Delete a timetable entry (DELETE /info/lessontable/{infoid})',
		method: 'DELETE', path: '/info/lessontable/{infoid}', docSection: '课表管理 › 删除课表信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Timetable Entry ID', 'The timetable entry (课表id)')],
	},
	{
		resource: 'lessonTable', operation: 'get', name: 'Get', action: 'Get a timetable entry',
		description: 'Get a timetable entry (GET /info/lessontable/{infoid})',
		method: 'GET', path: '/info/lessontable/{infoid}', docSection: '课表管理 › 获取课表信息',
		params: [pathId('infoid', 'Timetable Entry ID', 'The timetable entry (课表id)'), detail],
	},
	{
		resource: 'lessonTable', operation: 'update', name: 'Update', action: 'Update a timetable entry',
		description: 'Update a timetable entry (PUT /info/lessontable/{infoid})',
		method: 'PUT', path: '/info/lessontable/{infoid}', docSection: '课表管理 › 更新课表信息',
		params: [pathId('infoid', 'Timetable Entry ID', 'The timetable entry (课表id)'), ...lessonTableFields()],
	},
	{
		resource: 'lessonTable', operation: 'create', name: 'Create', action: 'Create a timetable entry',
		description: 'Put a lesson of a class into the timetable (POST /info/lessontable)',
		method: 'POST', path: '/info/lessontable', docSection: '课表管理 › 新建课表信息', params: lessonTableFields(),
	},
	{
		resource: 'lessonTable', operation: 'list', name: 'Get Many', action: 'Get many timetable entries',
		description: 'List timetable entries of a term or of the term of a date; give Term or Date (GET /info/lessontables)',
		method: 'GET', path: '/info/lessontables', docSection: '课表管理 › 获取课表列表',
		params: [
			...pagingParams,
			q(pick('term_id', 'Term', 'searchTerms', 'Entries of this term. Give Term or Date.')),
			q(date('time', 'Date', 'Entries of the term this date falls in. Give Term or Date.')),
			q(pick('cls_id', 'Class', 'searchClasses', 'Only entries of this class')),
			q(pick('classroom_id', 'Classroom', 'searchClassrooms', 'Only entries in this classroom')),
			q(pick('teacher_id', 'Teacher', 'searchTeachers', 'Only entries of this teacher')),
			q(choice('weekday', 'Weekday', 'Only entries on this day', WEEKDAY)),
			detail,
		],
		list: PAGING,
		requireOneOf: [{ params: ['term_id', 'time'] }],
	},
	{
		resource: 'lessonTable', operation: 'forceBuildSnapshot', name: 'Rebuild Snapshot', action: 'Rebuild the timetable snapshot',
		description: 'Make the server regenerate the timetable data snapshot that boxes synchronise (PUT /info/lessontable/forcebuild/{infoid})',
		method: 'PUT', path: '/info/lessontable/forcebuild/{infoid}', docSection: '课表管理 › 强制课表重新生成数据快照',
		params: [pathId('infoid', 'Timetable ID', 'The timetable (课表id)')],
	},
	// ── 班级管理 ───────────────────────────────────────────────────────────────────
	{
		resource: 'class', operation: 'delete', name: 'Delete', action: 'Delete a class',
		description: 'Delete a class (DELETE /class/{infoid})',
		method: 'DELETE', path: '/class/{infoid}', docSection: '班级管理 › 删除班级信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Class', 'The class (班级id)', 'searchClasses')],
	},
	{
		resource: 'class', operation: 'get', name: 'Get', action: 'Get a class',
		description: 'Get a class with its teacher and students (GET /class/{infoid})',
		method: 'GET', path: '/class/{infoid}', docSection: '班级管理 › 获取班级信息',
		params: [pathId('infoid', 'Class', 'The class (班级id)', 'searchClasses')],
	},
	{
		resource: 'class', operation: 'update', name: 'Update', action: 'Update a class',
		description: 'Update a class (PUT /class/{infoid})',
		method: 'PUT', path: '/class/{infoid}', docSection: '班级管理 › 更新班级信息',
		params: [pathId('infoid', 'Class', 'The class (班级id)', 'searchClasses'), ...classFields()],
	},
	{
		resource: 'class', operation: 'create', name: 'Create', action: 'Create a class',
		description: 'Create a class (POST /class)',
		method: 'POST', path: '/class', docSection: '班级管理 › 新建班级信息', params: classFields(),
	},
	{
		resource: 'class', operation: 'list', name: 'Get Many', action: 'Get many classes',
		description: 'List classes, optionally by name (GET /classes)',
		method: 'GET', path: '/classes', docSection: '班级管理 › 获取班级列表',
		params: [...pagingParams, q(text('name', 'Name', 'Only classes with this name')), detail],
		list: PAGING,
	},
	{
		resource: 'class', operation: 'bindStudents', name: 'Add Students', action: 'Add students to a class',
		description: 'Bind students to a class (PUT /class/bind/{infoid})',
		method: 'PUT', path: '/class/bind/{infoid}', docSection: '班级管理 › 绑定学生',
		params: [pathId('infoid', 'Class', 'The class (班级id)', 'searchClasses'), req(ids('student_id', 'Student IDs', 'Students to add (学生ID).'))],
	},
	{
		resource: 'class', operation: 'unbindStudents', name: 'Remove Students', action: 'Remove students from a class',
		description: 'Unbind students from a class (PUT /class/unbind/{infoid})',
		method: 'PUT', path: '/class/unbind/{infoid}', docSection: '班级管理 › 解绑学生',
		params: [pathId('infoid', 'Class', 'The class (班级id)', 'searchClasses'), req(ids('student_id', 'Student IDs', 'Students to remove (学生ID).'))],
	},
	// ── 课程管理 ───────────────────────────────────────────────────────────────────
	{
		resource: 'course', operation: 'delete', name: 'Delete', action: 'Delete a course',
		description: 'Delete a course (DELETE /info/course/{infoid})',
		method: 'DELETE', path: '/info/course/{infoid}', docSection: '课程管理 › 删除课程信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Course ID', 'The course (课程id)')],
	},
	{
		resource: 'course', operation: 'get', name: 'Get', action: 'Get a course',
		description: 'Get a course (GET /info/course/{infoid})',
		method: 'GET', path: '/info/course/{infoid}', docSection: '课程管理 › 获取课程信息',
		params: [pathId('infoid', 'Course ID', 'The course (课程id)')],
	},
	{
		resource: 'course', operation: 'update', name: 'Update', action: 'Update a course',
		description: 'Update a course (PUT /info/course/{infoid})',
		method: 'PUT', path: '/info/course/{infoid}', docSection: '课程管理 › 更新课程信息',
		params: [pathId('infoid', 'Course ID', 'The course (课程id)'), ...courseFields()],
	},
	{
		resource: 'course', operation: 'create', name: 'Create', action: 'Create a course',
		description: 'Create a course (POST /info/course)',
		method: 'POST', path: '/info/course', docSection: '课程管理 › 新建课程信息', params: courseFields(),
	},
	{
		resource: 'course', operation: 'list', name: 'Get Many', action: 'Get many courses',
		description: 'List courses, optionally by name or code (GET /info/courses)',
		method: 'GET', path: '/info/courses', docSection: '课程管理 › 获取课程列表',
		params: [...pagingParams, q(text('name', 'Name', 'Only courses with this name')), q(text('code', 'Code', 'Only the course with this code'))],
		list: PAGING,
	},
	// ── 同步 ───────────────────────────────────────────────────────────────────────
	{
		resource: 'sync', operation: 'syncLesson', name: 'Sync Lessons', action: 'Pull timetable data as a box',
		description: 'Pull the timetable data snapshot the way an edge box does, identified by its box token (GET /sync/lesson)',
		method: 'GET', path: '/sync/lesson', docSection: '同步 › 同步课表数据',
		params: [
			req(q(text('box_token', 'Box Token', 'Token of the box (box_token), shown by Box › Get', { typeOptions: { password: true } }))),
			q(text('lesson_data_token', 'Lesson Data Token', 'Version token of the snapshot the box already has (lesson_data_token)')),
			q(choice('attendance_reset', 'Reset Attendance', 'Whether to delete old attendance records when the snapshot changed', [
				{ name: 'Yes', value: 1 },
				{ name: 'No', value: 0 },
			])),
		],
	},
	// ── 设备管理 ───────────────────────────────────────────────────────────────────
	{
		resource: 'screen', operation: 'delete', name: 'Delete', action: 'Delete a screen',
		description: 'Delete a camera or pad (DELETE /screen/{infoid})',
		method: 'DELETE', path: '/screen/{infoid}', docSection: '设备管理 › 删除设备信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Screen ID', 'The device (设备id)')],
	},
	{
		resource: 'screen', operation: 'get', name: 'Get', action: 'Get a screen',
		description: 'Get a camera or pad (GET /screen/{infoid})',
		method: 'GET', path: '/screen/{infoid}', docSection: '设备管理 › 获取设备信息',
		params: [pathId('infoid', 'Screen ID', 'The device (设备id)')],
	},
	{
		resource: 'screen', operation: 'update', name: 'Update', action: 'Update a screen',
		description: 'Update a camera or pad (PUT /screen/{infoid})',
		method: 'PUT', path: '/screen/{infoid}', docSection: '设备管理 › 更新设备信息',
		params: [pathId('infoid', 'Screen ID', 'The device (设备id)'), ...screenFields()],
	},
	{
		resource: 'screen', operation: 'create', name: 'Create', action: 'Add a screen',
		description: 'Add a camera or pad to a classroom and box (POST /screen)',
		method: 'POST', path: '/screen', docSection: '设备管理 › 添加设备信息', params: screenFields(),
	},
	{
		resource: 'screen', operation: 'list', name: 'Get Many', action: 'Get many screens',
		description: 'List cameras and pads (GET /screens)',
		method: 'GET', path: '/screens', docSection: '设备管理 › 获取设备列表',
		params: [
			...pagingParams,
			q(pick('classroom_id', 'Classroom', 'searchClassrooms', 'Only devices of this classroom')),
			q(choice('type', 'Type', 'Only devices of this type', SCREEN_TYPE)),
			q(choice('sub_type', 'Camera Model', 'Only cameras of this model', SCREEN_SUB_TYPE)),
			q(text('camera_position', 'Camera Position', 'Only devices at this position (相机地址)')),
		],
		list: PAGING,
	},
	{
		resource: 'screen', operation: 'cruiseControl', name: 'Control Cruise', action: 'Start or stop camera cruise',
		description: 'Start or stop the cruise (patrol) of a C3V-920 camera (POST /screen/camera/manage)',
		method: 'POST', path: '/screen/camera/manage', docSection: '设备管理 › C3V-920 巡航控制',
		params: [
			req(integer('box_id', 'Box ID', 'Box of the camera (box_id)', { minValue: 1 })),
			req(pick('classroom_id', 'Classroom', 'searchClassrooms', 'Classroom of the camera (classroom_id)')),
			req(text('screen_token', 'Screen Token', 'Token of the camera (设备token)')),
			req(choice('cruise_status', 'Cruise', 'Start or stop cruising (巡航状态)', START_STOP)),
		],
	},
	{
		resource: 'screen', operation: 'capture', name: 'Capture Frame', action: 'Capture a camera frame',
		description: 'Make a C3V-920 camera capture a frame (POST /screen/camera/capture)',
		method: 'POST', path: '/screen/camera/capture', docSection: '设备管理 › C3V-920 相机截帧',
		params: [
			req(integer('box_id', 'Box ID', 'Box of the camera (box_id)', { minValue: 1 })),
			req(pick('classroom_id', 'Classroom', 'searchClassrooms', 'Classroom of the camera (classroom_id)')),
			req(text('screen_token', 'Screen Token', 'Token of the camera (设备token)')),
			req(text('core_ip', 'Core IP', 'IP address of the recognition core (core_ip)')),
		],
	},
	{
		resource: 'screen', operation: 'frameReduction', name: 'Set Frame Reduction', action: 'Start or stop frame reduction',
		description: 'Start or stop frame-rate reduction of C3V-321 cameras (POST /screen/camera/snapshot)',
		method: 'POST', path: '/screen/camera/snapshot', docSection: '设备管理 › C3V-321 相机降帧',
		params: [req(choice('signal', 'Frame Reduction', 'Start or stop frame-rate reduction (降帧信号)', START_STOP))],
	},
	{
		resource: 'screen', operation: 'getTypes', name: 'Get Types', action: 'Get screen types',
		description: 'The device types, camera models and modes the server knows (GET /screen/camera/type)',
		method: 'GET', path: '/screen/camera/type', docSection: '设备管理 › 设备类型信息',
		params: [q(choice('type', 'Type', 'Only this device type', SCREEN_TYPE))],
	},
	{
		resource: 'screen', operation: 'getCruiseStatus', name: 'Get Cruise Status', action: 'Get the cruise status of a camera',
		description: 'Whether a camera is cruising (POST /screen/camera/cruise/status)',
		method: 'POST', path: '/screen/camera/cruise/status', docSection: '设备管理 › 查询巡航状态',
		params: [req(text('camera_ip', 'Camera Address', 'Address of the camera (相机地址)'))],
	},
	// ── 考勤查询 ───────────────────────────────────────────────────────────────────
	{
		resource: 'attendance', operation: 'get', name: 'Get', action: 'Get an attendance record',
		description: 'Get one attendance record (GET /attendance/{id})',
		method: 'GET', path: '/attendance/{id}', docSection: '考勤查询 › 获取考勤信息',
		params: [pathId('id', 'Attendance ID', 'The attendance record (考勤ID)'), detail],
	},
	{
		resource: 'attendance', operation: 'getCourse', name: 'Get Course Attendance', action: 'Get attendance of a course',
		description: 'Attendance of a class in one course on one day (GET /attendance/course)',
		method: 'GET', path: '/attendance/course', docSection: '考勤查询 › 获取单课程考勤',
		params: [
			req(q(pick('cls_id', 'Class', 'searchClasses', 'The class (班级id)'))),
			req(q(integer('course_id', 'Course ID', 'The course (课程id)', { minValue: 1 }))),
			req(q(date('attendance_date', 'Date', 'The day (日期).'))),
			q(integer('lessonindex_id', 'Lesson Period ID', 'Only this lesson period (课节id)', { minValue: 1 })),
			detail,
		],
		outputPath: 'list',
	},
	{
		resource: 'attendance', operation: 'getClass', name: 'Get Class Attendance', action: 'Get attendance of a class',
		description: 'Attendance of a class over a date range within one term (GET /attendance/class)',
		method: 'GET', path: '/attendance/class', docSection: '考勤查询 › 获取班级考勤',
		params: [
			req(q(pick('cls_id', 'Class', 'searchClasses', 'The class (班级id)'))),
			req(q(date('start_time', 'Start Date', 'First day (日期).'))),
			req(q(date('end_time', 'End Date', 'Last day (日期).'))),
			q(integer('lessonindex_id', 'Lesson Period ID', 'Only this lesson period (课节id)', { minValue: 1 })),
		],
		outputPath: 'list',
	},
	{
		resource: 'attendance', operation: 'getStudent', name: 'Get Student Attendance', action: 'Get attendance of a student',
		description: 'Attendance of one student over a date range; give Student ID or Student Number (GET /attendance/student)',
		method: 'GET', path: '/attendance/student', docSection: '考勤查询 › 获取学生考勤',
		params: [
			req(q(date('start_time', 'Start Date', 'First day (日期).'))),
			req(q(date('end_time', 'End Date', 'Last day (日期).'))),
			q(integer('subject_id', 'Student ID', 'The student (学生ID); wins over Student Number. Give one of the two.', { minValue: 1 })),
			q(text('job_number', 'Student Number', 'The student’s number (学号). Give Student ID or Student Number.')),
		],
		outputPath: 'list',
		requireOneOf: [{ params: ['subject_id', 'job_number'] }],
	},
	{
		resource: 'attendance', operation: 'listStudents', name: 'Get Many Students', action: 'Get attendance of all students',
		description: 'Attendance of every student over a date range (GET /attendance/students)',
		method: 'GET', path: '/attendance/students', docSection: '考勤查询 › 获取所有学生考勤',
		params: [
			...pagingParams,
			req(q(date('start_time', 'Start Date', 'First day (日期).'))),
			req(q(date('end_time', 'End Date', 'Last day (日期).'))),
			q(text('name', 'Name', 'Only students with this name')),
		],
		list: PAGING,
	},
	// ── 识别记录 ───────────────────────────────────────────────────────────────────
	{
		resource: 'event', operation: 'list', name: 'Get Many', action: 'Get many recognition records',
		description: 'List face recognition records (GET /event/events)',
		method: 'GET', path: '/event/events', docSection: '识别记录 › 获取识别记录列表',
		params: [
			...pagingParams,
			q({ ...date('start', 'Start', 'Records from this time (unix timestamp).'), dateFormat: 'unixSeconds', description: 'Records from this time (识别记录开始时间), sent as a unix timestamp in seconds' }),
			q({ ...date('end', 'End', 'Records up to this time (unix timestamp).'), dateFormat: 'unixSeconds', description: 'Records up to this time (识别记录结束时间), sent as a unix timestamp in seconds' }),
			q(text('name', 'Name', 'Only records of this person (人员姓名)')),
			q(integer('subject_id', 'Person ID', 'Only records of this person (人员ID)', { minValue: 1 })),
			q(integer('screen_id', 'Camera ID', 'Only records of this camera (摄像头ID)', { minValue: 1 })),
			q(text('class_name', 'Class Name', 'Only records of this class (班级名称)')),
			q(text('classroom', 'Classroom Name', 'Only records in this classroom (教室名称)')),
		],
		list: PAGING,
	},
	{
		resource: 'behaviorEvent', operation: 'getClassStats', name: 'Get Class Statistics', action: 'Get class behaviour statistics',
		description: 'Behaviour and expression chart data of a class (GET /be/event/{data_type})',
		method: 'GET', path: '/be/event/{data_type}', docSection: '识别记录 › 班级行为表情数据',
		params: [
			{ ...req(choice('data_type', 'Chart', 'Chart data type (BE_EVENT_DATA_TYPE)', [
				{ name: 'Line', value: 'line' },
				{ name: 'Radar', value: 'radar' },
			])), in: 'path' },
			req(q(pick('cls_id', 'Class', 'searchClasses', 'The class (班级id)'))),
			req(q(integer('lessonindex_id', 'Lesson Period ID', 'The lesson period (课节id)', { minValue: 1 }))),
			req(q(date('start_time', 'Start Date', 'First day (日期).'))),
			req(q(date('end_time', 'End Date', 'Last day (日期).'))),
			q(text('split_by', 'Split By', 'How to segment the data (分段方式), e.g. seconds')),
			q(integer('split_num', 'Split Number', 'Segment size (数量)', { minValue: 1 })),
		],
	},
	{
		resource: 'behaviorEvent', operation: 'list', name: 'Get Many', action: 'Get many behaviour events',
		description: 'List behaviour and expression events of a class (GET /be/events)',
		method: 'GET', path: '/be/events', docSection: '识别记录 › 行为表情数据',
		params: [
			...pagingParams,
			req(q(pick('cls_id', 'Class', 'searchClasses', 'The class (班级id)'))),
			req(q(integer('lessonindex_id', 'Lesson Period ID', 'The lesson period (课节id)', { minValue: 1 }))),
			req(q(integer('event_type', 'Event Type', 'Behaviour or expression event type (行为表情事件类型)'))),
			req(q(date('start_time', 'Start Date', 'First day (日期).'))),
			req(q(date('end_time', 'End Date', 'Last day (日期).'))),
			q(integer('sub_type', 'Sub Type', 'Behaviour or expression type (行为(表情)类型)')),
		],
		list: PAGING,
	},
	{
		resource: 'behaviorEvent', operation: 'getImage', name: 'Get Image', action: 'Get a behaviour event image',
		description: 'Download the image of a behaviour or expression event as binary data (GET /be/event/image)',
		method: 'GET', path: '/be/event/image', docSection: '识别记录 › 行为表情图片',
		params: [req(q(text('image_id', 'Image ID', 'The image (image_id)'))), outputField()],
		handler: 'downloadImage',
	},
	// ── 主机 ───────────────────────────────────────────────────────────────────────
	{
		resource: 'box', operation: 'get', name: 'Get', action: 'Get the box of a school',
		description: 'Get the edge host (box) of a school (GET /info/box)',
		method: 'GET', path: '/info/box', docSection: '主机管理 › 获取主机信息',
		params: [req(q(integer('company_id', 'School ID', 'The school (学校ID), see User › Get', { minValue: 1 })))],
	},
];

export const operations: OperationDefinition[] = table.map((op) => ({ docSection: op.resource, ...op }) as OperationDefinition);

/** Body fields that hold integer IDs: IDs picked from a list travel as text and are sent as numbers. */
export const INTEGER_BODY_FIELDS = new Set(['term_id', 'teacher_id', 'classroom_id', 'cls_id', 'course_id', 'lesson_index_id', 'box_id']);
