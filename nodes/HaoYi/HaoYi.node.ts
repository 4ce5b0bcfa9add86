import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { haoYi } from './vendor';

export class HaoYi implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HaoYi Cloud Recording',
		name: 'haoYi',
		icon: { light: 'file:haoyi.svg', dark: 'file:haoyi.dark.svg' },
		group: ['transform'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage HaoYi cloud recording schools, teachers, cameras, recordings and weekly recording tasks',
		defaults: { name: 'HaoYi Cloud Recording' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'haoYiApi', required: true }],
		properties: haoYi.node.properties,
	};

	methods = haoYi.node.methods;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await haoYi.node.execute(this);
	}
}
