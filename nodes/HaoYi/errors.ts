/** HaoYi err_code values: English meaning and what to do; and how HaoYi errors read. */
import { LOGIN_REFUSALS } from '../../credentials/HaoYiApi.credentials';
import type { ErrorEntry, ErrorSpec } from '../shared/transport/errors';

export const HAOYI_ERRORS: ErrorSpec = {
	vendor: 'HaoYi',
	defaultHint: 'HaoYi refused the request. Its message above says why; check the parameters of this item.',
	errorFields: ['err_code', 'err_msg'],
	message: (meaning, vendorMessage) => `${meaning ?? (vendorMessage || 'request refused')}${meaning && vendorMessage ? ` (${vendorMessage})` : ''}`,
	errors: {
		1001: {
			meaning: LOGIN_REFUSALS[1001],
			hint: 'The API credential (unionid) is not valid. Copy it again from the server back office (http://<server>/admin, logged in as an administrator).',
		},
		1002: {
			meaning: LOGIN_REFUSALS[1002],
			hint: 'No account matches the API credential (unionid). Copy it again from the back office of this server.',
		},
		1003: {
			meaning: LOGIN_REFUSALS[1003],
			hint: 'Only administrator accounts may call the API. Use the API credential of an administrator account.',
		},
		1004: {
			meaning: 'No access token',
			hint: 'The server did not receive a usable access token even after a new login. Check that nothing between n8n and the server strips query parameters.',
		},
		1006: {
			meaning: 'The access token could not be parsed',
			hint: 'The server could not read the access token even after a new login. Check that the base URL points at the server that issued it.',
		},
		1007: {
			meaning: 'The access token has expired',
			hint: 'The token expired again right after a new login. Check the clock of the HaoYi server.',
		},
		1008: { meaning: 'Name missing', hint: 'Fill in the name field of this item.' },
		1009: { meaning: 'Address missing', hint: 'Fill in the address field of this item.' },
		1010: {
			meaning: 'ID missing or unknown',
			hint: 'The server did not get a usable ID. Check the ID fields of this item and that the record still exists.',
		},
		1011: {
			meaning: 'Invalid time format',
			hint: 'Give the start time as HH:MM:SS between 00:00:00 and 23:59:59.',
		},
		1012: {
			meaning: 'The recording task overlaps an existing task',
			hint: 'Another recording task of this camera on the same weekday covers part of this time. Move the start time, shorten the duration, or change/delete the other task (List Recording Tasks shows them).',
		},
		1013: {
			meaning: 'Recording tasks cannot run past midnight',
			hint: 'Start time plus duration must end by 23:59:59 of the same day. Shorten the duration or split the recording into two tasks on consecutive weekdays.',
		},
	},
};

/** 1004 from the token exchange (/api/v1/access_token) means "生成 token 过程中发生错误": a server-side failure worth retrying. */
export const TOKEN_NOT_GENERATED: ErrorEntry = {
	meaning: 'The server failed to generate an access token',
	hint: 'The node retried with backoff. If it keeps failing, check the HaoYi server (its logs, disk and database).',
	retryable: true,
};
