/** Smart Classroom Person operations: the 人员管理 section of the API document. */
import type { CallOperation } from '../../shared/engine/definitions';
import { choice, DESTRUCTIVE, file, form, ids, pick, q, req, SUBJECT_TYPE, text, type Op } from './common';
import { persons } from '../pickers';

export const deleteSubjects: CallOperation = {
	resource: 'subject', operation: 'batchDelete', name: 'Delete', action: 'Delete persons',
	description: 'Delete one or more students or teachers',
	method: 'DELETE', path: '/subject/delete', docSection: '人员管理 › 批量删除人员',
	notice: DESTRUCTIVE,
	params: [
		req(ids('subject_id', 'Person IDs', 'Students or teachers to delete (人员ID), as Student › Get Many or Teacher › Get Many lists them', { picker: persons })),
		req(choice('subject_type', 'Person Type', 'Whether they are students or teachers (人员类型)', SUBJECT_TYPE)),
	],
};

export const subjectOperations: Op[] = [
	{
		resource: 'subject', operation: 'updatePhoto', name: 'Upload Photo', action: 'Upload a person photo',
		description: 'Add or replace a base-library face photo of a student or teacher from binary data',
		method: 'PUT', path: '/subject/photo', docSection: '人员管理 › 更新底库图片',
		params: [
			req(form(pick('subject_id', 'Person', persons, 'The student or teacher (人员ID)'))),
			req(form(choice('subject_type', 'Person Type', 'Whether the person is a student or a teacher (人员类型)', SUBJECT_TYPE))),
			file('photo', 'Input Binary Field', 'The face photo (必填底库照片).', true),
			form(text('old_photo_id', 'Replaced Photo ID', 'Photo this one replaces (底库照片ID). No operation lists photos on their own: take the ID from the photos Student › Get or Teacher › Get returns.')),
			form({
				...text('bind', 'Bind to Person', 'Whether to bind the photo to the person (底库照片绑定人员)'),
				type: 'boolean',
				booleanCodes: { true: 1, false: 0 },
				default: true,
			}),
		],
	},
	{
		resource: 'subject', operation: 'getByName', name: 'Find by Name', action: 'Find a person by name',
		description: 'Find a student or teacher by name',
		method: 'GET', path: '/subject/get', docSection: '人员管理 › 根据姓名查询人员信息',
		simplify: ['id', 'name', 'job_number', 'subject_type', 'gender', 'major', 'start_time', 'certificate_type', 'certificate_number', 'create_time'],
		params: [
			req(q(choice('subject_type', 'Person Type', 'Look among students or teachers (人员类型)', SUBJECT_TYPE))),
			req(q(text('name', 'Name', 'Name to look for (姓名)'))),
		],
	},
	deleteSubjects,
	{
		resource: 'subject', operation: 'checkPhoto', name: 'Check Photo', action: 'Check a photo for enrolment',
		description: 'Check whether a face photo from binary data is good enough for the base library',
		method: 'PUT', path: '/subject/photo/check', docSection: '人员管理 › 照片入库检查',
		params: [file('photo', 'Input Binary Field', 'The face photo to check (必填底库照片).', true)],
	},
];
