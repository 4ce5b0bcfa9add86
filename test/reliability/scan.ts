/**
 * Everything a run emits, as text to search for secrets: output items, the error (message, description,
 * context and every property reachable from it, enumerable or not), the serialised run data, and whatever
 * was logged through n8n's LoggerProxy, the console or the process streams meanwhile.
 */
import { inspect } from 'node:util';

import { LoggerProxy } from 'n8n-workflow';

import type { RunNodeResult } from '../harness/runNode';

/** Every string reachable from a value, through own properties (enumerable or not), to a bounded depth. */
export function reachableText(value: unknown, depth = 8, seen = new Set<unknown>()): string[] {
	if (value === null || value === undefined) return [];
	if (typeof value === 'string') return [value];
	if (typeof value !== 'object' && typeof value !== 'function') return [String(value)];
	if (seen.has(value) || depth < 0) return [];
	seen.add(value);
	if (Buffer.isBuffer(value)) return [value.toString('utf8'), value.toString('base64')];
	const out: string[] = [];
	for (const key of Object.getOwnPropertyNames(value)) {
		if (typeof value === 'function' && ['prototype', 'caller', 'callee', 'arguments'].includes(key)) continue;
		let child: unknown;
		try {
			child = (value as Record<string, unknown>)[key];
		} catch {
			continue;
		}
		out.push(key, ...reachableText(child, depth - 1, seen));
	}
	return out;
}

/** Text of a run: items, error (deep), run data. */
export function emitted(result: RunNodeResult): string {
	const error = result.error as (Error & { description?: string; context?: unknown }) | undefined;
	return [
		JSON.stringify(result.items),
		error?.message ?? '',
		error?.description ?? '',
		JSON.stringify(error?.context ?? {}),
		error ? inspect(error, { depth: 8, showHidden: true }) : '',
		...reachableText(error),
		JSON.stringify(result.run),
	].join('\n');
}

/** Captures log output while installed: LoggerProxy, console, stdout and stderr. */
export class LogCapture {
	readonly lines: string[] = [];

	private restore: Array<() => void> = [];

	install(): this {
		const record = (level: string) => (message: unknown, meta?: unknown) => {
			this.lines.push(`${level} ${String(message)} ${meta === undefined ? '' : inspect(meta, { depth: 8, showHidden: true })}`);
		};
		LoggerProxy.init({ error: record('error'), warn: record('warn'), info: record('info'), debug: record('debug') } as never);
		for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
			const spy = jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
				this.lines.push(`console.${method} ${args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 8 }))).join(' ')}`);
			});
			this.restore.push(() => spy.mockRestore());
		}
		for (const stream of [process.stdout, process.stderr]) {
			const original = stream.write.bind(stream);
			stream.write = ((chunk: unknown, ...rest: unknown[]) => {
				this.lines.push(String(chunk));
				return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
			}) as typeof stream.write;
			this.restore.push(() => {
				stream.write = original as typeof stream.write;
			});
		}
		return this;
	}

	uninstall(): void {
		for (const undo of this.restore.splice(0)) undo();
	}

	get text(): string {
		return this.lines.join('\n');
	}
}

/** The secrets found in a text (empty when none). */
export function leaks(text: string, secrets: string[]): string[] {
	return [...new Set(secrets.filter((s) => s.length >= 6 && text.includes(s)))];
}
