/**
 * The box's one-face-pass configuration (callback URLs for pass and attendance records, three switches).
 * saveAFaceConfig replaces all of it, clears the URLs it is not sent and requires the switches, so a change is
 * read, merged and written whole — by the Save One Face Pass Config operation and by the trigger's callbacks.
 */
import type { IDataObject } from 'n8n-workflow';

import type { ApiSession } from '../shared/session';
import type { VendorRequest } from '../shared/transport';

export const SWITCHES = ['temperatureSwitch', 'maskAlertSwitch', 'healthKitSwitch'];
export const ONE_FACE_PASS_FIELDS = ['attendanceRecordCallbackUrl', 'identifyRecordCallbackUrl', ...SWITCHES];

const request = (path: string, body: IDataObject, itemIndex: number): VendorRequest => ({ method: 'POST', path, query: {}, body, form: {}, headers: {}, files: {}, itemIndex });

/** The configuration's fields as the box holds them now (unset ones left out). */
export async function currentOneFacePass(session: ApiSession, itemIndex = 0): Promise<IDataObject> {
	const current = ((await session.request(request('/v1/api/sys/config/queryAFaceConfig', {}, itemIndex))) ?? {}) as IDataObject;
	const fields: IDataObject = {};
	for (const key of ONE_FACE_PASS_FIELDS) if (current[key] !== undefined && current[key] !== null) fields[key] = current[key];
	return fields;
}

/** Writes the whole configuration. */
export async function saveOneFacePass(session: ApiSession, config: IDataObject, itemIndex = 0): Promise<void> {
	await session.request(request('/v1/api/sys/config/saveAFaceConfig', config, itemIndex));
}

/** Sets one callback URL and keeps everything else; a switch the box leaves unset is sent off. */
export async function setCallbackUrl(session: ApiSession, field: string, url: string, current?: IDataObject): Promise<void> {
	const config = { ...(current ?? (await currentOneFacePass(session))) };
	for (const key of SWITCHES) config[key] ??= 0;
	config[field] = url;
	await saveOneFacePass(session, config);
}
