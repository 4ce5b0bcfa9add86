/** What each HongTu picker lists: which list finds the IDs, and how a record reads in the list. */
import type { IDataObject } from 'n8n-workflow';
import { DateTime } from 'luxon';

import type { Picker } from '../shared/fields/pickers';
import { attendanceDevices, attendanceGroups, attendanceRecords, attendanceStatistics, clusteringTasks, controlRules, deploymentRules, devices, doors, groups, organizations, persons, timePlans, vehicles, virtualGroups } from './pickers';
import { listAttendanceDevices, listAttendanceGroups, listAttendanceRecords, listAttendanceStatistics } from './operations/attendance';
import { listClusteringTasks } from './operations/clustering';
import { listDevices } from './operations/device';
import { listDoors } from './operations/door';
import { listVirtualGroups } from './operations/faceCompare';
import { listOrganizations } from './operations/organization';
import { searchPersons } from './operations/person';
import { listGroups } from './operations/personGroup';
import { listDeploymentRules } from './operations/recognition';
import { listTimePlans } from './operations/timePlan';
import { listControlRules, listVehicles } from './operations/vehicle';

/** "Name (detail · detail)" with the details that are present. */
const label = (name: unknown, ...details: unknown[]): string => {
	const present = details.filter((d) => d !== undefined && d !== null && String(d).trim() !== '').map(String);
	return present.length ? `${String(name)} (${present.join(' · ')})` : String(name);
};

const named = (record: IDataObject, detail?: unknown) => `${String(record.name)}${detail ? ` (${String(detail)})` : ''}`;

/** Group and time-plan lists are per type: their pickers list each of the three. */
const BY_TYPE = [{ type: 1 }, { type: 2 }, { type: 3 }];
const GROUP_TYPES: Record<string, string> = { 1: 'Employee', 2: 'Visitor', 3: 'Key Person' };
const TIME_PLAN_TYPES: Record<string, string> = { 1: 'Pass', 2: 'Security', 3: 'Event' };
const CONTROL_RULE_TYPES: Record<string, string> = { 1: 'Structured Data', 2: 'Vehicle' };

export const hongTuPickers: Picker[] = [
	{ ref: attendanceDevices, sources: [{ list: listAttendanceDevices, label: (device) => named(device, device.location), value: (device) => String(device.uuid) }] },
	{ ref: organizations, sources: [{ list: listOrganizations, label: (org) => String(org.orgName ?? org.orgUuid), value: (org) => String(org.orgUuid) }] },
	{
		ref: groups,
		sources: [{ list: listGroups, listings: () => BY_TYPE, label: (group) => `${String(group.name)} (${GROUP_TYPES[String(group.type)] ?? String(group.type)})`, value: (group) => String(group.uuid) }],
	},
	{ ref: devices, sources: [{ list: listDevices, label: (device) => named(device, device.location), value: (device) => String(device.uuid) }] },
	{
		ref: timePlans,
		sources: [{ list: listTimePlans, listings: () => BY_TYPE, label: (plan) => `${String(plan.name)} (${TIME_PLAN_TYPES[String(plan.type)] ?? String(plan.type)})`, value: (plan) => String(plan.uuid) }],
	},
	/** passModel false: the devices bound as doors (true would list the devices that could still be added). */
	{ ref: doors, sources: [{ list: listDoors, listings: () => [{ passModel: false }], label: (door) => named(door, door.location), value: (door) => String(door.uuid) }] },
	/** The box searches persons by part of the name, the employee code or the phone: one listing per field. */
	{
		ref: persons,
		sources: [
			{
				list: searchPersons,
				search: (text) => [{ name: text }, { code: text }, { phone: text }],
				label: (person) => label(person.name, person.code, person.phone),
				value: (person) => String(person.uuid),
			},
		],
	},
	{
		ref: vehicles,
		// the box searches by plate; the owner's name is matched in the whole list
		sources: [{ list: listVehicles, search: (text) => [{ plateNumber: text }, {}], label: (vehicle) => label(vehicle.plateNumber, vehicle.personName), value: (vehicle) => String(vehicle.vehicleUuId) }],
	},
	/** The rule list takes one watched person type per call. */
	{
		ref: deploymentRules,
		sources: [{ list: listDeploymentRules, listings: () => [{ type: 1 }, { type: 2 }, { type: 3 }, { type: 4 }], label: (rule) => label(rule.name, rule.scheduleName), value: (rule) => String(rule.uuid) }],
	},
	{
		ref: controlRules,
		sources: [
			{
				list: listControlRules,
				listings: () => [{ ruleType: 1 }, { ruleType: 2 }],
				label: (rule, listing) => label(rule.ruleName, CONTROL_RULE_TYPES[String(listing.ruleType)]),
				value: (rule) => String(rule.structureRuleUuId),
			},
		],
	},
	{
		ref: attendanceGroups,
		sources: [
			{
				list: listAttendanceGroups,
				label: (group) => label(group.name, group.totalPerson !== undefined ? `${String(group.totalPerson)} people` : undefined),
				value: (group) => String(group.uuid),
			},
		],
	},
	{
		ref: attendanceStatistics,
		sources: [{ list: listAttendanceStatistics, label: (statistic) => label(statistic.personName, statistic.personCode, statistic.groupName), value: (statistic) => String(statistic.uuid) }],
	},
	/** The record's day is a millisecond timestamp, shown as a date in the workflow's time zone. */
	{
		ref: attendanceRecords,
		sources: [
			{
				list: listAttendanceRecords,
				label: (record, _listing, ctx) => {
					const date = record.attendanceDate;
					const day = /^\d+$/.test(String(date)) ? DateTime.fromMillis(Number(date), { zone: ctx.getTimezone() }).toISODate() : date;
					return label(record.personName, record.personCode, day);
				},
				value: (record) => String(record.uuid),
			},
		],
	},
	{ ref: clusteringTasks, sources: [{ list: listClusteringTasks, label: (task) => label(task.name, task.statusDesc), value: (task) => String(task.uuid) }] },
	{ ref: virtualGroups, sources: [{ list: listVirtualGroups, label: (group) => String(group.name ?? group.groupUuid), value: (group) => String(group.groupUuid) }] },
];
