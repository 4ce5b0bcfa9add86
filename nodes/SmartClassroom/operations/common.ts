/** Pieces the Smart Classroom operation files share. */
import type { OperationDefinition, ParameterDefinition, ParameterOption } from '../../shared/operations';

type Extra = Partial<ParameterDefinition>;

export const text = (name: string, label: string, description: string, extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'string',
	in: 'body',
	description,
	...extra,
});

export const integer = (name: string, label: string, description: string, extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'number',
	integer: true,
	in: 'body',
	description,
	...extra,
});

/** A date picked in n8n, sent as YYYY-MM-DD (the format every date parameter of the document states). */
export const date = (name: string, label: string, description: string, extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'dateTime',
	dateFormat: 'yyyy-MM-dd',
	in: 'body',
	description: `${description} Sent as YYYY-MM-DD.`,
	...extra,
});

export const choice = (name: string, label: string, description: string, options: ParameterOption[], extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'options',
	in: 'body',
	options,
	description,
	...extra,
});

export const file = (name: string, label: string, description: string, required: boolean): ParameterDefinition => ({
	name,
	label,
	type: 'binary',
	in: 'file',
	required,
	default: required ? 'data' : '',
	description: `${description} Name of the input binary field holding the file.`,
});

export const ids = (name: string, label: string, description: string, extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'idList',
	separator: ',',
	pattern: '^\\d+$',
	patternHint: 'numeric IDs',
	in: 'body',
	description: `${description} Sent comma-separated.`,
	...extra,
});

/** A path ID: the {infoid}/{sid}/{id} segment of the documented path. */
export const pathId = (name: string, label: string, description: string, searchListMethod?: string): ParameterDefinition => ({
	name,
	label,
	type: 'string',
	in: 'path',
	required: true,
	pattern: searchListMethod ? undefined : '^\\d+$',
	patternHint: 'a numeric ID',
	...(searchListMethod ? { searchListMethod } : {}),
	description,
});

export const pick = (name: string, label: string, method: string, description: string, extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'string',
	in: 'body',
	searchListMethod: method,
	// the server's JSON bodies take IDs as integers
	integerId: true,
	description,
	...extra,
});

export const q = (param: ParameterDefinition): ParameterDefinition => ({ ...param, in: 'query' });
export const form = (param: ParameterDefinition): ParameterDefinition => ({ ...param, in: 'form' });
export const req = (param: ParameterDefinition): ParameterDefinition => ({ ...param, required: true });

export const PAGING = { itemsPath: 'list', paging: { pageParam: 'page', sizeParam: 'size', firstPage: 1, maxPageSize: 100 } };
export const pagingParams: ParameterDefinition[] = [
	integer('page', 'Page', 'Page number (页码)', { in: 'query', minValue: 1 }),
	integer('size', 'Page Size', 'Entries per page (单页数量)', { in: 'query', minValue: 1 }),
];

export const detail = q({
	name: 'detail',
	label: 'Detail',
	type: 'boolean',
	in: 'query',
	description: 'Whether to return detailed data with nested objects expanded (详细信息)',
});

const GENDER: ParameterOption[] = [
	{ name: 'Not Selected', value: 0 },
	{ name: 'Male', value: 1 },
	{ name: 'Female', value: 2 },
];
const CERTIFICATE: ParameterOption[] = [
	{ name: 'ID Card', value: 1 },
	{ name: 'Passport', value: 2 },
];
export const SUBJECT_TYPE: ParameterOption[] = [
	{ name: 'Student', value: 0 },
	{ name: 'Teacher', value: 1 },
];

export const gender = choice('gender', 'Gender', 'Gender (性别)', GENDER);
export const certificateType = choice('certificate_type', 'Certificate Type', 'ID document type (证件类型)', CERTIFICATE);
export const certificateNumber = text('certificate_number', 'Certificate Number', 'ID document number (证件号码)');
export const major = text('major', 'Major', 'Major (专业)');
export const department = text('department', 'Department', 'Department (系)');

export const photos = (): ParameterDefinition[] => [
	file('photo1', 'Photo 1', 'Base-library face photo (必填底库照片), required.', true),
	file('photo2', 'Photo 2', 'Second base-library face photo (底库照片).', false),
	file('photo3', 'Photo 3', 'Third base-library face photo (底库照片).', false),
];

export const WEEKDAY: ParameterOption[] = [
	{ name: 'Monday', value: 0 },
	{ name: 'Tuesday', value: 1 },
	{ name: 'Wednesday', value: 2 },
	{ name: 'Thursday', value: 3 },
	{ name: 'Friday', value: 4 },
	{ name: 'Saturday', value: 5 },
	{ name: 'Sunday', value: 6 },
];

export const outputField = (): ParameterDefinition => ({
	name: 'binaryPropertyName',
	label: 'Put Output File in Field',
	type: 'string',
	in: 'query',
	required: true,
	default: 'data',
	description: 'Name of the binary field to put the downloaded file in',
});

export const DESTRUCTIVE = 'This permanently deletes the record on the Smart Classroom server';

export type Op = Omit<OperationDefinition, 'docSection'> & { docSection?: string };

