/**
 * The vendors the reliability and security suites run against, one entry each: the node, its operation
 * table (from the registry, nodes/vendors.ts), a simulator started with distinctive secret values, and the
 * credential pointing at it. A vendor joins every generic suite (bad input, envelopes, secrets) by adding one
 * entry to VENDORS; the registry test checks that every registered vendor has one.
 */
import { createHash } from 'node:crypto';

import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, INodeExecutionData, INodeType } from 'n8n-workflow';

import { BaijiayunApi } from '../../credentials/BaijiayunApi.credentials';
import { GenseeApi } from '../../credentials/GenseeApi.credentials';
import { HaoYiApi } from '../../credentials/HaoYiApi.credentials';
import { HongTuApi } from '../../credentials/HongTuApi.credentials';
import { SmartClassroomApi } from '../../credentials/SmartClassroomApi.credentials';
import { Baijiayun } from '../../nodes/Baijiayun/Baijiayun.node';
import { Gensee } from '../../nodes/Gensee/Gensee.node';
import { HaoYi } from '../../nodes/HaoYi/HaoYi.node';
import { HongTu } from '../../nodes/HongTu/HongTu.node';
import { SmartClassroom } from '../../nodes/SmartClassroom/SmartClassroom.node';
import type { OperationDefinition } from '../../nodes/shared/engine/definitions';
import { VENDORS as REGISTERED } from '../../nodes/vendors';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runNode, type RunNodeResult } from '../harness/runNode';
import { BaijiayunSimulator } from '../simulators/baijiayun/BaijiayunSimulator';
import type { SimulatorServer } from '../simulators/common/SimulatorServer';
import { GenseeSimulator } from '../simulators/gensee/GenseeSimulator';
import { HaoYiSimulator } from '../simulators/haoyi/HaoYiSimulator';
import { HongTuSimulator } from '../simulators/hongtu/HongTuSimulator';
import { SmartClassroomSimulator } from '../simulators/smartclassroom/SmartClassroomSimulator';

export interface RunOptions {
	continueOnFail?: boolean;
}

export interface VendorFixture {
	sim: SimulatorServer;
	credentials: TestCredentialsHelper;
	/** the credential data as set for the simulator */
	credentialData: ICredentialDataDecryptedObject;
	run(resource: string, operation: string, parameters?: IDataObject, items?: INodeExecutionData[], options?: RunOptions): Promise<RunNodeResult>;
	/** points the credential elsewhere (a dead port, a server answering garbage) */
	setCredential(data: Partial<ICredentialDataDecryptedObject>): void;
	/** secrets issued by the simulator during the run (access tokens) */
	issuedSecrets(): string[];
}

/** A place in a request: a header (lower case, as Node names them), a query parameter or a field of a JSON or form body. */
export type SecretPlace = { header: string } | { query: string } | { field: string };

export interface VendorEntry {
	key: string;
	name: string;
	operations: OperationDefinition[];
	nodeType: () => INodeType;
	credentialType: string;
	credential: () => ICredentialType;
	/** distinctive secret values the credential holds (and their derived forms that must stay secret too) */
	secrets: string[];
	/** credential fields holding secrets, and a wrong value for each */
	wrongSecret: ICredentialDataDecryptedObject;
	/**
	 * the only places of a request where the document lets the secrets travel, for a vendor the secrets suite
	 * has no rule of its own for (secrets.test.ts WHERE_SECRETS_GO): a header, a query parameter, a body field
	 */
	secretsOnlyIn?: SecretPlace[];
	start(): Promise<VendorFixture>;
	/** a cheap read operation that needs nothing to exist */
	probe: { resource: string; operation: string; parameters: IDataObject };
	/** an operation the simulator refuses with a vendor error code */
	vendorError: { resource: string; operation: string; parameters: IDataObject; message: RegExp };
}

function fixture(
	sim: SimulatorServer,
	credentialType: string,
	credential: ICredentialType,
	nodeType: () => INodeType,
	data: ICredentialDataDecryptedObject,
	issued: () => string[] = () => [],
): VendorFixture {
	const credentials = new TestCredentialsHelper({ [credentialType]: credential });
	credentials.set(credentialType, data);
	return {
		sim,
		credentials,
		credentialData: data,
		run: (resource, operation, parameters = {}, items, options = {}) =>
			runNode({ nodeType: nodeType(), parameters: { resource, operation, ...parameters }, items, credentials, ...options }),
		setCredential: (changes) => credentials.set(credentialType, { ...(credentials.store.get(credentialType) ?? data), ...changes } as ICredentialDataDecryptedObject),
		issuedSecrets: issued,
	};
}

// ── the distinctive secret values ─────────────────────────────────────────────
export const BAIJIAYUN_PARTNER_ID = '37102096';
export const BAIJIAYUN_PARTNER_KEY = 'BJYSECRET-pk/7f3e+9c1=Qz';
export const GENSEE_LOGIN = 'reliability-admin';
export const GENSEE_PASSWORD = 'GSESECRET-pw#5d2a&=x';
export const HAOYI_UNIONID = 'HAOYISECRET-unionid-8b4c';
export const SMART_CLASSROOM_PASSWORD = 'SCSECRET-pw!6e1f';
export const HONGTU_APP_KEY = 'reliability-app';
export const HONGTU_SECRET = 'HTSECRET-sk&4a7c!q';

const hex = (algorithm: string, text: string) => createHash(algorithm).update(text, 'utf8').digest('hex');

/** A vendor's operation table, as the registry holds it. */
const registered = (key: string): OperationDefinition[] => REGISTERED.find((v) => v.key === key)!.operations;

