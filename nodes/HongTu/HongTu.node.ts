import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { columnsMethod } from '../shared/columns';
import { executeOperations } from '../shared/engine';
import { searchList } from '../shared/search';
import { buildOperationProperties } from '../shared/properties';
import { operations, resources } from './HongTu.operations';
import { hongTuApi } from './vendor';

/** Group and time-plan lists are per type: their pickers list each of the three. */
const BY_TYPE = [{ type: 1 }, { type: 2 }, { type: 3 }];

/** "Name (detail · detail)" with the details that are present. */
const label = (name: unknown, ...details: unknown[]): string => {
	const present = details.filter((d) => d !== undefined && d !== null && String(d).trim() !== '').map(String);
	return present.length ? `${String(name)} (${present.join(' · ')})` : String(name);
};

/** Pickers that ask several listings (one per type or search field) can find a record twice. */
function unique(result: INodeListSearchResult): INodeListSearchResult {
	const seen = new Set<string>();
	return { results: result.results.filter((r) => !seen.has(String(r.value)) && seen.add(String(r.value))) };
}

export class HongTu implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Megvii HongTu',
		name: 'hongTu',
		icon: { light: 'file:hongtu.svg', dark: 'file:hongtu.dark.svg' },
		group: ['transform'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage people, groups, devices, doors, pass rules, attendance and recognition on a Megvii HongTu 3000 AIoT box',
		defaults: { name: 'Megvii HongTu' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'hongTuApi', required: true }],
		properties: buildOperationProperties(resources, operations),
	};

	methods = {
		resourceMapping: { getColumns: columnsMethod(operations) },
		listSearch: {
			async searchOrganizations(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, hongTuApi, 'organization', 'list', (org) => ({
					name: String(org.orgName ?? org.orgUuid),
					value: String(org.orgUuid),
				}), filter);
			},
			async searchGroups(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				const types: Record<string, string> = { 1: 'Employee', 2: 'Visitor', 3: 'Key Person' };
				return await searchList(this, hongTuApi, 'personGroup', 'list', (group) => ({
					name: `${String(group.name)} (${types[String(group.type)] ?? String(group.type)})`,
					value: String(group.uuid),
				}), filter, { params: BY_TYPE });
			},
			async searchDevices(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, hongTuApi, 'device', 'list', (device) => ({
					name: `${String(device.name)}${device.location ? ` (${String(device.location)})` : ''}`,
					value: String(device.uuid),
				}), filter);
			},
			async searchTimePlans(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				const types: Record<string, string> = { 1: 'Pass', 2: 'Security', 3: 'Event' };
				return await searchList(this, hongTuApi, 'timePlan', 'list', (plan) => ({
					name: `${String(plan.name)} (${types[String(plan.type)] ?? String(plan.type)})`,
					value: String(plan.uuid),
				}), filter, { params: BY_TYPE });
			},
			// passModel false: the devices bound as doors (true would list the devices that could still be added)
			async searchDoors(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, hongTuApi, 'door', 'list', (door) => ({
					name: `${String(door.name)}${door.location ? ` (${String(door.location)})` : ''}`,
					value: String(door.uuid),
				}), filter, { params: [{ passModel: false }] });
			},
			// the box searches persons by part of the name, the employee code or the phone: one listing per field
			async searchPersons(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				const text = filter?.trim();
				const params: IDataObject[] = text ? [{ name: text }, { code: text }, { phone: text }] : [{}];
				return unique(
					await searchList(this, hongTuApi, 'person', 'list', (person) => ({
						name: label(person.name, person.code, person.phone),
						value: String(person.uuid),
					}), filter, { params }),
				);
			},
			async searchVehicles(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				const text = filter?.trim();
				return unique(
					await searchList(this, hongTuApi, 'vehicle', 'list', (vehicle) => ({
						name: label(vehicle.plateNumber, vehicle.personName),
						value: String(vehicle.vehicleUuId),
					}), filter, { params: text ? [{ plateNumber: text }, {}] : [{}] }),
				);
			},
			// the rule list takes one watched person type per call
			async searchDeploymentRules(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return unique(
					await searchList(this, hongTuApi, 'recognition', 'listRules', (rule) => ({
						name: label(rule.name, rule.scheduleName),
						value: String(rule.uuid),
					}), filter, { params: [{ type: 1 }, { type: 2 }, { type: 3 }, { type: 4 }] }),
				);
			},
			async searchControlRules(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				const types: Record<string, string> = { 1: 'Structured Data', 2: 'Vehicle' };
				const results: INodeListSearchResult['results'] = [];
				for (const ruleType of [1, 2]) {
					const listed = await searchList(this, hongTuApi, 'vehicle', 'listRules', (rule) => ({
						name: label(rule.ruleName, types[ruleType]),
						value: String(rule.structureRuleUuId),
					}), filter, { params: [{ ruleType }] });
					results.push(...listed.results);
				}
				return { results };
			},
			async searchAttendanceGroups(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, hongTuApi, 'attendance', 'listGroups', (group) => ({
					name: label(group.name, group.totalPerson !== undefined ? `${String(group.totalPerson)} people` : undefined),
					value: String(group.uuid),
				}), filter);
			},
			async searchAttendanceStatistics(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, hongTuApi, 'attendance', 'listStatistics', (statistic) => ({
					name: label(statistic.personName, statistic.personCode, statistic.groupName),
					value: String(statistic.uuid),
				}), filter);
			},
			async searchAttendanceRecords(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				// the record's day is a millisecond timestamp; shown as a date in the workflow's time zone
				const zone = this.getTimezone();
				const day = (date: unknown) => (/^\d+$/.test(String(date)) ? DateTime.fromMillis(Number(date), { zone }).toISODate() : date);
				return await searchList(this, hongTuApi, 'attendance', 'listRecords', (record) => ({
					name: label(record.personName, record.personCode, day(record.attendanceDate)),
					value: String(record.uuid),
				}), filter);
			},
			async searchClusteringTasks(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, hongTuApi, 'clustering', 'listTasks', (task) => ({
					name: label(task.name, task.statusDesc),
					value: String(task.uuid),
				}), filter);
			},
			async searchVirtualGroups(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, hongTuApi, 'faceCompare', 'listVirtualGroups', (group) => ({
					name: String(group.name ?? group.groupUuid),
					value: String(group.groupUuid),
				}), filter);
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, hongTuApi);
	}
}
