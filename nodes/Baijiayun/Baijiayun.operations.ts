/**
 * Baijiayun dual-teacher classroom: every operation of the device management & scheduling API
 * ("双师设备管理&排课API接口文档"). Every call is POST form-encoded to the documented path;
 * partner_id, timestamp and sign are added by the credential, so they are not listed here.
 */
import type { ListOperation, OperationDefinition, ParameterDefinition, ResourceDefinition, VendorInfo } from '../shared/engine/definitions';
import { pageNumbers } from '../shared/engine/paging';
import { devices, lessons, zones } from './pickers';

export const resources: ResourceDefinition[] = [
	{ value: 'zone', name: 'Zone', description: 'Campuses (校区) of the account' },
	{ value: 'device', name: 'Device', description: 'Dual-teacher classroom terminals (设备)' },
	{ value: 'roomDevice', name: 'Room Binding', description: 'Which devices take part in a live room (课程/直播教室)' },
	{ value: 'schedule', name: 'Schedule', description: 'Lessons (课节) of a live room shown on the devices' },
];

const ID = '^\\d+$';
const AREA = 'ID of the city the campus is in (校区所属城市ID). Baijiayun has no operation that lists cities: ask Baijiayun for the city ID.';
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

const roomId: ParameterDefinition = {
	name: 'room_id',
	label: 'Room ID',
	type: 'string',
	in: 'form',
	required: true,
	pattern: ID,
	patternHint: 'a numeric live room ID',
	placeholder: 'e.g. 18020796069152',
	description: 'Baijiayun live room number (直播教室号). Baijiayun has no operation that lists live rooms: copy the room number from the Baijiayun console or the room’s link.',
};

const zoneId = (required: boolean, description: string): ParameterDefinition => ({
	name: 'zone_id',
	label: 'Zone',
	type: 'string',
	in: 'form',
	required,
	picker: zones,
	description,
});

const deviceId = (description = 'The device, as Device › List lists them'): ParameterDefinition => ({
	name: 'device_id',
	label: 'Device',
	type: 'string',
	in: 'form',
	required: true,
	picker: devices,
	description,
});

const userRole = (required: boolean): ParameterDefinition => ({
	name: 'user_role',
	label: 'User Role',
	type: 'options',
	in: 'form',
	required,
	options: [
		{ name: 'Student Side', value: 0 },
		{ name: 'Teacher Side', value: 1 },
	],
	default: 0,
	description: 'Whether the device is a student-side or a teacher-side terminal',
});

const deviceIds = (description: string): ParameterDefinition => ({
	name: 'device_ids',
	label: 'Device IDs',
	type: 'idList',
	picker: devices,
	in: 'form',
	required: true,
	separator: ',',
	pattern: ID,
	patternHint: 'numeric device IDs',
	placeholder: 'e.g. 123,456',
	description,
});

const page = (): ParameterDefinition[] => [
	{ name: 'page', label: 'Page', type: 'number', in: 'form', integer: true, minValue: 1, description: 'Page number, from 1' },
	{
		name: 'page_size',
		label: 'Page Size',
		type: 'number',
		in: 'form',
		integer: true,
		minValue: 1,
		maxValue: 1000,
		description: 'Entries per page, at most 1000',
	},
];

const paging = (itemsPath: string) => ({
	itemsPath,
	paging: pageNumbers({ pageParam: 'page', sizeParam: 'page_size', firstPage: 1, maxPageSize: 1000, totalPath: 'total' }),
});

