/**
 * HaoYi operations that need a check or a value the table cannot express before the request (an operation's
 * `prepare`): bad input is refused naming the item, before anything is sent.
 */
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Prepare } from '../shared/engine/definitions';
import type { WireValues } from '../shared/fields/values';

function invalid(ctx: IExecuteFunctions, itemIndex: number, message: string, description?: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `${message} [item ${itemIndex}]`, { itemIndex, description });
}

const STREAM_URL = /^(rtsp|rtmp):\/\/\S+$/i;

/** Seconds since midnight of an HH:MM:SS time (already checked against the pattern by the engine). */
function secondsOfDay(time: string): number {
	const [h, m, s] = time.split(':').map(Number);
	return h * 3600 + m * 60 + s;
}

function clock(seconds: number): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

/** 3.19: only MP4-file and stream-relay channels; each needs its own source field (both keys are sent, as documented). */
export const cameraSource: Prepare = (ctx, values, itemIndex) => {
	const wire: WireValues = { ...values };
	if (Number(values.stream_prop) === 2) {
		if (!values.stream_url || !STREAM_URL.test(String(values.stream_url)))
			throw invalid(ctx, itemIndex, 'A Stream Relay camera needs a Stream URL starting with rtsp:// or rtmp://', 'Set Stream URL under Additional Fields.');
		wire.stream_mp4 = '';
	} else {
		if (!values.stream_mp4) throw invalid(ctx, itemIndex, 'An MP4 File camera needs the MP4 File Path on the capture client', 'Set MP4 File Path under Additional Fields.');
		wire.stream_url = '';
	}
	return wire;
};

/** 3.20: the device password is base64-encoded on the wire. */
export const encodeDevicePassword: Prepare = (ctx, values, itemIndex) => {
	const wire: WireValues = { ...values };
	if (values.stream_url !== undefined && !STREAM_URL.test(String(values.stream_url))) throw invalid(ctx, itemIndex, 'The Stream URL must start with rtsp:// or rtmp://');
	if (typeof values.device_pass === 'string') wire.device_pass = Buffer.from(values.device_pass, 'utf8').toString('base64');
	return wire;
};

/** 3.28 / 3.29: end time = start time + duration must not pass 23:59:59 (备注 2), checked before sending. */
export const checkCourseEnd: Prepare = (ctx, values, itemIndex) => {
	const start = secondsOfDay(String(values.start_time));
	const end = start + Number(values.elapse_sec);
	if (end > 86399)
		throw invalid(
			ctx,
			itemIndex,
			`The recording task would end at ${clock(end % 86400)} of the next day (start ${String(values.start_time)} + ${String(values.elapse_sec)} s): tasks cannot run past 23:59:59`,
			`Shorten the duration to at most ${86399 - start} seconds, or split the recording into two tasks on consecutive weekdays.`,
		);
	return values;
};
