/** Smart Classroom Sync operations: the 同步 section of the API document. */
import { choice, q, req, text, type Op } from './common';

export const syncOperations: Op[] = [
	{
		resource: 'sync', operation: 'syncLesson', name: 'Sync Lessons', action: 'Pull timetable data as a box',
		description: 'Pull the timetable data snapshot the way an edge box does, identified by its box token',
		method: 'GET', path: '/sync/lesson', docSection: '同步 › 同步课表数据',
		params: [
			req(q(text('box_token', 'Box Token', 'Token of the box (box_token), shown by Box › Get', { typeOptions: { password: true } }))),
			q(text('lesson_data_token', 'Lesson Data Token', 'Version token of the snapshot the box already has (lesson_data_token)')),
			q(choice('attendance_reset', 'Reset Attendance', 'Whether to delete old attendance records when the snapshot changed', [
				{ name: 'Yes', value: 1 },
				{ name: 'No', value: 0 },
			])),
		],
	},
];
