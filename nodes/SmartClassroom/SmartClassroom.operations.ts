/**
 * Megvii Smart Classroom (视课智慧课堂系统): every operation of the generated REST API document
 * ("API接口"), paths exactly as documented, typos included (/import/xlxs, /info/lessonindexs,
 * /get/term). The access token travels in the Authorization header, added by the credential, so it is not
 * listed here. GET parameters go in the query string; "body <Model>" parameters as JSON; uploads as
 * multipart/form-data (`form` fields beside `file` parts).
 * The tables live in ./operations, one file per resource.
 */
import type { OperationDefinition, VendorInfo } from '../shared/engine/definitions';
import { attendanceOperations } from './operations/attendance';
import { authOperations } from './operations/auth';
import { behaviorEventOperations } from './operations/behaviorEvent';
import { boxOperations } from './operations/box';
import { classOperations } from './operations/class';
import { classroomOperations } from './operations/classroom';
import type { Op } from './operations/common';
import { courseOperations } from './operations/course';
import { errorCodeOperations } from './operations/errorCode';
import { eventOperations } from './operations/event';
import { importOperations } from './operations/import';
import { lessonIndexOperations } from './operations/lessonIndex';
import { lessonTableOperations } from './operations/lessonTable';
import { screenOperations } from './operations/screen';
import { studentOperations } from './operations/student';
import { subjectOperations } from './operations/subject';
import { syncOperations } from './operations/sync';
import { systemOperations } from './operations/system';
import { teacherOperations } from './operations/teacher';
import { termOperations } from './operations/term';
import { userOperations } from './operations/user';

export { resources } from './operations/resources';

export const vendorInfo: VendorInfo = {
	name: 'Megvii Smart Classroom (视课)',
	node: 'Smart Classroom',
	document: '旷视视课 API接口',
};

const table: Op[] = [
	...errorCodeOperations,
	...systemOperations,
	...importOperations,
	...authOperations,
	...userOperations,
	...studentOperations,
	...teacherOperations,
	...subjectOperations,
	...termOperations,
	...classroomOperations,
	...lessonIndexOperations,
	...lessonTableOperations,
	...classOperations,
	...courseOperations,
	...syncOperations,
	...screenOperations,
	...attendanceOperations,
	...eventOperations,
	...behaviorEventOperations,
	...boxOperations,
];

export const operations: OperationDefinition[] = table.map((op) => ({ docSection: op.resource, ...op }) as OperationDefinition);
