/** Gensee Relay operations, as the integration document (展视互动 教育培训系统 集成接口文档) defines them. */
import type { OperationDefinition } from '../../shared/operations';
import { TEXT_ID } from './common';

export const relayOperations: OperationDefinition[] = [
	{
		resource: "relay",
		operation: "add",
		name: "Add",
		action: "Add a relay source to a classroom",
		description: "Add a relay source to a room. Requires the organizer role.",
		method: 'POST',
		path: '/training/relay/add',
		docSection: "5.36 为课堂添加一条转播源记录",
		params: [
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "Current room ID.", searchListMethod: 'searchRooms', ...TEXT_ID },
			{ name: "relayId", label: "Relay Room ID", type: "string", in: "form", required: true, description: "ID of another room of the same site to use as relay source." },
		],
	},
	{
		resource: "relay",
		operation: "remove",
		name: "Remove",
		action: "Remove a relay source from a classroom",
		description: "Remove a relay source from a room. Requires the organizer role.",
		method: 'POST',
		path: '/training/relay/remove',
		docSection: "5.37 为课堂取消一条转播源记录",
		params: [
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "Current room ID.", searchListMethod: 'searchRooms', ...TEXT_ID },
			{ name: "relayId", label: "Relay Room ID", type: "string", in: "form", required: true, description: "ID of the relay-source room to remove." },
		],
	},
];
