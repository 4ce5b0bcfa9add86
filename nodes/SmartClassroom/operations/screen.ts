/** Smart Classroom Screen operations: the 设备管理 section of the API document. */
import type { ListOperation, ParameterDefinition, ParameterOption } from '../../shared/engine/definitions';
import { choice, DESTRUCTIVE, integer, PAGING, pagingParams, pathId, pick, q, req, text, type Op } from './common';
import { classrooms, screens } from '../pickers';

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
	req(integer('box_id', 'Box ID', 'Box the device is bound to (绑定box盒子id). No operation lists boxes: Box › Get shows the box of a school.', { minValue: 1 })),
	req(pick('classroom_id', 'Classroom', classrooms, 'Classroom the device is bound to (绑定教室id)')),
	req(choice('type', 'Type', 'Device type (设备类型)', SCREEN_TYPE)),
	req(choice('sub_type', 'Camera Model', 'Kind of camera (相机类型)', SCREEN_SUB_TYPE)),
	req(choice('mode', 'Mode', 'Working mode (模式)', SCREEN_MODE)),
	text('description', 'Description', 'Device description (设备描述)'),
	text('camera_position', 'Camera Position', 'Where the camera is placed (相机位置)'),
];

/** what Simplify keeps of a camera or pad */
const SCREEN_FIELDS = ['id', 'type', 'sub_type', 'mode', 'camera_address', 'camera_position', 'camera_status', 'classroom', 'box_id', 'screen_token'];

export const listScreens: ListOperation = {
	resource: 'screen', operation: 'list', name: 'Get Many', action: 'Get many screens',
	description: 'List cameras and pads',
	method: 'GET', path: '/screens', docSection: '设备管理 › 获取设备列表',
	simplify: SCREEN_FIELDS,
	params: [
		...pagingParams,
		q(pick('classroom_id', 'Classroom', classrooms, 'Only devices of this classroom')),
		q(choice('type', 'Type', 'Only devices of this type', SCREEN_TYPE)),
		q(choice('sub_type', 'Camera Model', 'Only cameras of this model', SCREEN_SUB_TYPE)),
		q(text('camera_position', 'Camera Position', 'Only devices at this position (相机位置)')),
	],
	kind: 'list',
	list: PAGING,
};

export const screenOperations: Op[] = [
	{
		resource: 'screen', operation: 'delete', name: 'Delete', action: 'Delete a screen',
		description: 'Delete a camera or pad',
		method: 'DELETE', path: '/screen/{infoid}', docSection: '设备管理 › 删除设备信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Screen', 'The camera or pad (设备id)', screens)],
	},
	{
		resource: 'screen', operation: 'get', name: 'Get', action: 'Get a screen',
		description: 'Get a camera or pad',
		method: 'GET', path: '/screen/{infoid}', docSection: '设备管理 › 获取设备信息',
		simplify: SCREEN_FIELDS,
		params: [pathId('infoid', 'Screen', 'The camera or pad (设备id)', screens)],
	},
	{
		resource: 'screen', operation: 'update', name: 'Update', action: 'Update a screen',
		description: 'Update a camera or pad',
		method: 'PUT', path: '/screen/{infoid}', docSection: '设备管理 › 更新设备信息',
		columns: true, record: 'infoid',
		params: [pathId('infoid', 'Screen', 'The camera or pad (设备id)', screens), ...screenFields()],
	},
	{
		resource: 'screen', operation: 'create', name: 'Create', action: 'Add a screen',
		description: 'Add a camera or pad to a classroom and box',
		method: 'POST', path: '/screen', docSection: '设备管理 › 添加设备信息', columns: true, params: screenFields(),
	},
	listScreens,
	{
		resource: 'screen', operation: 'cruiseControl', name: 'Control Cruise', action: 'Start or stop camera cruise',
		description: 'Start or stop the cruise (patrol) of a C3V-920 camera',
		method: 'POST', path: '/screen/camera/manage', docSection: '设备管理 › C3V-920 巡航控制',
		params: [
			req(integer('box_id', 'Box ID', 'Box of the camera. No operation lists boxes: Box › Get shows the box of a school.', { minValue: 1 })),
			req(pick('classroom_id', 'Classroom', classrooms, 'Classroom of the camera')),
			req(text('screen_token', 'Screen Token', 'Token of the camera (设备token)')),
			req(choice('cruise_status', 'Cruise', 'Start or stop cruising (巡航状态)', START_STOP)),
		],
	},
	{
		resource: 'screen', operation: 'capture', name: 'Capture Frame', action: 'Capture a camera frame',
		description: 'Make a C3V-920 camera capture a frame',
		method: 'POST', path: '/screen/camera/capture', docSection: '设备管理 › C3V-920 相机截帧',
		params: [
			req(integer('box_id', 'Box ID', 'Box of the camera. No operation lists boxes: Box › Get shows the box of a school.', { minValue: 1 })),
			req(pick('classroom_id', 'Classroom', classrooms, 'Classroom of the camera')),
			req(text('screen_token', 'Screen Token', 'Token of the camera (设备token)')),
			req(text('core_ip', 'Core IP', 'IP address of the recognition core')),
		],
	},
	{
		resource: 'screen', operation: 'frameReduction', name: 'Set Frame Reduction', action: 'Start or stop frame reduction',
		description: 'Start or stop frame-rate reduction of C3V-321 cameras',
		method: 'POST', path: '/screen/camera/snapshot', docSection: '设备管理 › C3V-321 相机降帧',
		params: [req(choice('signal', 'Frame Reduction', 'Start or stop frame-rate reduction (降帧信号)', START_STOP))],
	},
	{
		resource: 'screen', operation: 'getTypes', name: 'Get Types', action: 'Get screen types',
		description: 'The device types, camera models and modes the server knows',
		method: 'GET', path: '/screen/camera/type', docSection: '设备管理 › 设备类型信息',
		params: [q(choice('type', 'Type', 'Only this device type', SCREEN_TYPE))],
	},
	{
		resource: 'screen', operation: 'getCruiseStatus', name: 'Get Cruise Status', action: 'Get the cruise status of a camera',
		description: 'Whether a camera is cruising',
		method: 'POST', path: '/screen/camera/cruise/status', docSection: '设备管理 › 查询巡航状态',
		params: [req(text('camera_ip', 'Camera Address', 'The camera’s address as Screen › Get Many shows it in camera_address (相机地址)'))],
	},
];
