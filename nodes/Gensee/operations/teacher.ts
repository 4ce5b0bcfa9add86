/** Gensee Teacher operations, as the integration document (展视互动 教育培训系统 集成接口文档) defines them. */
import type { OperationDefinition, ParameterDefinition, RecordSetTrait } from '../../shared/engine/definitions';
import { recordSetOperations } from '../../shared/engine/sync';

/** The fields of a teacher: 5.9 and 5.40 take the same ones. */
const teacherFields: ParameterDefinition[] = [
	{ name: "teacherLoginName", label: "Teacher Login Name", type: "string", placeholder: "e.g. zhangsan", in: "form", required: true, maxLength: 40, description: "Teacher login name (length 1-40)." },
	{ name: "teacherPassword", label: "Teacher Password", type: "string", in: "form", required: true, pattern: "^.{6,15}$", patternHint: "6 to 15 characters", typeOptions: { password: true }, description: "Teacher password (length 6-15)." },
	{ name: "name", label: "Name", type: "string", placeholder: "e.g. Zhang San", in: "form", required: true, maxLength: 40, description: "Display name (length 1-40)." },
	{ name: "maxPoints", label: "Max Concurrency", type: "number", in: "form", integer: true, description: "Maximum concurrent attendees of this teacher's classrooms. Only with the site's organizer concurrency feature; capped by the site's own limit." },
	{ name: "validDate", label: "Valid From", type: "dateTime", in: "form", dateFormat: "unixMilliseconds", description: "Date the account starts working" },
	{ name: "invalidDate", label: "Expiry Date", type: "dateTime", in: "form", dateFormat: "unixMilliseconds", description: "Date the account stops working" },
	{ name: "maxVodPoints", label: "Max VOD Concurrency", type: "number", in: "form", integer: true, description: "Maximum concurrent courseware viewers. Only with the site's organizer VOD concurrency feature; capped by the site's own limit." },
];

const createTeacher: OperationDefinition = {
	resource: "teacher",
	operation: "create",
	name: "Create",
	action: "Create a teacher",
	description: "Create a teacher account. Requires the admin role.",
	method: 'POST',
	path: '/training/teacher/created',
	docSection: "5.9 创建老师",
	columns: true,
	params: teacherFields,
};

const modifyTeacher: OperationDefinition = {
	resource: "teacher",
	operation: "update",
	name: "Update",
	action: "Update a teacher",
	description: "Update a teacher account. Requires the admin role.",
	method: 'POST',
	path: '/training/teacher/modify',
	docSection: "5.40 修改老师",
	columns: true,
	params: teacherFields,
};

/**
 * Teachers by login name (Create or Update only). The document lists no teachers and offers no look-up (5.9
 * creates, 5.40 modifies, nothing reads or deletes), so nothing can be compared or synced. 5.40 finds the teacher
 * by teacherLoginName and resets the password, which it requires with the name: the item's whole values are sent.
 * Where there is no such teacher the site answers 501 (数据不存在) and the teacher is created; a login name the site
 * has already is refused with 502 (重复数据), so a create is never carried out twice.
 */
export const teacherSet: RecordSetTrait = {
	noun: 'teacher',
	idField: 'teacherLoginName',
	keys: [{ param: 'teacherLoginName', field: 'teacherLoginName', label: 'Teacher Login Name', description: 'The login name, by which Modify Teacher finds the teacher' }],
	fields: {},
	create: createTeacher,
	update: { op: modifyTeacher, idParam: 'teacherLoginName', body: 'merged', goneCodes: ['501'] },
};

export const teacherOperations: OperationDefinition[] = [createTeacher, modifyTeacher, ...recordSetOperations(teacherSet, { plural: 'teachers', where: 'the site' })];
