import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { smartClassroom } from './vendor';

export class SmartClassroom implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Smart Classroom',
		name: 'smartClassroom',
		icon: { light: 'file:smartClassroom.svg', dark: 'file:smartClassroom.dark.svg' },
		group: ['transform'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage Megvii Smart Classroom (视课) terms, classes, students, teachers, timetables, cameras, attendance and behaviour data',
		defaults: { name: 'Smart Classroom' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'smartClassroomApi', required: true }],
		properties: smartClassroom.node.properties,
	};

	methods = smartClassroom.node.methods;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await smartClassroom.node.execute(this);
	}
}
