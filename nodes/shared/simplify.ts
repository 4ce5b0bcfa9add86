/**
 * Simplify for reads of large records (node version 2 on): the Output option of an operation with a
 * `simplify` list, and the shaping of its output items. Version 1 keeps the raw records its workflows were
 * built on.
 */
import type { IDataObject, IDisplayOptions, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationDefinition } from './operations';
import { getPath } from './transport';

const OUTPUT = 'output';
const OUTPUT_FIELDS = 'outputFields';
const SIMPLE = 'simple';
const RAW = 'raw';
const SELECTED = 'fields';

/** The Output option (and its field list) of an operation with `simplify`, shown where `show` says. */
export function outputProperties(op: OperationDefinition, show: NonNullable<IDisplayOptions['show']>): INodeProperties[] {
	if (!op.simplify?.length) return [];
	return [
		{
			displayName: 'Output',
			name: OUTPUT,
			type: 'options',
			default: SIMPLE,
			options: [
				{ name: 'Simplified', value: SIMPLE, description: `Only the fields most workflows use: ${op.simplify.map(lastKey).join(', ')}` },
				{ name: 'Raw', value: RAW, description: 'Every field the vendor returns' },
				{ name: 'Selected Fields', value: SELECTED, description: 'Only the fields listed below' },
			],
			displayOptions: { show },
		},
		{
			displayName: 'Fields',
			name: OUTPUT_FIELDS,
			type: 'string',
			default: '',
			placeholder: `e.g. ${op.simplify.slice(0, 3).join(', ')}`,
			description: 'The fields to keep, comma-separated; a dot reaches into a nested object (e.g. term.name)',
			displayOptions: { show: { ...show, [OUTPUT]: [SELECTED] } },
		},
	];
}

const lastKey = (path: string) => path.split('.').pop() as string;

/** The listed fields of a record, each under its last key, in order; fields the record lacks are left out. */
export function simplifyRecord(record: IDataObject, paths: string[]): IDataObject {
	const out: IDataObject = {};
	for (const path of paths) {
		const value = getPath(record, path) as IDataObject[string] | undefined;
		if (value !== undefined) out[lastKey(path)] = value;
	}
	return out;
}

function selectFields(record: IDataObject, paths: string[]): IDataObject {
	const out: IDataObject = {};
	for (const path of paths) {
		const value = getPath(record, path) as IDataObject[string] | undefined;
		if (value === undefined) continue;
		// the path's nesting is kept: {"term": {"id": 1}} for term.id
		const keys = path.split('.');
		let target = out;
		for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as IDataObject;
		target[keys[keys.length - 1]] = value;
	}
	return out;
}

/** An item's output as its Output option says (raw in version 1 and for operations without `simplify`). */
export function shapeOutput(
	ctx: IExecuteFunctions,
	op: OperationDefinition,
	itemIndex: number,
	items: INodeExecutionData[],
): INodeExecutionData[] {
	if (!op.simplify?.length || ctx.getNode().typeVersion < 2) return items;
	const output = ctx.getNodeParameter(OUTPUT, itemIndex, SIMPLE) as string;
	if (output === RAW) return items;
	let paths = op.simplify;
	if (output === SELECTED) {
		paths = String(ctx.getNodeParameter(OUTPUT_FIELDS, itemIndex, ''))
			.split(',')
			.map((path) => path.trim())
			.filter(Boolean);
		if (!paths.length)
			throw new NodeOperationError(ctx.getNode(), `Give the fields to keep, or choose another Output [item ${itemIndex}]`, { itemIndex });
	}
	const shape = output === SELECTED ? selectFields : simplifyRecord;
	return items.map((item) => ({ ...item, json: shape(item.json, paths) }));
}
