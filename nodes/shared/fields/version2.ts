/**
 * Where node version 2 shows a parameter differently from version 1: several IDs are picked from the vendor's
 * list (a multi-select it loads, or, for records too many to load, one searchable picker per entry), and an
 * array of objects is a list of entries with named fields instead of JSON text. Expressions still work: a
 * multi-select or an entry's picker takes an ID, a comma-separated list or an array.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ElementField, ParameterDefinition } from '../engine/definitions';
import { idFormatOf, locatorValue, parameterToProperty, pickerProperty } from './field';
import { loadMethodOf, searchMethodOf } from './pickers';

const ENTRIES = 'entries';

/** What an entry's "By ID" takes where the list's IDs have no format of their own. */
const TEXT_ID = { pattern: '^\\S+$', patternHint: 'an ID without spaces' } as ParameterDefinition;

/** Whether version 2 shows the parameter its own way (see the module comment). */
export function differsInVersion2(param: ParameterDefinition, structured: boolean): boolean {
	return (param.type === 'idList' && !!param.picker) || (structured && param.type === 'json' && !!param.elementFields);
}

const singular = (label: string) => label.replace(/ies$/, 'y').replace(/s$/, '');

/** What is picked, named as records rather than IDs: "Device UUIDs" → "Devices", "UUIDs" of persons → "Persons". */
function pickedLabel(param: ParameterDefinition): string {
	const thing = /^(.*?)\s*(?:UUIDs|IDs|UUID List|ID List|List|ID)$/.exec(param.label)?.[1];
	if (thing === undefined) return param.label;
	return thing ? `${thing}s` : param.picker!.name.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** An entry's field description, with its format rule where the description does not already say it. */
function entryDescription(field: ElementField): string {
	const description = field.description ?? '';
	if (!field.patternHint || description.includes(field.patternHint)) return description;
	return description ? `${description.replace(/[.\s]*$/, '')} (${field.patternHint})` : field.patternHint;
}

function entryField(field: ElementField): INodeProperties {
	const base = {
		displayName: field.label ?? field.name,
		name: field.name,
		description: entryDescription(field),
		...(field.placeholder ? { placeholder: field.placeholder } : {}),
		...(field.required ? { required: true } : {}),
	};
	if (field.options) return { ...base, type: 'options', options: field.options.map((o) => ({ name: o.name, value: o.value as string | number })), default: field.options[0].value as string | number };
	if (field.type === 'number')
		return { ...base, type: 'number', default: field.minValue ?? 0, typeOptions: { numberPrecision: 0, ...(field.minValue !== undefined ? { minValue: field.minValue } : {}), ...(field.maxValue !== undefined ? { maxValue: field.maxValue } : {}) } };
	return { ...base, type: 'string', default: '' };
}

/** The version 2 field of a parameter that differs there (call differsInVersion2 first). */
export function version2Property(param: ParameterDefinition, inCollection: boolean): INodeProperties {
	const v1 = parameterToProperty(param, inCollection);
	const base = { displayName: v1.displayName, name: v1.name, description: param.description, ...(v1.required ? { required: true } : {}) };
	if (param.type === 'json') {
		const entry = param.entryLabel ?? singular(param.label);
		// version 1's description spells the JSON; here each entry's fields say it
		const [meaning, json] = param.description.split(/,? as a JSON array\b/);
		return {
			...base,
			description: json === undefined ? param.description : `${meaning}. One entry per ${entry.toLowerCase()}.`,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, sortable: true },
			placeholder: `Add ${entry}`,
			default: {},
			options: [{ name: ENTRIES, displayName: entry, values: param.elementFields!.map(entryField) }],
		};
	}
	const picker = param.picker!;
	if (!picker.many)
		return {
			...base,
			displayName: pickedLabel(param),
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: loadMethodOf(picker), ...(picker.dependsOn ? { loadOptionsDependsOn: picker.dependsOn } : {}) },
			default: [],
			description: `${param.description.replace(/[.\s]*$/, '')}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
		};
	// too many to load at once: each entry is picked with the vendor's search
	const entry = singular(pickedLabel(param));
	return {
		...base,
		description: `${param.description.replace(/[.\s]*$/, '')}. One entry per ${entry.toLowerCase()}, picked with the search, or IDs given by an expression.`,
		displayName: pickedLabel(param),
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: `Add ${entry}`,
		default: {},
		options: [{ name: ENTRIES, displayName: entry, values: [pickerProperty({ displayName: entry, name: 'id', description: `The ${entry.toLowerCase()}: pick it with the search, or give its ID` }, searchMethodOf(picker), idFormatOf(param.pattern ? param : TEXT_ID))] }],
	};
}

/** A version 2 field's value in the shape version 1's field gives (IDs, or the array of entries). */
export function version2Value(param: ParameterDefinition, value: unknown): unknown {
	if (!value || typeof value !== 'object' || Array.isArray(value) || !(ENTRIES in value)) return value;
	const entries = ((value as IDataObject)[ENTRIES] ?? []) as IDataObject[];
	if (param.type === 'json') return entries.map((entry) => Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== '' && v !== undefined && v !== null)));
	// one picker per entry; an expression in one may give several IDs
	return entries.flatMap((entry) => {
		const id = locatorValue(entry.id);
		return Array.isArray(id) ? id : typeof id === 'string' ? id.split(/[,\s]+/) : id === undefined || id === null ? [] : [id];
	}).filter((id) => id !== '');
}
