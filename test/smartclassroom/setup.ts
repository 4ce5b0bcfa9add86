/** Shared fixture for the Smart Classroom tests: a simulator and a credential pointing at it. */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { SmartClassroomApi } from '../../credentials/SmartClassroomApi.credentials';
import { SmartClassroom } from '../../nodes/SmartClassroom/SmartClassroom.node';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runNode, type RunNodeResult } from '../harness/runNode';
import { SmartClassroomSimulator, type MultipartPart } from '../simulators/smartclassroom/SmartClassroomSimulator';

export const CREDENTIAL = 'smartClassroomApi';

export async function startSmartClassroom() {
	const sim = await new SmartClassroomSimulator().start();
	const credentials = new TestCredentialsHelper({ [CREDENTIAL]: new SmartClassroomApi() });
	credentials.set(CREDENTIAL, { baseUrl: `${sim.url}/api/v1/`, username: sim.username, password: sim.password, accessToken: '' });
	const run = (
		resource: string,
		operation: string,
		parameters: IDataObject = {},
		items?: INodeExecutionData[],
		options: { continueOnFail?: boolean; typeVersion?: number } = {},
	): Promise<RunNodeResult> =>
		runNode({
			nodeType: new SmartClassroom(),
			parameters: { resource, operation, ...parameters },
			items,
			credentials,
			...options,
		});
	/** runs and fails the test with the node's error if there is one */
	const ok = async (resource: string, operation: string, parameters: IDataObject = {}, items?: INodeExecutionData[]) => {
		const result = await run(resource, operation, parameters, items);
		if (result.error) throw new Error(`${resource}.${operation} failed: ${result.error.message} ${(result.error as { description?: string }).description ?? ''}`);
		return result.items;
	};
	/** the last request the simulator received that was not a login */
	const last = () => [...sim.requests].reverse().find((r) => !r.path.endsWith('/auth'))!;
	return { sim, credentials, run, ok, last };
}

/** A resource locator value as n8n saves it for "By ID". */
export const byId = (id: unknown) => ({ __rl: true, mode: 'id', value: String(id) });

/** An input item with one binary file per property, as n8n holds it. */
export function binaryItem(files: Record<string, { data: Buffer; mimeType: string; fileName: string }>, json: IDataObject = {}): INodeExecutionData {
	return {
		json,
		binary: Object.fromEntries(
			Object.entries(files).map(([key, f]) => [key, { data: f.data.toString('base64'), mimeType: f.mimeType, fileName: f.fileName }]),
		),
	};
}

export const part = (parts: MultipartPart[], name: string) => parts.find((p) => p.name === name);

export const FAST_RETRY = { requestOptions: { maxRetries: 3, retryDelay: 1 } };
