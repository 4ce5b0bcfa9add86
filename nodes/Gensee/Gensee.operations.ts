/**
 * Gensee (展视互动) training / live classroom integration API: every interface of its integration document
 * ("教育培训系统" integration document, interfaces 5.1–5.59), as data.
 *
 * - Every call is POST form-encoded to `http(s)://{site}/integration/site{path}`. The document's tables still
 *   say "POST/GET" but its 2018-04-27 revision removed GET and §访问说明 offers POST only.
 * - Paths are the corrected ones (the document has seven paths with stray spaces and one without its
 *   leading slash, e.g. '/training/ courseware /deleted' and 'training/warmup/modify').
 * - loginName, password and sec are added by the credential, so they are not listed here.
 * - Times (§3.3 "yyyy-MM-dd HH:mm:ss or a long of epoch milliseconds") are sent as epoch milliseconds, which
 *   needs no time zone; day-granularity exports take "yyyy-MM-dd" as documented.
 * - Paging (`pageNo`, 1-based) and the export time windows (windows.ts, the list trait's `split`) are run by
 *   the engine.
 *
 * The tables live in ./operations, one file per resource.
 */
import type { OperationDefinition, VendorInfo } from '../shared/engine/definitions';
import { coursewareOperations } from './operations/courseware';
import { documentOperations } from './operations/document';
import { exportOperations } from './operations/export';
import { famousRoomOperations } from './operations/famousRoom';
import { groupOperations } from './operations/group';
import { mediaOperations } from './operations/media';
import { miniRoomOperations } from './operations/miniRoom';
import { recordOperations } from './operations/record';
import { relayOperations } from './operations/relay';
import { roomOperations } from './operations/room';
import { teacherOperations } from './operations/teacher';
import { tutoringRoomOperations } from './operations/tutoringRoom';
import { warmupOperations } from './operations/warmup';

export { resources } from './operations/resources';

export const vendorInfo: VendorInfo = {
	name: 'Gensee Training (展视互动)',
	node: 'Gensee',
	document: '展视互动 教育培训系统 集成接口文档',
};

/** The number of the document's interface an operation implements: 12 for "5.12 …". */
const interfaceNumber = (op: OperationDefinition): number => Number(op.docSection.split(' ')[0].split('.')[1]);

/**
 * Every operation in the document's order (interfaces 5.1–5.59), which the node's fields follow. The document
 * interleaves the resources, so the resource tables are merged by interface number rather than concatenated.
 */
export const operations: OperationDefinition[] = [
	...roomOperations,
	...coursewareOperations,
	...teacherOperations,
	...recordOperations,
	...warmupOperations,
	...exportOperations,
	...documentOperations,
	...mediaOperations,
	...relayOperations,
	...famousRoomOperations,
	...tutoringRoomOperations,
	...groupOperations,
	...miniRoomOperations,
].sort((a, b) => interfaceNumber(a) - interfaceNumber(b));
