/** Gensee Media operations, as the integration document (展视互动 教育培训系统 集成接口文档) defines them. */
import type { OperationDefinition } from '../../shared/engine/definitions';
import { transcodeUrl } from '../transcode';

export const mediaOperations: OperationDefinition[] = [
	{
		resource: "media",
		operation: "transcode",
		name: "Upload and Transcode",
		action: "Upload and transcode a media file",
		description: "Upload and transcode a multimedia file (server side). Requires the admin or teacher role.",
		method: 'POST',
		path: '/training/media/transcode',
		docSection: "5.28 后台多媒体上传转码",
		params: [
			{ name: "resourceUrl", label: "Resource URL", type: "string", placeholder: "e.g. https://example.com/files/lesson1.mp4", in: "form", required: true, description: "Where Gensee downloads the media file from. Non-ASCII characters are percent-encoded." },
			{ name: "callbackUrl", label: "Callback URL", type: "string", placeholder: "e.g. https://n8n.example.com/webhook/gensee", in: "form", description: "URL Gensee POSTs gscoursewareId and gsstatus (ok or error) to when transcoding ends; empty: no notification. Use the Production URL of a Gensee Trigger node here (with ?secret=… when the trigger has a shared secret)." },
			{ name: "name", label: "Name", type: "string", placeholder: "e.g. Lesson 1 video", in: "form", required: true, description: "File name." },
		],
		prepare: transcodeUrl,
	},
];
