/** Smart Classroom Attendance operations: the 考勤查询 section of the API document. */
import type { OperationDefinition } from '../../shared/engine/definitions';
import { date, detail, PAGING, pagingParams, pathId, pick, q, req, text, type Op } from './common';
import { classes, courses, lessonPeriods, students } from '../pickers';

export const getClassAttendance: OperationDefinition = {
	resource: 'attendance', operation: 'getClass', name: 'Get Class Attendance', action: 'Get attendance of a class',
	description: 'Attendance of a class over a date range within one term',
	method: 'GET', path: '/attendance/class', docSection: '考勤查询 › 获取班级考勤',
	params: [
		req(q(pick('cls_id', 'Class', classes, 'The class, as Class › Get Many lists them'))),
		req(q(date('start_time', 'Start Date', 'First day of the range'))),
		req(q(date('end_time', 'End Date', 'Last day of the range'))),
		q(pick('lessonindex_id', 'Lesson Period', lessonPeriods, 'Only this lesson period (课节id)')),
	],
	outputPath: 'list',
};

export const attendanceOperations: Op[] = [
	{
		resource: 'attendance', operation: 'get', name: 'Get', action: 'Get an attendance record',
		description: 'Get one attendance record',
		method: 'GET', path: '/attendance/{id}', docSection: '考勤查询 › 获取考勤信息',
		simplify: ['id', 'subject_name', 'subject_job_number', 'course_name', 'attendance_date', 'attendance_status', 'event_time', 'lesson_index_id', 'course_id'],
		params: [{ ...pathId('id', 'Attendance ID', 'The attendance record (考勤ID). No operation lists attendance records on their own: take the ID from the records Attendance › Get Course Attendance returns.'), placeholder: 'e.g. 1024' }, detail],
	},
	{
		resource: 'attendance', operation: 'getCourse', name: 'Get Course Attendance', action: 'Get attendance of a course',
		description: 'Attendance of a class in one course on one day',
		method: 'GET', path: '/attendance/course', docSection: '考勤查询 › 获取单课程考勤',
		params: [
			req(q(pick('cls_id', 'Class', classes, 'The class, as Class › Get Many lists them'))),
			req(q(pick('course_id', 'Course', courses, 'The course, as Course › Get Many lists them'))),
			req(q(date('attendance_date', 'Date', 'The day whose attendance to get'))),
			q(pick('lessonindex_id', 'Lesson Period', lessonPeriods, 'Only this lesson period (课节id)')),
			detail,
		],
		outputPath: 'list',
	},
	getClassAttendance,
	{
		resource: 'attendance', operation: 'getStudent', name: 'Get Student Attendance', action: 'Get attendance of a student',
		description: 'Attendance of one student over a date range; give Student or Student Number',
		method: 'GET', path: '/attendance/student', docSection: '考勤查询 › 获取学生考勤',
		params: [
			req(q(date('start_time', 'Start Date', 'First day of the range'))),
			req(q(date('end_time', 'End Date', 'Last day of the range'))),
			q(pick('subject_id', 'Student', students, 'The student (学生ID); wins over Student Number. Give one of the two.')),
			q(text('job_number', 'Student Number', 'The student’s number (学号). Give Student or Student Number.')),
		],
		outputPath: 'list',
		requireOneOf: [{ params: ['subject_id', 'job_number'] }],
	},
	{
		resource: 'attendance', operation: 'listStudents', name: 'Get Many Students', action: 'Get attendance of all students',
		description: 'Attendance of every student over a date range',
		method: 'GET', path: '/attendance/students', docSection: '考勤查询 › 获取所有学生考勤',
		params: [
			...pagingParams,
			req(q(date('start_time', 'Start Date', 'First day of the range'))),
			req(q(date('end_time', 'End Date', 'Last day of the range'))),
			q(text('name', 'Name', 'Only students with this name')),
		],
		kind: 'list',
		list: PAGING,
	},
];
