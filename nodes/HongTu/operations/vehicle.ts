/** HongTu Vehicle operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { ListOperation, OperationDefinition, ParameterDefinition, RecordSetTrait } from '../../shared/engine/definitions';
import { recordSetOperations } from '../../shared/engine/sync';
import { BASIC_PLATE_TYPES, BASIC_VEHICLE_TYPES, CONTROL_RULE_TYPES, PERSON_TYPES, PLATE_COLORS, SPECIAL_OPERATIONS, VEHICLE_BRANDS, VEHICLE_COLORS, VEHICLE_FUNCTIONS, VEHICLE_IDENTITIES, VEHICLE_TYPES } from './codes';
import { ENTRY_OBJECT_RESULTS, ENTRY_RESULTS, UUID_LIST_PLACEHOLDER, paging, pick } from './common';
import { controlRules, devices, persons, timePlans, vehicles } from '../pickers';
import { entryBatch } from '../entryBatch';

/** the fields of the vehicle library records of 车辆基础信息列表 / 车辆基础详情信息 an operator uses */
const VEHICLE_FIELDS = ['vehicleUuId', 'plateNumber', 'plateTypeMsg', 'plateColor', 'vehicleTypeMsg', 'vehicleColor', 'personUuId', 'personName', 'personTelephone', 'personTypeMsg', 'describe'];

/** The vehicle fields Batch Add and Update take alike. */
const vehicleFields = (): ParameterDefinition[] => [
	{ name: 'plateNumber', label: 'Plate Number', type: 'string', in: 'body', required: true, placeholder: 'e.g. 京A12345', description: 'Plate number: 1 to 16 digits, letters and Chinese characters' },
	{ name: 'plateType', label: 'Plate Type', type: 'options', in: 'body', options: BASIC_PLATE_TYPES, default: 1, description: 'Kind of plate' },
	{ name: 'plateColor', label: 'Plate Color', type: 'string', in: 'body', placeholder: 'e.g. 蓝色', description: 'Plate colour written in Chinese characters (up to 8), e.g. 蓝色 for blue' },
	{ name: 'vehicleType', label: 'Vehicle Type', type: 'options', in: 'body', options: BASIC_VEHICLE_TYPES, default: 1, description: 'Kind of vehicle' },
	{ name: 'vehicleColor', label: 'Vehicle Color', type: 'string', in: 'body', placeholder: 'e.g. 白色', description: 'Body colour written in Chinese characters (up to 8), e.g. 白色 for white' },
	{ name: 'describe', label: 'Description', type: 'string', in: 'body', placeholder: 'e.g. Principal\'s car', description: 'Description, up to 255 characters' },
	{ name: 'personUuId', label: 'Owner', type: 'string', in: 'body', ...pick(persons), description: 'The person who owns the vehicle' },
	{ name: 'personTelephone', label: 'Person Telephone', type: 'string', in: 'body', placeholder: 'e.g. 13800138000', description: 'Owner\'s phone number, 6 to 18 digits' },
	{ name: 'uniqueIdentify', label: 'Unique Identifier', type: 'string', in: 'body', placeholder: 'e.g. 1001', description: 'Your own unique key for the vehicle, up to 16 digits' },
];

export const listVehicles: ListOperation = {
	resource: 'vehicle',
	operation: 'list',
	name: 'List',
	action: 'List vehicles',
	description: 'List the vehicles of the vehicle library',
	method: 'POST',
	path: '/v1/api/vehicle/list',
	docSection: '车辆基础信息 › 车辆基础信息列表',
	params: [
		{ name: 'plateNumber', label: 'Plate Number', type: 'string', in: 'body', placeholder: 'e.g. 京A12345', description: 'Only vehicles with this plate number' },
		{ name: 'plateType', label: 'Plate Type', type: 'options', in: 'body', options: BASIC_PLATE_TYPES, default: 1, description: 'Only plates of this kind' },
		{ name: 'vehicleType', label: 'Vehicle Type', type: 'options', in: 'body', options: BASIC_VEHICLE_TYPES, default: 1, description: 'Only vehicles of this kind' },
		{ name: 'personUuId', label: 'Owner', type: 'string', in: 'body', ...pick(persons), description: 'Only vehicles of this person' },
		{ name: 'pageNum', label: 'Page Number', type: 'number', in: 'body', integer: true, description: 'Page number, default 1' },
		{ name: 'pageSize', label: 'Page Size', type: 'number', in: 'body', integer: true, description: 'Page size, default 20' },
	],
	kind: 'list',
	list: { itemsPath: 'list', paging: paging('pageNum') },
	simplify: VEHICLE_FIELDS,
};

