/** Gensee Relay operations, as the integration document (展视互动 教育培训系统 集成接口文档) defines them. */
import type { OperationDefinition } from '../../shared/engine/definitions';
import { TEXT_ID } from './common';
import { rooms } from '../pickers';

export const relayOperations: OperationDefinition[] = [
	{
		resource: "relay",
		operation: "add",
		name: "Add",
		action: "Add a relay source to a classroom",
		description: "Add a relay source to a classroom. Requires the organizer role.",
		method: 'POST',
		path: '/training/relay/add',
		docSection: "5.36 为课堂添加一条转播源记录",
		params: [
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "Current room ID.", picker: rooms, ...TEXT_ID },
			{ name: "relayId", label: "Relay Room ID", type: "string", in: "form", required: true, description: "Another classroom of the same site to relay", picker: rooms, ...TEXT_ID },
		],
	},
	{
		resource: "relay",
		operation: "remove",
		name: "Remove",
		action: "Remove a relay source from a classroom",
		description: "Remove a relay source from a classroom. Requires the organizer role.",
		method: 'POST',
		path: '/training/relay/remove',
		docSection: "5.37 为课堂取消一条转播源记录",
		params: [
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "Current room ID.", picker: rooms, ...TEXT_ID },
			{ name: "relayId", label: "Relay Room ID", type: "string", in: "form", required: true, description: "The relayed classroom to remove", picker: rooms, ...TEXT_ID },
		],
	},
];
