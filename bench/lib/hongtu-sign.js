'use strict';
/**
 * HongTu request signing written from the vendor document for the benchmark's raw-client floor
 * (csign = md5(uri-METHOD-queryParamStr-md5(body)-secret-ctimestamp-cnonce-cappkey)), independent of
 * the node's code.
 */
const { createHash, randomBytes } = require('node:crypto');

const md5 = (data) => createHash('md5').update(data).digest('hex');

function signedHeaders({ uri, method, body, appKey, secret }) {
	const ctimestamp = String(Date.now());
	const cnonce = randomBytes(6).toString('base64').replace(/[^A-Za-z0-9]/g, 'x').slice(0, 6);
	const csign = md5([uri, method, '', body === undefined ? '' : md5(body), secret, ctimestamp, cnonce, appKey].join('-'));
	return { 'Content-Type': 'application/json;charset=UTF-8', ctimestamp, cnonce, cappkey: appKey, csign };
}

module.exports = { signedHeaders, md5 };
