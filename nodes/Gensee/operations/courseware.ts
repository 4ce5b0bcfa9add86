/** Gensee Courseware operations, as the integration document (展视互动 教育培训系统 集成接口文档) defines them. */
import type { ListOperation, OperationDefinition } from '../../shared/engine/definitions';
import { paged, TEXT_ID } from './common';
import { coursewares, rooms } from '../pickers';

export const listCoursewares: ListOperation = {
	resource: "courseware",
	operation: "sync",
	name: "Get Many",
	action: "Get many coursewares",
	description: "List courseware items. Requires the admin role.",
	method: 'POST',
	path: '/training/courseware/syn',
	simplify: ['id', 'subject', 'number', 'roomId', 'recordId', 'url', 'token', 'createdTime', 'createdTimeIso', 'duration', 'recordStartTime', 'recordStartTimeIso', 'recordEndTime', 'recordEndTimeIso', 'convertResult'],
	docSection: "5.11 分页同步课件数据",
	params: [
		{ name: "startTime", label: "Start Time", type: "dateTime", in: "form", dateFormat: "unixMilliseconds", description: "Only items created at or after this time" },
		{ name: "endTime", label: "End Time", type: "dateTime", in: "form", dateFormat: "unixMilliseconds", description: "Only items created at or before this time." },
	],
	kind: 'list',
	list: paged("list"),
};

export const coursewareOperations: OperationDefinition[] = [
	{
		resource: "courseware",
		operation: "listByRoom",
		name: "Get Many by Room",
		action: "Get the coursewares recorded in a classroom",
		description: "List all courseware items recorded in a classroom. Requires the teacher or admin role.",
		method: 'POST',
		path: '/training/courseware/list',
		docSection: "5.5 获取课堂录制下的所有课件",
		params: [
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "The live classroom. The list shows classrooms created in the last 7 days; give an older one by its ID.", picker: rooms, ...TEXT_ID },
		],
		kind: 'list',
		list: { itemsPath: "coursewares" },
	},
	{
		resource: "courseware",
		operation: "get",
		name: "Get",
		action: "Get a courseware",
		description: "Get a courseware item. Requires the teacher or admin role.",
		method: 'POST',
		path: '/training/courseware/info',
		docSection: "5.6 获取课件详细信息",
		params: [
			{ name: "coursewareId", label: "Courseware ID", type: "string", in: "form", required: true, description: "The courseware (a classroom's recording or uploaded content), as Courseware › Get Many lists it", picker: coursewares, ...TEXT_ID },
		],
	},
	{
		resource: "courseware",
		operation: "update",
		name: "Update",
		action: "Update a courseware",
		description: "Update a courseware item. Requires the admin or teacher role.",
		method: 'POST',
		path: '/training/courseware/modify',
		docSection: "5.7 修改课件",
		columns: true, record: "id",
		params: [
			{ name: "id", label: "Courseware ID", type: "string", in: "form", required: true, description: "The courseware (a classroom's recording or uploaded content), as Courseware › Get Many lists it", picker: coursewares, ...TEXT_ID },
			{ name: "token", label: "Token", type: "string", in: "form", typeOptions: { password: true }, description: "Viewing token." },
			{ name: "subject", label: "Subject", type: "string", placeholder: "e.g. Grade 3 Mathematics, lesson 1", in: "form", required: true, maxLength: 250, description: "Courseware name." },
			{ name: "uiMode", label: "UI Mode", type: "options", in: "form", options: [{"name": "Three-Pane", "value": 1}, {"name": "Document/Video Primary", "value": 2}, {"name": "Two-Pane", "value": 3}, {"name": "Interactive Enhanced Four-Pane", "value": 4}, {"name": "Interactive Enhanced Three-Pane", "value": 5}, {"name": "Interactive Enhanced Full Screen", "value": 6}], description: "Layout of the web student page" },
			{ name: "uiColor", label: "UI Color", type: "options", in: "form", options: [{"name": "Default", "value": "default"}, {"name": "Blue", "value": "blue"}, {"name": "Green", "value": "green"}], description: "Colour of the three-pane layout" },
			{ name: "uiWindow", label: "UI Small Window", type: "boolean", in: "form", description: "Only with the Document/Video Primary layout: whether to show the small window" },
			{ name: "uiVideo", label: "UI Video Primary", type: "boolean", in: "form", description: "Only with the Document/Video Primary layout: whether video is primary" },
			{ name: "mobileMode", label: "Mobile Mode", type: "options", in: "form", options: [{"name": "Document Primary (Old Player) / Video and Document", "value": 1}, {"name": "Video Primary (Old Player) / Video and Document", "value": 2}, {"name": "Audio and Document", "value": 3}], description: "Mobile player layout. The new mobile player shows video and document for the first two values." },
			{ name: "autoPlay", label: "Auto Play", type: "boolean", in: "form", description: "Only when uiMode=2: auto play. Default true." },
			{ name: "playerTheme", label: "Player Theme", type: "options", in: "form", options: [{"name": "Night Sky (Default)", "value": ""}, {"name": "Snow Peak", "value": "skyblue"}], description: "Skin of the interactive enhanced layouts (four-pane and three-pane)" },
			{ name: "fullScreenMode", label: "Full Screen Mode", type: "options", in: "form", options: [{"name": "Video Primary", "value": 0}, {"name": "Document Primary", "value": 1}, {"name": "Video Only", "value": 2}, {"name": "Document Only", "value": 3}], description: "Setting of the Interactive Enhanced Full Screen layout" },
		],
	},
	{
		resource: "courseware",
		operation: "delete",
		name: "Delete",
		action: "Delete a courseware",
		description: "Delete a courseware item. Requires the admin or teacher role.",
		method: 'POST',
		path: '/training/courseware/deleted',
		docSection: "5.8 删除课件",
		params: [
			{ name: "coursewareId", label: "Courseware ID", type: "string", in: "form", required: true, description: "The courseware (a classroom's recording or uploaded content), as Courseware › Get Many lists it", picker: coursewares, ...TEXT_ID },
		],
		notice: 'This permanently deletes it on the Gensee site.',
	},
	listCoursewares,
	{
		resource: "courseware",
		operation: "getViewCount",
		name: "Get View Count",
		action: "Get the view count of a courseware",
		description: "Get how often a courseware item was viewed. Requires the organizer role.",
		method: 'POST',
		path: '/training/vod/vodview',
		docSection: "5.38 获取课件的观看人次",
		params: [
			{ name: "id", label: "Courseware ID", type: "string", in: "form", required: true, description: "The courseware (a classroom's recording or uploaded content), as Courseware › Get Many lists it", picker: coursewares, ...TEXT_ID },
		],
	},
];
