/** HongTu Person operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { ListOperation, OperationDefinition, RecordSetTrait } from '../../shared/engine/definitions';
import { recordSetOperations } from '../../shared/engine/sync';
import { PERSON_TYPES, SEX, VISIT_TYPES } from './codes';
import { ENTRY_OBJECT_RESULTS, ENTRY_RESULTS, PERSON_UNIQUE_FIELDS, UUID_FORMAT, UUID_LIST_PLACEHOLDER, paging, pick } from './common';
import { groups, organizations, persons } from '../pickers';
import { entryBatch } from '../entryBatch';
import { personPhotoAndUuid, storedPersons, uploadPhoto } from '../persons';

/** the person fields an operator uses, from the person records of 搜索人员列表 / 查询人员详情信息 */
const PERSON_FIELDS = ['uuid', 'name', 'type', 'sex', 'code', 'phone', 'email', 'cardNum', 'identifyNum', 'orgName', 'groupList', 'imageUri'];

export const searchPersons: ListOperation = {
	resource: 'person',
	operation: 'list',
	name: 'Search',
	action: 'Search people',
	description: 'Search people by name, code, phone, ID number and more; most text filters match part of the value',
	method: 'POST',
	path: '/v1/api/person/list',
	docSection: '人员管理 › 搜索人员列表',
	params: [
		{ name: 'pageNum', label: 'Page Number', type: 'number', in: 'body', integer: true, description: 'Page number, default 1' },
		{ name: 'pageSize', label: 'Page Size', type: 'number', in: 'body', integer: true, description: 'Page size, default 20' },
		{ name: 'type', label: 'Type', type: 'options', in: 'body', options: PERSON_TYPES, default: 1, description: 'Only people of this type' },
		{ name: 'name', label: 'Name', type: 'string', in: 'body', placeholder: 'e.g. Zhang', description: 'Part of the name' },
		{ name: 'phone', label: 'Phone', type: 'string', in: 'body', placeholder: 'e.g. 138001', description: 'Part of the mobile number' },
		{ name: 'identifyNum', label: 'ID Number', type: 'string', in: 'body', placeholder: 'e.g. 1101011990', description: 'Part of the ID card number' },
		{ name: 'email', label: 'Email', type: 'string', in: 'body', placeholder: 'e.g. name@email.com', description: 'Part of the email address' },
		{ name: 'code', label: 'Code', type: 'string', in: 'body', placeholder: 'e.g. E10', description: 'Part of the employee code' },
		{ name: 'cardNum', label: 'Card Number', type: 'string', in: 'body', placeholder: 'e.g. 123456', description: 'Part of the card number' },
		{ name: 'uniqueIdentify', label: 'Unique Identifier', type: 'string', in: 'body', placeholder: 'e.g. HR-0001', description: 'The whole unique identifier' },
		{ name: 'staffEntryMinStamp', label: 'Staff Entry From', type: 'dateTime', in: 'body', dateFormat: 'unixMilliseconds', description: 'Employees hired on or after this date' },
		{ name: 'staffEntryMaxStamp', label: 'Staff Entry To', type: 'dateTime', in: 'body', dateFormat: 'unixMilliseconds', description: 'Employees hired on or before this date' },
		{ name: 'visitorCreateMinStamp', label: 'Visitor Create From', type: 'dateTime', in: 'body', dateFormat: 'unixMilliseconds', description: 'Visitors added on or after this date' },
		{ name: 'visitorCreateMaxStamp', label: 'Visitor Create To', type: 'dateTime', in: 'body', dateFormat: 'unixMilliseconds', description: 'Visitors added on or before this date' },
		{ name: 'filterVisitedType', label: 'Filter Visited Type', type: 'options', in: 'body', options: [{ name: 'No Filter', value: 0 }, { name: 'Valid Visitors', value: 1 }, { name: 'Invalid Visitors', value: 2 }], default: 0, description: 'Only visitors whose visit is still valid, or no longer valid' },
		{ name: 'simpleInfo', label: 'Simple Info', type: 'boolean', in: 'body', description: 'Whether to return only each person\'s UUID and name (default false)' },
		{ name: 'isPinyinOrder', label: 'Is Pinyin Order', type: 'boolean', in: 'body', description: 'Whether to sort by the pinyin of the name (default true)' },
		{ name: 'visitType', label: 'Visit Type', type: 'options', in: 'body', options: VISIT_TYPES, default: 1, description: 'Only visitors of this kind' },
		{ name: 'visitedName', label: 'Visited Name', type: 'string', in: 'body', placeholder: 'e.g. Li Si', description: 'Name of the employee visited' },
		{ name: 'orgUuid', label: 'Organization', type: 'string', in: 'body', ...pick(organizations), description: 'Only people of this organization' },
	],
	kind: 'list',
	list: { itemsPath: 'list', paging: paging('pageNum') },
	simplify: PERSON_FIELDS,
};

