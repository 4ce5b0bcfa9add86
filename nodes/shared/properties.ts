/** Node properties (resource and operation selectors, fields) derived from a vendor's operation table. */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { columnsProperty, hasColumns, isColumn } from './columns';
import type { OperationDefinition, ParameterDefinition, ResourceDefinition } from './operations';
import { outputProperties } from './simplify';

/** n8n field name of a vendor parameter: camelCase of the vendor's name (device_ids → deviceIds). */
export function fieldName(param: Pick<ParameterDefinition, 'name'>): string {
	return param.name
		.replace(/\[\]/g, '')
		.replace(/[._-]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase())
		.replace(/^[A-Z]/, (c) => c.toLowerCase());
}

/**
 * The action nodes' version 2 brought Columns for wide writes and Simplify for large reads; workflows saved
 * with version 1 keep their fields and raw output.
 */
export const COLUMNS_VERSION = 2;
/** displayOptions condition: shown from node version 2 on */
export const FROM_VERSION_2 = { '@version': [COLUMNS_VERSION] };
/** displayOptions condition: shown in node version 1 only */
export const IN_VERSION_1 = { '@version': [1] };

export const ADDITIONAL_FIELDS = 'additionalFields';
export const REQUEST_OPTIONS = 'requestOptions';

function show(op: OperationDefinition) {
	return { show: { resource: [op.resource], operation: [op.operation] } };
}

/** Whether a text ends its last sentence (a full stop, question or exclamation mark, maybe inside a bracket or quote). */
const endsSentence = (text: string) => /[.!?…][)"'”’]?$/.test(text);

/**
 * A field's description: the table's text, then the notes the field's type implies. A description that is a
 * single fragment stays as it is (n8n's convention: no final full stop); when notes follow, its sentence is
 * ended first so that two sentences never run together.
 */
function describe(param: ParameterDefinition): string {
	const notes: string[] = [];
	if (param.maxLength) notes.push(`At most ${param.maxLength} characters.`);
	if (param.type === 'idList') notes.push('One ID, a comma-separated list, or an array from an expression.');
	const text = param.description.trim();
	if (!notes.length) return text;
	if (!text) return notes.join(' ');
	return [endsSentence(text) ? text : `${text}.`, ...notes].join(' ');
}

/** One n8n field for one vendor parameter. */
export function parameterToProperty(param: ParameterDefinition, inCollection: boolean): INodeProperties {
	const base = {
		displayName: param.label,
		name: fieldName(param),
		description: describe(param),
		...(param.placeholder ? { placeholder: param.placeholder } : {}),
		...(param.required && !inCollection ? { required: true } : {}),
	};
	switch (param.type) {
		case 'number':
			return {
				...base,
				type: 'number',
				default: (param.default as number) ?? 0,
				typeOptions: {
					...(param.minValue !== undefined ? { minValue: param.minValue } : {}),
					...(param.maxValue !== undefined ? { maxValue: param.maxValue } : {}),
					...(param.integer ? { numberPrecision: 0 } : {}),
				},
			};
		case 'boolean':
			return {
				...base,
				type: 'boolean',
				default: (param.default as boolean) ?? false,
			};
		case 'options':
			return {
				...base,
				type: 'options',
				options: (param.options ?? []).map((o) => ({
					name: o.name,
					value: o.value as string | number,
					...(o.description ? { description: o.description } : {}),
				})),
				default: (param.default as string | number) ?? (param.options?.[0]?.value as string | number),
			};
		case 'multiOptions':
			return {
				...base,
				type: 'multiOptions',
				options: (param.options ?? []).map((o) => ({
					name: o.name,
					value: o.value as string | number,
					...(o.description ? { description: o.description } : {}),
				})),
				default: (param.default as Array<string | number> | undefined) ?? [],
			};
		case 'json':
			return {
				...base,
				type: 'json',
				default: (param.default as string) ?? '[]',
			};
		case 'dateTime':
			return { ...base, type: 'dateTime', default: '' };
		case 'binary':
			return {
				...base,
				type: 'string',
				default: (param.default as string) ?? 'data',
				placeholder: param.placeholder ?? 'e.g. data',
				hint: 'The name of the input binary field holding the file',
			};
		default:
			if (param.searchListMethod) return pickerProperty(base, param.searchListMethod, idFormatOf(param));
			return {
				...base,
				type: 'string',
				default: (param.default as string) ?? '',
				...(param.typeOptions?.password ? { typeOptions: { password: true } } : {}),
			};
	}
}

/** How an ID is typed in a picker's "By ID" mode. */
export interface IdFormat {
	/** the mode's name, e.g. "By ID" or "By UUID" */
	label: string;
	placeholder: string;
	/** regular expression the typed ID must match (surrounding spaces allowed), and the message when not */
	regex: string;
	errorMessage: string;
}

/** The engine's default: numeric IDs. */
export const NUMERIC_ID: IdFormat = {
	label: 'By ID',
	placeholder: 'e.g. 123',
	regex: '^\\s*\\d+\\s*$',
	errorMessage: 'Not a valid ID',
};

/** A picker parameter's ID format: its own `pattern` when it has one (text IDs, UUIDs), else numeric. */
function idFormatOf(param: ParameterDefinition): IdFormat {
	if (!param.pattern) return NUMERIC_ID;
	const inner = param.pattern.replace(/^\^/, '').replace(/\$$/, '');
	return {
		label: 'By ID',
		placeholder: param.placeholder ?? 'e.g. 4a7b2c9d0e',
		regex: `^\\s*(?:${inner})\\s*$`,
		errorMessage: `Not a valid ID: ${param.patternHint ?? `expected ${param.pattern}`}`,
	};
}

