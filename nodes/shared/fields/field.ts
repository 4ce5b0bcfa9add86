/** One n8n field for one vendor parameter: its type, default, limits, and a picker for IDs a list can find. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ParameterDefinition } from '../engine/definitions';
import { searchMethodOf } from './pickers';

/** n8n field name of a vendor parameter: camelCase of the vendor's name (device_ids → deviceIds). */
export function fieldName(param: Pick<ParameterDefinition, 'name'>): string {
	return param.name
		.replace(/\[\]/g, '')
		.replace(/[._-]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase())
		.replace(/^[A-Z]/, (c) => c.toLowerCase());
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
			// several IDs are text in version 1 (version2.ts picks them from the list)
			if (param.picker && param.type !== 'idList') return pickerProperty(base, searchMethodOf(param.picker), idFormatOf(param));
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
export function idFormatOf(param: ParameterDefinition): IdFormat {
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

/** A resource locator's value (n8n extracts none inside a collection or an entry); anything else as it is. */
export function locatorValue(value: unknown): unknown {
	return value && typeof value === 'object' && !Array.isArray(value) && '__rl' in value ? (value as IDataObject).value : value;
}
