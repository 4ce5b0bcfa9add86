/**
 * What a parameter of an operation is: its wire name, label, type, where it travels and how it is checked.
 * The operation tables declare them (see definitions.ts, which re-exports these types).
 */
import type { IDataObject } from 'n8n-workflow';

/** Parameter values of one item, keyed by the vendor's field name, converted for the wire. */
export type WireValues = Record<string, unknown>;

/** A picker as the tables name it: the node's methods are `search<name>` (listSearch) and `load<name>` (loadOptions). */
export interface PickerRef {
	readonly name: string;
	/**
	 * the vendor may hold more of these records than one list can show (a school's persons): fields that take
	 * several pick them one by one with a search, and Columns pick them beside the columns
	 */
	readonly many?: boolean;
	/** the node's fields whose values the list depends on (the editor loads it again when they change) */
	readonly dependsOn?: string[];
}

/**
 * Where a parameter travels in the HTTP request. `file` is a multipart file part read from binary data;
 * `local` is a node option that is never sent (e.g. which binary property holds a photo).
 */
export type ParameterLocation = 'path' | 'query' | 'body' | 'form' | 'header' | 'file' | 'local';

export type ParameterType =
	/** free text */
	| 'string'
	/** a number; `integer: true` rejects fractions */
	| 'number'
	| 'boolean'
	/** one of `options` */
	| 'options'
	/** any of `options`, sent as `listFormat` says (a JSON array by default) */
	| 'multiOptions'
	/** a JSON value (object or array); validated against `elementFields` when it is an array of objects */
	| 'json'
	/** a date/time picked in n8n, sent in `dateFormat` */
	| 'dateTime'
	/** one or more ids: a single id, a comma-separated string or an array; sent joined by `separator` */
	| 'idList'
	/** name of the binary property holding a file */
	| 'binary';

export interface ParameterOption {
	name: string;
	value: string | number | boolean;
	description?: string;
}

/** A field of an object inside a JSON array parameter (e.g. one lesson of a schedule). */
export interface ElementField {
	name: string;
	type: 'string' | 'number';
	required?: boolean;
	/** regular expression the value must match, with the human description of the format */
	pattern?: string;
	patternHint?: string;
	/** how node version 2 shows the field of an entry (the array as a list of entries with named fields) */
	label?: string;
	description?: string;
	placeholder?: string;
	options?: ParameterOption[];
	/** numbers: the allowed range */
	minValue?: number;
	maxValue?: number;
}

export interface ParameterDefinition {
	/** the vendor's field name, exactly as sent */
	name: string;
	/** Title Case field label shown in n8n */
	label: string;
	type: ParameterType;
	in: ParameterLocation;
	required?: boolean;
	default?: string | number | boolean | Array<string | number> | IDataObject | null;
	description: string;
	placeholder?: string;
	options?: ParameterOption[];
	/** numbers: whole numbers only */
	integer?: boolean;
	minValue?: number;
	maxValue?: number;
	/** strings: maximum length in characters, as the vendor documents it */
	maxLength?: number;
	/** strings: a format the value must match, e.g. '^\\d{4}-\\d{2}-\\d{2}$', and how to say it to a user */
	pattern?: string;
	patternHint?: string;
	/** the value is an id the user picks from a list: the picker that lists them */
	picker?: PickerRef;
	/** an ID picked or typed as text that the vendor wants as a JSON number in the body */
	integerId?: boolean;
	/** idList: 'joined' (default) sends one text joined by `separator`; 'array' sends a JSON array (multiOptions: the reverse default) */
	listFormat?: 'joined' | 'array';
	/** boolean: the vendor's codes for yes and no, when it does not take true/false */
	booleanCodes?: { true: string | number; false: string | number };
	/** idList: separator used on the wire */
	separator?: string;
	/** how a vendor puts this value on the wire when it is not one field: the fields it becomes (e.g. `name[0]=…`) */
	wire?(name: string, value: unknown): IDataObject;
	/** json arrays of objects: the fields of one element */
	elementFields?: ElementField[];
	/** json arrays of objects: what node version 2 calls one entry (default: the label in the singular) */
	entryLabel?: string;
	/** dateTime: wire format (luxon tokens) or 'unixSeconds' / 'unixMilliseconds' */
	dateFormat?: string;
	/** sent even when empty (some vendors need the key present) */
	sendEmpty?: boolean;
	/** `password`: a value that must never be shown or logged (masked in the UI); n8n's own shape, so its lint rules see it */
	typeOptions?: { password?: boolean };
}
