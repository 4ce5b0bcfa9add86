/** Gensee Document operations, as the integration document (展视互动 教育培训系统 集成接口文档) defines them. */
import type { ListOperation, OperationDefinition } from '../../shared/engine/definitions';
import { paged, TEXT_ID } from './common';
import { transcodeUrl } from '../transcode';
import { documents, rooms } from '../pickers';

export const listDocuments: ListOperation = {
	resource: "document",
	operation: "sync",
	name: "Get Many",
	action: "Get many documents",
	description: "List server-side documents. Requires the admin role.",
	method: 'POST',
	path: '/training/doc/syn',
	docSection: "5.22 分页同步文档数据",
	params: [
		{ name: "startTime", label: "Start Time", type: "dateTime", in: "form", dateFormat: "unixMilliseconds", description: "Only documents created at or after this time" },
		{ name: "endTime", label: "End Time", type: "dateTime", in: "form", dateFormat: "unixMilliseconds", description: "Only documents created at or before this time" },
	],
	kind: 'list',
	list: paged("list"),
};

export const documentOperations: OperationDefinition[] = [
	listDocuments,
	{
		resource: "document",
		operation: "attach",
		name: "Attach to Room",
		action: "Attach a document to a classroom",
		description: "Assign a server-side document to a classroom. Requires the admin role.",
		method: 'POST',
		path: '/training/doc/attach',
		docSection: "5.23 为课堂分配一个服务端文档",
		params: [
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "The live classroom. The list shows classrooms created in the last 7 days; give an older one by its ID.", picker: rooms, ...TEXT_ID },
			{ name: "docId", label: "Document ID", type: "string", in: "form", required: true, pattern: "^\\d+$", patternHint: "a numeric ID", description: "The server-side document, as Document › Get Many lists it", picker: documents },
		],
	},
	{
		resource: "document",
		operation: "detach",
		name: "Detach From Room",
		action: "Detach a document from a classroom",
		description: "Remove a server-side document from a classroom. Requires the admin role.",
		method: 'POST',
		path: '/training/doc/detach',
		docSection: "5.24 为课堂取消服务端文档",
		params: [
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "The live classroom. The list shows classrooms created in the last 7 days; give an older one by its ID.", picker: rooms, ...TEXT_ID },
			{ name: "docId", label: "Document ID", type: "string", in: "form", required: true, pattern: "^\\d+$", patternHint: "a numeric ID", description: "The server-side document, as Document › Get Many lists it", picker: documents },
		],
	},
	{
		resource: "document",
		operation: "transcode",
		name: "Upload and Transcode",
		action: "Upload and transcode a document",
		description: "Upload and transcode a document (server side). Requires the admin or teacher role.",
		method: 'POST',
		path: '/training/courseware/transcode',
		docSection: "5.27 后台文档上传转码",
		params: [
			{ name: "resourceUrl", label: "Resource URL", type: "string", placeholder: "e.g. https://example.com/files/lesson1.pptx", in: "form", required: true, description: "Source file URL. If the URL path does not contain an explicit file name with extension (e.g. wendang.ppt) transcoding fails; then add a gs_filename query parameter holding name+extension, e.g. http://example.com/abc/def/download?a=x&b=y&gs_filename=file.pptx (the downloader prefers gs_filename, else parses the path). Encoding: for POST, URL-encode the Chinese parts of the URL; for GET, encode twice (first the Chinese parts, then the whole URL)." },
			{ name: "callbackUrl", label: "Callback URL", type: "string", placeholder: "e.g. https://n8n.example.com/webhook/gensee", in: "form", description: "URL Gensee POSTs gscoursewareId and gsstatus (ok or error) to when transcoding ends; empty: no notification. Use the Production URL of a Gensee Trigger node here (with ?secret=… when the trigger has a shared secret)." },
			{ name: "name", label: "Name", type: "string", placeholder: "e.g. Lesson 1 slides", in: "form", required: true, description: "Name of the document" },
			{ name: "gs_filename", label: "File Name for Download", type: "string", in: "query", placeholder: "e.g. lesson.pptx", description: "For a Resource URL whose path has no file name with extension (e.g. a download link): the file name and extension, added to the URL as its gs_filename parameter, which Gensee's downloader prefers" },
			{ name: "convmode", label: "Conversion Mode", type: "options", in: "form", options: [{"name": "Vector (Default)", "value": 0}, {"name": "Image", "value": 1}], description: "Whether to transcode the document as vectors (the default) or as images" },
		],
		prepare: transcodeUrl,
	},
];
