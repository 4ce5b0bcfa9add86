/** HongTu Pass Record operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { OperationDefinition } from '../../shared/operations';
import { paging } from './common';

export const passRecordOperations: OperationDefinition[] = [
	{
		resource: 'passRecord',
		operation: 'list',
		name: 'List',
		action: 'List pass records',
		description: 'List pass records',
		method: 'POST',
		path: '/v1/api/pass_record/list',
		docSection: '通行记录 › 查询通行记录列表',
		params: [
			{ name: 'pageNum', label: 'Page Number', type: 'number', in: 'body', integer: true, description: 'Page number, default 1 when omitted' },
			{ name: 'pageSize', label: 'Page Size', type: 'number', in: 'body', integer: true, description: 'Page size, default 20 when omitted' },
			{ name: 'personUuid', label: 'Person UUID', type: 'string', in: 'body', description: 'Person uuid' },
			{ name: 'personName', label: 'Person Name', type: 'string', in: 'body', description: 'Person name, fuzzy match' },
			{ name: 'personCode', label: 'Person Code', type: 'string', in: 'body', description: 'Employee code' },
			{ name: 'visitPersonName', label: 'Visit Person Name', type: 'string', in: 'body', description: 'Name of the visited person, fuzzy match' },
			{ name: 'deviceUuids', label: 'Device UUIDs', type: 'idList', listFormat: 'array', in: 'body', description: 'string[] - device uuids' },
			{ name: 'deviceName', label: 'Device Name', type: 'string', in: 'body', description: 'Device name, fuzzy match' },
			{ name: 'deviceLocation', label: 'Device Location', type: 'string', in: 'body', description: 'Device location, fuzzy match' },
			{ name: 'recognitionType', label: 'Recognition Type', type: 'number', in: 'body', integer: true, description: 'Recognised person type: 1 employee, 2 ordinary visitor, 3 key person, 4 stranger, 5 unrecognised, 6 VIP visitor' },
			{ name: 'verificationMode', label: 'Verification Mode', type: 'number', in: 'body', integer: true, description: 'Verification type: 0 face, 1 face or card, 2 face and card, 3 face and password, 4 remote door opening, 5 QR code' },
			{ name: 'passType', label: 'Pass Type', type: 'number', in: 'body', integer: true, description: 'Pass type: 0 not passed, 1 passed, 2 multi-factor authentication failed' },
			{ name: 'livenessType', label: 'Liveness Type', type: 'number', in: 'body', integer: true, description: 'Liveness result: 0 not live, 1 live' },
			{ name: 'startPassTime', label: 'Start Pass Time', type: 'string', in: 'body', description: 'Start time (inclusive): "2020-01-01 10:00:00" or a long unix timestamp in ms' },
			{ name: 'endPassTime', label: 'End Pass Time', type: 'string', in: 'body', description: 'End time (exclusive): same formats' },
			{ name: 'maskType', label: 'Mask Type', type: 'number', in: 'body', integer: true, description: 'Mask status: 0 not detected, 1 worn, 2 not worn' },
			{ name: 'healthyState', label: 'Healthy State', type: 'number', in: 'body', integer: true, description: 'Health-code status: 0 green, 1 yellow, 2 red, 3 unknown, 4 timeout' },
		],
		list: { itemsPath: 'list', paging: paging('pageNum') },
	},
];
