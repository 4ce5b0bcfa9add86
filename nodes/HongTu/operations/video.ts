/** HongTu Video operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { OperationDefinition } from '../../shared/engine/definitions';
import { pick } from './common';
import { devices } from '../pickers';

export const videoOperations: OperationDefinition[] = [
	{
		resource: 'video',
		operation: 'ptzControl',
		name: 'PTZ Control',
		action: 'Move a PTZ camera',
		description: 'Start or stop moving, zooming, focusing or opening the iris of a pan-tilt-zoom camera',
		method: 'POST',
		path: '/v1/api/video/realtime/ptzControl',
		docSection: '视频监控 › 云台控制',
		params: [
			{ name: 'deviceUuid', label: 'Device', type: 'string', in: 'body', required: true, ...pick(devices), description: 'A camera that supports PTZ' },
			{ name: 'ptzCmd', label: 'PTZ Command', type: 'options', in: 'body', required: true, options: [{ name: 'Up', value: 1 }, { name: 'Down', value: 2 }, { name: 'Left', value: 3 }, { name: 'Right', value: 4 }, { name: 'Up Left', value: 5 }, { name: 'Up Right', value: 6 }, { name: 'Down Left', value: 7 }, { name: 'Down Right', value: 8 }, { name: 'Zoom In', value: 9 }, { name: 'Zoom Out', value: 10 }, { name: 'Focus Near', value: 11 }, { name: 'Focus Far', value: 12 }, { name: 'Iris Open', value: 13 }, { name: 'Iris Close', value: 14 }], default: 1, description: 'The movement' },
			{ name: 'speed', label: 'Speed', type: 'number', in: 'body', required: true, integer: true, minValue: 1, maxValue: 8, default: 4, description: 'Speed of the movement, 1 (slowest) to 8' },
			{ name: 'stop', label: 'Stop', type: 'boolean', in: 'body', required: true, booleanCodes: { true: 1, false: 0 }, description: 'Whether to stop the movement; off starts it' },
		],
	},
	{
		resource: 'video',
		operation: 'getPreviewUrl',
		name: 'Get Preview URL',
		action: 'Get a live video URL',
		description: 'Get the WebSocket URL of a device\'s live video',
		method: 'POST',
		path: '/v1/api/video/realtime/preview',
		docSection: '视频监控 › 视频实时预览（不建议使用）',
		params: [
			{ name: 'deviceUuid', label: 'Device', type: 'string', in: 'body', required: true, ...pick(devices), description: 'The video device' },
		],
		deprecated: true,
	},
	{
		resource: 'video',
		operation: 'capture',
		name: 'Capture Snapshot',
		action: 'Capture a snapshot',
		description: 'Capture a snapshot from a video device; its URL stays valid for 24 hours',
		method: 'POST',
		path: '/v1/api/video/realtime/capture',
		docSection: '视频监控 › 视频抓图',
		params: [
			{ name: 'deviceUuid', label: 'Device', type: 'string', in: 'body', required: true, ...pick(devices), description: 'The video device' },
		],
	},
];
