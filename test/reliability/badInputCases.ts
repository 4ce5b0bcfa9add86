/**
 * Generates bad-input cases from an operation table: for every parameter of every operation, values that
 * the engine must refuse (missing, blank, wrong type, over-long, out of range, not one of the options,
 * malformed JSON, wrong format), each with a valid value for every other required parameter so that the
 * refusal is about the parameter under test.
 */
import type { IDataObject, INodeProperties, INodeType } from 'n8n-workflow';

import type { OperationDefinition, ParameterDefinition } from '../../nodes/shared/engine/definitions';
import { ADDITIONAL_FIELDS, pagingParams } from '../../nodes/shared/fields/properties';
import { fieldName } from '../../nodes/shared/fields/field';

export interface BadInputCase {
	/** what is wrong, for the test report */
	what: string;
	param: ParameterDefinition;
	/** the node parameters of the run */
	parameters: IDataObject;
	/** what the error message must say besides the field and the item */
	expect: RegExp;
}

const TEXT_CANDIDATES = ['1', '123456', '2024-03-01', '09:00:00', '09:00', 'abcdef', 'a'];

function validText(param: Pick<ParameterDefinition, 'pattern' | 'maxLength'>): string {
	if (!param.pattern) return 'a';
	const regex = new RegExp(param.pattern);
	const found = TEXT_CANDIDATES.find((c) => regex.test(c) && (param.maxLength === undefined || c.length <= param.maxLength));
	if (found === undefined) throw new Error(`no valid sample text for pattern ${param.pattern}`);
	return found;
}

function validNumber(param: ParameterDefinition): number {
	let n = Math.max(param.minValue ?? 1, 1);
	if (param.maxValue !== undefined) n = Math.min(n, param.maxValue);
	return n;
}

/** A value the engine accepts for the parameter. */
export function validValue(param: ParameterDefinition): unknown {
	switch (param.type) {
		case 'number':
			return validNumber(param);
		case 'boolean':
			return false;
		case 'options':
			return param.options![0].value;
		case 'multiOptions':
			return [param.options![0].value];
		case 'json':
			if (!param.elementFields) return '{}';
			return JSON.stringify([
				Object.fromEntries(param.elementFields.map((f) => [f.name, f.type === 'number' ? 1 : validText(f)])),
			]);
		case 'dateTime':
			return '2026-09-01T08:00:00';
		case 'idList':
			return validText(param);
		case 'binary':
			return 'data';
		default:
			if (param.picker) return '1';
			return validText(param);
	}
}

/** Values that fail a pattern (the first one the pattern refuses). */
const PATTERN_BREAKERS = ['@', 'not valid!', 'x'.repeat(300)];

function breaker(pattern: string): string | undefined {
	const regex = new RegExp(pattern);
	return PATTERN_BREAKERS.find((c) => !regex.test(c));
}

/** The node property a parameter became (top level for required ones, inside Additional Fields otherwise). */
function propertyOf(nodeType: INodeType, op: OperationDefinition, param: ParameterDefinition): INodeProperties | undefined {
	const shows = (p: INodeProperties) =>
		p.displayOptions?.show?.resource?.[0] === op.resource && p.displayOptions?.show?.operation?.[0] === op.operation;
	const name = fieldName(param);
	const properties = nodeType.description.properties;
	if (param.required) return properties.find((p) => shows(p) && p.name === name);
	const collection = properties.find((p) => shows(p) && p.name === ADDITIONAL_FIELDS);
	return (collection?.options as INodeProperties[] | undefined)?.find((o) => o.name === name);
}

/** The value as saved in the workflow: resource locators hold it in `value`. */
function asSaved(property: INodeProperties | undefined, value: unknown): IDataObject[string] {
	if (property?.type === 'resourceLocator') return { __rl: true, mode: 'id', value: value as IDataObject[string] };
	return value as IDataObject[string];
}

const expr = (js: string) => `={{ ${js} }}`;

/**
 * Node parameters that give every required parameter of the operation a value the engine accepts, and with
 * `optional` every other one too (under Additional Fields; of a group the item must give exactly one of, the
 * first only). Paging parameters are left out: the engine sets them (Return All / Limit).
 */
export function validParameters(nodeType: INodeType, op: OperationDefinition, { optional = false } = {}): IDataObject {
	const params = op.params.filter((p) => !pagingParams(op).includes(p.name));
	const parameters: IDataObject = {};
	for (const p of params.filter((q) => q.required)) parameters[fieldName(p)] = asSaved(propertyOf(nodeType, op, p), validValue(p));
	if (!optional) return parameters;
	const excluded = new Set((op.requireOneOf ?? []).filter((g) => g.exactly).flatMap((g) => g.params.slice(1)));
	const additional: IDataObject = {};
	for (const p of params.filter((q) => !q.required && !excluded.has(q.name))) additional[fieldName(p)] = asSaved(propertyOf(nodeType, op, p), validValue(p));
	if (Object.keys(additional).length) parameters[ADDITIONAL_FIELDS] = additional;
	return parameters;
}

