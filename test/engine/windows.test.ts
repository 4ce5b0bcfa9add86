/** Window arithmetic of the engine's `window` list trait: edges, leap day, wrong ranges. */
import { dateWindows, instantWindows, windowsFor } from '../../nodes/Gensee/windows';

const FROM = Date.UTC(2026, 8, 1); // 2026-09-01T00:00:00Z
const TO = Date.UTC(2026, 9, 1); // 2026-10-01T00:00:00Z
const DAY = 24 * 60 * 60 * 1000;

describe('window arithmetic (the engine’s `window` list trait)', () => {
	const trait = { startParam: 'startTime', endParam: 'endTime', format: 'epochMs' as const, maxDays: 7 };
	const label = (name: string) => name;

	test('instants: exactly 7 days is one window, one millisecond more is two; windows touch without overlapping', () => {
		expect(instantWindows(FROM, FROM + 7 * DAY - 1, 7)).toEqual([{ start: FROM, end: FROM + 7 * DAY - 1 }]);
		const two = instantWindows(FROM, FROM + 7 * DAY, 7);
		expect(two).toEqual([
			{ start: FROM, end: FROM + 7 * DAY - 1 },
			{ start: FROM + 7 * DAY, end: FROM + 7 * DAY },
		]);
	});

	test('days: across a leap day and a month end, 30 days at most, each day once', () => {
		const windows = dateWindows('2028-02-10', '2028-04-15', 30);
		expect(windows).toEqual([
			{ start: '2028-02-10', end: '2028-03-10' },
			{ start: '2028-03-11', end: '2028-04-09' },
			{ start: '2028-04-10', end: '2028-04-15' },
		]);
	});

	test('ranges: none without both ends, a message naming the fields for a wrong one', () => {
		expect(windowsFor(trait, undefined, undefined, label)).toEqual({ windows: [] });
		expect(windowsFor(trait, undefined, TO, label)).toEqual({ problem: '"startTime" is needed when "endTime" is set' });
		expect(windowsFor(trait, TO, FROM, label)).toEqual({ problem: '"endTime" is before "startTime"' });
		expect(windowsFor({ ...trait, format: 'date' }, '2026-09-02', '2026-09-01', label)).toEqual({ problem: '"endTime" is before "startTime"' });
	});
});
