/** Gensee Tutoring Room operations, as the integration document (展视互动 教育培训系统 集成接口文档) defines them. */
import type { OperationDefinition } from '../../shared/operations';

export const tutoringRoomOperations: OperationDefinition[] = [
	{
		resource: "tutoringRoom",
		operation: "update",
		name: "Update",
		action: "Update a tutoring room",
		description: "Modify tutoring-end room. Requires the admin or teacher role.",
		method: 'POST',
		path: '/training/slaveroom/modify',
		docSection: "5.46 修改辅导端",
		params: [
			{ name: "roomId", label: "Tutoring Room ID", type: "string", in: "form", required: true, description: "Tutoring-end room ID." },
			{ name: "className", label: "Class Name", type: "string", in: "form", description: "Tutoring-end name." },
		],
	},
	{
		resource: "tutoringRoom",
		operation: "get",
		name: "Get",
		action: "Get a tutoring room",
		description: "Get tutoring-end room info. Requires the organizer or admin role.",
		method: 'POST',
		path: '/training/tutorialroom/info',
		docSection: "5.48 获取辅导端信息",
		params: [
			{ name: "roomId", label: "Tutoring Room ID", type: "string", in: "form", required: true, description: "Tutoring-end room id (documented as '辅助端课堂id')." },
		],
	},
];
