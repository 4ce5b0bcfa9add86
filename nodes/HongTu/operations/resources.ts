/** All HongTu resources, in the order the node shows them. */
import type { ResourceDefinition } from '../../shared/engine/definitions';

export const resources: ResourceDefinition[] = [
	{ value: 'person', name: 'Person', description: 'People (employees, visitors, key persons) and their face photos' },
	{ value: 'organization', name: 'Organization', description: 'The organization tree people belong to' },
	{ value: 'personGroup', name: 'Person Group', description: 'Groups of people that pass rules and deployments refer to' },
	{ value: 'device', name: 'Device', description: 'Cameras, face panels, computing and storage devices' },
	{ value: 'timePlan', name: 'Time Plan', description: 'Weekly time plans (pass, security, event schedules)' },
	{ value: 'door', name: 'Door', description: 'Door points: access-control devices, remote door control and door configuration' },
	{ value: 'passRule', name: 'Pass Rule', description: 'Which person groups may pass which doors at which times' },
	{ value: 'passRecord', name: 'Pass Record', description: 'Access-control pass records' },
	{ value: 'attendance', name: 'Attendance', description: 'Attendance devices, groups, records, statistics and adjustments' },
	{ value: 'recognition', name: 'Recognition', description: 'Person deployment rules, recognition records, tracks and area alerts' },
	{ value: 'vehicle', name: 'Vehicle', description: 'Vehicle library, vehicle control rules, records and tracks' },
	{ value: 'structuredData', name: 'Structured Data', description: 'Structured pedestrian, face and vehicle data' },
	{ value: 'faceCompare', name: 'Face Compare', description: '1:1 and 1:N face comparison and virtual groups' },
	{ value: 'clustering', name: 'Clustering', description: 'Person clustering tasks and their parameters' },
	{ value: 'config', name: 'Config', description: 'System configuration of the box' },
	{ value: 'subscription', name: 'Subscription', description: 'Business-data push subscriptions' },
	{ value: 'file', name: 'File', description: 'General file upload' },
	{ value: 'video', name: 'Video', description: 'PTZ control, snapshots and live preview' },
];
