// Lints the JavaScript of an extracted package tarball the way n8n's community-package scanner does: the
// community-node rules for restricted globals and imports, with inline eslint-disable comments ignored.
// Usage: node lintTarball.mjs <extracted package dir>; prints one JSON array of { file, messages }.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { ESLint } = require('eslint');
const pluginPath = require.resolve('@n8n/eslint-plugin-community-nodes');
const plugin = (await import(pathToFileURL(pluginPath).href)).default;

const dir = process.argv[2];
const eslint = new ESLint({
	cwd: dir,
	allowInlineConfig: false,
	overrideConfigFile: true,
	overrideConfig: [
		{
			files: ['**/*.js'],
			plugins: { '@n8n/community-nodes': plugin },
			languageOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' },
			rules: {
				'@n8n/community-nodes/no-restricted-globals': 'error',
				'@n8n/community-nodes/no-restricted-imports': 'error',
			},
		},
	],
});
const results = await eslint.lintFiles(['**/*.js']);
process.stdout.write(
	JSON.stringify(results.map((r) => ({ file: r.filePath.slice(dir.length), messages: r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`) }))),
);
