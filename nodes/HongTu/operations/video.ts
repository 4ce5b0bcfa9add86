/** HongTu Video operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { OperationDefinition } from '../../shared/operations';

export const videoOperations: OperationDefinition[] = [
	{
		resource: 'video',
		operation: 'ptzControl',
		name: 'PTZ Control',
		action: 'Ptz control',
		description: 'PTZ control',
		method: 'POST',
		path: '/v1/api/video/realtime/ptzControl',
		docSection: '视频监控 › 云台控制',
		params: [
			{ name: 'deviceUuid', label: 'Device UUID', type: 'string', in: 'body', required: true, description: 'Device UUID (device must support PTZ)' },
			{ name: 'ptzCmd', label: 'PTZ Command', type: 'number', in: 'body', required: true, integer: true, description: 'Command: 1 up; 2 down; 3 left; 4 right; 5 up-left; 6 up-right; 7 down-left; 8 down-right; 9 zoom in; 10 zoom out; 11 focus near; 12 focus far; 13 iris open; 14 iris close' },
			{ name: 'speed', label: 'Speed', type: 'number', in: 'body', required: true, integer: true, description: 'PTZ/lens speed, range 1-8' },
			{ name: 'stop', label: 'Stop', type: 'number', in: 'body', required: true, integer: true, description: '0 = start the action, non-zero = stop the action' },
		],
	},
	{
		resource: 'video',
		operation: 'getPreviewUrl',
		name: 'Get Preview URL',
		action: 'Real-time video preview URL',
		description: 'Real-time video preview URL',
		method: 'POST',
		path: '/v1/api/video/realtime/preview',
		docSection: '视频监控 › 视频实时预览（不建议使用）',
		params: [
			{ name: 'deviceUuid', label: 'Device UUID', type: 'string', in: 'body', required: true, description: 'Device UUID' },
		],
		deprecated: true,
	},
	{
		resource: 'video',
		operation: 'capture',
		name: 'Capture Snapshot',
		action: 'Capture a snapshot from a video device',
		description: 'Capture a snapshot from a video device',
		method: 'POST',
		path: '/v1/api/video/realtime/capture',
		docSection: '视频监控 › 视频抓图',
		params: [
			{ name: 'deviceUuid', label: 'Device UUID', type: 'string', in: 'body', required: true, description: 'Device UUID' },
		],
	},
];
