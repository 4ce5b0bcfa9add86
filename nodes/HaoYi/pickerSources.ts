/** What each HaoYi picker lists: which list finds the IDs, and how a record reads in the list. */
import type { IDataObject } from 'n8n-workflow';

import { fetchList } from '../shared/engine/paging';
import { requestFor } from '../shared/engine/request';
import type { Picker } from '../shared/fields/pickers';
import { cameras, courses, gathers, grades, recordings, schools, subjects, teachers } from './pickers';
import { listCameras, listCourses, listGathers, listGrades, listRecordings, listSchools, listSubjects, listTeachers } from './HaoYi.operations';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const haoYiPickers: Picker[] = [
	{ ref: schools, sources: [{ list: listSchools, label: (e) => `${String(e.name)} (${String(e.school_id)})`, value: (e) => String(e.school_id) }] },
	{ ref: subjects, sources: [{ list: listSubjects, label: (e) => `${String(e.subject_name)} (${String(e.subject_id)})`, value: (e) => String(e.subject_id) }] },
	{ ref: grades, sources: [{ list: listGrades, label: (e) => `${String(e.grade_type ?? '')} ${String(e.grade_name)} (${String(e.grade_id)})`.trim(), value: (e) => String(e.grade_id) }] },
	{ ref: teachers, sources: [{ list: listTeachers, label: (e) => `${String(e.teacher_name)} (${String(e.teacher_id)})`, value: (e) => String(e.teacher_id) }] },
	{ ref: gathers, sources: [{ list: listGathers, label: (e) => `${String(e.name_set || e.name_pc || e.ip_addr)} (${String(e.gather_id)})`, value: (e) => String(e.gather_id) }] },
	{ ref: cameras, sources: [{ list: listCameras, label: (e) => `${String(e.camera_name)} – ${String(e.school_name ?? '')} (${String(e.camera_id)})`, value: (e) => String(e.camera_id) }] },
	/** The recording tasks of the camera chosen in the node, or of every camera while none is chosen. */
	{
		ref: courses,
		sources: [
			{
				list: listCourses,
				async listings(ctx, transport) {
					const chosen = String(ctx.getCurrentNodeParameter('cameraId', { extractValue: true }) ?? '').trim();
					const ids = chosen ? [chosen] : ((await fetchList(transport, listCameras, requestFor(listCameras), true, Infinity)) as IDataObject[]).map((e) => String(e.camera_id));
					return ids.map((id) => ({ camera_id: id }));
				},
				label: (e) => `Camera ${String(e.camera_id)} · ${WEEKDAYS[Number(e.week_id)] ?? ''} ${String(e.start_time ?? '')} (${String(e.course_id)})`,
				value: (e) => String(e.course_id),
			},
		],
	},
	{
		ref: recordings,
		sources: [{ list: listRecordings, label: (e) => `${String(e.camera_name)} ${String(e.subject_name ?? '')} ${String(e.created ?? '')} (${String(e.record_id)})`, value: (e) => String(e.record_id) }],
	},
];
