// Runs n8n's community-package scanner (@n8n/scan-community-package) on this package the way it scans a
// published one, without the registry steps (provenance, download) that need a published version: its lint of
// the tarball's compiled JavaScript and package.json, and its lint of the source (nodes/, credentials/,
// package.json) with the full community-node rule set. Inline eslint-disable comments are ignored, as there.
// Usage: node scanPackage.mjs <extracted tarball dir> <source dir>; prints {"tarball": …, "source": …}.
import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

const [tarballDir, sourceDir] = process.argv.slice(2);
const summary = (result) => ({ passed: result.passed, message: result.message ?? null, details: result.details ?? null });
const tarball = summary(await analyzePackage(tarballDir, ['**/*.js', 'package.json']));
const source = summary(await analyzePackage(sourceDir, SOURCE_FILE_PATTERNS));
process.stdout.write(JSON.stringify({ tarball, source }));
