/** The document's signing rule and its worked examples, and the credential against the simulator. */
import { HongTuApi } from '../../credentials/HongTuApi.credentials';
import { hongTuSign, md5Hex } from '../../credentials/hongTuSigning';
import { vendorDocument } from '../fixtures/documents';
import { APP_KEY, SECRET, startHongTu } from './setup';

describe('HongTu signing', () => {
	it('reproduces the worked example of 1.3 签名示例 (person list)', () => {
		const body = '{"pageNum":1,"pageSize":10}';
		expect(md5Hex(body)).toBe('675c299bcd88edf31c09c48f9c7fba4b');
		expect(
			hongTuSign({
				uri: '/v1/api/person/list',
				method: 'POST',
				queryParamStr: '',
				bodyMd5: md5Hex(body),
				secret: 'sdfajk3242324fa!djq7',
				ctimestamp: '1627300328673',
				cnonce: '1234344',
				cappkey: 'appkey1',
			}),
		).toBe('52141def7a1e346ceee2f22c43d5fb97');
	});

	it('reproduces the upload demo (multipart: empty body MD5)', () => {
		const vector = vendorDocument('hongtu').signatureExamples!.find((v) => v.inputs.uri === '/v1/api/person/uploadImage')!;
		expect(
			hongTuSign({
				uri: vector.inputs.uri,
				method: vector.inputs.method,
				queryParamStr: '',
				bodyMd5: '',
				secret: vector.inputs.secretKey,
				ctimestamp: vector.inputs.ctimestamp,
				cnonce: vector.inputs.cnonce,
				cappkey: vector.inputs.cappkey,
			}),
		).toBe(vector.expected);
	});

	it('authenticate sends the exact JSON string it hashed, with ms timestamp and a 6-character nonce', async () => {
		const signed = await new HongTuApi().authenticate(
			{ baseUrl: 'http://box', cappkey: APP_KEY, secret: SECRET },
			{ method: 'POST', baseURL: 'http://box', url: '/v1/api/person/list', body: { pageNum: 1, pageSize: 10 } },
		);
		const headers = signed.headers as Record<string, string>;
		expect(signed.body).toBe('{"pageNum":1,"pageSize":10}');
		expect(headers.ctimestamp).toMatch(/^\d{13}$/);
		expect(headers.cnonce).toMatch(/^[A-Za-z0-9]{6}$/);
		expect(headers.cappkey).toBe(APP_KEY);
		expect(headers.csign).toBe(
			hongTuSign({
				uri: '/v1/api/person/list',
				method: 'POST',
				queryParamStr: '',
				bodyMd5: '675c299bcd88edf31c09c48f9c7fba4b',
				secret: SECRET,
				ctimestamp: headers.ctimestamp,
				cnonce: headers.cnonce,
				cappkey: APP_KEY,
			}),
		);
		expect(JSON.stringify(signed)).not.toContain(SECRET);
	});

	it('signs the path of a request from n8n\'s HTTP Request node, which passes the address as `uri`', async () => {
		const signed = await new HongTuApi().authenticate(
			{ baseUrl: 'http://box', cappkey: APP_KEY, secret: SECRET },
			{ method: 'POST', uri: 'http://box/v1/api/person/list', body: { pageNum: 1, pageSize: 10 } } as never,
		);
		const headers = signed.headers as Record<string, string>;
		expect(headers.csign).toBe(
			hongTuSign({
				uri: '/v1/api/person/list',
				method: 'POST',
				queryParamStr: '',
				bodyMd5: '675c299bcd88edf31c09c48f9c7fba4b',
				secret: SECRET,
				ctimestamp: headers.ctimestamp,
				cnonce: headers.cnonce,
				cappkey: APP_KEY,
			}),
		);
	});

	it('a wrong secret is refused with 100008 and mapped to a clear error without the secret', async () => {
		const env = await startHongTu();
		try {
			env.credentials.set('hongTuApi', { baseUrl: env.sim.url, cappkey: APP_KEY, secret: 'wrong-secret-123' });
			const result = await env.run('organization', 'getTop');
			expect(result.error?.message).toMatch(/HongTu error 100008/);
			expect(JSON.stringify(result.error)).not.toContain('wrong-secret-123');
			const test = new HongTuApi().test;
			expect(test.request.url).toBe('/v1/api/org/top/detail');
			expect(test.rules?.[0]).toMatchObject({ type: 'responseSuccessBody', properties: { key: 'code', value: 100008 } });
		} finally {
			await env.sim.stop();
		}
	});
});
