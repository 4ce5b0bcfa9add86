/**
 * Secrets: with distinctive values in every credential, every failure path we can provoke (wrong secret,
 * expired or refused tokens, vendor error codes, network down, 5xx/429/throttling after retries, lost
 * answers, validation errors, continueOnFail error items) and a success are run, and everything emitted is
 * searched for the secrets and for the tokens the simulators issued. The simulators' recorded requests show
 * that each secret travels only where its document asks for it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { inspect } from 'node:util';

import type { IDataObject, INodeType } from 'n8n-workflow';

import { HaoYiTrigger } from '../../nodes/HaoYi/HaoYiTrigger.node';
import { SmartClassroomTrigger } from '../../nodes/SmartClassroom/SmartClassroomTrigger.node';
import { runPoll, triggerFixture } from '../harness/triggers';

import type { RunNodeResult } from '../harness/runNode';
import type { SimRequest } from '../simulators/common/SimulatorServer';
import type { HaoYiSimulator } from '../simulators/haoyi/HaoYiSimulator';
import type { SmartClassroomSimulator } from '../simulators/smartclassroom/SmartClassroomSimulator';
import { badInputCases } from './badInputCases';
import { emitted, leaks, LogCapture, reachableText } from './scan';
import { VENDORS as REGISTERED } from '../../nodes/vendors';
import {
	BAIJIAYUN_PARTNER_KEY,
	GENSEE_PASSWORD,
	HAOYI_UNIONID,
	VENDORS,
	type SecretPlace,
	type VendorEntry,
	type VendorFixture,
} from './vendors';

const FAST = { maxRetries: 1, retryDelay: 1 };

async function deadUrl(): Promise<string> {
	const server = http.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return `http://127.0.0.1:${port}`;
}

/** The credential pointed at `url`, as the registry says for the vendor. */
function urlFields(vendor: VendorEntry, url: string): Record<string, string> {
	return REGISTERED.find((v) => v.key === vendor.key)!.credentialAt(url) as Record<string, string>;
}

interface Scenario {
	name: string;
	/** whether the run must fail (sanity: the failure path really was taken) */
	fails: boolean;
	/** under continueOnFail: how many items must come out, each carrying its error */
	errorItems?: number;
	run(f: VendorFixture, vendor: VendorEntry): Promise<RunNodeResult>;
}

function withOptions(parameters: IDataObject, options: IDataObject = FAST): IDataObject {
	return { ...parameters, requestOptions: options };
}

const GENERIC: Scenario[] = [
	{
		name: 'a successful run',
		fails: false,
		run: (f, v) => f.run(v.probe.resource, v.probe.operation, v.probe.parameters),
	},
	{
		name: 'a wrong secret in the credential',
		fails: true,
		run: async (f, v) => {
			f.setCredential(v.wrongSecret);
			try {
				return await f.run(v.probe.resource, v.probe.operation, withOptions(v.probe.parameters));
			} finally {
				f.setCredential(f.credentialData);
			}
		},
	},
	{
		name: 'a wrong secret under continueOnFail (2 items)',
		fails: false,
		errorItems: 2,
		run: async (f, v) => {
			f.setCredential(v.wrongSecret);
			try {
				return await f.run(v.probe.resource, v.probe.operation, withOptions(v.probe.parameters), [{ json: {} }, { json: {} }], { continueOnFail: true });
			} finally {
				f.setCredential(f.credentialData);
			}
		},
	},
	{
		name: 'a vendor error code',
		fails: true,
		run: (f, v) => f.run(v.vendorError.resource, v.vendorError.operation, v.vendorError.parameters),
	},
	{
		name: 'vendor error codes under continueOnFail (2 items)',
		fails: false,
		errorItems: 2,
		run: (f, v) => f.run(v.vendorError.resource, v.vendorError.operation, v.vendorError.parameters, [{ json: {} }, { json: {} }], { continueOnFail: true }),
	},
	{
		name: 'a validation error',
		fails: true,
		run: (f, v) => {
			const op = v.operations.find((o) => o.resource === v.vendorError.resource && o.operation === v.vendorError.operation)!;
			const [bad] = badInputCases(v.nodeType(), op);
			return f.run(op.resource, op.operation, bad.parameters);
		},
	},
	{
		name: 'a validation error under continueOnFail',
		fails: false,
		errorItems: 1,
		run: (f, v) => {
			const op = v.operations.find((o) => o.resource === v.vendorError.resource && o.operation === v.vendorError.operation)!;
			const [bad] = badInputCases(v.nodeType(), op);
			return f.run(op.resource, op.operation, bad.parameters, undefined, { continueOnFail: true });
		},
	},
	...(['http500', 'http503', 'http429', 'throttle', 'drop', 'dropAfter', 'timeout'] as const).map(
		(kind): Scenario => ({
			name: `${kind} on every request, after the bounded retries`,
			fails: true,
			run: async (f, v) => {
				f.sim.setFaults({ rate: 1, kinds: [kind], timeoutMs: 100 });
				try {
					return await f.run(v.probe.resource, v.probe.operation, withOptions(v.probe.parameters));
				} finally {
					f.sim.clearFaults();
				}
			},
		}),
	),
	{
		name: 'the vendor unreachable',
		fails: true,
		run: async (f, v) => {
			f.setCredential(urlFields(v, await deadUrl()));
			try {
				return await f.run(v.probe.resource, v.probe.operation, withOptions(v.probe.parameters));
			} finally {
				f.setCredential(f.credentialData);
			}
		},
	},
	{
		name: 'the vendor unreachable under continueOnFail (2 items)',
		fails: false,
		errorItems: 2,
		run: async (f, v) => {
			f.setCredential(urlFields(v, await deadUrl()));
			try {
				return await f.run(v.probe.resource, v.probe.operation, withOptions(v.probe.parameters), [{ json: {} }, { json: {} }], { continueOnFail: true });
			} finally {
				f.setCredential(f.credentialData);
			}
		},
	},
];

