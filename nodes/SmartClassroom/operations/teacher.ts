/** Smart Classroom Teacher operations: the 教师管理 section of the API document. */
import type { CallOperation, CreateOperation, ListOperation, ParameterDefinition, RecordSetTrait } from '../../shared/engine/definitions';
import { recordSetOperations } from '../../shared/engine/sync';
import { certificateNumber, certificateType, form, gender, ids, PAGING, pagingParams, pathId, photos, q, req, text, type Op } from './common';
import { teachers } from '../pickers';
import { deleteSubjects } from './subject';

/** TeacherRequest (教师) fields. */
const teacherFields = (): ParameterDefinition[] => [
	req(text('name', 'Name', 'Teacher name (教师姓名)')),
	req(text('job_number', 'Staff Number', 'The teacher’s staff number at the school (工号)')),
	gender,
	certificateType,
	certificateNumber,
];

/** what Simplify keeps of a teacher */
const TEACHER_FIELDS = ['id', 'name', 'job_number', 'gender', 'certificate_type', 'certificate_number', 'create_time'];

export const listTeachers: ListOperation = {
	resource: 'teacher', operation: 'list', name: 'Get Many', action: 'Get many teachers',
	description: 'List teachers, optionally by name or staff number',
	method: 'GET', path: '/teachers', docSection: '教师管理 › 获取教师列表',
	simplify: TEACHER_FIELDS,
	params: [...pagingParams, q(text('name', 'Name', 'Only teachers with this name')), q(text('job_number', 'Staff Number', 'Only the teacher with this number'))],
	kind: 'list',
	list: PAGING,
};

const updateTeacher: CallOperation = {
	resource: 'teacher', operation: 'update', name: 'Update', action: 'Update a teacher',
	description: 'Update a teacher',
	method: 'PUT', path: '/teacher/{sid}', docSection: '教师管理 › 更新教师',
	columns: true, record: 'sid',
	params: [pathId('sid', 'Teacher', 'The teacher, as Teacher › Get Many lists them', teachers), ...teacherFields()],
};

const createTeacher: CreateOperation = {
	resource: 'teacher', operation: 'create', name: 'Create', action: 'Create a teacher',
	description: 'Create a teacher without photos',
	method: 'POST', path: '/teacher', docSection: '教师管理 › 新建教师', params: teacherFields(),
	// staff numbers are unique: after a lost answer the teacher is looked up by number
	kind: 'create',
	create: { list: listTeachers, idField: 'id', matchFields: { job_number: 'job_number' }, unique: true, filter: { job_number: 'job_number' } },
};

/** Teachers by their staff number (Create or Update, Sync): compared as Get Many lists them, written with the table's own operations. */
export const teacherSet: RecordSetTrait = {
	noun: 'teacher',
	list: listTeachers,
	idField: 'id',
	keys: [{ param: 'job_number', field: 'job_number', label: 'Staff Number', description: 'The staff number (工号), which the server keeps unique', search: 'job_number' }],
	fields: { name: 'name', job_number: 'job_number', gender: 'gender', certificate_type: 'certificate_type', certificate_number: 'certificate_number' },
	create: createTeacher,
	// TeacherRequest requires the name and the number: the update sends the teacher as listed with the changed fields
	update: { op: updateTeacher, idParam: 'sid', body: 'merged' },
	// one teacher per call, so that a refusal (-20208: still in the timetable) is that teacher's alone; -20181
	// 教师不存在: a removal sent again after a lost answer finds the teacher gone
	remove: { op: deleteSubjects, idParam: 'subject_id', values: { subject_type: 1 }, goneCodes: [-20181] },
};

export const teacherOperations: Op[] = [
	{
		resource: 'teacher', operation: 'get', name: 'Get', action: 'Get a teacher',
		description: 'Get a teacher with their photos',
		method: 'GET', path: '/teacher/{sid}', docSection: '教师管理 › 获取教师',
		simplify: TEACHER_FIELDS,
		params: [pathId('sid', 'Teacher', 'The teacher, as Teacher › Get Many lists them', teachers)],
	},
	updateTeacher,
	createTeacher,
	...recordSetOperations(teacherSet, { plural: 'teachers', where: 'the server' }),
	{
		resource: 'teacher', operation: 'createWithPhotos', name: 'Create With Photos', action: 'Create a teacher with photos',
		description: 'Create a teacher with up to three base-library face photos from binary data',
		method: 'POST', path: '/teacher/file', docSection: '教师管理 › 新建教师, 同时传入底库图片',
		params: [...teacherFields().map(form), ...photos()],
	},
	{
		resource: 'teacher', operation: 'updateWithPhotos', name: 'Update With Photo IDs', action: 'Update a teacher and their photos',
		description: 'Update a teacher and which uploaded photos they keep; upload photos first with Person › Upload Photo',
		method: 'PUT', path: '/teacher/file/{sid}', docSection: '教师管理 › 更新教师, 同时更新底库图片',
		columns: true, record: 'sid',
		params: [
			pathId('sid', 'Teacher', 'The teacher, as Teacher › Get Many lists them', teachers),
			...teacherFields(),
			ids('photo_id', 'Photo IDs', 'Base-library photos the teacher keeps (底库照片ID). No operation lists photos on their own: take the IDs from the photos Teacher › Get returns.'),
		],
	},
	listTeachers,
];
