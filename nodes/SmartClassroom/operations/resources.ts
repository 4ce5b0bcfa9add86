/** All Smart Classroom resources, in the order the node shows them. */
import type { ResourceDefinition } from '../../shared/engine/definitions';

export const resources: ResourceDefinition[] = [
	{ value: 'attendance', name: 'Attendance', description: 'Attendance records (考勤查询)' },
	{ value: 'auth', name: 'Authentication', description: 'Log in and renew the access token (权限管理)' },
	{ value: 'behaviorEvent', name: 'Behaviour Event', description: 'Classroom behaviour and expression data (行为表情)' },
	{ value: 'box', name: 'Box', description: 'Edge host (box) of a school' },
	{ value: 'class', name: 'Class', description: 'Classes (班级) and their students' },
	{ value: 'classroom', name: 'Classroom', description: 'Classrooms (教室)' },
	{ value: 'course', name: 'Course', description: 'Courses (课程)' },
	{ value: 'errorCode', name: 'Error Code', description: 'The server’s error codes (错误码)' },
	{ value: 'import', name: 'Import', description: 'Excel and zip imports and their templates' },
	{ value: 'lessonIndex', name: 'Lesson Period', description: 'Lesson periods (课节) of a term' },
	{ value: 'subject', name: 'Person', description: 'Students and teachers as persons (人员): photos, search, delete' },
	{ value: 'event', name: 'Recognition Record', description: 'Face recognition records (识别记录)' },
	{ value: 'screen', name: 'Screen', description: 'Cameras and pads (设备) and camera control' },
	{ value: 'student', name: 'Student', description: 'Students (学生)' },
	{ value: 'sync', name: 'Sync', description: 'Timetable data pulled by an edge box' },
	{ value: 'system', name: 'System', description: 'Server information' },
	{ value: 'teacher', name: 'Teacher', description: 'Teachers (教师)' },
	{ value: 'term', name: 'Term', description: 'Terms (学期) and their school days' },
	{ value: 'lessonTable', name: 'Timetable', description: 'Timetable entries (课表)' },
	{ value: 'user', name: 'User', description: 'The signed-in user' },
];
