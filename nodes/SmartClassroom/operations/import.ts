/** Smart Classroom Import operations: the API接口 section of the API document. */
import type { ParameterOption } from '../../shared/engine/definitions';
import { choice, file, form, outputField, req, SUBJECT_TYPE, type Op } from './common';
import { eachItem } from '../../shared/engine/run';
import { downloadTemplate } from '../handlers';

const IMPORT_TYPE: ParameterOption[] = [
	{ name: 'Student Zip', value: 1 },
	{ name: 'Teacher Zip', value: 2 },
	{ name: 'Classroom Excel', value: 3 },
	{ name: 'Course Excel', value: 4 },
	{ name: 'Lesson Period Excel', value: 5 },
	{ name: 'Timetable Excel', value: 6 },
	{ name: 'Student Excel', value: 7 },
	{ name: 'Teacher Excel', value: 8 },
	{ name: 'Class Excel', value: 9 },
];

export const importOperations: Op[] = [
	{
		resource: 'import', operation: 'importXlsx', name: 'Import Excel', action: 'Import an Excel file',
		description: 'Import students, teachers, classrooms, courses, lesson periods, timetables or classes from an Excel file made from a template',
		method: 'POST', path: '/import/xlxs', docSection: 'API接口 › 导入文件',
		params: [
			file('file', 'Input Binary Field', 'The Excel file to import (导入文件).', true),
			form(choice('subject_type', 'Person Type', 'Person type of a student or teacher import (人员类型)', SUBJECT_TYPE)),
		],
	},
	{
		resource: 'import', operation: 'importZip', name: 'Import Zip', action: 'Import a zip of persons and photos',
		description: 'Import students or teachers with their photos from a zip package',
		method: 'POST', path: '/import/zip', docSection: 'API接口 › 导入zip包',
		params: [
			file('file', 'Input Binary Field', 'The zip package to import (导入zip包).', true),
			req(form(choice('subject_type', 'Person Type', 'Who the zip holds (人员类型)', SUBJECT_TYPE))),
		],
	},
	{
		resource: 'import', operation: 'getTemplate', name: 'Download Template', action: 'Download an import template',
		description: 'Download the template file of an import type as binary data',
		method: 'GET', path: '/import/get/{import_type}', docSection: 'API接口 › 获取导入文件模版',
		params: [
			{ ...req(choice('import_type', 'Template', 'Which template (导出模板类型)', IMPORT_TYPE)), in: 'path' },
			outputField(),
		],
		kind: 'custom',
		runner: eachItem(downloadTemplate),
	},
];