export const VENDORS: VendorEntry[] = [
	{
		key: 'baijiayun',
		name: 'Baijiayun',
		operations: registered('baijiayun'),
		nodeType: () => new Baijiayun(),
		credentialType: 'baijiayunApi',
		credential: () => new BaijiayunApi(),
		secrets: [BAIJIAYUN_PARTNER_KEY, encodeURIComponent(BAIJIAYUN_PARTNER_KEY)],
		wrongSecret: { partnerKey: 'BJYWRONG-pk-0a9b8c' },
		async start() {
			const sim = await new BaijiayunSimulator(BAIJIAYUN_PARTNER_ID, BAIJIAYUN_PARTNER_KEY).start();
			return fixture(sim, 'baijiayunApi', new BaijiayunApi(), () => new Baijiayun(), {
				environment: 'baseUrl',
				baseUrl: sim.url,
				partnerId: BAIJIAYUN_PARTNER_ID,
				partnerKey: BAIJIAYUN_PARTNER_KEY,
			});
		},
		probe: { resource: 'zone', operation: 'list', parameters: { returnAll: true } },
		vendorError: { resource: 'zone', operation: 'delete', parameters: { zoneId: { __rl: true, mode: 'id', value: '404' } }, message: /Baijiayun error 1002/ },
	},
	{
		key: 'gensee',
		name: 'Gensee',
		operations: registered('gensee'),
		nodeType: () => new Gensee(),
		credentialType: 'genseeApi',
		credential: () => new GenseeApi(),
		secrets: [GENSEE_PASSWORD, encodeURIComponent(GENSEE_PASSWORD), new URLSearchParams({ p: GENSEE_PASSWORD }).toString().slice(2), hex('md5', GENSEE_PASSWORD), hex('sha1', GENSEE_PASSWORD)],
		wrongSecret: { password: 'GSEWRONG-pw-3c2b1a' },
		async start() {
			const sim = await new GenseeSimulator(GENSEE_LOGIN, GENSEE_PASSWORD).start();
			return fixture(sim, 'genseeApi', new GenseeApi(), () => new Gensee(), {
				site: sim.url,
				loginName: GENSEE_LOGIN,
				password: GENSEE_PASSWORD,
				sec: 'none',
			});
		},
		probe: { resource: 'record', operation: 'sync', parameters: { returnAll: true } },
		vendorError: { resource: 'room', operation: 'get', parameters: { roomId: { __rl: true, mode: 'id', value: 'no-such-room' } }, message: /Gensee error/ },
	},
	{
		key: 'smartclassroom',
		name: 'Smart Classroom',
		operations: registered('smartclassroom'),
		nodeType: () => new SmartClassroom(),
		credentialType: 'smartClassroomApi',
		credential: () => new SmartClassroomApi(),
		secrets: [SMART_CLASSROOM_PASSWORD, encodeURIComponent(SMART_CLASSROOM_PASSWORD)],
		wrongSecret: { password: 'SCWRONG-pw-9e8d', accessToken: '' },
		async start() {
			const sim = await new SmartClassroomSimulator().start();
			sim.password = SMART_CLASSROOM_PASSWORD;
			return fixture(
				sim,
				'smartClassroomApi',
				new SmartClassroomApi(),
				() => new SmartClassroom(),
				{ baseUrl: `${sim.url}/api/v1/`, username: sim.username, password: SMART_CLASSROOM_PASSWORD, accessToken: '' },
				() => sim.issuedTokens,
			);
		},
		probe: { resource: 'term', operation: 'list', parameters: { returnAll: true } },
		vendorError: { resource: 'student', operation: 'get', parameters: { sid: '404404' }, message: /Smart Classroom error -/ },
	},
	{
		key: 'haoyi',
		name: 'HaoYi',
		operations: registered('haoyi'),
		nodeType: () => new HaoYi(),
		credentialType: 'haoYiApi',
		credential: () => new HaoYiApi(),
		secrets: [HAOYI_UNIONID],
		wrongSecret: { unionid: 'HAOYIWRONG-unionid-1f2e', accessToken: '' },
		async start() {
			const sim = await new HaoYiSimulator(HAOYI_UNIONID).start();
			sim.seedBasics();
			return fixture(
				sim,
				'haoYiApi',
				new HaoYiApi(),
				() => new HaoYi(),
				{ baseUrl: sim.url, unionid: HAOYI_UNIONID, accessToken: '' },
				() => [...sim.tokens.keys()],
			);
		},
		probe: { resource: 'school', operation: 'list', parameters: { returnAll: true } },
		vendorError: { resource: 'camera', operation: 'getStatus', parameters: { cameraId: { __rl: true, mode: 'id', value: '404404' } }, message: /HaoYi error 1010/ },
	},
	{
		key: 'hongtu',
		name: 'HongTu',
		operations: registered('hongtu'),
		nodeType: () => new HongTu(),
		credentialType: 'hongTuApi',
		credential: () => new HongTuApi(),
		secrets: [HONGTU_SECRET, encodeURIComponent(HONGTU_SECRET)],
		wrongSecret: { secret: 'HTWRONG-sk-7d6e5f' },
		async start() {
			const sim = await new HongTuSimulator({ [HONGTU_APP_KEY]: HONGTU_SECRET }).start();
			return fixture(sim, 'hongTuApi', new HongTuApi(), () => new HongTu(), { baseUrl: sim.url, cappkey: HONGTU_APP_KEY, secret: HONGTU_SECRET });
		},
		probe: { resource: 'person', operation: 'list', parameters: { returnAll: true } },
		vendorError: { resource: 'person', operation: 'get', parameters: { uuid: 'no-such-person' }, message: /HongTu error 101012/ },
	},
];

/** The field a parameter has in the node (camelCase of the vendor name). */
export { fieldName } from '../../nodes/shared/fields/field';
