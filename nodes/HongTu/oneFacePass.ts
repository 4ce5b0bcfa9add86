/**
 * The box's one-face-pass configuration (callback URLs for pass and attendance records, three switches).
 * saveAFaceConfig replaces all of it, clears the URLs it is not sent and requires the switches, so a change is
 * read, merged and written whole — by the Save One Face Pass Config operation and by the trigger's callbacks.
 */
import type { IDataObject } from 'n8n-workflow';

import { requestFor } from '../shared/engine/request';
import type { VendorTransport } from '../shared/transport/vendorTransport';
import { getOneFacePass, saveOneFacePass } from './operations/config';

export const SWITCHES = ['temperatureSwitch', 'maskAlertSwitch', 'healthKitSwitch'];
export const ONE_FACE_PASS_FIELDS = ['attendanceRecordCallbackUrl', 'identifyRecordCallbackUrl', ...SWITCHES];

/** The configuration's fields as the box holds them now (unset ones left out). */
export async function currentOneFacePass(transport: VendorTransport, itemIndex = 0): Promise<IDataObject> {
	const current = ((await transport.request(requestFor(getOneFacePass, {}, itemIndex))) ?? {}) as IDataObject;
	const fields: IDataObject = {};
	for (const key of ONE_FACE_PASS_FIELDS) if (current[key] !== undefined && current[key] !== null) fields[key] = current[key];
	return fields;
}

/** Writes the whole configuration. */
export async function writeOneFacePass(transport: VendorTransport, config: IDataObject, itemIndex = 0): Promise<void> {
	await transport.request({ ...requestFor(saveOneFacePass, {}, itemIndex), body: config });
}

/** Sets one callback URL and keeps everything else; a switch the box leaves unset is sent off. */
export async function setCallbackUrl(transport: VendorTransport, field: string, url: string, current?: IDataObject): Promise<void> {
	const config = { ...(current ?? (await currentOneFacePass(transport))) };
	for (const key of SWITCHES) config[key] ??= 0;
	config[field] = url;
	await writeOneFacePass(transport, config);
}
