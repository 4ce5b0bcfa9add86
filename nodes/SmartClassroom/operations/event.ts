/** Smart Classroom Recognition Record operations: the 识别记录 section of the API document. */
import { date, integer, PAGING, pagingParams, q, text, type Op } from './common';

export const eventOperations: Op[] = [
	{
		resource: 'event', operation: 'list', name: 'Get Many', action: 'Get many recognition records',
		description: 'List face recognition records (GET /event/events)',
		method: 'GET', path: '/event/events', docSection: '识别记录 › 获取识别记录列表',
		params: [
			...pagingParams,
			q({ ...date('start', 'Start', 'Records from this time (unix timestamp).'), dateFormat: 'unixSeconds', description: 'Records from this time (识别记录开始时间), sent as a unix timestamp in seconds' }),
			q({ ...date('end', 'End', 'Records up to this time (unix timestamp).'), dateFormat: 'unixSeconds', description: 'Records up to this time (识别记录结束时间), sent as a unix timestamp in seconds' }),
			q(text('name', 'Name', 'Only records of this person (人员姓名)')),
			q(integer('subject_id', 'Person ID', 'Only records of this person (人员ID)', { minValue: 1 })),
			q(integer('screen_id', 'Camera ID', 'Only records of this camera (摄像头ID)', { minValue: 1 })),
			q(text('class_name', 'Class Name', 'Only records of this class (班级名称)')),
			q(text('classroom', 'Classroom Name', 'Only records in this classroom (教室名称)')),
		],
		list: PAGING,
	},
];
