import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { gensee } from './vendor';

export class Gensee implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gensee',
		name: 'gensee',
		icon: { light: 'file:gensee.svg', dark: 'file:gensee.dark.svg' },
		group: ['transform'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage Gensee training classrooms, teachers, coursewares and recordings, and export chat, attendance, votes, Q&A and roll calls',
		defaults: { name: 'Gensee' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'genseeApi', required: true }],
		properties: gensee.node.properties,
	};

	methods = gensee.node.methods;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await gensee.node.execute(this);
	}
}
