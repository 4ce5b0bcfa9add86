/**
 * Malformed vendor answers: bodies that are not JSON (the documents' own invalid samples among them), JSON
 * that is not the vendor's envelope, empty bodies and proxy pages. Each must end in a clear NodeApiError
 * naming the vendor, never a crash, a TypeError or an item reported as a success.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { VENDORS, type VendorEntry, type VendorFixture } from './vendors';
import { VENDORS as REGISTERED } from '../../nodes/vendors';

interface Sample {
	what: string;
	body: string;
	contentType?: string;
}

/** Invalid JSON printed in the vendor documents (contradictions of the documents), as a server could really send it. */
const DOCUMENT_SAMPLES: Record<string, Sample[]> = {
	baijiayun: [
		{
			what: "getRoomDeviceInfo sample ('total':2 in single quotes)",
			body: `{\n    "code": 0,\n    "data": {\n        "room_device_list": [\n            {\n                "device_id": 18,\n                "device_unique": "F3CC854E3AB174DCC0EE2B1C17392F02",\n                "zone_id": 12\n            }\n        ],\n        'total':2\n    },\n    "msg": "",\n    "ts": 1539064696\n}`,
		},
		{
			what: 'getRecentActivateRecord sample (trailing comma after activate_length)',
			body: `{\n    "code": 0,\n    "data": {\n            "device_id": 4,\n            "activate_record":{\n                 "activate_time": "2020-02-09 16:27:36",\n                 "activate_length": 123,\n            }\n    },\n    "msg": "",\n    "ts": 1516332055\n}`,
		},
	],
	gensee: [{ what: 'room/student/list sample (missing closing quote)', body: '[{"id":111,"name":"张三},{"id":22,"name":"李四"}]' }],
	haoyi: [
		{
			what: 'list_gather sample (unquoted xxxx placeholders)',
			body: '{\n  "err_code":0,\n  "err_msg":"OK",\n  "total_num":1,\n  "max_page":1,\n  "data":[{"gather_id": 1,\n  "school_id": 1,\n  "mac_addr": xxxx,\n  "ip_addr": xxxxx\n  }]\n}',
		},
	],
	smartclassroom: [],
	hongtu: [
		{ what: "queryBindType sample (Python-dict syntax)", body: "{'code': 0, 'data': {'bindType': 3}, 'msg': '成功'}" },
		{
			what: 'org/top/detail sample (trailing comma)',
			body: '{ \n    "code":0, \n    "data":{ \n        "orgUuid":"5136133420854963ad5c939f6f10026e", \n        "orgName":"⼀级组织", \n    }, \n    "msg":"成功" \n}',
		},
	],
};

/** Bodies no vendor may answer with. */
const COMMON: Sample[] = [
	{ what: 'an HTML proxy page', body: '<html><body>Proxy login required</body></html>', contentType: 'text/html' },
	{ what: 'an HTML page labelled as JSON', body: '<!DOCTYPE html><html>502 Bad Gateway</html>' },
	{ what: 'truncated JSON', body: '{"code": 0, "data": {"list": [' },
	{ what: 'a JSON array', body: '[1, 2, 3]' },
	{ what: 'a JSON string', body: '"ok"' },
	{ what: 'JSON null', body: 'null' },
	{ what: 'plain text', body: 'OK', contentType: 'text/plain' },
];

/** Where each vendor logs in (token vendors), answered properly so that the call under test reaches the garbage. */
const LOGIN: Record<string, { path: string; body: unknown }> = {
	smartclassroom: { path: '/api/v1/auth', body: { code: 0, data: { access_token: 'garbage-test-token' } } },
	haoyi: { path: '/api/v1/access_token', body: { err_code: 0, err_msg: 'OK', token: 'garbage-test-token', expires: 7200 } },
};

/** Objects without the envelope: every vendor but Smart Classroom, whose document shows bare models as answers. */
const NOT_THE_ENVELOPE: Sample = { what: 'a JSON object without the envelope', body: '{"hello": "world", "list": []}' };

class GarbageServer {
	body = '';

	contentType = 'application/json; charset=utf-8';

	requests = 0;

	private server?: http.Server;

	constructor(readonly vendor: string) {}

	get url(): string {
		return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
	}

	async start(): Promise<this> {
		this.server = http.createServer((req, res) => {
			req.resume();
			req.on('end', () => {
				const login = LOGIN[this.vendor];
				if (login && req.url?.split('?')[0] === login.path) {
					res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(login.body));
					return;
				}
				this.requests++;
				res.writeHead(200, { 'Content-Type': this.contentType }).end(this.body);
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		return this;
	}

	async stop(): Promise<void> {
		this.server?.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
	}
}

/** The credential pointed at `url`, as the registry says for the vendor. */
function baseUrlFields(vendor: VendorEntry, url: string): Record<string, string> {
	return REGISTERED.find((v) => v.key === vendor.key)!.credentialAt(url) as Record<string, string>;
}

describe.each(VENDORS.map((v) => [v.name, v] as const))('%s: malformed answers', (_name, vendor) => {
	let f: VendorFixture;
	let garbage: GarbageServer;
	beforeAll(async () => {
		f = await vendor.start();
		garbage = await new GarbageServer(vendor.key).start();
		f.setCredential(baseUrlFields(vendor, garbage.url));
	});
	afterAll(async () => {
		await garbage.stop();
		await f.sim.stop();
	});

	const samples = [...(DOCUMENT_SAMPLES[vendor.key] ?? []), ...COMMON, ...(vendor.key === 'smartclassroom' ? [] : [NOT_THE_ENVELOPE])];
	test.each(samples.map((s) => [s.what, s] as const))('%s → a clear NodeApiError', async (_what, sample) => {
		garbage.body = sample.body;
		garbage.contentType = sample.contentType ?? 'application/json; charset=utf-8';
		garbage.requests = 0;
		const { resource, operation, parameters } = vendor.probe;
		const result = await f.run(resource, operation, { ...parameters, requestOptions: { maxRetries: 0 } });
		expect(garbage.requests).toBeGreaterThan(0);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toContain(vendor.name);
		expect(result.error?.message).not.toMatch(/TypeError|Cannot read|undefined \(reading|is not a function/);
		expect(result.items).toHaveLength(0);

		// under continueOnFail the item carries the error instead of a success
		const tolerant = await f.run(resource, operation, { ...parameters, requestOptions: { maxRetries: 0 } }, undefined, { continueOnFail: true });
		expect(tolerant.error).toBeUndefined();
		expect(tolerant.items).toHaveLength(1);
		expect(String(tolerant.items[0].json.error)).toContain(vendor.name);
	});

	test('an empty body is not taken for a success', async () => {
		garbage.body = '';
		garbage.contentType = 'application/json';
		const { resource, operation, parameters } = vendor.probe;
		const result = await f.run(resource, operation, { ...parameters, requestOptions: { maxRetries: 0 } });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toContain(vendor.name);
	});
});
