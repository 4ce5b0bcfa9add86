import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';

import { setSafeRegexEngine } from 'n8n-workflow';

// n8n-core writes its instance settings under N8N_USER_FOLDER; keep tests away from ~/.n8n.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-smart-campus-test-'));
process.env.N8N_ENCRYPTION_KEY ??= 'test-encryption-key';

// n8n-workflow runs the regular expressions of parameter checks in a node:vm script with a 250 ms limit
// (ReDoS protection). On a loaded 2-core machine a first run can take longer than that, which failed tests
// at random; the same vm engine with a larger limit keeps the protection's behaviour without the flakiness.
const TEST_REGEX_TIMEOUT_MS = 10_000;
const context = vm.createContext({ pattern: '', flags: '', input: '', replacement: '', result: undefined as unknown });
const script = (code: string) => new vm.Script(`result = ${code}`);
const scripts = {
	exec: script('new RegExp(pattern, flags).exec(input)'),
	test: script('new RegExp(pattern, flags).test(input)'),
	replace: script('input.replace(new RegExp(pattern, flags), replacement)'),
	matchAll: script('Array.from(input.matchAll(new RegExp(pattern, flags)))'),
	split: script('input.split(new RegExp(pattern, flags))'),
};
function run<T>(which: keyof typeof scripts, pattern: string, input: string, flags = '', replacement = ''): T {
	Object.assign(context, { pattern, input, flags, replacement, result: undefined });
	scripts[which].runInContext(context, { timeout: TEST_REGEX_TIMEOUT_MS });
	return context.result as T;
}
setSafeRegexEngine({
	exec: (pattern, input, flags) => run('exec', pattern, input, flags),
	test: (pattern, input, flags) => run('test', pattern, input, flags),
	replace: (pattern, input, flags, replacement) => run('replace', pattern, input, flags, replacement),
	matchAll: (pattern, input, flags) => run('matchAll', pattern, input, flags?.includes('g') ? flags : `${flags ?? ''}g`),
	split: (pattern, input, flags) => run('split', pattern, input, flags),
});