export const uploadImage: OperationDefinition = {
	resource: 'person',
	operation: 'uploadImage',
	name: 'Upload Image',
	action: 'Upload a person\'s face photo',
	description: 'Upload a face photo; its URI goes into Image URI when adding or updating a person',
	method: 'POST',
	path: '/v1/api/person/uploadImage',
	docSection: '人员管理 › 上传人员图片',
	params: [
		{ name: 'file', label: 'Input Binary Field', type: 'binary', in: 'file', required: true, default: 'data', placeholder: 'e.g. data', description: 'The name of the input binary field holding the face photo: JPG, JPEG, BMP or PNG, at most 10 MB. The box checks the face against the enrolment standard and compresses the image.' },
	],
};

export const getPersonsByUuid: OperationDefinition = {
	resource: 'person',
	operation: 'batchGet',
	name: 'Get Many by UUID',
	action: 'Get many people by UUID',
	description: 'Get the details of several people by UUID',
	method: 'POST',
	path: '/v1/api/person/uuid/list',
	docSection: '人员管理 › 批量查询人员详情信息',
	params: [
		{ name: 'uuidList', label: 'UUIDs', type: 'idList', picker: persons, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', required: true, description: 'UUIDs of the people; Person › Search lists them' },
	],
	simplify: PERSON_FIELDS,
};

export const batchAddPersons: OperationDefinition = {
	resource: 'person',
	operation: 'batchAdd',
	name: 'Batch Add',
	action: 'Batch add people',
	description: 'Batch add people; input items are gathered into as few calls as the box allows, each item gets its own result',
	method: 'POST',
	path: '/v1/api/person/batchAdd',
	docSection: '人员管理 › 批量添加人员',
	columns: true,
	params: [
		{ name: 'name', label: 'Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Zhang San', description: 'Full name, 1 to 40 characters' },
		{ name: 'type', label: 'Type', type: 'options', in: 'body', required: true, options: PERSON_TYPES, default: 1, description: 'Key persons are the watch list' },
		{ name: 'sex', label: 'Sex', type: 'options', in: 'body', options: SEX, default: 0, description: 'The person\'s sex' },
		{ name: 'uuid', label: 'UUID', type: 'string', in: 'body', placeholder: UUID_FORMAT.placeholder, description: 'UUID to give the new person, at most 32 characters and never used before. The box keeps it only with custom person UUIDs turned on (see Get Custom UUID Switch), otherwise it makes its own. A new ID, so no operation lists it.' },
		{ name: 'imageUri', label: 'Image URI', type: 'string', in: 'body', placeholder: 'e.g. _ZzEwMF9mb3JldmVyQnVja2V0_9a00bafda96b4829a9ff6cd470b1c675', description: 'Face photo for recognition: the URI that Upload Image returns' },
		{ name: 'code', label: 'Code', type: 'string', in: 'body', placeholder: 'e.g. E1001', description: 'Employee code, unique when given; letters and digits, 1 to 32 characters. The answer returns it as staffCode.' },
		{ name: 'identifyNum', label: 'ID Number', type: 'string', in: 'body', placeholder: 'e.g. 110101199003070011', description: 'ID card number; letters and digits, 1 to 32 characters' },
		{ name: 'uniqueIdentify', label: 'Unique Identifier', type: 'string', in: 'body', placeholder: 'e.g. HR-0001', description: 'Your own unique key for the person, unique when given; up to 40 letters, digits or ASCII characters' },
		{ name: 'visitFirm', label: 'Visit Firm', type: 'string', in: 'body', placeholder: 'e.g. Example Co., Ltd.', description: 'Visitor\'s company; Chinese characters, letters and digits, 1 to 40 characters' },
		{ name: 'visitStartTimeStamp', label: 'Visit Start Time', type: 'dateTime', in: 'body', dateFormat: 'unixMilliseconds', description: 'When the visit starts; required for visitors' },
		{ name: 'visitEndTimeStamp', label: 'Visit End Time', type: 'dateTime', in: 'body', dateFormat: 'unixMilliseconds', description: 'When the visit ends; required for visitors' },
		{ name: 'visitReason', label: 'Visit Reason', type: 'string', in: 'body', placeholder: 'e.g. Job interview', description: 'Why the visitor comes, 1 to 255 characters' },
		{ name: 'visitedUuid', label: 'Visited Person', type: 'string', in: 'body', ...pick(persons), description: 'The employee being visited; required for visitors' },
		{ name: 'visitType', label: 'Visit Type', type: 'options', in: 'body', options: VISIT_TYPES, default: 1, description: 'Kind of visitor' },
		{ name: 'email', label: 'Email', type: 'string', in: 'body', placeholder: 'e.g. name@email.com', description: 'Email address' },
		{ name: 'phone', label: 'Phone', type: 'string', in: 'body', placeholder: 'e.g. 13800138000', description: 'Mobile number, 6 to 18 digits; required for visitors' },
		{ name: 'cardNum', label: 'Card Number', type: 'string', in: 'body', placeholder: 'e.g. 1234567890', description: 'Access card number, unique when given; 1 to 20 digits' },
		// a person's door PIN or a device login: masked in the UI, validated like other fields
		{ name: 'password', label: 'Password', type: 'string', in: 'body', typeOptions: { password: true }, placeholder: 'e.g. 123456', description: 'Door PIN for employees, 4 to 6 digits' },
		{ name: 'entryTimeStamp', label: 'Entry Time', type: 'dateTime', in: 'body', dateFormat: 'unixMilliseconds', description: 'Hire date (employees)' },
		{ name: 'postion', label: 'Position', type: 'string', in: 'body', placeholder: 'e.g. Teacher', description: 'Job position (employees), up to 64 characters' },
		{ name: 'birthdayStamp', label: 'Birthday', type: 'dateTime', in: 'body', dateFormat: 'unixMilliseconds', description: 'Date of birth' },
		{ name: 'ext', label: 'Remark', type: 'string', in: 'body', placeholder: 'e.g. Transferred from the east campus', description: 'Remark, up to 255 characters' },
		{ name: 'groupList', label: 'Group List', type: 'idList', picker: groups, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', description: 'UUIDs of the person groups to join; Person Group › List lists them' },
		{ name: 'autograph', label: 'Autograph', type: 'string', in: 'body', placeholder: 'e.g. Stay curious', description: 'Personal signature line' },
		{ name: 'orgUuid', label: 'Organization', type: 'string', in: 'body', ...pick(organizations), description: 'Organization the person belongs to' },
		{ name: 'photoBinaryProperty', label: 'Photo Input Binary Field', type: 'string', in: 'local', placeholder: 'e.g. data', description: 'The name of the input binary field holding the face photo. The node uploads it (Upload Image) and sends the returned URI as Image URI.' },
		{ name: 'generateUuid', label: 'Generate UUID', type: 'boolean', in: 'local', default: false, description: 'Whether n8n gives the person a random UUID when UUID is empty, so that a batch whose answer was lost can be checked exactly and resent without adding anyone twice. Needs custom person UUIDs turned on in the box (see Get Custom UUID Switch); with them off the box makes its own UUID.' },
	],
	kind: 'custom',
	runner: entryBatch({
		param: 'personList',
		maxPerCall: 100,
		results: ENTRY_OBJECT_RESULTS,
		prepare: personPhotoAndUuid(uploadImage),
		uniqueFields: PERSON_UNIQUE_FIELDS,
		lostAnswer: {
			idField: 'uuid',
			find: storedPersons({ getPersonsByUuid, searchPersons }),
			advice: 'Check the box before running this item again. Giving persons an employee code, or turning on custom person UUIDs in the box and "Generate UUID" here, lets the node check exactly.',
		},
	}),
};

export const batchDeletePersons: OperationDefinition = {
	resource: 'person',
	operation: 'batchDelete',
	name: 'Batch Delete',
	action: 'Batch delete people',
	description: 'Batch delete people; input items are gathered into as few calls as the box allows, each item gets its own result',
	method: 'POST',
	path: '/v1/api/person/batchDelete',
	docSection: '人员管理 › 批量删除人员',
	params: [
		{ name: 'uuidList', label: 'UUIDs', type: 'idList', picker: persons, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', required: true, description: 'UUIDs of the people to delete; Person › Search lists them' },
	],
	kind: 'listBatch',
	batch: { param: 'uuidList', maxPerCall: 100, splittable: true, entryResults: ENTRY_RESULTS },
};

export const updatePerson: OperationDefinition = {
	resource: 'person',
	operation: 'update',
	name: 'Update',
	action: 'Update a person',
	description: 'Update a person\'s details',
	method: 'POST',
	path: '/v1/api/person/update',
	docSection: '人员管理 › 修改人员',
	columns: true, record: 'uuid',
	params: [
		{ name: 'uuid', label: 'Person', type: 'string', in: 'body', required: true, ...pick(persons), description: 'The person to update' },
		{ name: 'name', label: 'Name', type: 'string', in: 'body', placeholder: 'e.g. Zhang San', description: 'Full name, 1 to 40 characters' },
		{ name: 'sex', label: 'Sex', type: 'options', in: 'body', options: SEX, default: 0, description: 'The person\'s sex' },
		{ name: 'imageUri', label: 'Image URI', type: 'string', in: 'body', placeholder: 'e.g. _ZzEwMF9mb3JldmVyQnVja2V0_9a00bafda96b4829a9ff6cd470b1c675', description: 'Face photo for recognition: the URI that Upload Image returns' },
		{ name: 'code', label: 'Code', type: 'string', in: 'body', placeholder: 'e.g. E1001', description: 'Employee code, unique when given; letters and digits, 1 to 32 characters' },
		{ name: 'identifyNum', label: 'ID Number', type: 'string', in: 'body', placeholder: 'e.g. 110101199003070011', description: 'ID card number; letters and digits, 1 to 32 characters' },
		{ name: 'uniqueIdentify', label: 'Unique Identifier', type: 'string', in: 'body', placeholder: 'e.g. HR-0001', description: 'Your own unique key for the person; up to 40 letters, digits or ASCII characters' },
		{ name: 'visitFirm', label: 'Visit Firm', type: 'string', in: 'body', placeholder: 'e.g. Example Co., Ltd.', description: 'Visitor\'s company, 1 to 40 characters' },
		{ name: 'visitStartTimeStamp', label: 'Visit Start Time', type: 'dateTime', in: 'body', dateFormat: 'unixMilliseconds', description: 'When the visit starts; required for visitors' },
		{ name: 'visitEndTimeStamp', label: 'Visit End Time', type: 'dateTime', in: 'body', dateFormat: 'unixMilliseconds', description: 'When the visit ends; required for visitors' },
		{ name: 'visitReason', label: 'Visit Reason', type: 'string', in: 'body', placeholder: 'e.g. Job interview', description: 'Why the visitor comes, 1 to 255 characters' },
		{ name: 'visitedUuid', label: 'Visited Person', type: 'string', in: 'body', ...pick(persons), description: 'The employee being visited; required for visitors' },
		{ name: 'visitType', label: 'Visit Type', type: 'options', in: 'body', options: VISIT_TYPES, default: 1, description: 'Kind of visitor' },
		{ name: 'email', label: 'Email', type: 'string', in: 'body', placeholder: 'e.g. name@email.com', description: 'Email address' },
		{ name: 'phone', label: 'Phone', type: 'string', in: 'body', placeholder: 'e.g. 13800138000', description: 'Mobile number, 6 to 18 digits; required for visitors' },
		{ name: 'cardNum', label: 'Card Number', type: 'string', in: 'body', placeholder: 'e.g. 1234567890', description: 'Access card number (employees), unique; 1 to 20 digits' },
		// a person's door PIN or a device login: masked in the UI, validated like other fields
		{ name: 'password', label: 'Password', type: 'string', in: 'body', typeOptions: { password: true }, placeholder: 'e.g. 123456', description: 'Door PIN, 4 to 6 digits' },
		{ name: 'entryTimeStamp', label: 'Entry Time', type: 'dateTime', in: 'body', dateFormat: 'unixMilliseconds', description: 'Hire date' },
		{ name: 'postion', label: 'Position', type: 'string', in: 'body', placeholder: 'e.g. Teacher', description: 'Job position, up to 64 characters' },
		{ name: 'birthdayStamp', label: 'Birthday', type: 'dateTime', in: 'body', dateFormat: 'unixMilliseconds', description: 'Date of birth' },
		{ name: 'ext', label: 'Remark', type: 'string', in: 'body', placeholder: 'e.g. Transferred from the east campus', description: 'Remark, up to 255 characters' },
		{ name: 'groupList', label: 'Group List', type: 'idList', picker: groups, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', description: 'UUIDs of the person groups; Person Group › List lists them' },
		{ name: 'autograph', label: 'Autograph', type: 'string', in: 'body', placeholder: 'e.g. Stay curious', description: 'Personal signature line' },
		{ name: 'orgUuid', label: 'Organization', type: 'string', in: 'body', ...pick(organizations), description: 'Organization the person belongs to' },
	],
};

/** A listed time (the list's millisecond text, e.g. entryTime) as the write's millisecond number. */
const millis = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : Number(value));

/**
 * The box's persons as a record set (Person › Create or Update and Sync): read with Search, one person type at a
 * time; matched on the employee code (unique on the box) or the UUID; compared in the write's terms: the list
 * names times entryTime / birthday / visitStartTime / visitEndTime (millisecond text) where the writes take
 * …Stamp numbers, lists groups as {uuid, name} objects, and photos as the URL of the box's copy.
 */
export const personSet: RecordSetTrait = {
	noun: 'person',
	list: searchPersons,
	scope: { type: 'type' },
	idField: 'uuid',
	keys: [
		{ param: 'code', field: 'code', label: 'Employee Code', description: 'The employee code (Code), which the box keeps unique', search: 'code' },
		{ param: 'uuid', field: 'uuid', label: 'UUID', description: 'The UUID the box gave the person: updates only, as the box gives new persons their UUID', assigned: true },
	],
	fields: {
		name: 'name',
		sex: 'sex',
		imageUri: { field: 'imageUri', read: (value) => (typeof value === 'string' ? value.replace(/^https?:\/\/[^/]+\/pub\//, '') : value) },
		code: 'code',
		identifyNum: 'identifyNum',
		uniqueIdentify: 'uniqueIdentify',
		visitFirm: 'visitFirm',
		visitStartTimeStamp: { field: 'visitStartTime', read: millis },
		visitEndTimeStamp: { field: 'visitEndTime', read: millis },
		visitReason: 'visitReason',
		visitedUuid: 'visitedUuid',
		visitType: 'visitType',
		email: 'email',
		phone: 'phone',
		cardNum: 'cardNum',
		password: 'password',
		entryTimeStamp: { field: 'entryTime', read: millis },
		postion: 'postion',
		birthdayStamp: { field: 'birthday', read: millis },
		ext: 'ext',
		groupList: { field: 'groupList', read: (value) => (Array.isArray(value) ? value.map((g) => (g && typeof g === 'object' ? (g as { uuid?: unknown }).uuid : g)) : value) },
		autograph: 'autograph',
		orgUuid: 'orgUuid',
	},
	create: batchAddPersons,
	// every field but uuid is optional in the document's update table: the changed fields alone are sent
	update: { op: updatePerson, idParam: 'uuid', body: 'changed' },
	// 101012 该人员不存在: a removal sent again after a lost answer finds the person gone
	remove: { op: batchDeletePersons, idParam: 'uuidList', goneCodes: [101012] },
	file: {
		label: 'Photos',
		param: 'photoBinaryProperty',
		field: 'imageUri',
		target: 'imageUri',
		upload: async (ctx, transport, itemIndex, property) => await uploadPhoto(uploadImage, ctx, transport, itemIndex, property),
		shown: 'The box keeps its own compressed copy of a photo and lists only that copy\'s URL, not the bytes sent.',
	},
};

export const personOperations: OperationDefinition[] = [
	uploadImage,
	{
		resource: 'person',
		operation: 'uploadImageLowStandard',
		name: 'Upload Image (Lowest Quality Standard)',
		action: 'Upload a face photo checked at the lowest quality standard',
		description: 'Upload a face photo whose quality is judged at the lowest standard',
		method: 'POST',
		path: '/v1/api/person/config/uploadImage',
		docSection: '人员管理 › 上传人员图片（人脸质量判断按照最低标准进行判断）',
		params: [
			{ name: 'file', label: 'Input Binary Field', type: 'binary', in: 'file', required: true, default: 'data', placeholder: 'e.g. data', description: 'The name of the input binary field holding the face photo: JPG, JPEG, BMP or PNG, at most 10 MB. The box checks the face against its lowest quality standard, not the enrolment standard, and compresses the image.' },
		],
	},
	{
		resource: 'person',
		operation: 'checkImageQuality',
		name: 'Check Image Quality',
		action: 'Check a face photo against the enrolment standard',
		description: 'Check whether a face photo meets the enrolment standard, without storing it',
		method: 'POST',
		path: '/v1/api/misc/file/qualityJudge',
		docSection: '人员管理 › 入库质量检测',
		params: [
			{ name: 'file', label: 'Input Binary Field', type: 'binary', in: 'file', required: true, default: 'data', placeholder: 'e.g. data', description: 'The name of the input binary field holding the face photo to check (it is not stored): JPG, JPEG, BMP or PNG, at most 10 MB' },
		],
	},
	batchAddPersons,
	batchDeletePersons,
	updatePerson,
	...recordSetOperations(personSet, { plural: 'people', where: 'the box' }),
	searchPersons,
	getPersonsByUuid,
	{
		resource: 'person',
		operation: 'get',
		name: 'Get',
		action: 'Get a person',
		description: 'Get a person\'s details',
		method: 'POST',
		path: '/v1/api/person/query',
		docSection: '人员管理 › 查询人员详情信息',
		params: [
			{ name: 'uuid', label: 'Person', type: 'string', in: 'body', required: true, ...pick(persons), description: 'The person to get' },
		],
		simplify: PERSON_FIELDS,
	},
	{
		resource: 'person',
		operation: 'getQrCode',
		name: 'Get QR Code',
		action: 'Get the QR code of an employee or visitor',
		description: 'Get the QR code an employee or visitor can pass doors with',
		method: 'POST',
		path: '/v1/api/person/visitorCode',
		docSection: '人员管理 › 获取员工、访客的二维码',
		params: [
			{ name: 'uuid', label: 'Person', type: 'string', in: 'body', required: true, ...pick(persons), description: 'The employee or visitor' },
		],
	},
	{
		resource: 'person',
		operation: 'getUuidSwitch',
		name: 'Get Custom UUID Switch',
		action: 'Get the custom person UUID switch',
		description: 'Whether the box keeps person UUIDs chosen by the caller (personUuidSwitch 1) or makes its own (0)',
		method: 'GET',
		path: '/v1/api/person/personUuidSwitch',
		docSection: '人员管理 › 人员uuid自定义开关',
		params: [],
	},
];
