/** Reading vendors' answers: the shapes of envelope the vendors share, and a look at a body before the checks. */
import type { IDataObject } from 'n8n-workflow';

import type { VendorFailure } from './errors';

/** What an answer holds: its data, the vendor's refusal, or no envelope at all (`missing` names what it lacks). */
export type Unwrapped = { data: unknown } | VendorFailure | { missing: string };

export function isRecord(value: unknown): value is IDataObject {
	return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** The `{code, msg, data}` envelope (Baijiayun, HongTu): code 0 gives data. */
export function codeMsgData(body: unknown): Unwrapped {
	if (!body || typeof body !== 'object' || (body as IDataObject).code === undefined) return { missing: 'the {code, msg, data} envelope' };
	const envelope = body as IDataObject;
	const code = Number(envelope.code);
	return code === 0 ? { data: envelope.data } : { code, message: String(envelope.msg ?? '') };
}

/** A body parsed for a look before the checks (token rejections): undefined when it is not JSON. */
export function peekJson(body: unknown): unknown {
	if (!Buffer.isBuffer(body) && typeof body !== 'string') return body;
	try {
		return JSON.parse(Buffer.isBuffer(body) ? body.toString('utf8') : body);
	} catch {
		return undefined;
	}
}

