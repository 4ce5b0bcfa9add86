/** Gensee Warm-Up Video operations, as the integration document (展视互动 教育培训系统 集成接口文档) defines them. */
import type { OperationDefinition } from '../../shared/engine/definitions';
import { TEXT_ID } from './common';
import { recordings, rooms } from '../pickers';

export const warmupOperations: OperationDefinition[] = [
	{
		resource: "warmup",
		operation: "create",
		name: "Create",
		action: "Create a warm-up video",
		description: "Create a warm-up video. Requires the admin role.",
		method: 'POST',
		path: '/training/warmup/created',
		docSection: "5.12 创建暖场件",
		params: [
			{ name: "name", label: "Name", type: "string", placeholder: "e.g. Welcome video", in: "form", required: true, description: "Warm-up name." },
			{ name: "recordId", label: "Recording ID", type: "string", in: "form", required: true, pattern: "^\\d+$", patternHint: "a numeric ID", description: "The recording to play as the warm-up video", picker: recordings },
			{ name: "mode", label: "Mode", type: "options", in: "form", options: [{"name": "Three-Pane (Default)", "value": 1}, {"name": "Document/Video Primary", "value": 2}, {"name": "Two-Pane", "value": 3}], description: "Player layout of the warm-up video" },
		],
	},
	{
		resource: "warmup",
		operation: "update",
		name: "Update",
		action: "Update a warm-up video",
		description: "Update a warm-up video. Requires the admin role.",
		method: 'POST',
		path: '/training/warmup/modify',
		docSection: "5.13 修改暖场件",
		params: [
			{ name: "id", label: "Warm-Up ID", type: "string", placeholder: "e.g. 4f3a9c21", in: "form", required: true, description: "The warm-up video. No operation lists warm-up videos: use the ID Warm-Up Video › Create returned." },
			{ name: "name", label: "Name", type: "string", placeholder: "e.g. Welcome video", in: "form", description: "Warm-up name." },
			{ name: "recordId", label: "Recording ID", type: "string", in: "form", pattern: "^\\d+$", patternHint: "a numeric ID", description: "The recording to play as the warm-up video, as Recording › Get Many lists it", picker: recordings },
			{ name: "mode", label: "Mode", type: "options", in: "form", options: [{"name": "Three-Pane (Default)", "value": 1}, {"name": "Document/Video Primary", "value": 2}, {"name": "Two-Pane", "value": 3}], description: "Player layout of the warm-up video" },
		],
	},
	{
		resource: "warmup",
		operation: "attach",
		name: "Attach to Room",
		action: "Attach a warm-up video to a classroom",
		description: "Assign a warm-up video to a classroom. Requires the admin role.",
		method: 'POST',
		path: '/training/warmup/attach',
		docSection: "5.14 为课堂分配一个暖场件",
		params: [
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "The live classroom. The list shows classrooms created in the last 7 days; give an older one by its ID.", picker: rooms, ...TEXT_ID },
			{ name: "warmupId", label: "Warm-Up ID", type: "string", placeholder: "e.g. 4f3a9c21", in: "form", required: true, description: "The warm-up video. No operation lists warm-up videos: use the ID Warm-Up Video › Create returned." },
		],
	},
	{
		resource: "warmup",
		operation: "detach",
		name: "Detach From Room",
		action: "Detach a warm-up video from a classroom",
		description: "Remove the warm-up video from a classroom. Requires the admin role.",
		method: 'POST',
		path: '/training/warmup/detach',
		docSection: "5.15 为课堂取消暖场件",
		params: [
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "The live classroom. The list shows classrooms created in the last 7 days; give an older one by its ID.", picker: rooms, ...TEXT_ID },
			{ name: "warmupId", label: "Warm-Up ID", type: "string", placeholder: "e.g. 4f3a9c21", in: "form", required: true, description: "The warm-up video. No operation lists warm-up videos: use the ID Warm-Up Video › Create returned." },
		],
	},
];
