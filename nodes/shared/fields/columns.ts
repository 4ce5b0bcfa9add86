/**
 * Columns (node version 2): wide writes — creates, updates, saves and batch adds with six or more fields, as the
 * tables mark them (`columns`) — take their fields from one `resourceMapper` field, as n8n's database and
 * spreadsheet nodes do. "Map Automatically" reads each item's JSON as it is (a key matching a
 * field's wire name or label, without case or spacing, is sent; no expression is evaluated); "Map Each Column
 * Below" shows every field typed.
 * Files and node-only options (`file`, `local`, binary) stay ordinary fields beside the columns.
 */
import type {
	FieldType,
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeProperties,
	INodePropertyOptions,
	ResourceMapperField,
	ResourceMapperFields,
} from 'n8n-workflow';

import type { OperationDefinition, ParameterDefinition } from '../engine/definitions';
import type { TransportSpec } from '../transport/vendorTransport';
import { loadPicker, type Picker } from './pickers';

export const COLUMNS = 'columns';

/** Whether a parameter is a column: sent to the vendor, and not a file. */
export function isColumn(param: ParameterDefinition): boolean {
	return param.in !== 'local' && param.in !== 'file' && param.type !== 'binary';
}

/**
 * Whether version 2 shows a parameter of a Columns operation beside the columns rather than as one: the record
 * an update changes, IDs of records too many to load, several IDs (a multi-select) and structured values (the
 * resource mapper has no field for them).
 */
export function besideColumns(op: OperationDefinition, param: ParameterDefinition): boolean {
	if (!isColumn(param)) return false;
	return param.name === op.record || (!!param.picker && (param.type === 'idList' || !!param.picker.many)) || param.type === 'json';
}

/** The parameters version 2 takes from Columns. */
export function columnParams(op: OperationDefinition): ParameterDefinition[] {
	return op.params.filter((p) => isColumn(p) && !besideColumns(op, p));
}

/** Whether the operation takes its fields from Columns in node version 2 (the table says so of wide writes). */
export function hasColumns(op: OperationDefinition): boolean {
	return !!op.columns;
}

/** Names and labels compare without case, spaces, dashes or underscores ("Employee Code" = "employee_code"). */
export function looseKey(text: string): string {
	return text.toLowerCase().replace(/[\s_-]+/g, '');
}

const FIELD_TYPES: Partial<Record<ParameterDefinition['type'], FieldType>> = {
	number: 'number',
	boolean: 'boolean',
	options: 'options',
	dateTime: 'dateTime',
};


/**
 * What a column's name says of its value where the resource mapper shows no description: the format, the
 * length, the range ("Teacher Token (6 to 15 characters)"), or that it is picked from the vendor's list.
 */
export function columnHint(param: ParameterDefinition): string | undefined {
	const hints: string[] = [];
	if (param.patternHint && !param.picker) hints.push(param.patternHint);
	if (param.maxLength !== undefined) hints.push(`at most ${param.maxLength} characters`);
	if (param.type === 'number' && param.minValue !== undefined && param.maxValue !== undefined) hints.push(`${param.minValue} to ${param.maxValue}`);
	else if (param.type === 'number' && param.minValue !== undefined) hints.push(`at least ${param.minValue}`);
	else if (param.type === 'number' && param.maxValue !== undefined) hints.push(`at most ${param.maxValue}`);
	return hints.length ? hints.join(', ') : undefined;
}

/** One column as the resource mapper shows it; `choices`: the records of its picker, loaded from the vendor. */
export function columnField(op: OperationDefinition, param: ParameterDefinition, choices?: INodePropertyOptions[]): ResourceMapperField {
	const type: FieldType = choices ? 'options' : (FIELD_TYPES[param.type] ?? 'string');
	const hint = columnHint(param);
	return {
		id: param.name,
		displayName: hint ? `${param.label} (${hint})` : param.label,
		required: !!param.required,
		defaultMatch: false,
		canBeUsedToMatch: param.name === op.record,
		display: true,
		type,
		...(choices ? { options: choices.map((o) => ({ name: o.name, value: o.value as string | number })) } : {}),
		...(type === 'options' && !choices
			? {
					options: (param.options ?? []).map((o) => ({
						name: o.name,
						value: o.value as string | number,
					})),
				}
			: {}),
	};
}

