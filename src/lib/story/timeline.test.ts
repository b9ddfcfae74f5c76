import { describe, expect, it } from 'vitest';
import { currentYear, timelineYears } from './timeline';

const steps = [{ years: [1979] }, { years: [] }, { years: [1989] }, { years: [1979, 1992] }];

describe('timelineYears', () => {
	it('lists each year once, sorted, with the first step that names it', () => {
		expect(timelineYears(steps)).toEqual([
			{ year: 1979, step: 0 },
			{ year: 1989, step: 2 },
			{ year: 1992, step: 3 }
		]);
	});
});

describe('currentYear', () => {
	it.each([
		[0, 1979],
		[1, 1979],
		[2, 1989],
		[3, 1992]
	])('at step %i → %i', (index, year) => expect(currentYear(steps, index)).toBe(year));

	it('is undefined before any date', () => expect(currentYear([{ years: [] }], 0)).toBeUndefined());
});
