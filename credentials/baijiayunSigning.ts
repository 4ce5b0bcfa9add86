/**
 * Baijiayun request signing (Baijiayun OpenAPI 签名规则): sort every parameter except `sign` by key in
 * ASCII order, join as k1=v1&k2=v2…, append &partner_key=<key> (never sent), lowercase hex MD5.
 * Used to sign requests (credential) and to verify callbacks (trigger).
 */
import { createHash, timingSafeEqual } from 'crypto';

export type SignableParams = Record<string, string | number | boolean>;

export function baijiayunStringToSign(params: SignableParams, partnerKey: string): string {
	const pairs = Object.keys(params)
		.filter((key) => key !== 'sign')
		.sort()
		.map((key) => `${key}=${params[key]}`);
	return `${pairs.join('&')}&partner_key=${partnerKey}`;
}

export function baijiayunSign(params: SignableParams, partnerKey: string): string {
	return createHash('md5').update(baijiayunStringToSign(params, partnerKey), 'utf8').digest('hex');
}

/** Constant-time check of a received `sign` against the parameters it came with. */
export function verifyBaijiayunSign(params: SignableParams, partnerKey: string): boolean {
	const received = params.sign;
	if (typeof received !== 'string' || !/^[0-9a-fA-F]{32}$/.test(received)) return false;
	const expected = Buffer.from(baijiayunSign(params, partnerKey), 'hex');
	return timingSafeEqual(expected, Buffer.from(received.toLowerCase(), 'hex'));
}