/** Token vendors: a token that expires and cannot be renewed, and a login server that fails. */
const TOKEN: Record<string, Scenario[]> = {
	smartclassroom: [
		{
			name: 'an expired token the server keeps refusing after a new login',
			fails: true,
			run: async (f, v) => {
				const sim = f.sim as SmartClassroomSimulator;
				await f.run(v.probe.resource, v.probe.operation, v.probe.parameters);
				sim.expireTokens();
				sim.refuseTokens = true;
				try {
					return await f.run(v.probe.resource, v.probe.operation, v.probe.parameters);
				} finally {
					sim.refuseTokens = false;
				}
			},
		},
		{
			name: 'the login failing with HTTP 500',
			fails: true,
			run: async (f, v) => {
				f.setCredential({ accessToken: '' });
				f.sim.setFaults({ rate: 1, kinds: ['http500'] });
				try {
					return await f.run(v.probe.resource, v.probe.operation, withOptions(v.probe.parameters));
				} finally {
					f.sim.clearFaults();
				}
			},
		},
	],
	haoyi: [
		{
			name: 'an expired token whose renewal fails (1004 on the exchange)',
			fails: true,
			run: async (f, v) => {
				const sim = f.sim as HaoYiSimulator;
				await f.run(v.probe.resource, v.probe.operation, v.probe.parameters);
				sim.expireAllTokens();
				sim.tokenIssueFailures = 100;
				try {
					return await f.run(v.probe.resource, v.probe.operation, withOptions(v.probe.parameters));
				} finally {
					sim.tokenIssueFailures = 0;
				}
			},
		},
		{
			name: 'the token exchange failing with HTTP 500',
			fails: true,
			run: async (f, v) => {
				f.setCredential({ accessToken: '' });
				f.sim.setFaults({ rate: 1, kinds: ['http500'] });
				try {
					return await f.run(v.probe.resource, v.probe.operation, withOptions(v.probe.parameters));
				} finally {
					f.sim.clearFaults();
				}
			},
		},
	],
};

const text = (r: SimRequest) => ({
	target: `${r.method} ${r.path}?${new URLSearchParams(r.query).toString()}`,
	query: JSON.stringify(r.query),
	headers: JSON.stringify(r.headers),
	body: r.rawBody.toString('utf8'),
});

const contains = (haystack: string, needles: string[]) => needles.some((n) => haystack.includes(n));

