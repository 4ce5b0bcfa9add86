/**
 * Megvii HongTu 3000 AIoT box (鸿图3000系列AIoT应用计算一体机): every operation of the box's OpenAPI
 * ("鸿图3000.V106"), grouped into the resources users know. Nearly every call is a POST with a
 * JSON body; the credential adds the ctimestamp / cnonce / cappkey / csign headers, so they are not listed.
 * The tables live in ./operations, one file per resource.
 */
import type { OperationDefinition, VendorInfo } from '../shared/engine/definitions';
import { attendanceOperations } from './operations/attendance';
import { clusteringOperations } from './operations/clustering';
import { configOperations } from './operations/config';
import { deviceOperations } from './operations/device';
import { doorOperations } from './operations/door';
import { faceCompareOperations } from './operations/faceCompare';
import { fileOperations } from './operations/file';
import { organizationOperations } from './operations/organization';
import { passRecordOperations } from './operations/passRecord';
import { passRuleOperations } from './operations/passRule';
import { personOperations } from './operations/person';
import { personGroupOperations } from './operations/personGroup';
import { recognitionOperations } from './operations/recognition';
import { structuredDataOperations } from './operations/structuredData';
import { subscriptionOperations } from './operations/subscription';
import { timePlanOperations } from './operations/timePlan';
import { vehicleOperations } from './operations/vehicle';
import { videoOperations } from './operations/video';

export { resources } from './operations/resources';

export const operations: OperationDefinition[] = [
	...personOperations,
	...organizationOperations,
	...personGroupOperations,
	...deviceOperations,
	...timePlanOperations,
	...doorOperations,
	...passRuleOperations,
	...passRecordOperations,
	...attendanceOperations,
	...recognitionOperations,
	...vehicleOperations,
	...structuredDataOperations,
	...faceCompareOperations,
	...clusteringOperations,
	...configOperations,
	...subscriptionOperations,
	...fileOperations,
	...videoOperations,
];

export const vendorInfo: VendorInfo = {
	name: 'Megvii HongTu 3000 AIoT Box',
	node: 'Megvii HongTu',
	document: '旷视鸿图3000系列AIoT应用计算一体机 OpenAPI (鸿图3000.V106)',
};
