'use strict';
/**
 * Lets the benchmark load the project's TypeScript (nodes, credentials, test harness, simulators) straight
 * from source, the way jest does: each .ts file is transpiled with the project's own TypeScript compiler
 * (no type check) when it is first required. No build step, no ts-node.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '../..');

const compilerOptions = {
	module: ts.ModuleKind.CommonJS,
	target: ts.ScriptTarget.ES2022,
	esModuleInterop: true,
	resolveJsonModule: true,
	isolatedModules: true,
	sourceMap: false,
	inlineSourceMap: true,
};

require.extensions['.ts'] = function compileTs(module, filename) {
	const source = fs.readFileSync(filename, 'utf8');
	const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
	module._compile(outputText, filename);
};

// n8n-core writes its instance settings under N8N_USER_FOLDER: keep the benchmark away from ~/.n8n
process.env.N8N_USER_FOLDER ??= fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-smart-campus-bench-'));
process.env.N8N_ENCRYPTION_KEY ??= 'bench-encryption-key';

module.exports = { ROOT };
