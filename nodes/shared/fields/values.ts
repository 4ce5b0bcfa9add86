/**
 * Reads one item's parameters, validates them against the operation definition and converts them to
 * what the vendor expects on the wire. Every problem becomes a NodeOperationError naming the field and
 * the item, raised before any request is sent.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { DateTime } from 'luxon';

import type { ElementField, OperationDefinition, ParameterDefinition, WireValues } from '../engine/definitions';
import { invalid } from '../engine/request';

export type { WireValues };
import { besideColumns, hasColumns, isColumn, looseKey, mapsAutomatically, readColumns } from './columns';
import { differsInVersion2, version2Value } from './version2';
import { fieldName, locatorValue } from './field';
import { ADDITIONAL_FIELDS, COLUMNS_VERSION, pagingParams } from './properties';



function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/**
 * Raw value as n8n holds it: top-level field for required parameters, Additional Fields for the rest.
 * `additional` is the item's Additional Fields, read once per item: each read evaluates every expression in it.
 */
function rawValue(ctx: IExecuteFunctions, param: ParameterDefinition, itemIndex: number, additional: () => IDataObject): unknown {
	const name = fieldName(param);
	if (param.required) {
		return ctx.getNodeParameter(name, itemIndex, undefined, {
			extractValue: true,
		});
	}
	return locatorValue(additional()[name]);
}


function toNumber(ctx: IExecuteFunctions, param: ParameterDefinition, itemIndex: number, value: unknown): number {
	const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : NaN;
	if (!Number.isFinite(n)) throw invalid(ctx, param, itemIndex, `must be a number, got ${JSON.stringify(value)}`);
	if (param.integer && !Number.isInteger(n)) throw invalid(ctx, param, itemIndex, `must be a whole number, got ${n}`);
	if (param.minValue !== undefined && n < param.minValue) throw invalid(ctx, param, itemIndex, `must be at least ${param.minValue}, got ${n}`);
	if (param.maxValue !== undefined && n > param.maxValue) throw invalid(ctx, param, itemIndex, `must be at most ${param.maxValue}, got ${n}`);
	return n;
}

function toText(ctx: IExecuteFunctions, param: ParameterDefinition, itemIndex: number, value: unknown): string {
	if (typeof value === 'number' || typeof value === 'boolean') value = String(value);
	if (typeof value !== 'string') throw invalid(ctx, param, itemIndex, `must be text, got ${typeof value}`);
	const text = value.trim();
	if (param.maxLength !== undefined && [...text].length > param.maxLength)
		throw invalid(ctx, param, itemIndex, `must be at most ${param.maxLength} characters long, got ${[...text].length}`);
	if (param.pattern && !new RegExp(param.pattern).test(text))
		throw invalid(ctx, param, itemIndex, `must be ${param.patternHint ?? `in the format ${param.pattern}`}, got "${text}"`);
	// a picker without its own pattern takes numeric IDs (the engine's default)
	if (param.picker && !param.pattern && !/^\d+$/.test(text)) throw invalid(ctx, param, itemIndex, `must be a numeric ID, got "${text}"`);
	return text;
}

function toIdList(ctx: IExecuteFunctions, param: ParameterDefinition, itemIndex: number, value: unknown): string[] {
	const parts = Array.isArray(value) ? value : typeof value === 'number' ? [value] : typeof value === 'string' ? value.split(/[,\s]+/) : undefined;
	if (!parts) throw invalid(ctx, param, itemIndex, `must be an ID or a list of IDs, got ${typeof value}`);
	const ids = parts.map((p) => (typeof p === 'number' ? String(p) : typeof p === 'string' ? p.trim() : undefined));
	if (ids.some((id) => id === undefined)) throw invalid(ctx, param, itemIndex, 'must contain only IDs (text or numbers)');
	const cleaned = (ids as string[]).filter((id) => id !== '');
	if (!cleaned.length) throw invalid(ctx, param, itemIndex, 'must contain at least one ID');
	const malformed = param.pattern ? cleaned.find((id) => !new RegExp(param.pattern!).test(id)) : undefined;
	if (malformed !== undefined)
		throw invalid(ctx, param, itemIndex, `must contain ${param.patternHint ?? `entries in the format ${param.pattern}`}, got "${malformed}"`);
	return cleaned;
}

