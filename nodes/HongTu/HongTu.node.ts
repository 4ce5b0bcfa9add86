import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { hongTu } from './vendor';

export class HongTu implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Megvii HongTu',
		name: 'hongTu',
		icon: { light: 'file:hongtu.svg', dark: 'file:hongtu.dark.svg' },
		group: ['transform'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage people, groups, devices, doors, pass rules, attendance and recognition on a Megvii HongTu 3000 AIoT box',
		defaults: { name: 'Megvii HongTu' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'hongTuApi', required: true }],
		properties: hongTu.node.properties,
	};

	methods = hongTu.node.methods;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await hongTu.node.execute(this);
	}
}
