/**
 * The document's result-code table (返回码定义), with what a user can do about each code, and how Gensee
 * errors read: the meaning, then the server's own message.
 */
import type { ErrorSpec } from '../shared/transport/errors';

export const GENSEE_ERRORS: ErrorSpec = {
	vendor: 'Gensee',
	defaultHint: 'Gensee refused the request with a code its document does not list. Check the parameters of this item.',
	errorFields: ['code', 'message'],
	message: (meaning, vendorMessage) => `${meaning ?? 'undocumented result code'}${vendorMessage ? ` – ${vendorMessage}` : ''}`,
	errors: {
		'-1': { meaning: 'Failure (失败)', hint: 'Gensee could not carry out the request. Check the parameters of this item and try again.' },
		'101': { meaning: 'Parameter error (参数错误)', hint: 'A parameter is missing or not allowed. Check the required fields and their lengths.' },
		'102': {
			meaning: 'Parameter conversion error (参数转换错误)',
			hint: 'A value has the wrong type or format, e.g. a date or a number. Check dates, numbers and IDs of this item.',
		},
		'200': {
			meaning: 'Authentication failed (认证失败)',
			hint: 'Check the login name, the password and the password hashing setting in the Gensee credential.',
		},
		'201': { meaning: 'Password expired (口令过期)', hint: 'Set a new password for this account on the Gensee site and update the credential.' },
		// "system error" is the server failing, not the request: worth another try, like HTTP 5xx
		'300': {
			meaning: 'System error (系统错误)',
			hint: 'The Gensee server failed. Try again later; contact Gensee support if it persists.',
			retryable: true,
		},
		'500': {
			meaning: 'Business error (业务错误)',
			hint: 'Gensee refused the request for a business reason, e.g. identical tokens or a subject already in use, or the account lacks the role this interface requires.',
		},
		'501': { meaning: 'Data does not exist (业务错误 – 数据不存在)', hint: 'The ID does not exist on this site. Check the ID, or pick it from the list.' },
		'502': { meaning: 'Duplicate data (业务错误 – 重复数据)', hint: 'It already exists on the site, e.g. a teacher login name or room subject. Use another value.' },
		'600': { meaning: 'Interface disabled (接口被禁用)', hint: 'This interface is disabled for the site. Ask the Gensee site administrator to enable it.' },
	},
};