/** Every bad-input case of one operation. */
export function badInputCases(nodeType: INodeType, op: OperationDefinition): BadInputCase[] {
	// paging parameters are set by the engine (Return All / Limit), never read from the item
	const params = op.params.filter((p) => !pagingParams(op).includes(p.name));
	const base = validParameters(nodeType, op);
	if (op.kind === 'list') Object.assign(base, { returnAll: false, limit: 5 });

	const cases: BadInputCase[] = [];
	for (const param of params) {
		const property = propertyOf(nodeType, op, param);
		if (!property) throw new Error(`${op.resource}.${op.operation}: no node property for ${param.name}`);
		const add = (what: string, value: unknown, expect: RegExp) => {
			const saved = asSaved(property, value);
			const parameters: IDataObject = param.required
				? { ...base, [fieldName(param)]: saved }
				: { ...base, [ADDITIONAL_FIELDS]: { [fieldName(param)]: saved } };
			cases.push({ what: `${param.name}: ${what}`, param, parameters, expect });
		};

		if (param.required && param.type !== 'boolean') {
			add('empty (expression)', expr('""'), /is required/);
			add('blank (expression)', expr('"   "'), /is required/);
			add('null (expression)', expr('null'), /is required/);
		}
		switch (param.type) {
			case 'number':
				add('text instead of a number', expr('"abc"'), /must be a number/);
				add('an object instead of a number', expr('{ "n": 1 }'), /must be a number/);
				if (param.minValue !== undefined) add(`below the minimum ${param.minValue}`, expr(String(param.minValue - 1)), /must be at least/);
				if (param.maxValue !== undefined) add(`above the maximum ${param.maxValue}`, expr(String(param.maxValue + 1)), /must be at most/);
				if (param.integer) add('a fraction', expr(String(validNumber(param) + 0.5)), /must be a whole number/);
				break;
			case 'boolean':
				add('not true or false', expr('"maybe"'), /must be true or false/);
				add('a number instead of true or false', expr('2'), /must be true or false/);
				break;
			case 'options':
				add('not one of the options', expr('"__not_an_option__"'), /must be one of/);
				add('an object instead of an option', expr('{ "o": 1 }'), /must be one of/);
				break;
			case 'multiOptions':
				add('not one of the options', expr('["__not_an_option__"]'), /must be one of/);
				add('an object among the options', expr('[{ "o": 1 }]'), /must be one of/);
				break;
			case 'json':
				add('malformed JSON', '{"unterminated": ', /is not valid JSON/);
				add('a number instead of JSON', expr('42'), /must be a JSON object or array|must hold objects/);
				if (param.elementFields) {
					add('an entry with an unknown key', JSON.stringify([{ __unknown__: 1 }]), /unknown key "__unknown__"/);
					const required = param.elementFields.find((f) => f.required);
					if (required) {
						const entry = JSON.parse(String(validValue(param)))[0];
						delete entry[required.name];
						add(`an entry without ${required.name}`, JSON.stringify([entry]), new RegExp(`missing "${required.name}"`));
					}
					for (const field of param.elementFields.filter((f) => f.pattern || f.type === 'number')) {
						const entry = JSON.parse(String(validValue(param)))[0];
						entry[field.name] = field.type === 'number' ? 'abc' : breaker(field.pattern!);
						if (entry[field.name] === undefined) continue;
						add(`an entry with a malformed ${field.name}`, JSON.stringify([entry]), new RegExp(`"${field.name}" must be`));
					}
				}
				break;
			case 'dateTime':
				add('not a date', expr('"not a date"'), /must be a date/);
				add('a boolean instead of a date', expr('true'), /must be a date/);
				break;
			case 'idList':
				add('a boolean instead of IDs', expr('true'), /must be an ID or a list of IDs/);
				add('objects instead of IDs', expr('[{ "id": 1 }]'), /must contain only IDs/);
				add('only separators', expr('" , , "'), param.required ? /must contain at least one ID/ : /must contain at least one ID/);
				if (param.pattern) {
					const bad = breaker(param.pattern);
					if (bad && !/[,\s]/.test(bad)) add('an ID in the wrong format', expr(JSON.stringify(`1,${bad}`)), /must contain/);
				}
				break;
			default: {
				// string and binary property names
				add('an object instead of text', expr('{ "t": 1 }'), /must be text/);
				add('a list instead of text', expr('["a", "b"]'), /must be text/);
				if (param.maxLength !== undefined) {
					const fill = param.pattern && !new RegExp(param.pattern).test('x') ? validText(param)[0] : 'x';
					add(`longer than ${param.maxLength} characters`, fill.repeat(param.maxLength + 1), /must be at most \d+ characters long/);
				}
				if (param.pattern) {
					const bad = breaker(param.pattern);
					if (bad !== undefined && (param.maxLength === undefined || [...bad].length <= param.maxLength))
						add('in the wrong format', expr(JSON.stringify(bad)), /must be/);
				}
				// pickers without a pattern of their own take numeric IDs; the others are covered by the format cases above
				if (param.picker && !param.pattern) add('a non-numeric ID', expr('"abc"'), /must be a numeric ID/);
			}
		}
	}
	return cases;
}
