/** HongTu Pass Record operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { OperationDefinition } from '../../shared/engine/definitions';
import { MILLISECONDS_TEXT, UUID_LIST_PLACEHOLDER, paging, pick } from './common';
import { doors, persons } from '../pickers';

export const passRecordOperations: OperationDefinition[] = [
	{
		resource: 'passRecord',
		operation: 'list',
		name: 'List',
		action: 'List pass records',
		description: 'List who passed, or failed to pass, which doors and when',
		method: 'POST',
		path: '/v1/api/pass_record/list',
		docSection: '通行记录 › 查询通行记录列表',
		params: [
			{ name: 'pageNum', label: 'Page Number', type: 'number', in: 'body', integer: true, description: 'Page number, default 1' },
			{ name: 'pageSize', label: 'Page Size', type: 'number', in: 'body', integer: true, description: 'Page size, default 20' },
			{ name: 'personUuid', label: 'Person', type: 'string', in: 'body', ...pick(persons), description: 'Only records of this person' },
			{ name: 'personName', label: 'Person Name', type: 'string', in: 'body', placeholder: 'e.g. Zhang', description: 'Part of the person\'s name' },
			{ name: 'personCode', label: 'Person Code', type: 'string', in: 'body', placeholder: 'e.g. E1001', description: 'Employee code' },
			{ name: 'visitPersonName', label: 'Visit Person Name', type: 'string', in: 'body', placeholder: 'e.g. Li', description: 'Part of the name of the person visited' },
			{ name: 'deviceUuids', label: 'Device UUIDs', type: 'idList', picker: doors, placeholder: UUID_LIST_PLACEHOLDER, listFormat: 'array', in: 'body', description: 'Only records of these door devices; Door › List lists them' },
			{ name: 'deviceName', label: 'Device Name', type: 'string', in: 'body', placeholder: 'e.g. North Gate', description: 'Part of the device name' },
			{ name: 'deviceLocation', label: 'Device Location', type: 'string', in: 'body', placeholder: 'e.g. Building A', description: 'Part of the device location' },
			{ name: 'recognitionType', label: 'Recognition Type', type: 'options', in: 'body', options: [{ name: 'Employee', value: 1 }, { name: 'Ordinary Visitor', value: 2 }, { name: 'Key Person', value: 3 }, { name: 'Stranger', value: 4 }, { name: 'Unrecognised', value: 5 }, { name: 'VIP Visitor', value: 6 }], default: 1, description: 'Who the device recognised' },
			{ name: 'verificationMode', label: 'Verification Mode', type: 'options', in: 'body', options: [{ name: 'Face', value: 0 }, { name: 'Face or Card', value: 1 }, { name: 'Face and Card', value: 2 }, { name: 'Face and Password', value: 3 }, { name: 'Remote Door Opening', value: 4 }, { name: 'QR Code', value: 5 }], default: 0, description: 'How the person was verified' },
			{ name: 'passType', label: 'Pass Type', type: 'options', in: 'body', options: [{ name: 'Not Passed', value: 0 }, { name: 'Passed', value: 1 }, { name: 'Multi-Factor Authentication Failed', value: 2 }], default: 1, description: 'Whether the person passed' },
			{ name: 'livenessType', label: 'Liveness Type', type: 'options', in: 'body', options: [{ name: 'Not Live', value: 0 }, { name: 'Live', value: 1 }], default: 1, description: 'Liveness check result' },
			{ name: 'startPassTime', label: 'Start Pass Time', type: 'dateTime', in: 'body', dateFormat: MILLISECONDS_TEXT, description: 'Records from this time on (inclusive)' },
			{ name: 'endPassTime', label: 'End Pass Time', type: 'dateTime', in: 'body', dateFormat: MILLISECONDS_TEXT, description: 'Records before this time (exclusive)' },
			{ name: 'maskType', label: 'Mask Type', type: 'options', in: 'body', options: [{ name: 'Not Detected', value: 0 }, { name: 'Worn', value: 1 }, { name: 'Not Worn', value: 2 }], default: 0, description: 'Mask status' },
			{ name: 'healthyState', label: 'Healthy State', type: 'options', in: 'body', options: [{ name: 'Green', value: 0 }, { name: 'Yellow', value: 1 }, { name: 'Red', value: 2 }, { name: 'Unknown', value: 3 }, { name: 'Timeout', value: 4 }], default: 0, description: 'Health code status' },
		],
		kind: 'list',
		list: { itemsPath: 'list', paging: paging('pageNum') },
		simplify: ['uuid', 'personUuid', 'personName', 'personCode', 'personType', 'visitPersonName', 'visitReason', 'temperature', 'deviceUuid', 'deviceName', 'deviceLocation', 'passTime', 'passTimestamp', 'passType', 'verificationMode', 'recognitionType', 'snapshotUrl'],
	},
];
