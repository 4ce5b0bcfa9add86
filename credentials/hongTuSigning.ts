/**
 * HongTu OpenAPI signature (接口鉴权规则 / 签名计算规则):
 * csign = md5(uri-METHOD-queryParamStr-md5(body)-secret-ctimestamp-cnonce-cappkey), lower-case hex.
 * Empty components keep their separators. The body MD5 is over the exact UTF-8 bytes sent, and is empty
 * for multipart file uploads.
 */
import { createHash, randomBytes } from 'crypto';

export interface HongTuSignInput {
	/** request path starting with "/", without host or query */
	uri: string;
	method: string;
	/** "a=1&b=2" as sent, or "" */
	queryParamStr: string;
	/** md5 of the exact body bytes, or "" for file uploads and body-less requests */
	bodyMd5: string;
	secret: string;
	ctimestamp: string;
	cnonce: string;
	cappkey: string;
}

export function md5Hex(data: string | Buffer): string {
	return createHash('md5').update(data).digest('hex');
}

export function hongTuSign(input: HongTuSignInput): string {
	return md5Hex(
		[
			input.uri,
			input.method.toUpperCase(),
			input.queryParamStr,
			input.bodyMd5,
			input.secret,
			input.ctimestamp,
			input.cnonce,
			input.cappkey,
		].join('-'),
	);
}

const NONCE_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** The document asks for a 6-character random string. */
export function hongTuNonce(): string {
	return [...randomBytes(6)].map((b) => NONCE_ALPHABET[b % NONCE_ALPHABET.length]).join('');
}
