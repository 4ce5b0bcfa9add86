/** Smart Classroom Lesson Period operations: the 课节管理 section of the API document. */
import type { ListOperation, ParameterDefinition } from '../../shared/engine/definitions';
import { DESTRUCTIVE, integer, PAGING, pagingParams, pathId, pick, q, req, type Op } from './common';
import { lessonPeriods, terms } from '../pickers';

const lessonIndexFields = (): ParameterDefinition[] => [
	req(pick('term_id', 'Term', terms, 'Term of the lesson period (学期)')),
	req(integer('num', 'Period Number', 'Which period of the day (课程节次), 1 to 12', { minValue: 1, maxValue: 12 })),
	req(integer('start_hour', 'Start Hour', 'Start hour (课节开始小时), 0-23', { minValue: 0, maxValue: 23 })),
	req(integer('start_min', 'Start Minute', 'Start minute (课节开始分钟), 0-59', { minValue: 0, maxValue: 59 })),
	req(integer('end_hour', 'End Hour', 'End hour (课节结束小时), 0-23', { minValue: 0, maxValue: 23 })),
	req(integer('end_min', 'End Minute', 'End minute (课节结束分钟), 0-59', { minValue: 0, maxValue: 59 })),
];

export const listLessonPeriods: ListOperation = {
	resource: 'lessonIndex', operation: 'list', name: 'Get Many', action: 'Get many lesson periods',
	description: 'List lesson periods, optionally of one term',
	method: 'GET', path: '/info/lessonindexs', docSection: '课节管理 › 获取课节列表',
	params: [
		...pagingParams,
		q(pick('term_id', 'Term', terms, 'Only lesson periods of this term')),
		q(integer('num', 'Period Number', 'Only this period number (课程节次)', { minValue: 1, maxValue: 12 })),
	],
	kind: 'list',
	list: PAGING,
};

export const lessonIndexOperations: Op[] = [
	{
		resource: 'lessonIndex', operation: 'delete', name: 'Delete', action: 'Delete a lesson period',
		description: 'Delete a lesson period',
		method: 'DELETE', path: '/info/lessonindex/{infoid}', docSection: '课节管理 › 删除课节信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Lesson Period', 'The lesson period, as Lesson Period › Get Many lists them', lessonPeriods)],
	},
	{
		resource: 'lessonIndex', operation: 'get', name: 'Get', action: 'Get a lesson period',
		description: 'Get a lesson period with its term',
		method: 'GET', path: '/info/lessonindex/{infoid}', docSection: '课节管理 › 获取课节信息',
		params: [pathId('infoid', 'Lesson Period', 'The lesson period, as Lesson Period › Get Many lists them', lessonPeriods)],
	},
	{
		resource: 'lessonIndex', operation: 'update', name: 'Update', action: 'Update a lesson period',
		description: 'Update a lesson period',
		method: 'PUT', path: '/info/lessonindex/{infoid}', docSection: '课节管理 › 更新课节信息',
		columns: true, record: 'infoid',
		params: [pathId('infoid', 'Lesson Period', 'The lesson period, as Lesson Period › Get Many lists them', lessonPeriods), ...lessonIndexFields()],
	},
	{
		resource: 'lessonIndex', operation: 'create', name: 'Create', action: 'Create a lesson period',
		description: 'Create a lesson period of a term',
		method: 'POST', path: '/info/lessonindex', docSection: '课节管理 › 新建课节信息', columns: true, params: lessonIndexFields(),
	},
	listLessonPeriods,
];