function checkElement(
	ctx: IExecuteFunctions,
	param: ParameterDefinition,
	itemIndex: number,
	element: unknown,
	position: number,
	fields: ElementField[],
): IDataObject {
	if (!element || typeof element !== 'object' || Array.isArray(element))
		throw invalid(ctx, param, itemIndex, `must hold objects; entry ${position} is ${JSON.stringify(element)}`);
	const entry = element as IDataObject;
	const known = new Set(fields.map((f) => f.name));
	for (const key of Object.keys(entry)) {
		if (!known.has(key)) throw invalid(ctx, param, itemIndex, `entry ${position} has an unknown key "${key}" (allowed: ${[...known].join(', ')})`);
	}
	for (const field of fields) {
		const v = entry[field.name];
		if (isEmpty(v)) {
			if (field.required) throw invalid(ctx, param, itemIndex, `entry ${position} is missing "${field.name}"`);
			continue;
		}
		if (field.type === 'number' && !(typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v))))
			throw invalid(ctx, param, itemIndex, `entry ${position}: "${field.name}" must be a number, got ${JSON.stringify(v)}`);
		if (field.type === 'string' && typeof v !== 'string' && typeof v !== 'number')
			throw invalid(ctx, param, itemIndex, `entry ${position}: "${field.name}" must be text, got ${JSON.stringify(v)}`);
		if (field.pattern && !new RegExp(field.pattern).test(String(v)))
			throw invalid(
				ctx,
				param,
				itemIndex,
				`entry ${position}: "${field.name}" must be ${field.patternHint ?? `in the format ${field.pattern}`}, got "${String(v)}"`,
			);
	}
	return entry;
}

/** true/false, also as the vendor's codes or 0/1 (what a saved workflow or a spreadsheet may hold); undefined when neither */
function toBoolean(param: ParameterDefinition, value: unknown): boolean | undefined {
	if (typeof value === 'boolean') return value;
	const text = String(value).trim().toLowerCase();
	if (param.booleanCodes && text === String(param.booleanCodes.true).toLowerCase()) return true;
	if (param.booleanCodes && text === String(param.booleanCodes.false).toLowerCase()) return false;
	if (['true', '1', 'yes'].includes(text)) return true;
	if (['false', '0', 'no'].includes(text)) return false;
	return undefined;
}

function wireBoolean(param: ParameterDefinition, flag: boolean): unknown {
	return param.booleanCodes ? param.booleanCodes[flag ? 'true' : 'false'] : flag;
}

/** An option's value, given the value itself or the option's name ("Male" → 1). */
function toOption(ctx: IExecuteFunctions, param: ParameterDefinition, itemIndex: number, value: unknown): unknown {
	const options = param.options ?? [];
	const byValue = options.find((o) => o.value === value || String(o.value) === String(value).trim());
	const match = byValue ?? (typeof value === 'string' ? options.find((o) => looseKey(o.name) === looseKey(value)) : undefined);
	if (match === undefined)
		throw invalid(
			ctx,
			param,
			itemIndex,
			`must be one of ${options.map((o) => `${JSON.stringify(o.value)} (${o.name})`).join(', ')}, got ${JSON.stringify(value)}`,
		);
	return match.value;
}

/** Several options: an array, a JSON array text or a comma-separated text of values or names. */
function toOptionList(ctx: IExecuteFunctions, param: ParameterDefinition, itemIndex: number, value: unknown): unknown[] {
	let list: unknown = value;
	if (typeof value === 'string') {
		const text = value.trim();
		if (text.startsWith('[')) {
			try {
				list = JSON.parse(text);
			} catch (error) {
				throw invalid(ctx, param, itemIndex, `is not a valid list (${(error as Error).message})`);
			}
		} else
			list = text
				.split(',')
				.map((part) => part.trim())
				.filter((part) => part !== '');
	}
	if (!Array.isArray(list)) list = [list];
	return [...new Set((list as unknown[]).map((entry) => toOption(ctx, param, itemIndex, entry)))];
}

function toJson(ctx: IExecuteFunctions, param: ParameterDefinition, itemIndex: number, value: unknown): unknown {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			throw invalid(ctx, param, itemIndex, `is not valid JSON (${(error as Error).message})`);
		}
	}
	if (param.elementFields) {
		// one object stands for a list of one, so a single lesson per input item works
		const list = Array.isArray(parsed) ? parsed : [parsed];
		return list.map((el, n) => checkElement(ctx, param, itemIndex, el, n, param.elementFields!));
	}
	if (parsed === null || typeof parsed !== 'object')
		throw invalid(ctx, param, itemIndex, `must be a JSON object or array, got ${JSON.stringify(parsed)}`);
	return parsed;
}

function toDate(ctx: IExecuteFunctions, param: ParameterDefinition, itemIndex: number, value: unknown): string | number {
	let date: DateTime;
	if (value instanceof Date) date = DateTime.fromJSDate(value);
	else if (DateTime.isDateTime(value)) date = value;
	else if (typeof value === 'number') date = DateTime.fromMillis(value);
	// digits alone are an epoch timestamp: milliseconds, or seconds when too short to be
	else if (typeof value === 'string' && /^\d{9,}$/.test(value.trim()))
		date = value.trim().length >= 12 ? DateTime.fromMillis(Number(value)) : DateTime.fromSeconds(Number(value));
	else if (typeof value === 'string') {
		date = DateTime.fromISO(value.trim(), { setZone: true }); // keep the offset the user wrote
		// "2024-09-01 08:00:00", as spreadsheets and the vendors' consoles write dates
		if (!date.isValid) date = DateTime.fromSQL(value.trim(), { setZone: true });
	} else throw invalid(ctx, param, itemIndex, `must be a date, got ${typeof value}`);
	if (!date.isValid) throw invalid(ctx, param, itemIndex, `must be a date, got ${JSON.stringify(value)}`);
	if (param.dateFormat === 'unixSeconds') return Math.floor(date.toSeconds());
	if (param.dateFormat === 'unixMilliseconds') return date.toMillis();
	return date.toFormat(param.dateFormat ?? 'yyyy-MM-dd HH:mm:ss');
}