/** Where each secret may travel, per document; returns the violations found in the recorded requests. */
const WHERE_SECRETS_GO: Record<string, (requests: SimRequest[], f: VendorFixture, vendor: VendorEntry) => string[]> = {
	// the partner key only signs: it is never sent (Baijiayun signing rule)
	baijiayun: (requests, _f, vendor) =>
		requests.filter((r) => contains(Object.values(text(r)).join('\n'), vendor.secrets)).map((r) => `partner key sent to ${r.path}`),
	// loginName and password travel in the form body of every call, never in the URL or headers
	gensee: (requests, _f, vendor) =>
		requests.flatMap((r) => {
			const t = text(r);
			const found: string[] = [];
			if (contains(t.target + t.query + t.headers, vendor.secrets)) found.push(`password in the URL or headers of ${r.path}`);
			const form = new URLSearchParams(t.body);
			const sent = [...form.entries()].filter(([, v]) => vendor.secrets.some((s) => v.includes(s))).map(([k]) => k);
			if (sent.some((k) => k !== 'password')) found.push(`password in form field(s) ${sent.join(', ')} of ${r.path}`);
			return found;
		}),
	// the password only in the body of POST /auth; the token only in the Authorization header
	smartclassroom: (requests, f, vendor) =>
		requests.flatMap((r) => {
			const t = text(r);
			const found: string[] = [];
			const isLogin = r.method === 'POST' && r.path.endsWith('/auth');
			if (contains(t.target + t.query + t.headers, vendor.secrets) || (!isLogin && contains(t.body, vendor.secrets)))
				found.push(`password sent to ${r.method} ${r.path} outside the login body`);
			if (contains(t.target + t.query + t.body, f.issuedSecrets())) found.push(`token outside the Authorization header of ${r.path}`);
			return found;
		}),
	// the unionid only in the query of GET /api/v1/access_token; the token only as the `token` query parameter
	haoyi: (requests, f, vendor) =>
		requests.flatMap((r) => {
			const t = text(r);
			const found: string[] = [];
			const isExchange = r.path === '/api/v1/access_token';
			if (contains(t.headers + t.body + r.path, vendor.secrets) || (!isExchange && contains(t.query, vendor.secrets)))
				found.push(`unionid sent to ${r.path}`);
			const tokens = f.issuedSecrets();
			const query = { ...r.query };
			delete query.token;
			if (contains(t.headers + t.body + r.path + JSON.stringify(query), tokens)) found.push(`token outside the token parameter of ${r.path}`);
			return found;
		}),
	// the secret only signs: it is never sent, not even as the subscription's appKey (whose document samples hold the secret)
	hongtu: (requests, _f, vendor) =>
		requests.filter((r) => contains(Object.values(text(r)).join('\n'), vendor.secrets)).map((r) => `secret sent to ${r.path}`),
};

/** A vendor's `secretsOnlyIn` as a rule: its secrets in no part of a request but the places named. */
function onlyIn(places: SecretPlace[]): (requests: SimRequest[], f: VendorFixture, vendor: VendorEntry) => string[] {
	const without = (record: Record<string, unknown>, names: string[]) => Object.fromEntries(Object.entries(record).filter(([key]) => !names.includes(key)));
	const named = (kind: 'header' | 'query' | 'field') => places.flatMap((p) => (kind in p ? [(p as Record<string, string>)[kind]] : []));
	return (requests, _f, vendor) =>
		requests
			.filter((r) => {
				const body = Object.keys(r.body).length ? JSON.stringify(without(r.body, named('field'))) : r.rawBody.toString('utf8');
				const rest = [r.method, r.path, JSON.stringify(without(r.query, named('query'))), JSON.stringify(without(r.headers, named('header'))), body].join('\n');
				return contains(rest, vendor.secrets);
			})
			.map((r) => `a secret sent to ${r.method} ${r.path} outside ${JSON.stringify(places)}`);
}

describe.each(VENDORS.map((v) => [v.name, v] as const))('%s: no secret in anything emitted', (_name, vendor) => {
	let f: VendorFixture;
	const capture = new LogCapture();
	const secretsOf = () => [
		...vendor.secrets,
		...Object.values(vendor.wrongSecret).filter((s): s is string => typeof s === 'string' && s !== ''),
		...f.issuedSecrets(),
	];

	beforeAll(async () => {
		f = await vendor.start();
		capture.install();
	});
	afterAll(async () => {
		capture.uninstall();
		await f.sim.stop();
	});

	const scenarios = [...GENERIC, ...(TOKEN[vendor.key] ?? [])];
	test.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_s, scenario) => {
		const logStart = capture.lines.length;
		const result = await scenario.run(f, vendor);
		if (scenario.fails) expect(result.error).toBeDefined();
		else if (scenario.name === 'a successful run') expect(result.error).toBeUndefined();
		if (scenario.name === 'a vendor error code') expect(result.error?.message).toMatch(vendor.vendorError.message);
		if (scenario.errorItems !== undefined) {
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(scenario.errorItems);
			expect(result.items.every((i) => typeof i.json.error === 'string')).toBe(true);
		}
		const everything = `${emitted(result)}\n${capture.lines.slice(logStart).join('\n')}`;
		expect(leaks(everything, secretsOf())).toEqual([]);
	});

	test('the simulator saw each secret only where the document asks for it', () => {
		expect(f.sim.requests.length).toBeGreaterThan(0);
		const rule = WHERE_SECRETS_GO[vendor.key] ?? (vendor.secretsOnlyIn && onlyIn(vendor.secretsOnlyIn));
		if (!rule) throw new Error(`${vendor.name}: say where the document lets its secrets travel (secretsOnlyIn of its entry in test/reliability/vendors.ts)`);
		expect(rule(f.sim.requests, f, vendor)).toEqual([]);
	});

	test('nothing logged during the whole suite holds a secret', () => {
		expect(leaks(capture.text, secretsOf())).toEqual([]);
	});
});

