'use strict';
/**
 * HongTu request signing written from the vendor document for the benchmark's raw-client floor
 * (csign = md5(uri-METHOD-queryParamStr-md5(body)-secret-ctimestamp-cnonce-cappkey)), independent of
 * the node's code, and the adapter that lets n8n's HTTP Request node use the HongTu credential.
 */
const { createHash, randomBytes } = require('node:crypto');

const md5 = (data) => createHash('md5').update(data).digest('hex');

function signedHeaders({ uri, method, body, appKey, secret }) {
	const ctimestamp = String(Date.now());
	const cnonce = randomBytes(6).toString('base64').replace(/[^A-Za-z0-9]/g, 'x').slice(0, 6);
	const csign = md5([uri, method, '', body === undefined ? '' : md5(body), secret, ctimestamp, cnonce, appKey].join('-'));
	return { 'Content-Type': 'application/json;charset=UTF-8', ctimestamp, cnonce, cappkey: appKey, csign };
}

/**
 * n8n's HTTP Request node hands credentials the legacy request options: the full address in `uri`, no
 * `url`. HongTuApi.authenticate reads `url` only, so it signs the path "/undefined" and the box answers
 * 100008 (signature error). Until the credential reads `uri` too, the benchmark wraps it: the address is
 * passed as `url`, the credential signs it, and the request goes out as the HTTP Request node built it.
 */
function withUriSupport(credentialType) {
	const authenticate = credentialType.authenticate.bind(credentialType);
	const wrapped = Object.create(credentialType);
	wrapped.authenticate = async (credentials, requestOptions) => {
		if (requestOptions.url !== undefined || typeof requestOptions.uri !== 'string') return await authenticate(credentials, requestOptions);
		const { uri, ...rest } = requestOptions;
		const signed = await authenticate(credentials, { ...rest, url: uri });
		const { url: _url, ...out } = signed;
		return { ...out, uri };
	};
	return wrapped;
}

module.exports = { signedHeaders, withUriSupport, md5 };
