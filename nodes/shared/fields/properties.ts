/** Node properties (resource and operation selectors, fields) derived from a vendor's operation table. */
import type { IDisplayOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationDefinition, ParameterDefinition, ResourceDefinition } from '../engine/definitions';
import { besideColumns, columnsProperty, hasColumns, isColumn } from './columns';
import { parameterToProperty } from './field';
import { recordSetProperties } from './recordSetFields';
import { outputProperties } from './simplify';
import { differsInVersion2, version2Property } from './version2';

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

/** The parameters of an operation that paging fills (none but for paged lists). */
export function pagingParams(op: OperationDefinition): string[] {
	return op.kind === 'list' ? (op.list.paging?.params ?? []) : [];
}

function show(op: OperationDefinition) {
	return { show: { resource: [op.resource], operation: [op.operation] } };
}

/**
 * Fields of some of an operation's parameters: required ones on top, then `between` (Return All and Limit of
 * lists), the others under Additional Fields. `version2` gives version 2's fields where they differ (several
 * IDs picked from the list; with `structured`, arrays as entries).
 */
function fieldProperties(
	params: ParameterDefinition[],
	displayOptions: INodeProperties['displayOptions'],
	between: INodeProperties[] = [],
	{ version2 = false, structured = false }: { version2?: boolean; structured?: boolean } = {},
): INodeProperties[] {
	const property = (param: ParameterDefinition, inCollection: boolean) =>
		version2 && differsInVersion2(param, structured) ? version2Property(param, inCollection) : parameterToProperty(param, inCollection);
	const properties: INodeProperties[] = params.filter((p) => p.required).map((param) => ({ ...property(param, false), displayOptions }));
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
			options: optional.map((p) => property(p, true)).sort((a, b) => a.displayName.localeCompare(b.displayName)),
		});
	return properties;
}

/**
 * The record an update changes, picked beside Columns in version 2. It is not marked required: with Map Each
 * Column Automatically it may stay empty (each input item's field of that name is the record), and workflows
 * saved while it was a column hold it there; an item without one is refused before anything is sent.
 */
function recordProperty(op: OperationDefinition, displayOptions: INodeProperties['displayOptions']): INodeProperties[] {
	const param = op.params.find((p) => p.name === op.record);
	if (!param) return [];
	const description = `${param.description.replace(/[.\s]*$/, '')}. With Map Automatically it may stay empty: each input item's "${param.name}" or "${param.label}" field is the record.`;
	return [{ ...parameterToProperty({ ...param, required: false }, false), description, displayOptions }];
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
		if (op.kind === 'upsert' || op.kind === 'sync') properties.push(...recordSetProperties(op));
		// paging parameters are the engine's (Return All / Limit): a field for them would be silently ignored
		const paging = pagingParams(op);
		const fields = op.params.filter((p) => !paging.includes(p.name));
		const v1 = { show: { ...show(op).show, ...IN_VERSION_1 } };
		const v2 = { show: { ...show(op).show, ...FROM_VERSION_2 } };
		if (hasColumns(op)) {
			// version 2 takes the columns from one Columns field, with the record, the IDs picked from lists, the
			// structured values and the files beside it; version 1 keeps a field per column
			const beside = fields.filter((p) => (!isColumn(p) || besideColumns(op, p)) && p.name !== op.record);
			properties.push(
				...fieldProperties(fields, v1),
				...recordProperty(op, v2),
				columnsProperty(op, v2),
				...fieldProperties(beside, v2, [], { version2: true, structured: true }),
			);
			continue;
		}
		const paged = (displayOptions: { show: NonNullable<IDisplayOptions['show']> }): INodeProperties[] =>
			op.kind === 'list'
				? [
						{
							displayName: 'Return All',
							name: 'returnAll',
							type: 'boolean',
							default: false,
							description: 'Whether to return all results or only up to a given limit',
							displayOptions,
						},
						{
							displayName: 'Limit',
							name: 'limit',
							type: 'number',
							default: 50,
							typeOptions: { minValue: 1 },
							description: 'Max number of results to return',
							displayOptions: { show: { ...displayOptions.show, returnAll: [false] } },
						},
					]
				: [];
		const output = outputProperties(op.simplify, v2.show);
		if (fields.some((p) => differsInVersion2(p, false))) {
			properties.push(...fieldProperties(fields, v1, paged(v1)), ...fieldProperties(fields, v2, [...paged(v2), ...output], { version2: true }));
			continue;
		}
		properties.push(...fieldProperties(fields, show(op), [...paged(show(op)), ...output]));
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
