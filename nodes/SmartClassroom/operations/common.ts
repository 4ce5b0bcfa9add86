/** Pieces the Smart Classroom operation files share. */
import type { OperationDefinition, ParameterDefinition, ParameterOption, PickerRef } from '../../shared/engine/definitions';
import { pageNumbers } from '../../shared/engine/paging';

type Extra = Partial<ParameterDefinition>;

/** Placeholder examples of the text fields, by wire name (a field's own `placeholder` wins). */
const EXAMPLES: Record<string, string> = {
	name: 'e.g. Zhang San',
	job_number: 'e.g. 20240001',
	certificate_number: 'e.g. 110101200801011234',
	major: 'e.g. Computer Science',
	department: 'e.g. School of Engineering',
	code: 'e.g. CS101',
	grade: 'e.g. Grade 3',
	program: 'e.g. 4 years',
	location: 'e.g. Building A, 2nd floor',
	term: 'e.g. Spring Term',
	term_year: 'e.g. 2024-2025',
	camera_address: 'e.g. rtsp://192.168.1.64/stream1',
	camera_ip: 'e.g. 192.168.1.64',
	camera_position: 'e.g. Front',
	class_name: 'e.g. Class 1, Grade 3',
	classroom: 'e.g. Room 101',
	core_ip: 'e.g. 192.168.1.10',
	description: 'e.g. Camera above the blackboard',
	screen_token: 'e.g. 5f1c0a9e',
	lesson_data_token: 'e.g. 1700000000',
	split_by: 'e.g. seconds',
	old_photo_id: 'e.g. 42',
	image_id: 'e.g. 1700000000_1',
};

export const text = (name: string, label: string, description: string, extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'string',
	in: 'body',
	description,
	...(EXAMPLES[name] ? { placeholder: EXAMPLES[name] } : {}),
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

/** A date picked in n8n; the node sends it in the format every date parameter of the document states (YYYY-MM-DD). */
export const date = (name: string, label: string, description: string, extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'dateTime',
	dateFormat: 'yyyy-MM-dd',
	in: 'body',
	description,
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
	placeholder: 'e.g. data',
	description,
});

export const ids = (name: string, label: string, description: string, extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'idList',
	separator: ',',
	pattern: '^\\d+$',
	patternHint: 'numeric IDs',
	placeholder: 'e.g. 12,13',
	in: 'body',
	description,
	...extra,
});

/** A path ID: the {infoid}/{sid}/{id} segment of the documented path. */
export const pathId = (name: string, label: string, description: string, picker?: PickerRef): ParameterDefinition => ({
	name,
	label,
	type: 'string',
	in: 'path',
	required: true,
	pattern: picker ? undefined : '^\\d+$',
	patternHint: 'a numeric ID',
	...(picker ? { picker } : {}),
	description,
});

export const pick = (name: string, label: string, picker: PickerRef, description: string, extra: Extra = {}): ParameterDefinition => ({
	name,
	label,
	type: 'string',
	in: 'body',
	picker,
	// the server's JSON bodies take IDs as integers
	integerId: true,
	description,
	...extra,
});

export const q = (param: ParameterDefinition): ParameterDefinition => ({ ...param, in: 'query' });
export const form = (param: ParameterDefinition): ParameterDefinition => ({ ...param, in: 'form' });
export const req = (param: ParameterDefinition): ParameterDefinition => ({ ...param, required: true });

export const PAGING = { itemsPath: 'list', paging: pageNumbers({ pageParam: 'page', sizeParam: 'size', firstPage: 1, maxPageSize: 100 }) };
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

export const gender = choice('gender', 'Gender', '', GENDER);
export const certificateType = choice('certificate_type', 'Certificate Type', 'ID document type (证件类型)', CERTIFICATE);
export const certificateNumber = text('certificate_number', 'Certificate Number', 'ID document number (证件号码)');
export const major = text('major', 'Major', 'Field of study (专业)');
export const department = text('department', 'Department', 'Academic department (系)');

export const photos = (): ParameterDefinition[] => [
	file('photo1', 'Input Binary Field (Photo 1)', 'The input binary field holding the face photo for the base library (必填底库照片)', true),
	file('photo2', 'Input Binary Field (Photo 2)', 'The input binary field holding a second face photo (底库照片)', false),
	file('photo3', 'Input Binary Field (Photo 3)', 'The input binary field holding a third face photo (底库照片)', false),
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
	placeholder: 'e.g. data',
	description: 'Name of the binary field to put the downloaded file in',
});

export const DESTRUCTIVE = 'This permanently deletes the record on the Smart Classroom server';

/** An operation of the tables, whose section defaults to its resource's (SmartClassroom.operations.ts). */
export type Op = OperationDefinition extends infer T ? (T extends OperationDefinition ? Omit<T, 'docSection'> & { docSection?: string } : never) : never;


/**
 * A date the server lists as an integer although its writes take YYYY-MM-DD (student start_time, class
 * begin_time: "integer … 参数格式YYYY-MM-DD"), read in the writes' terms. The document states no unit or time
 * zone: seconds (milliseconds above 10^11) at the midnight of any UTC offset up to ±12 hours give that day.
 */
export function listedDay(value: unknown): unknown {
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
	const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
	if (!Number.isFinite(n)) return value;
	const seconds = n > 1e11 ? n / 1000 : n;
	return new Date(Math.floor((seconds + 43_200) / 86_400) * 86_400_000).toISOString().slice(0, 10);
}

/** IDs of a listed list of records (or of IDs), as an ID-list write takes them; none for an empty list. */
export function listedIds(value: unknown): unknown {
	if (!Array.isArray(value)) return value;
	const ids = value.map((entry) => (entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : entry)).filter((id) => id !== undefined && id !== null);
	return ids.length ? ids.map(String) : undefined;
}
