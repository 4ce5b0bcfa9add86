import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { executeOperations, searchList, type VendorApi } from '../shared/engine';
import { buildOperationProperties } from '../shared/properties';
import { handlers } from './handlers';
import { operations, resources } from './SmartClassroom.operations';
import { smartClassroomClient } from './transport';

export const smartClassroomApi: VendorApi = { client: smartClassroomClient, operations, handlers };

const label = (...parts: unknown[]) =>
	parts
		.filter((p) => p !== undefined && p !== null && String(p).trim() !== '')
		.map(String)
		.join(' ');

export class SmartClassroom implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Smart Classroom',
		name: 'smartClassroom',
		icon: { light: 'file:smartClassroom.svg', dark: 'file:smartClassroom.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage Megvii Smart Classroom (视课) terms, classes, students, teachers, timetables, cameras, attendance and behaviour data',
		defaults: { name: 'Smart Classroom' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		// registered in package.json n8n.credentials by the lead (package.json is not this change's to edit)
		credentials: [{ name: 'smartClassroomApi', required: true }],
		properties: buildOperationProperties(resources, operations),
	};

	methods = {
		listSearch: {
			async searchTerms(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, smartClassroomApi, 'term', 'list', (term: IDataObject) => ({
					name: `${label(term.term_year, term.term) || 'Term'} (${String(term.id)})`,
					value: String(term.id),
				}), filter);
			},
			async searchClasses(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, smartClassroomApi, 'class', 'list', (cls: IDataObject) => ({
					name: `${label(cls.grade, cls.name) || 'Class'} (${String(cls.id)})`,
					value: String(cls.id),
				}), filter);
			},
			async searchClassrooms(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, smartClassroomApi, 'classroom', 'list', (room: IDataObject) => ({
					name: `${label(room.name, room.location ? `– ${String(room.location)}` : '') || 'Classroom'} (${String(room.id)})`,
					value: String(room.id),
				}), filter);
			},
			async searchTeachers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, smartClassroomApi, 'teacher', 'list', (teacher: IDataObject) => ({
					name: `${label(teacher.name, teacher.job_number ? `· ${String(teacher.job_number)}` : '') || 'Teacher'} (${String(teacher.id)})`,
					value: String(teacher.id),
				}), filter);
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, smartClassroomApi);
	}
}
