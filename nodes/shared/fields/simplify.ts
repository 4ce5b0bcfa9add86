/**
 * Simplify for large records (node version 2 on): the Output option of an action node's operation with a
 * `simplify` list or of a trigger's source with a field list of its own, and the shaping of the output
 * items. Version 1 keeps the raw records its workflows were built on.
 */
import type {
	IDataObject,
	IDisplayOptions,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeProperties,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationDefinition } from '../engine/definitions';
import { getPath } from '../transport/request';

const OUTPUT = 'output';
const OUTPUT_FIELDS = 'outputFields';
const SIMPLE = 'simple';
const RAW = 'raw';
const SELECTED = 'fields';

/**
 * The Output option (and its field list) of records simplified to `fields`, shown where `show` says;
 * `summary` describes the simplified shape where the field names alone would not.
 */
export function outputProperties(
	fields: string[] | undefined,
	show: NonNullable<IDisplayOptions['show']>,
	summary = `Only the fields most workflows use: ${(fields ?? []).map(lastKey).join(', ')}`,
): INodeProperties[] {
	if (!fields?.length) return [];
	return [
		{
			displayName: 'Output',
			name: OUTPUT,
			type: 'options',
			default: SIMPLE,
			options: [
				{ name: 'Simplified', value: SIMPLE, description: summary },
				{ name: 'Raw', value: RAW, description: 'Every field the vendor returns' },
				{ name: 'Selected Fields', value: SELECTED, description: 'Only the fields listed below' },
			],
			displayOptions: { show },
		},
		{
			displayName: 'Fields',
			name: OUTPUT_FIELDS,
			type: 'string',
			required: true,
			default: '',
			placeholder: `e.g. ${fields.slice(0, 3).join(', ')}`,
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

/** Where the Output option is read: per input item in an action node, once per delivery or poll in a trigger. */
interface OutputContext {
	node: INode;
	parameter: (name: string, fallback: string) => unknown;
	/** the input item of an action node, named in errors */
	itemIndex?: number;
}

/** Items as the Output option says: raw in version 1 and where records have no field list. */
function shapeItems(ctx: OutputContext, fields: string[] | undefined, items: INodeExecutionData[]): INodeExecutionData[] {
	if (!fields?.length || ctx.node.typeVersion < 2) return items;
	const output = ctx.parameter(OUTPUT, SIMPLE);
	if (output === RAW) return items;
	let paths = fields;
	if (output === SELECTED) {
		paths = String(ctx.parameter(OUTPUT_FIELDS, ''))
			.split(',')
			.map((path) => path.trim())
			.filter(Boolean);
		if (!paths.length) {
			const item = ctx.itemIndex === undefined ? '' : ` [item ${ctx.itemIndex}]`;
			throw new NodeOperationError(ctx.node, `Give the fields to keep, or choose another Output${item}`, { itemIndex: ctx.itemIndex });
		}
	}
	const shape = output === SELECTED ? selectFields : simplifyRecord;
	return items.map((item) => ({ ...item, json: shape(item.json, paths) }));
}

/** An action node's output of one input item, shaped by the operation's `simplify` list. */
export function shapeOutput(
	ctx: IExecuteFunctions,
	op: OperationDefinition,
	itemIndex: number,
	items: INodeExecutionData[],
): INodeExecutionData[] {
	const parameter = (name: string, fallback: string) => ctx.getNodeParameter(name, itemIndex, fallback);
	return shapeItems({ node: ctx.getNode(), parameter, itemIndex }, op.simplify, items);
}

/** A trigger's items, shaped by the field list of their source (none: the items as they are). */
export function shapeTriggerItems(
	ctx: IWebhookFunctions | IPollFunctions,
	fields: string[] | undefined,
	items: INodeExecutionData[],
): INodeExecutionData[] {
	const parameter = (name: string, fallback: string) => ctx.getNodeParameter(name, fallback);
	return shapeItems({ node: ctx.getNode(), parameter }, fields, items);
}
