/** All Gensee resources, in the order the node shows them. */
import type { ResourceDefinition } from '../../shared/engine/definitions';

export const resources: ResourceDefinition[] = [
	{ value: 'room', name: 'Classroom', description: 'Live classrooms (实时课堂)' },
	{ value: 'courseware', name: 'Courseware', description: 'Recorded or uploaded on-demand content (课件)' },
	{ value: 'document', name: 'Document', description: 'Server-side documents (文档) and document transcoding' },
	{ value: 'export', name: 'Export', description: 'Attendance, chat, Q&A, votes, roll calls and other classroom data' },
	{ value: 'famousRoom', name: 'Dual-Teacher Classroom', description: 'Famous-teacher rooms with tutoring rooms (双师课堂)' },
	{ value: 'group', name: 'Group', description: 'Student groups of a classroom (分组)' },
	{ value: 'media', name: 'Media', description: 'Multimedia transcoding (多媒体)' },
	{ value: 'miniRoom', name: 'Mini Classroom', description: 'Mini classrooms (微课堂)' },
	{ value: 'record', name: 'Recording', description: 'Recordings (录制件) and insert playback (插播)' },
	{ value: 'relay', name: 'Relay', description: 'Relay sources of a classroom (转播)' },
	{ value: 'teacher', name: 'Teacher', description: 'Teacher accounts (老师)' },
	{ value: 'tutoringRoom', name: 'Tutoring Room', description: 'Tutoring rooms of a dual-teacher classroom (辅导端)' },
	{ value: 'warmup', name: 'Warm-Up Video', description: 'Content shown before a classroom starts (暖场)' },
];
