/** Gensee Teacher operations, as the integration document (展视互动 教育培训系统 集成接口文档) defines them. */
import type { OperationDefinition } from '../../shared/engine/definitions';

export const teacherOperations: OperationDefinition[] = [
	{
		resource: "teacher",
		operation: "create",
		name: "Create",
		action: "Create a teacher",
		description: "Create a teacher account. Requires the admin role.",
		method: 'POST',
		path: '/training/teacher/created',
		docSection: "5.9 创建老师",
		columns: true,
		params: [
			{ name: "teacherLoginName", label: "Teacher Login Name", type: "string", placeholder: "e.g. zhangsan", in: "form", required: true, maxLength: 40, description: "Teacher login name (length 1-40)." },
			{ name: "teacherPassword", label: "Teacher Password", type: "string", in: "form", required: true, pattern: "^.{6,15}$", patternHint: "6 to 15 characters", typeOptions: { password: true }, description: "Teacher password (length 6-15)." },
			{ name: "name", label: "Name", type: "string", placeholder: "e.g. Zhang San", in: "form", required: true, maxLength: 40, description: "Display name (length 1-40)." },
			{ name: "maxPoints", label: "Max Concurrency", type: "number", in: "form", integer: true, description: "Maximum concurrent attendees of this teacher's classrooms. Only with the site's organizer concurrency feature; capped by the site's own limit." },
			{ name: "validDate", label: "Valid From", type: "dateTime", in: "form", dateFormat: "unixMilliseconds", description: "Date the account starts working" },
			{ name: "invalidDate", label: "Expiry Date", type: "dateTime", in: "form", dateFormat: "unixMilliseconds", description: "Date the account stops working" },
			{ name: "maxVodPoints", label: "Max VOD Concurrency", type: "number", in: "form", integer: true, description: "Maximum concurrent courseware viewers. Only with the site's organizer VOD concurrency feature; capped by the site's own limit." },
		],
	},
	{
		resource: "teacher",
		operation: "update",
		name: "Update",
		action: "Update a teacher",
		description: "Update a teacher account. Requires the admin role.",
		method: 'POST',
		path: '/training/teacher/modify',
		docSection: "5.40 修改老师",
		columns: true,
		params: [
			{ name: "teacherLoginName", label: "Teacher Login Name", type: "string", placeholder: "e.g. zhangsan", in: "form", required: true, maxLength: 40, description: "Teacher login name (length 1-40)." },
			{ name: "teacherPassword", label: "Teacher Password", type: "string", in: "form", required: true, pattern: "^.{6,15}$", patternHint: "6 to 15 characters", typeOptions: { password: true }, description: "Teacher password (length 6-15)." },
			{ name: "name", label: "Name", type: "string", placeholder: "e.g. Zhang San", in: "form", required: true, maxLength: 40, description: "Display name (length 1-40)." },
			{ name: "maxPoints", label: "Max Concurrency", type: "number", in: "form", integer: true, description: "Maximum concurrent attendees of this teacher's classrooms. Only with the site's organizer concurrency feature; capped by the site's own limit." },
			{ name: "validDate", label: "Valid From", type: "dateTime", in: "form", dateFormat: "unixMilliseconds", description: "Date the account starts working" },
			{ name: "invalidDate", label: "Expiry Date", type: "dateTime", in: "form", dateFormat: "unixMilliseconds", description: "Date the account stops working" },
			{ name: "maxVodPoints", label: "Max VOD Concurrency", type: "number", in: "form", integer: true, description: "Maximum concurrent courseware viewers. Only with the site's organizer VOD concurrency feature; capped by the site's own limit." },
		],
	},
];