const lessonFields = (serialType: 'string' | 'number'): ParameterDefinition[] => [
	{
		name: 'serial_number',
		label: 'Serial Number',
		type: serialType === 'number' ? 'number' : 'string',
		integer: serialType === 'number' ? true : undefined,
		in: 'form',
		required: true,
		placeholder: serialType === 'number' ? undefined : 'e.g. 1',
		description: 'Lesson number (课节编号), unique within the room on the same day; identifies the lesson for updates and playback matching',
	},
	{ name: 'date', label: 'Date', type: 'string', in: 'form', required: true, pattern: DATE, patternHint: 'a date as YYYY-MM-DD', placeholder: 'e.g. 2018-11-15', description: 'Lesson date, YYYY-MM-DD' },
	{ name: 'title', label: 'Title', type: 'string', in: 'form', required: true, placeholder: 'e.g. Fractions, part 1', description: 'Lesson title (课节标题)' },
	{ name: 'start_time', label: 'Start Time', type: 'string', in: 'form', required: true, placeholder: 'e.g. 09:00', description: 'Lesson start time, e.g. 09:00' },
	{ name: 'end_time', label: 'End Time', type: 'string', in: 'form', required: true, placeholder: 'e.g. 09:45', description: 'Lesson end time, e.g. 09:45' },
	{ name: 'teacher_name', label: 'Teacher Name', type: 'string', in: 'form', placeholder: 'e.g. Zhang San', description: 'Name of the lecturing teacher' },
];

export const listZones: ListOperation = {
	resource: 'zone',
	operation: 'list',
	name: 'List',
	action: 'List zones',
	description: 'List the campuses of the account',
	method: 'POST',
	path: '/openapi/double_teacher/listZone',
	docSection: 'API-2: 获取校区列表',
	params: page(),
	kind: 'list',
	list: paging('list'),
};

export const listDevices: ListOperation = {
	resource: 'device',
	operation: 'list',
	name: 'List',
	action: 'List devices',
	description: 'List devices, of one campus or of all',
	method: 'POST',
	path: '/openapi/double_teacher/listDevice',
	docSection: 'API-5: 获取设备列表',
	params: [zoneId(false, 'Only devices of this campus; leave empty for all campuses'), ...page()],
	kind: 'list',
	list: paging('list'),
	simplify: ['device_id', 'device_unique', 'class_name', 'zone_id', 'user_role', 'address', 'province', 'city', 'first_active_date', 'max_user'],
};

export const listLessons: ListOperation = {
	resource: 'schedule',
	operation: 'list',
	name: 'List Lessons',
	action: 'List the lessons of a room',
	description: 'List every lesson of a live room',
	method: 'POST',
	path: '/openapi/double_teacher/getAllSchedule',
	docSection: '获取教室下所有的课节 (getAllSchedule)',
	params: [roomId],
	kind: 'list',
	list: { itemsPath: 'list' },
	simplify: ['id', 'room_id', 'serial_number', 'date', 'title', 'start_time', 'end_time', 'teacher_name'],
};

