/** Smart Classroom Term operations: the 学期管理 section of the API document. */
import type { ListOperation, ParameterDefinition } from '../../shared/engine/definitions';
import { choice, date, DESTRUCTIVE, PAGING, pagingParams, pathId, q, req, text, WEEKDAY, type Op } from './common';
import { terms } from '../pickers';

const termFields = (): ParameterDefinition[] => [
	req(text('term_year', 'School Year', 'School year (学年), e.g. 2024-2025')),
	req(text('term', 'Term', 'Term name (学期)')),
	req(date('start_time', 'Start Date', 'First day of the term (开始时间)')),
	req(date('end_time', 'End Date', 'Last day of the term (结束时间)')),
];

export const listTerms: ListOperation = {
	resource: 'term', operation: 'list', name: 'Get Many', action: 'Get many terms',
	description: 'List terms, optionally of one school year',
	method: 'GET', path: '/info/terms', docSection: '学期管理 › 获取学期列表',
	params: [...pagingParams, q(text('term_year', 'School Year', 'Only terms of this school year (学年)')), q(text('term', 'Term', 'Only terms with this name (学期)'))],
	kind: 'list',
	list: PAGING,
};

export const termOperations: Op[] = [
	{
		resource: 'term', operation: 'delete', name: 'Delete', action: 'Delete a term',
		description: 'Delete a term',
		method: 'DELETE', path: '/info/term/{infoid}', docSection: '学期管理 › 删除学期信息', notice: DESTRUCTIVE,
		params: [pathId('infoid', 'Term', 'The term, as Term › Get Many lists them', terms)],
	},
	{
		resource: 'term', operation: 'get', name: 'Get', action: 'Get a term',
		description: 'Get a term',
		method: 'GET', path: '/info/term/{infoid}', docSection: '学期管理 › 获取学期信息',
		params: [pathId('infoid', 'Term', 'The term, as Term › Get Many lists them', terms)],
	},
	{
		resource: 'term', operation: 'update', name: 'Update', action: 'Update a term',
		description: 'Update a term',
		method: 'PUT', path: '/info/term/{infoid}', docSection: '学期管理 › 更新学期信息',
		params: [pathId('infoid', 'Term', 'The term, as Term › Get Many lists them', terms), ...termFields()],
	},
	{
		resource: 'term', operation: 'create', name: 'Create', action: 'Create a term',
		description: 'Create a term',
		method: 'POST', path: '/info/term', docSection: '学期管理 › 新建学期信息', params: termFields(),
	},
	listTerms,
	{
		resource: 'term', operation: 'getByDate', name: 'Get by Date', action: 'Get the term of a date',
		description: 'Get the term a date falls in',
		method: 'GET', path: '/get/term', docSection: '学期管理 › 根据当前日期获取学期信息',
		params: [req(q(date('time', 'Date', 'A day of the term to get')))],
	},
	{
		resource: 'term', operation: 'updateDay', name: 'Set Day', action: 'Set whether a day has classes',
		description: 'Make one day of a term a holiday or follow another weekday’s timetable',
		method: 'PUT', path: '/info/term/day/{infoid}', docSection: '学期管理 › 单独修改某一天是否上课',
		params: [
			pathId('infoid', 'Term', 'The term, as Term › Get Many lists them', terms),
			req(date('update_date', 'Date', 'The day to change')),
			choice('day_type', 'Day Type', 'Classes or holiday (上课/休假): a weekday’s timetable, a holiday, weekday or weekend', [
				...WEEKDAY,
				{ name: 'Holiday', value: 7 },
				{ name: 'Weekday', value: 8 },
				{ name: 'Weekend', value: 9 },
			]),
		],
	},
];
