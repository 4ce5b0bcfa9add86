/**
 * Gensee's exports cap the time range of one request (7 days, or 7 calendar days): a longer range is cut into
 * consecutive windows that neither overlap nor leave gaps, each window is fetched (with its pages) by the
 * engine (the list trait's `split`) and the records are merged in order.
 */
import { DateTime } from 'luxon';

import type { RequestSplitter } from '../shared/engine/definitions';

/** A list whose vendor caps the time range of one request. */
export interface TimeWindowTrait {
	startParam: string;
	endParam: string;
	/** 'epochMs': instants, windows of `maxDays` × 24 h; 'date': "yyyy-MM-dd" days, both ends included */
	format: 'epochMs' | 'date';
	/** the longest range one request may ask for */
	maxDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export interface TimeWindow {
	start: number | string;
	end: number | string;
}

/** Consecutive windows of at most `maxDays` covering [start, end] in epoch ms, both ends included. */
export function instantWindows(startMs: number, endMs: number, maxDays: number): TimeWindow[] {
	const windows: TimeWindow[] = [];
	for (let start = startMs; start <= endMs; ) {
		const end = Math.min(start + maxDays * DAY_MS - 1, endMs);
		windows.push({ start, end });
		start = end + 1;
	}
	return windows;
}

/** Consecutive windows of at most `maxDays` calendar days (inclusive) covering [start, end] ("yyyy-MM-dd"). */
export function dateWindows(start: string, end: string, maxDays: number): TimeWindow[] {
	const windows: TimeWindow[] = [];
	const last = DateTime.fromISO(end, { zone: 'utc' });
	for (let day = DateTime.fromISO(start, { zone: 'utc' }); day <= last; ) {
		const until = DateTime.min(day.plus({ days: maxDays - 1 }), last);
		windows.push({ start: day.toFormat('yyyy-MM-dd'), end: until.toFormat('yyyy-MM-dd') });
		day = until.plus({ days: 1 });
	}
	return windows;
}

/**
 * The windows for an item's range: none when neither end is given (the vendor's own default range applies),
 * up to now (or today) when only the start is. A wrong range gives a message naming the parameters instead.
 */
export function windowsFor(
	trait: TimeWindowTrait,
	start: unknown,
	end: unknown,
	labelOf: (name: string) => string,
): { windows: TimeWindow[] } | { problem: string } {
	if (start === undefined && end === undefined) return { windows: [] };
	const startLabel = `"${labelOf(trait.startParam)}"`;
	const endLabel = `"${labelOf(trait.endParam)}"`;
	if (start === undefined) return { problem: `${startLabel} is needed when ${endLabel} is set` };
	if (trait.format === 'epochMs') {
		const endMs = end === undefined ? Date.now() : Number(end);
		if (endMs < Number(start)) return { problem: `${endLabel} is before ${startLabel}` };
		return { windows: instantWindows(Number(start), endMs, trait.maxDays) };
	}
	const last = end === undefined ? DateTime.utc().toFormat('yyyy-MM-dd') : String(end);
	if (last < String(start)) return { problem: `${endLabel} is before ${startLabel}` };
	return { windows: dateWindows(String(start), last, trait.maxDays) };
}

/** The list trait's `split` of a time window: one part per window, the window's ends as its parameters. */
export function timeWindows(trait: TimeWindowTrait): RequestSplitter {
	return (values, labelOf) => {
		const range = windowsFor(trait, values[trait.startParam], values[trait.endParam], labelOf);
		if ('problem' in range) return range;
		return { parts: range.windows.map((window) => ({ [trait.startParam]: window.start, [trait.endParam]: window.end })) };
	};
}
