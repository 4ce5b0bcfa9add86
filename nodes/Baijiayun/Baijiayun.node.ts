import type {
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { columnsMethod } from '../shared/columns';
import { executeOperations } from '../shared/engine';
import { searchList } from '../shared/search';
import { buildOperationProperties } from '../shared/properties';
import { operations, resources } from './Baijiayun.operations';
import { baijiayunApi } from './vendor';

export class Baijiayun implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Baijiayun',
		name: 'baijiayun',
		icon: { light: 'file:baijiayun.svg', dark: 'file:baijiayun.dark.svg' },
		group: ['transform'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage Baijiayun dual-teacher classroom zones, devices, room bindings and lesson schedules',
		defaults: { name: 'Baijiayun' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'baijiayunApi', required: true }],
		properties: buildOperationProperties(resources, operations),
	};

	methods = {
		resourceMapping: { getColumns: columnsMethod(operations) },
		listSearch: {
			async searchZones(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, baijiayunApi, 'zone', 'list', (zone) => ({
					name: `${String(zone.name)} (${String(zone.zone_id)})`,
					value: String(zone.zone_id),
				}), filter);
			},
			async searchDevices(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
				return await searchList(this, baijiayunApi, 'device', 'list', (device) => ({
					name: `${String(device.class_name || device.device_unique)} (${String(device.device_id)})`,
					value: String(device.device_id),
				}), filter);
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperations(this, baijiayunApi);
	}
}
