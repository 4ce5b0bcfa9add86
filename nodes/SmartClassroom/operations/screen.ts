/** Smart Classroom Screen operations: the 设备管理 section of the API document. */
import type { ParameterDefinition, ParameterOption } from '../../shared/operations';
import { choice, DESTRUCTIVE, integer, PAGING, pagingParams, pathId, pick, q, req, text, type Op } from './common';

const SCREEN_TYPE: ParameterOption[] = [
	{ name: 'Camera', value: 1 },
	{ name: 'Access Control Pad', value: 2 },
	{ name: 'Front Desk Pad', value: 3 },
	{ name: 'Cloud Offline Pad', value: 4 },
	{ name: 'Behaviour and Expression Camera', value: 5 },
];
const SCREEN_SUB_TYPE: ParameterOption[] = [
	{ name: 'C3V-920', value: 1 },
	{ name: 'C3V-321', value: 2 },
];
const SCREEN_MODE: ParameterOption[] = [
	{ name: 'Video Stream', value: 0 },
	{ name: 'Frame Rate Reduction', value: 1 },
	{ name: 'Frame Capture', value: 2 },
	{ name: 'Behaviour and Expression Real Time', value: 3 },
	{ name: 'Behaviour and Expression Not Real Time', value: 4 },
];
const START_STOP: ParameterOption[] = [
	{ name: 'Start', value: 1 },
	{ name: 'Stop', value: 0 },
];

const screenFields = (): ParameterDefinition[] => [
	req(text('camera_address', 'Camera Address', 'Camera address (相机地址), e.g. its stream URL')),
	req(integer('box_id', 'Box ID', 'Box the device is bound to (绑定box盒子id)', { minValue: 1 })),
	req(pick('classroom_id', 'Classroom', 'searchClassrooms', 'Classroom the device is bound to (绑定教室id)')),
	req(choice('type', 'Type', 'Device type (设备类型)', SCREEN_TYPE)),
	req(choice('sub_type', 'Camera Model', 'Camera model (相机类型)', SCREEN_SUB_TYPE)),
	req(choice('mode', 'Mode', 'Working mode (模式)', SCREEN_MODE)),
	text('description', 'Description', 'Device description (设备描述)'),
	text('camera_position', 'Camera Position', 'Camera position (相机位置)'),
];

export const screenOperations: Op[] = [
	{
		resource: 'screen', operation: 'delete', name: 'Delete', action: 'Delete a screen',
		description: 'Delete a camera or pad (DELETE /screen/{infoid})',
		method: 'DELETE', path: '/screen/{infoid}', docSection: '设备管理 › 删除设备信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Screen ID', 'The device (设备id)')],
	},
	{
		resource: 'screen', operation: 'get', name: 'Get', action: 'Get a screen',
		description: 'Get a camera or pad (GET /screen/{infoid})',
		method: 'GET', path: '/screen/{infoid}', docSection: '设备管理 › 获取设备信息',
		params: [pathId('infoid', 'Screen ID', 'The device (设备id)')],
	},
	{
		resource: 'screen', operation: 'update', name: 'Update', action: 'Update a screen',
		description: 'Update a camera or pad (PUT /screen/{infoid})',
		method: 'PUT', path: '/screen/{infoid}', docSection: '设备管理 › 更新设备信息',
		params: [pathId('infoid', 'Screen ID', 'The device (设备id)'), ...screenFields()],
	},
	{
		resource: 'screen', operation: 'create', name: 'Create', action: 'Add a screen',
		description: 'Add a camera or pad to a classroom and box (POST /screen)',
		method: 'POST', path: '/screen', docSection: '设备管理 › 添加设备信息', params: screenFields(),
	},
	{
		resource: 'screen', operation: 'list', name: 'Get Many', action: 'Get many screens',
		description: 'List cameras and pads (GET /screens)',
		method: 'GET', path: '/screens', docSection: '设备管理 › 获取设备列表',
		params: [
			...pagingParams,
			q(pick('classroom_id', 'Classroom', 'searchClassrooms', 'Only devices of this classroom')),
			q(choice('type', 'Type', 'Only devices of this type', SCREEN_TYPE)),
			q(choice('sub_type', 'Camera Model', 'Only cameras of this model', SCREEN_SUB_TYPE)),
			q(text('camera_position', 'Camera Position', 'Only devices at this position (相机地址)')),
		],
		list: PAGING,
	},
	{
		resource: 'screen', operation: 'cruiseControl', name: 'Control Cruise', action: 'Start or stop camera cruise',
		description: 'Start or stop the cruise (patrol) of a C3V-920 camera (POST /screen/camera/manage)',
		method: 'POST', path: '/screen/camera/manage', docSection: '设备管理 › C3V-920 巡航控制',
		params: [
			req(integer('box_id', 'Box ID', 'Box of the camera (box_id)', { minValue: 1 })),
			req(pick('classroom_id', 'Classroom', 'searchClassrooms', 'Classroom of the camera (classroom_id)')),
			req(text('screen_token', 'Screen Token', 'Token of the camera (设备token)')),
			req(choice('cruise_status', 'Cruise', 'Start or stop cruising (巡航状态)', START_STOP)),
		],
	},
	{
		resource: 'screen', operation: 'capture', name: 'Capture Frame', action: 'Capture a camera frame',
		description: 'Make a C3V-920 camera capture a frame (POST /screen/camera/capture)',
		method: 'POST', path: '/screen/camera/capture', docSection: '设备管理 › C3V-920 相机截帧',
		params: [
			req(integer('box_id', 'Box ID', 'Box of the camera (box_id)', { minValue: 1 })),
			req(pick('classroom_id', 'Classroom', 'searchClassrooms', 'Classroom of the camera (classroom_id)')),
			req(text('screen_token', 'Screen Token', 'Token of the camera (设备token)')),
			req(text('core_ip', 'Core IP', 'IP address of the recognition core (core_ip)')),
		],
	},
	{
		resource: 'screen', operation: 'frameReduction', name: 'Set Frame Reduction', action: 'Start or stop frame reduction',
		description: 'Start or stop frame-rate reduction of C3V-321 cameras (POST /screen/camera/snapshot)',
		method: 'POST', path: '/screen/camera/snapshot', docSection: '设备管理 › C3V-321 相机降帧',
		params: [req(choice('signal', 'Frame Reduction', 'Start or stop frame-rate reduction (降帧信号)', START_STOP))],
	},
	{
		resource: 'screen', operation: 'getTypes', name: 'Get Types', action: 'Get screen types',
		description: 'The device types, camera models and modes the server knows (GET /screen/camera/type)',
		method: 'GET', path: '/screen/camera/type', docSection: '设备管理 › 设备类型信息',
		params: [q(choice('type', 'Type', 'Only this device type', SCREEN_TYPE))],
	},
	{
		resource: 'screen', operation: 'getCruiseStatus', name: 'Get Cruise Status', action: 'Get the cruise status of a camera',
		description: 'Whether a camera is cruising (POST /screen/camera/cruise/status)',
		method: 'POST', path: '/screen/camera/cruise/status', docSection: '设备管理 › 查询巡航状态',
		params: [req(text('camera_ip', 'Camera Address', 'Address of the camera (相机地址)'))],
	},
];
