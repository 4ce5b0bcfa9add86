/** HaoYi in the package's registry (nodes/vendors.ts): its operation table, transport and output clean-up. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationDefinition } from '../shared/engine/definitions';
import { defineVendor } from '../shared/vendor';
import { haoYiPickers } from './pickerSources';
import { operations, resources, vendorInfo } from './HaoYi.operations';
import { haoYiTransport } from './transport';

const MASK = '********';

const BATCH_ID_FIELDS = ['school_id', 'subject_id', 'teacher_id', 'camera_id', 'record_id', 'course_id'];

/** Output clean-up the engine does not know: device passwords masked, batch ids as numbers like everywhere else. */
function finish(ctx: IExecuteFunctions, op: OperationDefinition, items: INodeExecutionData[]): INodeExecutionData[] {
	const reveal = op.resource === 'camera' && op.operation === 'list' && (ctx.getNodeParameter('includeDevicePassword', 0, false) as boolean);
	return items.map((item) => {
		const json: IDataObject = { ...item.json };
		for (const key of BATCH_ID_FIELDS) {
			const value = json[key];
			if (Array.isArray(value)) json[key] = value.map((id) => (typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id)) as IDataObject[];
		}
		if ('device_pass' in json) {
			const pass = json.device_pass;
			if (reveal) {
				if (typeof pass === 'string' && pass !== '') json.device_password = Buffer.from(pass, 'base64').toString('utf8');
			} else {
				json.device_pass = pass === '' || pass === null || pass === undefined ? pass : MASK;
			}
		}
		return { ...item, json };
	});
}

export const haoYi = defineVendor({
	key: 'haoyi',
	folder: 'HaoYi',
	info: vendorInfo,
	resources,
	operations,
	pickers: haoYiPickers,
	transport: haoYiTransport,
	credentialAt: (url) => ({ baseUrl: url, accessToken: '' }),
	properties: [
		{
			displayName: 'Include Device Password',
			name: 'includeDevicePassword',
			type: 'boolean',
			default: false,
			description:
				'Whether to output the camera login passwords (device_pass as the server stores it, base64, and decoded as device_password). Off: they are masked.',
			displayOptions: { show: { resource: ['camera'], operation: ['list'] } },
		},
	],
	output: finish,
});
