/** Smart Classroom Teacher operations: the 教师管理 section of the API document. */
import type { ListOperation, ParameterDefinition } from '../../shared/engine/definitions';
import { certificateNumber, certificateType, form, gender, ids, PAGING, pagingParams, pathId, photos, q, req, text, type Op } from './common';
import { teachers } from '../pickers';

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

export const teacherOperations: Op[] = [
	{
		resource: 'teacher', operation: 'get', name: 'Get', action: 'Get a teacher',
		description: 'Get a teacher with their photos',
		method: 'GET', path: '/teacher/{sid}', docSection: '教师管理 › 获取教师',
		simplify: TEACHER_FIELDS,
		params: [pathId('sid', 'Teacher', 'The teacher, as Teacher › Get Many lists them', teachers)],
	},
	{
		resource: 'teacher', operation: 'update', name: 'Update', action: 'Update a teacher',
		description: 'Update a teacher',
		method: 'PUT', path: '/teacher/{sid}', docSection: '教师管理 › 更新教师',
		columns: true, record: 'sid',
		params: [pathId('sid', 'Teacher', 'The teacher, as Teacher › Get Many lists them', teachers), ...teacherFields()],
	},
	{
		resource: 'teacher', operation: 'create', name: 'Create', action: 'Create a teacher',
		description: 'Create a teacher without photos',
		method: 'POST', path: '/teacher', docSection: '教师管理 › 新建教师', params: teacherFields(),
		// staff numbers are unique: after a lost answer the teacher is looked up by number
		kind: 'create',
		create: { list: listTeachers, idField: 'id', matchFields: { job_number: 'job_number' }, unique: true, filter: { job_number: 'job_number' } },
	},
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
