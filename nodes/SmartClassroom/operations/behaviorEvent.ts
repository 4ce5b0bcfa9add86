/** Smart Classroom Behaviour Event operations: the 识别记录 section of the API document. */
import type { ListOperation } from '../../shared/engine/definitions';
import { choice, date, integer, outputField, PAGING, pagingParams, pick, q, req, text, type Op } from './common';
import { eachItem } from '../../shared/engine/run';
import { downloadImage } from '../handlers';
import { classes, lessonPeriods } from '../pickers';

export const listBehaviourEvents: ListOperation = {
	resource: 'behaviorEvent', operation: 'list', name: 'Get Many', action: 'Get many behaviour events',
	description: 'List behaviour and expression events of a class',
	method: 'GET', path: '/be/events', docSection: '识别记录 › 行为表情数据',
	params: [
		...pagingParams,
		req(q(pick('cls_id', 'Class', classes, 'The class, as Class › Get Many lists them'))),
		req(q(pick('lessonindex_id', 'Lesson Period', lessonPeriods, 'The lesson period, as Lesson Period › Get Many lists them'))),
		req(q(integer('event_type', 'Event Type', 'Behaviour or expression event type (行为表情事件类型)'))),
		req(q(date('start_time', 'Start Date', 'First day of the range'))),
		req(q(date('end_time', 'End Date', 'Last day of the range'))),
		q(integer('sub_type', 'Sub Type', 'Behaviour or expression type (行为(表情)类型)')),
	],
	kind: 'list',
	list: PAGING,
};

export const behaviorEventOperations: Op[] = [
	{
		resource: 'behaviorEvent', operation: 'getClassStats', name: 'Get Class Statistics', action: 'Get class behaviour statistics',
		description: 'Behaviour and expression chart data of a class',
		method: 'GET', path: '/be/event/{data_type}', docSection: '识别记录 › 班级行为表情数据',
		params: [
			{ ...req(choice('data_type', 'Chart', 'Which chart the data is for', [
				{ name: 'Line', value: 'line' },
				{ name: 'Radar', value: 'radar' },
			])), in: 'path' },
			req(q(pick('cls_id', 'Class', classes, 'The class, as Class › Get Many lists them'))),
			req(q(pick('lessonindex_id', 'Lesson Period', lessonPeriods, 'The lesson period, as Lesson Period › Get Many lists them'))),
			req(q(date('start_time', 'Start Date', 'First day of the range'))),
			req(q(date('end_time', 'End Date', 'Last day of the range'))),
			q(text('split_by', 'Split By', 'How to segment the data (分段方式), e.g. seconds')),
			q(integer('split_num', 'Split Number', 'Segment size (数量)', { minValue: 1 })),
		],
	},
	listBehaviourEvents,
	{
		resource: 'behaviorEvent', operation: 'getImage', name: 'Get Image', action: 'Get a behaviour event image',
		description: 'Download the image of a behaviour or expression event as binary data',
		method: 'GET', path: '/be/event/image', docSection: '识别记录 › 行为表情图片',
		params: [req(q(text('image_id', 'Image ID', 'The image of a behaviour or expression event. No operation lists images on their own: take the ID from the events Behaviour Event › Get Many returns.'))), outputField()],
		kind: 'custom',
		runner: eachItem(downloadImage),
	},
];
