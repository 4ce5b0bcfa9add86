/** Smart Classroom Recognition Record operations: the 识别记录 section of the API document. */
import { date, PAGING, pagingParams, pick, q, text, type Op } from './common';
import { persons, screens } from '../pickers';

export const eventOperations: Op[] = [
	{
		resource: 'event', operation: 'list', name: 'Get Many', action: 'Get many recognition records',
		description: 'List face recognition records',
		method: 'GET', path: '/event/events', docSection: '识别记录 › 获取识别记录列表',
		simplify: ['id', 'timestamp', 'event_type', 'subject_id', 'subject.name', 'cls_name', 'classroom_name', 'classroom_location', 'confidence', 'photo'],
		params: [
			...pagingParams,
			q({ ...date('start', 'Start', 'Records from this time (unix timestamp).'), dateFormat: 'unixSeconds', description: 'Records from this time (识别记录开始时间)' }),
			q({ ...date('end', 'End', 'Records up to this time (unix timestamp).'), dateFormat: 'unixSeconds', description: 'Records up to this time (识别记录结束时间)' }),
			q(text('name', 'Name', 'Only records of this person (人员姓名)')),
			q(pick('subject_id', 'Person', persons, 'Only records of this student or teacher (人员ID)')),
			q(pick('screen_id', 'Camera', screens, 'Only records of this camera (摄像头ID)')),
			q(text('class_name', 'Class Name', 'Only records of this class (班级名称)')),
			q(text('classroom', 'Classroom Name', 'Only records in this classroom (教室名称)')),
		],
		kind: 'list',
		list: PAGING,
	},
];