/** A field as a resource locator: pick from a searchable list (`method`), or type the ID. */
export function pickerProperty(
	base: Pick<INodeProperties, 'displayName' | 'name' | 'description' | 'placeholder' | 'required'> & Partial<INodeProperties>,
	method: string,
	format: IdFormat = NUMERIC_ID,
): INodeProperties {
	return {
		...base,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: method, searchable: true },
			},
			{
				displayName: format.label,
				name: 'id',
				type: 'string',
				placeholder: format.placeholder,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: format.regex,
							errorMessage: format.errorMessage,
						},
					},
				],
			},
		],
	};
}

/**
 * Fields of some of an operation's parameters: required ones on top, then `between` (Return All and Limit of
 * lists), the others under Additional Fields.
 */
function fieldProperties(
	params: ParameterDefinition[],
	displayOptions: INodeProperties['displayOptions'],
	between: INodeProperties[] = [],
): INodeProperties[] {
	const properties: INodeProperties[] = params.filter((p) => p.required).map((param) => ({ ...parameterToProperty(param, false), displayOptions }));
	properties.push(...between);
	const optional = params.filter((p) => !p.required);
	if (optional.length)
		properties.push({
			displayName: 'Additional Fields',
			name: ADDITIONAL_FIELDS,
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			displayOptions,
			options: optional.map((p) => parameterToProperty(p, true)).sort((a, b) => a.displayName.localeCompare(b.displayName)),
		});
	return properties;
}

/** Properties of a node that runs the given operations through the shared engine. */
export function buildOperationProperties(resources: ResourceDefinition[], operations: OperationDefinition[]): INodeProperties[] {
	const firstResource = resources[0].value;
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resources.map((r) => ({
				name: r.name,
				value: r.value,
				description: r.description,
			})),
			default: firstResource,
		},
	];

	for (const resource of resources) {
		const ops = operations
			.filter((op) => op.resource === resource.value)
			// deprecated operations stay available but come last
			.sort((a, b) => Number(!!a.deprecated) - Number(!!b.deprecated) || a.name.localeCompare(b.name));
		const options: INodePropertyOptions[] = ops.map((op) => ({
			name: op.deprecated ? `${op.name} (Deprecated)` : op.name,
			value: op.operation,
			description: op.description,
			action: op.action,
		}));
		const firstOperation = ops[0].operation;
		properties.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options,
			default: firstOperation,
		});
	}

	for (const op of operations) {
		if (op.notice) {
			properties.push({
				displayName: op.notice,
				name: 'notice',
				type: 'notice',
				default: '',
				displayOptions: show(op),
			});
		}
		// paging parameters are the engine's (Return All / Limit): a field for them would be silently ignored
		const paging = op.list?.paging;
		const fields = op.params.filter((p) => !(paging && (p.name === paging.pageParam || p.name === paging.sizeParam)));
		if (hasColumns(op)) {
			// version 2 takes the columns from one Columns field; version 1 keeps a field per column
			const v1 = { show: { ...show(op).show, ...IN_VERSION_1 } };
			const v2 = { show: { ...show(op).show, ...FROM_VERSION_2 } };
			properties.push(
				...fieldProperties(fields, v1),
				columnsProperty(op, v2),
				...fieldProperties(
					fields.filter((p) => !isColumn(p)),
					v2,
				),
			);
			continue;
		}
		const paged: INodeProperties[] = op.list
			? [
					{
						displayName: 'Return All',
						name: 'returnAll',
						type: 'boolean',
						default: false,
						description: 'Whether to return all results or only up to a given limit',
						displayOptions: show(op),
					},
					{
						displayName: 'Limit',
						name: 'limit',
						type: 'number',
						default: 50,
						typeOptions: { minValue: 1 },
						description: 'Max number of results to return',
						displayOptions: { show: { ...show(op).show, returnAll: [false] } },
					},
				]
			: [];
		properties.push(...fieldProperties(fields, show(op), [...paged, ...outputProperties(op.simplify, { ...show(op).show, ...FROM_VERSION_2 })]));
	}

	properties.push({
		displayName: 'Request Options',
		name: REQUEST_OPTIONS,
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Batch Size',
				name: 'batchSize',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0 },
				description: 'For operations that take a list: at most this many entries per request. 0 uses the largest batch the vendor allows.',
			},
			{
				displayName: 'Max Retries',
				name: 'maxRetries',
				type: 'number',
				default: 3,
				typeOptions: { minValue: 0, maxValue: 10 },
				description: 'How often to retry a request that failed on a network error, a server error (5xx), HTTP 429 or a vendor throttling code',
			},
			{
				displayName: 'Parallel Requests',
				name: 'parallelRequests',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0, maxValue: 16 },
				description:
					'How many independent requests may be in flight at once: the pages of Return All once the first page states the total, and the calls of a batch. 0 uses the vendor default (1 for servers on a school network). The vendor’s rate limit applies either way.',
			},
			{
				displayName: 'Retry Delay (Ms)',
				name: 'retryDelay',
				type: 'number',
				default: 500,
				typeOptions: { minValue: 0 },
				description: 'Delay before the first retry; each further retry doubles it, with random jitter',
			},
		],
	});
	return properties;
}