export const operations: OperationDefinition[] = [
	// ── Zones ────────────────────────────────────────────────────────────────
	{
		resource: 'zone',
		operation: 'add',
		name: 'Add',
		action: 'Add a zone',
		description: 'Add a campus (zone) to the account',
		method: 'POST',
		path: '/openapi/double_teacher/addZone',
		docSection: 'API-1: 添加校区',
		params: [
			{ name: 'zone_unique', label: 'Zone Unique Code', type: 'number', integer: true, minValue: 0, in: 'form', required: true, description: 'Your unique numeric code for the campus (校区唯一编码)' },
			{ name: 'area_id', label: 'Area ID', type: 'number', integer: true, minValue: 0, in: 'form', required: true, description: AREA },
			{ name: 'name', label: 'Name', type: 'string', in: 'form', required: true, maxLength: 100, placeholder: 'e.g. North Campus', description: 'Campus name' },
			{ name: 'address', label: 'Address', type: 'string', in: 'form', required: true, maxLength: 255, placeholder: 'e.g. 1 Zhongguancun Street, Haidian, Beijing', description: 'Campus address' },
		],
		// zone codes are unique (the document's "已存在" refusal): after a lost answer the zone is looked up by code
		kind: 'create',
		create: { list: listZones, idField: 'zone_id', matchFields: { zone_unique: 'zone_unique' }, unique: true },
	},
	listZones,
	{
		resource: 'zone',
		operation: 'update',
		name: 'Update',
		action: 'Update a zone',
		description: 'Update a campus',
		method: 'POST',
		path: '/openapi/double_teacher/updateZone',
		docSection: 'API-3: 更新校区',
		params: [
			zoneId(true, 'The campus to update'),
			{ name: 'area_id', label: 'Area ID', type: 'number', integer: true, minValue: 0, in: 'form', description: AREA },
			{ name: 'name', label: 'Name', type: 'string', in: 'form', maxLength: 100, placeholder: 'e.g. North Campus', description: 'Campus name' },
			{ name: 'address', label: 'Address', type: 'string', in: 'form', maxLength: 255, placeholder: 'e.g. 1 Zhongguancun Street, Haidian, Beijing', description: 'Campus address' },
		],
	},
	{
		resource: 'zone',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete a zone',
		description: 'Delete a campus; Baijiayun refuses while devices are registered in it',
		method: 'POST',
		path: '/openapi/double_teacher/deleteZone',
		docSection: 'API-4: 删除校区',
		params: [zoneId(true, 'The campus to delete')],
	},
	// ── Devices ──────────────────────────────────────────────────────────────
	listDevices,
	{
		resource: 'device',
		operation: 'updateInfo',
		name: 'Update',
		action: 'Update a device',
		description: 'Update a device: classroom name, campus, address, role, scheduling use, disabled state',
		method: 'POST',
		path: '/openapi/double_teacher/updateDeviceInfo',
		docSection: 'API-6: 更新双师设备信息',
		columns: true, record: 'device_id',
		params: [
			deviceId('The device to update'),
			{ name: 'class_name', label: 'Classroom Name', type: 'string', in: 'form', placeholder: 'e.g. Room 101', description: 'Name of the classroom the device is installed in' },
			zoneId(false, 'Campus the device belongs to'),
			{ name: 'address', label: 'Address', type: 'string', in: 'form', placeholder: 'e.g. Building A, 1st floor', description: 'Where the device is installed' },
			userRole(false),
			{
				name: 'use_type',
				label: 'Use Type',
				type: 'options',
				in: 'form',
				options: [
					{ name: 'Uses the Scheduling System', value: 1 },
					{ name: 'Does Not Use the Scheduling System', value: 2 },
				],
				default: 1,
				description: 'Whether the device shows lessons from the scheduling system',
			},
			{
				name: 'status',
				label: 'Status',
				type: 'options',
				in: 'form',
				options: [
					{ name: 'Normal', value: 0 },
					{ name: 'Disabled', value: 1 },
				],
				default: 0,
				description: 'Disable or re-enable the device',
			},
		],
	},
	{
		resource: 'device',
		operation: 'getRecentActivateRecord',
		name: 'Get Latest Activation',
		action: 'Get the latest activation of a device',
		description: 'Get the most recent activation-code record of a device',
		method: 'POST',
		path: '/openapi/double_teacher/getRecentActivateRecord',
		docSection: 'API-14: 获取设备最近一次激活记录',
		params: [deviceId()],
	},
	// ── Room bindings ────────────────────────────────────────────────────────
	{
		resource: 'roomDevice',
		operation: 'bind',
		name: 'Bind Device',
		action: 'Bind a device to a room',
		description: 'Assign a teacher or student device to a live room',
		method: 'POST',
		path: '/openapi/double_teacher/bindDevice',
		docSection: 'API-7: 给课程绑定设备',
		params: [roomId, deviceId(), userRole(true)],
	},
	{
		resource: 'roomDevice',
		operation: 'bindStudentDevicesBatch',
		name: 'Bind Student Devices',
		action: 'Bind student devices to a room',
		description: 'Assign student devices to a live room; input items for the same room are sent in one call',
		method: 'POST',
		path: '/openapi/double_teacher/bindStudentDeviceBatch',
		docSection: 'API-8: 批量给课程绑定学员设备',
		params: [roomId, deviceIds('Student devices to bind, as Device › List gives them')],
		kind: 'listBatch',
		batch: { param: 'device_ids', splittable: true, succeededPath: 'succ_list' },
	},
	{
		resource: 'roomDevice',
		operation: 'bindRoomsBatch',
		name: 'Bind Device to Rooms',
		action: 'Bind a device to several rooms',
		description: 'Assign one device to several live rooms; input items for the same device are sent in one call',
		method: 'POST',
		path: '/openapi/double_teacher/bindRoomBatch',
		docSection: 'API-9: 设备绑定多个课程',
		params: [
			{ ...deviceIds(''), picker: undefined, name: 'room_ids', label: 'Room IDs', patternHint: 'numeric live room IDs', placeholder: 'e.g. 1234,5678', description: 'Live rooms to bind the device to. Baijiayun has no operation that lists live rooms: copy the room number from the Baijiayun console or the room’s link.' },
			deviceId(),
			userRole(true),
		],
		kind: 'listBatch',
		batch: { param: 'room_ids', splittable: true, succeededPath: 'succ_list' },
	},
	{
		resource: 'roomDevice',
		operation: 'unbind',
		name: 'Unbind Device',
		action: 'Unbind a device from a room',
		description: 'Remove a device from a live room',
		method: 'POST',
		path: '/openapi/double_teacher/unbindDevice',
		docSection: 'API-10: 解除课程与设备关联',
		params: [roomId, deviceId()],
	},
	{
		resource: 'roomDevice',
		operation: 'unbindBatch',
		name: 'Unbind Devices',
		action: 'Unbind several devices from a room',
		description: 'Remove several devices from a live room; input items for the same room are sent in one call',
		method: 'POST',
		path: '/openapi/double_teacher/unbindDeviceBatch',
		docSection: 'API-11: 批量解除课程与设备关联',
		params: [roomId, deviceIds('Devices to unbind, as Device › List or Room Binding › List Devices of Room gives them')],
		kind: 'listBatch',
		batch: { param: 'device_ids', splittable: true },
	},
	{
		resource: 'roomDevice',
		operation: 'setAllStudentDevices',
		name: 'Replace Student Devices',
		action: 'Replace the student devices of a room',
		description:
			'Replace all student devices of a live room with the given set; the devices of all input items for the same room form the set',
		method: 'POST',
		path: '/openapi/double_teacher/setAllStudentDevice',
		docSection: 'API-12: 更新课程绑定的全部学生端',
		params: [roomId, deviceIds('The complete set of student devices, as Device › List gives them')],
		kind: 'listBatch',
		batch: { param: 'device_ids', splittable: false },
		notice: 'Replaces every student device of the room: devices not given here are unbound',
	},
	{
		resource: 'roomDevice',
		operation: 'list',
		name: 'List Devices of Room',
		action: 'List the devices of a room',
		description: 'List the devices bound to a live room',
		method: 'POST',
		path: '/openapi/double_teacher/getRoomDeviceInfo',
		docSection: 'API-13: 获取直播房间关联的设备信息',
		params: [roomId, ...page()],
		kind: 'list',
		list: paging('room_device_list'),
	},
	// ── Schedules ────────────────────────────────────────────────────────────
	{
		resource: 'schedule',
		operation: 'setRoomInfo',
		name: 'Set Course Info',
		action: 'Set the course title and teacher of a room',
		description: 'Set or update the course title and teacher shown for a live room',
		method: 'POST',
		path: '/openapi/double_teacher/setRoomScheduleInfo',
		docSection: '设备课程基本信息 (setRoomScheduleInfo)',
		params: [
			roomId,
			{ name: 'title', label: 'Course Title', type: 'string', in: 'form', required: true, placeholder: 'e.g. Grade 3 Mathematics', description: 'Title of the course the lessons belong to (课程标题)' },
			{ name: 'teacher_name', label: 'Teacher Name', type: 'string', in: 'form', required: true, placeholder: 'e.g. Zhang San', description: 'Course teacher (课程老师)' },
		],
	},
	{
		resource: 'schedule',
		operation: 'setAll',
		name: 'Replace All Lessons',
		action: 'Replace all lessons of a room',
		description:
			'Set the whole timetable of a live room, replacing every lesson; the lessons of all input items for the same room make up one timetable',
		method: 'POST',
		path: '/openapi/double_teacher/setRoomSchedules',
		docSection: '更新教室课节信息(全量) (setRoomSchedules)',
		params: [
			roomId,
			{ name: 'title', label: 'Course Title', type: 'string', in: 'form', required: true, placeholder: 'e.g. Grade 3 Mathematics', description: 'Title of the course the lessons belong to (课程标题)' },
			{ name: 'teacher_name', label: 'Teacher Name', type: 'string', in: 'form', required: true, placeholder: 'e.g. Zhang San', description: 'Course teacher (课程老师)' },
			{
				name: 'schedule',
				label: 'Lessons (JSON)',
				type: 'json',
				in: 'form',
				required: true,
				default: '[{"serial_number": 1, "date": "2018-11-19", "title": "Lesson 1", "start_time": "09:00", "end_time": "09:45", "teacher_name": ""}]',
				description:
					'One lesson or a list of lessons, each with serial_number, date (YYYY-MM-DD), title, start_time, end_time and optionally teacher_name',
				elementFields: [
					{ name: 'serial_number', type: 'number', required: true },
					{ name: 'date', type: 'string', required: true, pattern: DATE, patternHint: 'a date as YYYY-MM-DD' },
					{ name: 'title', type: 'string', required: true },
					{ name: 'start_time', type: 'string', required: true },
					{ name: 'end_time', type: 'string', required: true },
					{ name: 'teacher_name', type: 'string' },
				],
			},
		],
		kind: 'listBatch',
		batch: { param: 'schedule', splittable: false },
		notice: 'Replaces every lesson of the room: lessons not given here are removed',
	},
	{
		resource: 'schedule',
		operation: 'add',
		name: 'Add Lesson',
		action: 'Add a lesson to a room',
		description: 'Add one lesson; its serial number must not repeat within the room on the same day',
		method: 'POST',
		path: '/openapi/double_teacher/addSchedule',
		docSection: '添加单个课节 (addSchedule)',
		columns: true,
		params: [roomId, ...lessonFields('string')],
	},
	{
		resource: 'schedule',
		operation: 'update',
		name: 'Update Lesson',
		action: 'Update a lesson of a room',
		description: 'Update one lesson, found by room and serial number',
		method: 'POST',
		path: '/openapi/double_teacher/updateSchedule',
		docSection: '更新单个课节 (updateSchedule)',
		columns: true,
		params: [roomId, ...lessonFields('number')],
	},
	{
		resource: 'schedule',
		operation: 'deleteBatch',
		name: 'Delete Lessons',
		action: 'Delete lessons of a room',
		description: 'Delete lessons by serial number; input items for the same room are sent in one call',
		method: 'POST',
		path: '/openapi/double_teacher/deleteScheduleBatch',
		docSection: '删除课节(批量) (deleteScheduleBatch)',
		params: [
			roomId,
			{ ...deviceIds(''), picker: lessons, name: 'serial_numbers', label: 'Serial Numbers', patternHint: 'numeric lesson serial numbers', placeholder: 'e.g. 1,2,3', description: 'Serial numbers of the lessons to delete, as Schedule › List Lessons gives them for the room' },
		],
		kind: 'listBatch',
		batch: { param: 'serial_numbers', splittable: true },
	},
	{
		resource: 'schedule',
		operation: 'deleteAll',
		name: 'Delete All Lessons',
		action: 'Delete all lessons of a room',
		description: 'Delete every lesson of a live room',
		method: 'POST',
		path: '/openapi/double_teacher/deleteAllSchedule',
		docSection: '清除指定教室下所有的课节 (deleteAllSchedule)',
		params: [roomId],
	},
	listLessons,
];

export const vendorInfo: VendorInfo = {
	name: 'Baijiayun dual-teacher classroom (百家云双师课堂)',
	node: 'Baijiayun',
	document: '百家云双师课堂 双师设备管理&排课API接口文档',
};
