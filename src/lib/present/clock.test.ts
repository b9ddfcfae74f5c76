import { describe, expect, it } from 'vitest';
import { formatClock, formatElapsed } from './clock';

describe('presenter clock', () => {
	it.each([
		[0, '0:00'],
		[999, '0:00'],
		[5_000, '0:05'],
		[245_000, '4:05'],
		[3_723_000, '1:02:03'],
		[-10, '0:00']
	])('elapsed %d ms → %s', (ms, text) => expect(formatElapsed(ms)).toBe(text));

	it('reads the time of day in 24 hours', () => {
		expect(formatClock(new Date(2024, 0, 1, 9, 5))).toBe('09:05');
		expect(formatClock(new Date(2024, 0, 1, 14, 30))).toBe('14:30');
	});
});
