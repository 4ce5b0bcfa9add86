/** Smart Classroom Student operations: the 学生管理 section of the API document. */
import type { CallOperation, CreateOperation, ListOperation, ParameterDefinition, RecordSetTrait } from '../../shared/engine/definitions';
import { recordSetOperations } from '../../shared/engine/sync';
import { certificateNumber, certificateType, date, form, gender, ids, listedDay, major, PAGING, pagingParams, pathId, photos, q, req, text, type Op } from './common';
import { deleteSubjects } from './subject';
import { students } from '../pickers';

/** StudentRequest (学生) fields. */
const studentFields = (): ParameterDefinition[] => [
	req(text('name', 'Name', 'Student name (姓名)')),
	req(text('job_number', 'Student Number', 'The student’s number at the school (学号)')),
	gender,
	date('start_time', 'Enrolment Date', 'The day the student enrolled (入学时间)'),
	certificateType,
	certificateNumber,
	major,
];

/** what Simplify keeps of a student */
const STUDENT_FIELDS = ['id', 'name', 'job_number', 'gender', 'major', 'start_time', 'certificate_type', 'certificate_number', 'create_time'];

export const listStudents: ListOperation = {
	resource: 'student', operation: 'list', name: 'Get Many', action: 'Get many students',
	description: 'List students, optionally by name or student number',
	method: 'GET', path: '/students', docSection: '学生管理 › 获取学生列表',
	simplify: STUDENT_FIELDS,
	params: [...pagingParams, q(text('name', 'Name', 'Only students with this name')), q(text('job_number', 'Student Number', 'Only the student with this number'))],
	kind: 'list',
	list: PAGING,
};

const updateStudent: CallOperation = {
	resource: 'student', operation: 'update', name: 'Update', action: 'Update a student',
	description: 'Update a student',
	method: 'PUT', path: '/student/{sid}', docSection: '学生管理 › 更新学生',
	columns: true, record: 'sid',
	params: [pathId('sid', 'Student', 'The student, as Student › Get Many lists them', students), ...studentFields()],
};

const createStudent: CreateOperation = {
	resource: 'student', operation: 'create', name: 'Create', action: 'Create a student',
	description: 'Create a student without photos',
	method: 'POST', path: '/student', docSection: '学生管理 › 新建学生', columns: true, params: studentFields(),
	// student numbers are unique (-20110): after a lost answer the student is looked up by number
	kind: 'create',
	create: { list: listStudents, idField: 'id', matchFields: { job_number: 'job_number' }, unique: true, filter: { job_number: 'job_number' } },
};

/** Students by their number (Create or Update, Sync): compared as Get Many lists them, written with the table's own operations. */
export const studentSet: RecordSetTrait = {
	noun: 'student',
	list: listStudents,
	idField: 'id',
	keys: [{ param: 'job_number', field: 'job_number', label: 'Student Number', description: 'The student number (学号), which the server keeps unique', search: 'job_number' }],
	fields: {
		name: 'name',
		job_number: 'job_number',
		gender: 'gender',
		start_time: { field: 'start_time', read: listedDay },
		certificate_type: 'certificate_type',
		certificate_number: 'certificate_number',
		major: 'major',
	},
	create: createStudent,
	// StudentRequest requires the name and the number, and the document does not say an omitted field is kept:
	// the update sends the student as listed with the changed fields
	update: { op: updateStudent, idParam: 'sid', body: 'merged' },
	// one student per call, so that a refusal (-20207: still in a class) is that student's alone; -2015 学生不存在:
	// a removal sent again after a lost answer finds the student gone
	remove: { op: deleteSubjects, idParam: 'subject_id', values: { subject_type: 0 }, goneCodes: [-2015] },
};

export const studentOperations: Op[] = [
	{
		resource: 'student', operation: 'get', name: 'Get', action: 'Get a student',
		description: 'Get a student with their photos',
		method: 'GET', path: '/student/{sid}', docSection: '学生管理 › 获取学生',
		simplify: STUDENT_FIELDS,
		params: [pathId('sid', 'Student', 'The student, as Student › Get Many lists them', students)],
	},
	updateStudent,
	createStudent,
	...recordSetOperations(studentSet, { plural: 'students', where: 'the server' }),
	{
		resource: 'student', operation: 'createWithPhotos', name: 'Create With Photos', action: 'Create a student with photos',
		description: 'Create a student with up to three base-library face photos from binary data',
		method: 'POST', path: '/student/file', docSection: '学生管理 › 新建学生, 同时传入底库图片',
		columns: true,
		params: [...studentFields().map(form), ...photos()],
	},
	{
		resource: 'student', operation: 'updateWithPhotos', name: 'Update With Photo IDs', action: 'Update a student and their photos',
		description: 'Update a student and which uploaded photos they keep; upload photos first with Person › Upload Photo',
		method: 'PUT', path: '/student/file/{sid}', docSection: '学生管理 › 更新学生, 同时更新底库图片',
		columns: true, record: 'sid',
		params: [
			pathId('sid', 'Student', 'The student, as Student › Get Many lists them', students),
			...studentFields(),
			ids('photo_id', 'Photo IDs', 'Base-library photos the student keeps (底库照片ID). No operation lists photos on their own: take the IDs from the photos Student › Get returns.'),
		],
	},
	listStudents,
];
