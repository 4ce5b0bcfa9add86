/** The HongTu pickers as the tables name them; what each one lists is in pickerSources.ts. */
import { picker } from '../shared/fields/pickers';

export const organizations = picker('Organizations');
export const groups = picker('Groups');
export const devices = picker('Devices');
export const timePlans = picker('TimePlans');
export const doors = picker('Doors');
export const persons = picker('Persons', { many: true });
export const vehicles = picker('Vehicles', { many: true });
export const deploymentRules = picker('DeploymentRules');
export const controlRules = picker('ControlRules');
export const attendanceGroups = picker('AttendanceGroups');
export const attendanceDevices = picker('AttendanceDevices');
export const attendanceStatistics = picker('AttendanceStatistics');
export const attendanceRecords = picker('AttendanceRecords');
export const clusteringTasks = picker('ClusteringTasks');
export const virtualGroups = picker('VirtualGroups');