/** Validates and converts one value; `undefined` means "do not send". */
function convert(ctx: IExecuteFunctions, param: ParameterDefinition, itemIndex: number, value: unknown): unknown {
	if (isEmpty(value) && param.type !== 'boolean') {
		if (param.required) throw invalid(ctx, param, itemIndex, 'is required');
		return param.sendEmpty ? '' : undefined;
	}
	switch (param.type) {
		case 'number':
			return toNumber(ctx, param, itemIndex, value);
		case 'boolean': {
			const flag = toBoolean(param, value);
			if (flag === undefined) {
				if (value === undefined) return param.required ? wireBoolean(param, false) : undefined;
				throw invalid(ctx, param, itemIndex, `must be true or false, got ${JSON.stringify(value)}`);
			}
			return wireBoolean(param, flag);
		}
		case 'options':
			return toOption(ctx, param, itemIndex, value);
		case 'multiOptions':
			return toOptionList(ctx, param, itemIndex, value);
		case 'json':
			return toJson(ctx, param, itemIndex, value);
		case 'dateTime':
			return toDate(ctx, param, itemIndex, value);
		case 'idList':
			return toIdList(ctx, param, itemIndex, value);
		default:
			return toText(ctx, param, itemIndex, value);
	}
}

/** All parameters of one item, validated, keyed by vendor name. Paging parameters are left to the engine. */
export function readWireValues(ctx: IExecuteFunctions, op: OperationDefinition, itemIndex: number): WireValues {
	const paging = pagingParams(op);
	const values: WireValues = {};
	let additionalFields: IDataObject | undefined;
	const additional = () => (additionalFields ??= ctx.getNodeParameter(ADDITIONAL_FIELDS, itemIndex, {}) as IDataObject);
	const version2 = ctx.getNode().typeVersion >= COLUMNS_VERSION;
	const columns = version2 && hasColumns(op) ? readColumns(ctx, op, itemIndex) : undefined;
	for (const param of op.params) {
		if (paging.includes(param.name)) continue;
		const fromColumns = columns && isColumn(param) && !besideColumns(op, param);
		let raw: unknown;
		try {
			raw = fromColumns ? columns.get(param.name) : rawValue(ctx, param, itemIndex, additional);
			if (version2 && differsInVersion2(param, !!columns)) raw = version2Value(param, raw);
			// a field beside the columns left empty: the input item's field of that name (Map Automatically), or the
			// value a workflow saved before it moved out of the columns holds there
			if (columns && !fromColumns && isColumn(param) && isEmpty(raw)) raw = columns.get(param.name);
		} catch (error) {
			throw invalid(ctx, param, itemIndex, `could not be read: ${(error as Error).message}`);
		}
		if (columns && isColumn(param) && param.required && isEmpty(raw) && mapsAutomatically(ctx, op))
			throw new NodeOperationError(ctx.getNode(), `The "${param.label}" field (${param.name}) is required [item ${itemIndex}]`, {
				itemIndex,
				description: fromColumns
					? `Map Automatically sends the input's fields named like ${op.name}'s fields: give item ${itemIndex} a "${param.name}" or "${param.label}" field, or choose Map Each Column Below.`
					: `Set "${param.label}" above the columns, or give item ${itemIndex} a "${param.name}" or "${param.label}" field.`,
			});
		const value = convert(ctx, param, itemIndex, raw);
		if (value !== undefined) values[param.name] = value;
	}
	for (const group of op.requireOneOf ?? []) checkOneOf(ctx, op, group, values, itemIndex);
	return op.prepare ? op.prepare(ctx, values, itemIndex) : values;
}

/** A `requireOneOf` group: an item gives one of its parameters (with `exactly`, not more than one). */
function checkOneOf(
	ctx: IExecuteFunctions,
	op: OperationDefinition,
	group: { params: string[]; exactly?: boolean },
	values: WireValues,
	itemIndex: number,
): void {
	const given = group.params.filter((name) => values[name] !== undefined);
	if (given.length === 1 || (given.length > 1 && !group.exactly)) return;
	const labels = group.params.map((name) => `"${op.params.find((p) => p.name === name)?.label ?? name}"`);
	const names = group.params.join(', ');
	throw new NodeOperationError(
		ctx.getNode(),
		given.length === 0 ? `Give ${labels.join(' or ')} [item ${itemIndex}]` : `Give only one of ${labels.join(' and ')} [item ${itemIndex}]`,
		{
			itemIndex,
			description: `${op.name} needs ${group.exactly ? 'exactly' : 'at least'} one of ${names}; set it under Additional Fields.`,
		},
	);
}