export const listControlRules: ListOperation = {
	resource: 'vehicle',
	operation: 'listRules',
	name: 'List Control Rules',
	action: 'List control rules',
	description: 'List the structured data or vehicle control rules',
	method: 'POST',
	path: '/v1/api/vehicle/rule/list',
	docSection: '结构化、车辆管控布控 › 结构化、车辆管控布控列表',
	params: [
		{ name: 'ruleName', label: 'Rule Name', type: 'string', in: 'body', placeholder: 'e.g. Car Park Entrance', description: 'Only rules with this name' },
		{ name: 'deviceUuIdList', label: 'Device UUIDs', type: 'idList', picker: devices, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', description: 'Only those of these devices; Device › List lists them' },
		{ name: 'ruleType', label: 'Rule Type', type: 'options', in: 'body', required: true, options: CONTROL_RULE_TYPES, default: 2, description: 'Which kind of rules to list' },
		{ name: 'pageNum', label: 'Page Number', type: 'number', in: 'body', integer: true, description: 'Page number, default 1' },
		{ name: 'pageSize', label: 'Page Size', type: 'number', in: 'body', integer: true, description: 'Page size, default 20' },
	],
	kind: 'list',
	list: { itemsPath: 'list', paging: paging('pageNum') },
};

export const batchDeleteVehicles: OperationDefinition = {
	resource: 'vehicle',
	operation: 'batchDelete',
	name: 'Batch Delete',
	action: 'Batch delete vehicles',
	description: 'Batch delete vehicles from the vehicle library; input items are gathered into as few calls as the box allows, each item gets its own result',
	method: 'POST',
	path: '/v1/api/vehicle/batchDelete',
	docSection: '车辆基础信息 › 车辆基础信息批量删除',
	params: [
		{ name: 'vehicleUuIdList', label: 'Vehicle UUIDs', type: 'idList', picker: vehicles, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', required: true, description: 'UUIDs of the vehicles to delete; Vehicle › List lists them' },
	],
	kind: 'listBatch',
	batch: { param: 'vehicleUuIdList', maxPerCall: 100, splittable: true, entryResults: ENTRY_RESULTS },
};

export const batchAddVehicles: OperationDefinition = {
	resource: 'vehicle',
	operation: 'batchAdd',
	name: 'Batch Add',
	action: 'Batch add vehicles',
	description: 'Batch add vehicles to the vehicle library; input items are gathered into as few calls as the box allows, each item gets its own result',
	method: 'POST',
	path: '/v1/api/vehicle/batchAdd',
	docSection: '车辆基础信息 › 车辆基础信息批量新增',
	columns: true,
	params: [
		...vehicleFields(),
	],
	// the box keeps plate numbers (122008) and unique identifiers (122026) unique: a resend after a lost answer
	// would be refused, so the plates of a lost batch are looked up instead
	kind: 'custom',
	runner: entryBatch({
		param: 'addVehicleBeans',
		maxPerCall: 100,
		results: ENTRY_OBJECT_RESULTS,
		uniqueFields: ['plateNumber', 'uniqueIdentify'],
		lostAnswer: { list: listVehicles, filter: { plateNumber: 'plateNumber' }, matchFields: { plateNumber: 'plateNumber' }, idField: 'vehicleUuId' },
	}),
};

export const updateVehicle: OperationDefinition = {
	resource: 'vehicle',
	operation: 'update',
	name: 'Update',
	action: 'Update a vehicle',
	description: 'Update a vehicle of the vehicle library',
	method: 'POST',
	path: '/v1/api/vehicle/update',
	docSection: '车辆基础信息 › 车辆基础信息更新',
	columns: true, record: 'vehicleUuId',
	params: [
		{ name: 'vehicleUuId', label: 'Vehicle', type: 'string', in: 'body', required: true, ...pick(vehicles), description: 'The vehicle to update' },
		...vehicleFields(),
	],
};

/** The vehicle fields of the library's records that the writes take, compared as listed (the same names and codes). */
const VEHICLE_COMPARED = Object.fromEntries(vehicleFields().map((p) => [p.name, p.name]));

/**
 * The vehicle library as a record set (Vehicle › Create or Update and Sync): read with List; matched on the plate
 * number (unique: 122008 该区域内已录入此车牌) or your unique identifier (unique: 122026). The update needs the plate
 * number and the document's example sends every field, empty ones included, without saying whether a field left
 * out is kept: the node sends the vehicle as listed with the changed fields.
 */
export const vehicleSet: RecordSetTrait = {
	noun: 'vehicle',
	list: listVehicles,
	idField: 'vehicleUuId',
	keys: [
		{ param: 'plateNumber', field: 'plateNumber', label: 'Plate Number', description: 'The plate number, which the box keeps unique', search: 'plateNumber' },
		{ param: 'uniqueIdentify', field: 'uniqueIdentify', label: 'Unique Identifier', description: 'Your own unique key for the vehicle (Unique Identifier), which the box keeps unique: a changed plate number is then an update' },
	],
	fields: VEHICLE_COMPARED,
	create: batchAddVehicles,
	update: { op: updateVehicle, idParam: 'vehicleUuId', body: 'merged' },
	// 122009 车辆不存在: a removal sent again after a lost answer finds the vehicle gone
	remove: { op: batchDeleteVehicles, idParam: 'vehicleUuIdList', goneCodes: [122009] },
};

export const vehicleOperations: OperationDefinition[] = [
	listVehicles,
	batchDeleteVehicles,
	batchAddVehicles,
	updateVehicle,
	...recordSetOperations(vehicleSet, { plural: 'vehicles', where: 'the vehicle library' }),
	{
		resource: 'vehicle',
		operation: 'get',
		name: 'Get',
		action: 'Get a vehicle',
		description: 'Get a vehicle of the vehicle library with its owner',
		method: 'POST',
		path: '/v1/api/vehicle/query',
		docSection: '车辆基础信息 › 车辆基础详情信息',
		params: [
			{ name: 'vehicleUuId', label: 'Vehicle', type: 'string', in: 'body', required: true, ...pick(vehicles), description: 'The vehicle to get' },
		],
		simplify: VEHICLE_FIELDS,
	},
	listControlRules,
	{
		resource: 'vehicle',
		operation: 'deleteRule',
		name: 'Delete Control Rule',
		action: 'Delete a control rule',
		description: 'Delete a structured data or vehicle control rule',
		method: 'POST',
		path: '/v1/api/vehicle/rule/delete',
		docSection: '结构化、车辆管控布控 › 结构化、车辆管控布控删除',
		params: [
			{ name: 'structureRuleUuId', label: 'Control Rule', type: 'string', in: 'body', required: true, ...pick(controlRules), description: 'The structured-data or vehicle control rule, as Vehicle › List Control Rules lists them' },
		],
	},
	{
		resource: 'vehicle',
		operation: 'addRule',
		name: 'Add Control Rule',
		action: 'Add a control rule',
		description: 'Add a structured data or vehicle control rule: which devices watch, and when',
		method: 'POST',
		path: '/v1/api/vehicle/rule/add',
		docSection: '结构化、车辆管控布控 › 结构化、车辆管控布控新增',
		params: [
			{ name: 'ruleName', label: 'Rule Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Car Park Entrance', description: 'Rule name, up to 50 Chinese characters, letters or digits' },
			{ name: 'deviceUuIdList', label: 'Device UUIDs', type: 'idList', picker: devices, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', required: true, description: 'UUIDs of the devices that watch; Device › List lists them' },
			{ name: 'timePlanUuId', label: 'Time Plan', type: 'string', in: 'body', required: true, ...pick(timePlans), description: 'When the rule applies' },
			{ name: 'ruleType', label: 'Rule Type', type: 'options', in: 'body', required: true, options: CONTROL_RULE_TYPES, default: 2, description: 'What the rule controls' },
		],
	},
	{
		resource: 'vehicle',
		operation: 'updateRule',
		name: 'Update Control Rule',
		action: 'Update a control rule',
		description: 'Update a structured data or vehicle control rule',
		method: 'POST',
		path: '/v1/api/vehicle/rule/update',
		docSection: '结构化、车辆管控布控 › 结构化、车辆管控布控更新',
		params: [
			{ name: 'structureRuleUuId', label: 'Control Rule', type: 'string', in: 'body', required: true, ...pick(controlRules), description: 'The control rule to update' },
			{ name: 'ruleName', label: 'Rule Name', type: 'string', in: 'body', required: true, placeholder: 'e.g. Car Park Entrance', description: 'Rule name, up to 50 Chinese characters, letters or digits' },
			{ name: 'deviceUuIdList', label: 'Device UUIDs', type: 'idList', picker: devices, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', required: true, description: 'UUIDs of the devices that watch; Device › List lists them' },
			{ name: 'timePlanUuId', label: 'Time Plan', type: 'string', in: 'body', required: true, ...pick(timePlans), description: 'When the rule applies' },
			{ name: 'ruleType', label: 'Rule Type', type: 'options', in: 'body', required: true, options: CONTROL_RULE_TYPES, default: 2, description: 'What the rule controls' },
		],
	},
	{
		resource: 'vehicle',
		operation: 'getRule',
		name: 'Get Control Rule',
		action: 'Get a control rule',
		description: 'Get a structured data or vehicle control rule with its devices and time plan',
		method: 'POST',
		path: '/v1/api/vehicle/rule/query',
		docSection: '结构化、车辆管控布控 › 结构化、车辆管控布控详情',
		params: [
			{ name: 'structureRuleUuId', label: 'Control Rule', type: 'string', in: 'body', required: true, ...pick(controlRules), description: 'The structured-data or vehicle control rule, as Vehicle › List Control Rules lists them' },
		],
	},
	{
		resource: 'vehicle',
		operation: 'listRecords',
		name: 'List Recognition Records',
		action: 'List vehicle recognition records',
		description: 'List the vehicles the devices recognised in a time range',
		method: 'POST',
		path: '/v1/api/vehicle/record/list',
		docSection: '车辆管控记录 › 车辆识别记录列表',
		params: [
			{ name: 'plateNumber', label: 'Plate Number', type: 'string', in: 'body', placeholder: 'e.g. 京A12345', description: 'Only records of the vehicle with this plate number' },
			{ name: 'vehicleType', label: 'Vehicle Type', type: 'options', in: 'body', options: VEHICLE_TYPES, default: 2, description: 'Kind of vehicle' },
			{ name: 'vehicleColor', label: 'Vehicle Color', type: 'options', in: 'body', options: VEHICLE_COLORS, default: 0, description: 'Body colour' },
			{ name: 'plateColor', label: 'Plate Color', type: 'options', in: 'body', options: PLATE_COLORS, default: 1, description: 'Plate colour' },
			{ name: 'vehicleBrand', label: 'Vehicle Brand', type: 'options', in: 'body', options: VEHICLE_BRANDS, default: 0, description: 'Make of the vehicle' },
			{ name: 'vehicleFunctional', label: 'Vehicle Functional', type: 'options', in: 'body', options: VEHICLE_FUNCTIONS, default: 0, description: 'Function the vehicle serves' },
			{ name: 'specialOperation', label: 'Special Operation', type: 'options', in: 'body', options: SPECIAL_OPERATIONS, default: 0, description: 'Special-purpose vehicle' },
			{ name: 'personName', label: 'Person Name', type: 'string', in: 'body', placeholder: 'e.g. Zhang San', description: 'Owner\'s name' },
			{ name: 'personType', label: 'Person Type', type: 'options', in: 'body', options: PERSON_TYPES, default: 1, description: 'What the owner is' },
			{ name: 'vehicleIdentityType', label: 'Vehicle Identity Type', type: 'options', in: 'body', options: VEHICLE_IDENTITIES, default: 2, description: 'What the vehicle was recognised as' },
			{ name: 'deviceUuIdList', label: 'Device UUIDs', type: 'idList', picker: devices, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', description: 'Only those of these devices; Device › List lists them' },
			{ name: 'startTime', label: 'Start Time', type: 'dateTime', in: 'body', required: true, dateFormat: 'unixMilliseconds', description: 'Records from this time on' },
			{ name: 'endTime', label: 'End Time', type: 'dateTime', in: 'body', required: true, dateFormat: 'unixMilliseconds', description: 'Records up to this time' },
			{ name: 'pageNum', label: 'Page Number', type: 'number', in: 'body', integer: true, description: 'Page number, default 1' },
			{ name: 'pageSize', label: 'Page Size', type: 'number', in: 'body', integer: true, description: 'Page size, default 20' },
		],
		kind: 'list',
		list: { itemsPath: 'list', paging: paging('pageNum') },
		simplify: ['vehicleRecordUuId', 'plateNumber', 'vehicleUuId', 'personName', 'personTypeMsg', 'vehicleIdentityMsg', 'deviceUuId', 'deviceName', 'deviceLocation', 'recognitionTime', 'cropUrl'],
	},
	{
		resource: 'vehicle',
		operation: 'getRecord',
		name: 'Get Recognition Record',
		action: 'Get a vehicle recognition record',
		description: 'Get a vehicle recognition record with the panorama and the recognised attributes',
		method: 'POST',
		path: '/v1/api/vehicle/record/query',
		docSection: '车辆管控记录 › 车辆识别记录详情',
		simplify: ['vehicleRecordUuId', 'plateNumber', 'plateColorMsg', 'vehicleTypeMsg', 'vehicleColorMsg', 'vehicleBrandMsg', 'personName', 'vehicleIdentityMsg', 'deviceName', 'deviceLocation', 'recognitionTime', 'cropUrl'],
		params: [
			{ name: 'vehicleRecordUuId', label: 'Vehicle Record UUID', type: 'string', in: 'body', required: true, placeholder: 'e.g. CfcwoXoBIVSvVy1ORRpP', description: 'The record\'s vehicleRecordUuId, from List Recognition Records. That list needs a time range, so no operation lists records for a picker.' },
		],
	},
	{
		resource: 'vehicle',
		operation: 'getTrack',
		name: 'Get Track',
		action: 'Get a vehicle\'s track',
		description: 'Get where and when the devices saw a plate number',
		method: 'POST',
		path: '/v1/api/vehicle/record/track/query',
		docSection: '车辆轨迹 › 车辆轨迹查询',
		params: [
			{ name: 'plateNumber', label: 'Plate Number', type: 'string', in: 'body', required: true, placeholder: 'e.g. 京A12345', description: 'The whole plate number' },
			{ name: 'personName', label: 'Person Name', type: 'string', in: 'body', placeholder: 'e.g. Zhang San', description: 'The owner\'s whole name' },
			{ name: 'deviceUuIdList', label: 'Device UUIDs', type: 'idList', picker: devices, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', description: 'Only those of these devices; Device › List lists them' },
			{ name: 'startTime', label: 'Start Time', type: 'dateTime', in: 'body', required: true, dateFormat: 'unixMilliseconds', description: 'Sightings from this time on' },
			{ name: 'endTime', label: 'End Time', type: 'dateTime', in: 'body', required: true, dateFormat: 'unixMilliseconds', description: 'Sightings up to this time' },
		],
	},
];
