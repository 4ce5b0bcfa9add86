/** The Smart Classroom pickers (n8n listSearch methods), shared by the node and the trigger. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchList } from '../shared/search';
import { smartClassroomApi } from './vendor';

const label = (...parts: unknown[]) =>
	parts
		.filter((p) => p !== undefined && p !== null && String(p).trim() !== '')
		.map(String)
		.join(' ');

export const smartClassroomPickers = {
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
};