describe.each([
	['HaoYi', 'haoyi', () => new HaoYiTrigger(), { event: 'newRecording' }],
	['Smart Classroom', 'smartclassroom', () => new SmartClassroomTrigger(), { event: 'attendanceRecord', clsId: { __rl: true, mode: 'id', value: '1' } }],
] as Array<[string, string, () => INodeType, IDataObject]>)('%s polling trigger: no secret in a failed poll', (_name, key, trigger, parameters) => {
	const vendor = VENDORS.find((v) => v.key === key)!;
	const cases: Array<[string, (f: VendorFixture) => Promise<void>]> = [
		['a wrong secret', async (f) => f.setCredential(vendor.wrongSecret)],
		['the server failing with 503', async (f) => f.sim.setFaults({ rate: 1, kinds: ['http503'] })],
		['the server unreachable', async (f) => f.setCredential(urlFields(vendor, await deadUrl()))],
	];
	test.each(cases)('%s', async (_what, breakIt) => {
		const f = await vendor.start();
		const capture = new LogCapture().install();
		try {
			// a first poll with working credentials issues a token, then the failure
			await runPoll(triggerFixture(trigger(), parameters, f.credentials)).catch(() => null);
			await breakIt(f);
			let thrown: unknown;
			const output = await runPoll(triggerFixture(trigger(), parameters, f.credentials)).catch((error: unknown) => {
				thrown = error;
				return null;
			});
			expect(thrown).toBeDefined();
			const everything = [JSON.stringify(output), inspect(thrown, { depth: 8, showHidden: true }), ...reachableText(thrown), capture.text].join('\n');
			const secrets = [...vendor.secrets, ...Object.values(vendor.wrongSecret).filter((s): s is string => typeof s === 'string' && s !== ''), ...f.issuedSecrets()];
			expect(f.issuedSecrets().length).toBeGreaterThan(0);
			expect(leaks(everything, secrets)).toEqual([]);
		} finally {
			capture.uninstall();
			await f.sim.stop();
		}
	});
});

describe('Gensee with password hashing', () => {
	test('sec=md5 never sends the password in clear', async () => {
		const gensee = VENDORS.find((v) => v.key === 'gensee')!;
		const f = await gensee.start();
		f.setCredential({ sec: 'md5' });
		await f.run(gensee.probe.resource, gensee.probe.operation, gensee.probe.parameters);
		expect(f.sim.requests.length).toBeGreaterThan(0);
		for (const r of f.sim.requests) expect(r.rawBody.toString('utf8') + JSON.stringify(r.query)).not.toContain(encodeURIComponent(GENSEE_PASSWORD));
		await f.sim.stop();
	});
});

test('the scan finds a secret wherever it hides (items, error cause, logs)', () => {
	const hidden = new Error('outer');
	Object.defineProperty(hidden, 'cause', { value: { config: { url: `http://x/?token=${HAOYI_UNIONID}` } }, enumerable: false });
	const result = { items: [], error: hidden, run: {} } as unknown as RunNodeResult;
	expect(leaks(emitted(result), [HAOYI_UNIONID])).toEqual([HAOYI_UNIONID]);
	const item = { items: [{ json: { key: BAIJIAYUN_PARTNER_KEY } }], run: {} } as unknown as RunNodeResult;
	expect(leaks(emitted(item), [BAIJIAYUN_PARTNER_KEY])).toEqual([BAIJIAYUN_PARTNER_KEY]);
});

test('the distinctive secrets are what the vendors hold', async () => {
	expect(VENDORS.map((v) => v.key).sort()).toEqual(REGISTERED.map((v) => v.key).sort());
	// each vendor's first secret is a value of the credential the runs use, in a field the wrong-secret runs replace
	for (const v of VENDORS) {
		const f = await v.start();
		try {
			const field = Object.keys(v.wrongSecret).find((key) => f.credentialData[key] === v.secrets[0]);
			expect([v.key, field]).toEqual([v.key, expect.any(String)]);
		} finally {
			await f.sim.stop();
		}
	}
});
