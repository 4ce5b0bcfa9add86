import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { baijiayun } from './vendor';

export class Baijiayun implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Baijiayun',
		name: 'baijiayun',
		icon: { light: 'file:baijiayun.svg', dark: 'file:baijiayun.dark.svg' },
		group: ['transform'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage Baijiayun dual-teacher classroom zones, devices, room bindings and lesson schedules',
		defaults: { name: 'Baijiayun' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'baijiayunApi', required: true }],
		properties: baijiayun.node.properties,
	};

	methods = baijiayun.node.methods;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await baijiayun.node.execute(this);
	}
}
