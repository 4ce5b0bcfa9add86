/**
 * Polling triggers: emit each new record once. The cursor (newest time seen and the ids seen at that
 * time) lives in workflow static data, so it survives restarts and works with queue-mode workers. The
 * first poll of an activated workflow only sets the cursor, so activation does not flood the workflow
 * with history; a manual test run returns the newest record as a sample.
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

interface Cursor {
	time: number;
	ids: string[];
}

export function selectNewRecords<T>(
	ctx: IPollFunctions,
	records: T[],
	idOf: (record: T) => string,
	timeOf: (record: T) => number,
	cursorKey = 'cursor',
): T[] {
	const staticData = ctx.getWorkflowStaticData('node');
	const cursor = staticData[cursorKey] as unknown as Cursor | undefined;
	const sorted = [...records].filter((r) => Number.isFinite(timeOf(r))).sort((a, b) => timeOf(a) - timeOf(b));
	const fresh = cursor
		? sorted.filter((r) => timeOf(r) > cursor.time || (timeOf(r) === cursor.time && !cursor.ids.includes(idOf(r))))
		: [];
	const newest = sorted.length ? timeOf(sorted[sorted.length - 1]) : cursor?.time;
	if (!cursor && newest === undefined) {
		// nothing yet: records that appear from now on are new, not history
		staticData[cursorKey] = { time: 0, ids: [] } as unknown as IDataObject;
	} else if (newest !== undefined) {
		const previous = cursor && cursor.time === newest ? cursor.ids : [];
		const atNewest = sorted.filter((r) => timeOf(r) === newest).map(idOf);
		staticData[cursorKey] = { time: newest, ids: [...new Set([...previous, ...atNewest])] } as unknown as IDataObject;
	}
	if (!cursor && ctx.getMode() === 'manual' && sorted.length) return [sorted[sorted.length - 1]];
	return fresh;
}

/** The time the cursor stands at (for asking the vendor only for records since then), if any. */
export function cursorTime(ctx: IPollFunctions, cursorKey = 'cursor'): number | undefined {
	const cursor = ctx.getWorkflowStaticData('node')[cursorKey] as unknown as Cursor | undefined;
	return cursor?.time;
}
