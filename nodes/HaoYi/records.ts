/**
 * HaoYi answers as the node outputs them: ids and documented counts as numbers, documented field names, and
 * media URLs built from `storage_addr` + `*_fdfs`.
 */
import type { IDataObject } from 'n8n-workflow';

/** Documented numeric fields that samples show as strings ("1", "6598647"). */
const NUMERIC_FIELDS = new Set([
	'total_num', 'max_page', 'cur_page', 'per_page', 'file_size', 'duration', 'clicks', 'status', 'expires',
	'stream_prop', 'device_cmd_port', 'main_rate', 'sub_rate', 'title_id', 'week_id', 'repeat_id', 'elapse_sec',
]);

/** Sample keys that differ from the documented field names (list_camera: image_fds, device_cmd_prot). */
const KEY_ALIASES: Record<string, string> = { image_fds: 'image_fdfs', device_cmd_prot: 'device_cmd_port' };

function toNumberIfNumeric(value: IDataObject[string]): IDataObject[string] {
	if (typeof value === 'string' && /^-?\d+$/.test(value.trim()) && Number.isSafeInteger(Number(value))) return Number(value);
	return value;
}

/** A full URL from the storage server address and a FastDFS path, with exactly one slash between them. */
export function mediaUrl(storageAddr: unknown, path: unknown): string | undefined {
	if (typeof path !== 'string' || path.trim() === '') return undefined;
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return path;
	if (typeof storageAddr !== 'string' || storageAddr.trim() === '') return undefined;
	return `${storageAddr.trim().replace(/\/+$/, '')}/${path.trim().replace(/^\/+/, '')}`;
}

/**
 * One record as the node outputs it: ids (`*_id`) and documented counts as numbers, documented field
 * names, and `image_url` / `file_url` assembled from `storage_addr` and `image_fdfs` / `file_fdfs`.
 */
export function normaliseRecord(record: IDataObject, storageAddr?: unknown): IDataObject {
	const out: IDataObject = {};
	for (const [rawKey, value] of Object.entries(record)) {
		const key = KEY_ALIASES[rawKey] && !(KEY_ALIASES[rawKey] in record) ? KEY_ALIASES[rawKey] : rawKey;
		out[key] = key.endsWith('_id') || NUMERIC_FIELDS.has(key) ? toNumberIfNumeric(value) : value;
	}
	if (storageAddr !== undefined) {
		const imageUrl = mediaUrl(storageAddr, out.image_fdfs);
		const fileUrl = mediaUrl(storageAddr, out.file_fdfs);
		if (imageUrl) out.image_url = imageUrl;
		if (fileUrl) out.file_url = fileUrl;
	}
	return out;
}

/** The data of a successful answer: err_code/err_msg removed, list entries and top-level ids normalised. */
export function answerData(envelope: IDataObject): unknown {
	const rest: IDataObject = { ...envelope };
	delete rest.err_code;
	delete rest.err_msg;
	const storageAddr = rest.storage_addr;
	const data = rest.data;
	const top = normaliseRecord({ ...rest, data: undefined }, storageAddr);
	delete top.data;
	if (Array.isArray(data)) {
		top.data = data.map((entry) =>
			entry && typeof entry === 'object' && !Array.isArray(entry) ? normaliseRecord(entry as IDataObject, storageAddr) : entry,
		);
	} else if (data !== undefined) {
		top.data = data;
	}
	return Object.keys(top).length ? top : undefined;
}
