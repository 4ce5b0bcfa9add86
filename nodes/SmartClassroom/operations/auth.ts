/** Smart Classroom Authentication operations: the 权限管理 section of the API document. */
import { eachItem } from '../../shared/engine/run';
import { logIn } from '../handlers';
import type { Op } from './common';

export const authOperations: Op[] = [
	{
		resource: 'auth', operation: 'logIn', name: 'Log In', action: 'Log in with the credential',
		description: 'Sign in with the credential’s username and password to check them; the token itself is never output',
		method: 'POST', path: '/auth', docSection: '权限管理 › 获取access_token', params: [], kind: 'custom', runner: eachItem(logIn),
	},
	{
		resource: 'auth', operation: 'renewToken', name: 'Renew Token', action: 'Renew the access token',
		description: 'Have the server issue a new access token for the credential; the token itself is never output',
		method: 'PUT', path: '/auth', docSection: '权限管理 › 更新access_token', params: [], kind: 'custom', runner: eachItem(logIn),
	},
];
