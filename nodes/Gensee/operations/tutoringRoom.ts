/** Gensee Tutoring Room operations, as the integration document (展视互动 教育培训系统 集成接口文档) defines them. */
import type { OperationDefinition } from '../../shared/engine/definitions';

export const tutoringRoomOperations: OperationDefinition[] = [
	{
		resource: "tutoringRoom",
		operation: "update",
		name: "Update",
		action: "Update a tutoring room",
		description: "Update a tutoring room. Requires the admin or teacher role.",
		method: 'POST',
		path: '/training/slaveroom/modify',
		docSection: "5.46 修改辅导端",
		params: [
			{ name: "roomId", label: "Tutoring Room ID", type: "string", placeholder: "e.g. 4f3a9c21", in: "form", required: true, description: "The tutoring room. No operation lists tutoring rooms on their own: take the ID from Dual-Teacher Classroom › Get." },
			{ name: "className", label: "Class Name", type: "string", placeholder: "e.g. Class 1", in: "form", description: "Tutoring-end name." },
		],
	},
	{
		resource: "tutoringRoom",
		operation: "get",
		name: "Get",
		action: "Get a tutoring room",
		description: "Get a tutoring room. Requires the organizer or admin role.",
		method: 'POST',
		path: '/training/tutorialroom/info',
		simplify: ['id', 'number', 'tutorialRoomId', 'tutorialRoomName', 'subject', 'startDate', 'startDateIso', 'invalidDate', 'invalidDateIso', 'clientUrl', 'joinUrl', 'teacherToken', 'assistantToken', 'studentClientToken', 'groupList'],
		docSection: "5.48 获取辅导端信息",
		params: [
			{ name: "roomId", label: "Tutoring Room ID", type: "string", placeholder: "e.g. 4f3a9c21", in: "form", required: true, description: "The tutoring room. No operation lists tutoring rooms on their own: take the ID from Dual-Teacher Classroom › Get." },
		],
	},
];
