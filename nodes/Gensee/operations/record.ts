/** Gensee Recording operations, as the integration document (展视互动 教育培训系统 集成接口文档) defines them. */
import type { ListOperation, OperationDefinition } from '../../shared/engine/definitions';
import { TEXT_ID, indexed, paged } from './common';
import { recordings, rooms } from '../pickers';

export const listRecordings: ListOperation = {
	resource: "record",
	operation: "sync",
	name: "Get Many",
	action: "Get many recordings",
	description: "List recordings. Requires the admin role.",
	method: 'POST',
	path: '/training/record/syn',
	docSection: "5.10 分页同步录制件数据",
	params: [
		{ name: "startTime", label: "Start Time", type: "dateTime", in: "form", dateFormat: "unixMilliseconds", description: "Only recordings created at or after this time." },
		{ name: "endTime", label: "End Time", type: "dateTime", in: "form", dateFormat: "unixMilliseconds", description: "Only recordings created at or before this time." },
	],
	kind: 'list',
	list: paged("list"),
};

export const recordOperations: OperationDefinition[] = [
	listRecordings,
	{
		resource: "record",
		operation: "attachInsert",
		name: "Set as Insert Playback",
		action: "Set recordings as insert playback of a classroom",
		description: "Set recordings as insert-playback items for a classroom. Requires the admin role.",
		method: 'POST',
		path: '/training/record/choose',
		docSection: "5.16 为课堂设置多个录制件作为插播",
		params: [
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "The live classroom. The list shows classrooms created in the last 7 days; give an older one by its ID.", picker: rooms, ...TEXT_ID },
			{ name: "recordId", wire: indexed, label: "Recording ID", type: "idList", picker: recordings, in: "form", required: true, placeholder: "e.g. 123456,123457", pattern: "^\\d+$", patternHint: "numeric recording IDs", separator: ",", description: "Recordings to use as insert playback, as Recording › Get Many lists them. Input items for the same classroom are sent in one request. Gensee does not check for duplicates." },
		],
		kind: 'listBatch',
		batch: { param: 'recordId', splittable: false },
	},
	{
		resource: "record",
		operation: "detachInsert",
		name: "Remove From Insert Playback",
		action: "Remove recordings from the insert playback of a classroom",
		description: "Remove insert-playback recordings from a classroom. Requires the admin role.",
		method: 'POST',
		path: '/training/record/remove',
		docSection: "5.17 为课堂取消用作插播的录制件",
		params: [
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "The live classroom. The list shows classrooms created in the last 7 days; give an older one by its ID.", picker: rooms, ...TEXT_ID },
			{ name: "recordId", wire: indexed, label: "Recording ID", type: "idList", picker: recordings, in: "form", required: true, placeholder: "e.g. 123456,123457", pattern: "^\\d+$", patternHint: "numeric recording IDs", separator: ",", description: "Recordings to remove, as Recording › Get Many lists them. Input items for the same classroom are sent in one request." },
		],
		kind: 'listBatch',
		batch: { param: 'recordId', splittable: false },
	},
	{
		resource: "record",
		operation: "delete",
		name: "Delete",
		action: "Delete a recording",
		description: "Delete a recording. Requires the organizer or admin role.",
		method: 'POST',
		path: '/training/gr/delete',
		docSection: "5.43 删除单个录制件",
		params: [
			{ name: "grId", label: "Recording ID", type: "string", in: "form", required: true, pattern: "^\\d+$", patternHint: "a numeric ID", description: "The recording to delete", picker: recordings },
		],
		notice: 'This permanently deletes the recording and, with it, its on-demand courseware, insert playback and warm-up items.',
	},
];
