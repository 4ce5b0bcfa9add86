/**
 * The box's one-face-pass configuration (callback URLs for pass and attendance records, three switches).
 * saveAFaceConfig replaces all of it, clears the URLs it is not sent and requires the switches, so a change is
 * read, merged and written whole — by the Save One Face Pass Config operation and by the trigger's callbacks.
 * The two operations (Config › Get / Save One Face Pass Config) are given by the caller.
 */
import type { IDataObject } from 'n8n-workflow';

import type { OperationDefinition } from '../shared/engine/definitions';
import { requestFor } from '../shared/engine/request';
import type { VendorTransport } from '../shared/transport/vendorTransport';

export const SWITCHES = ['temperatureSwitch', 'maskAlertSwitch', 'healthKitSwitch'];
export const ONE_FACE_PASS_FIELDS = ['attendanceRecordCallbackUrl', 'identifyRecordCallbackUrl', ...SWITCHES];

/** The operations that read and write the configuration. */
export interface OneFacePassOperations {
	read: OperationDefinition;
	write: OperationDefinition;
}

/** The configuration's fields as the box holds them now (unset ones left out). */
export async function currentOneFacePass(transport: VendorTransport, { read }: OneFacePassOperations, itemIndex = 0): Promise<IDataObject> {
	const current = ((await transport.request(requestFor(read, {}, itemIndex))) ?? {}) as IDataObject;
	const fields: IDataObject = {};
	for (const key of ONE_FACE_PASS_FIELDS) if (current[key] !== undefined && current[key] !== null) fields[key] = current[key];
	return fields;
}

/** Writes the whole configuration. */
export async function writeOneFacePass(transport: VendorTransport, { write }: OneFacePassOperations, config: IDataObject, itemIndex = 0): Promise<void> {
	await transport.request({ ...requestFor(write, {}, itemIndex), body: config });
}

/** Sets one callback URL and keeps everything else; a switch the box leaves unset is sent off. */
export async function setCallbackUrl(transport: VendorTransport, ops: OneFacePassOperations, field: string, url: string, current?: IDataObject): Promise<void> {
	const config = { ...(current ?? (await currentOneFacePass(transport, ops))) };
	for (const key of SWITCHES) config[key] ??= 0;
	config[field] = url;
	await writeOneFacePass(transport, ops, config);
}