/** The Columns field of one operation. */
export function columnsProperty(op: OperationDefinition, displayOptions: INodeProperties['displayOptions']): INodeProperties {
	return {
		displayName: 'Columns',
		name: COLUMNS,
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		typeOptions: {
			loadOptionsDependsOn: ['resource', 'operation'],
			resourceMapper: {
				resourceMapperMethod: 'getColumns',
				mode: 'add',
				fieldWords: { singular: 'field', plural: 'fields' },
				addAllFields: true,
				multiKeyMatch: false,
				supportAutoMap: true,
			},
		},
		displayOptions,
	};
}

/**
 * The node's `resourceMapping.getColumns`: the selected operation's columns, from its table; a column of an ID a
 * picker finds offers the vendor's records ("name (ID)"). Where the vendor cannot be reached now, the column
 * takes the ID as text.
 */
export function columnsMethod(operations: OperationDefinition[], spec: TransportSpec, pickers: Picker[]) {
	return async function getColumns(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
		const resource = this.getNodeParameter('resource', '') as string;
		const operation = this.getNodeParameter('operation', '') as string;
		const op = operations.find((o) => o.resource === resource && o.operation === operation);
		if (!op || !hasColumns(op))
			return {
				fields: [],
				emptyFieldsNotice: 'This operation takes no columns',
			};
		const fields: ResourceMapperField[] = [];
		for (const param of columnParams(op)) {
			const picker = param.picker && pickers.find((p) => p.ref === param.picker);
			const choices = picker ? await loadPicker(this, spec, picker).catch(() => undefined) : undefined;
			fields.push(columnField(op, param, choices));
		}
		return { fields };
	};
}

/** How one execution reads Columns: its mapping mode, the field each input key names, keys that name none. */
interface ColumnsRun {
	auto: boolean;
	byKey: Map<string, ParameterDefinition>;
	unmatched: Set<string>;
}

const runs = new WeakMap<IExecuteFunctions, Map<OperationDefinition, ColumnsRun>>();

function columnsRun(ctx: IExecuteFunctions, op: OperationDefinition): ColumnsRun {
	let byOp = runs.get(ctx);
	if (!byOp) runs.set(ctx, (byOp = new Map()));
	let run = byOp.get(op);
	if (!run) {
		const byKey = new Map<string, ParameterDefinition>();
		// the parameters beside the columns too: an input field of that name fills one left empty
		const params = op.params.filter(isColumn);
		// wire names first, so a label never hides another field's wire name
		for (const param of params) byKey.set(looseKey(param.name), param);
		for (const param of params) if (!byKey.has(looseKey(param.label))) byKey.set(looseKey(param.label), param);
		const auto = ctx.getNodeParameter(`${COLUMNS}.mappingMode`, 0, 'defineBelow') === 'autoMapInputData';
		run = { auto, byKey, unmatched: new Set() };
		byOp.set(op, run);
	}
	return run;
}

/** Whether the item's values come from Map Automatically. */
export function mapsAutomatically(ctx: IExecuteFunctions, op: OperationDefinition): boolean {
	return columnsRun(ctx, op).auto;
}

/** One item's column values, by the vendor's field name. */
export function readColumns(ctx: IExecuteFunctions, op: OperationDefinition, itemIndex: number): Map<string, unknown> {
	const run = columnsRun(ctx, op);
	const values = new Map<string, unknown>();
	if (run.auto) {
		const json = ctx.getInputData()[itemIndex]?.json ?? {};
		for (const [key, value] of Object.entries(json)) {
			const param = run.byKey.get(looseKey(key));
			if (!param) run.unmatched.add(key);
			else if (!values.has(param.name)) values.set(param.name, value);
		}
		return values;
	}
	const columns = ctx.getNodeParameter(COLUMNS, itemIndex, {}) as {
		value?: IDataObject | null;
	};
	for (const [name, value] of Object.entries(columns.value ?? {})) values.set(name, value);
	return values;
}

/** After the items are read: one hint in the output naming the input fields Map Automatically did not send. */
export function hintUnmatchedColumns(ctx: IExecuteFunctions, op: OperationDefinition): void {
	const unmatched = runs.get(ctx)?.get(op)?.unmatched;
	if (!unmatched?.size) return;
	const names = [...unmatched];
	const shown = names
		.slice(0, 20)
		.map((name) => `"${name}"`)
		.join(', ');
	ctx.addExecutionHints?.({
		message: `${names.length} input field${names.length === 1 ? '' : 's'} matched no ${op.name} field and ${names.length === 1 ? 'was' : 'were'} not sent: ${shown}${names.length > 20 ? ', …' : ''}. Rename them to a field's name or label, or map the columns below.`,
		location: 'outputPane',
	});
}
