import { describe, expect, it } from 'vitest';
import { figureShown } from './figures-shown';

const shown = (active: number, readyAround: number) =>
	[0, 1, 2, 3, 4, 5].filter((i) => figureShown(i, active, readyAround));

describe('figureShown', () => {
	it('draws the active step and both neighbours once the page has caught up', () => {
		expect(shown(2, 2)).toEqual([1, 2, 3]);
		expect(shown(0, 0)).toEqual([0, 1]);
	});

	it('keeps the step just left (it fades out) but waits to draw the one ahead', () => {
		expect(shown(3, 2)).toEqual([2, 3]);
		expect(shown(1, 2)).toEqual([1, 2]);
	});

	it('draws only the active step after a jump, until the page catches up', () => {
		expect(shown(5, 0)).toEqual([5]);
		expect(shown(0, 4)).toEqual([0]);
	});
});
