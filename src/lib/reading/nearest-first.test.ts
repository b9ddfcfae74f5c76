import { describe, expect, it } from 'vitest';
import { nearestFirst } from './nearest-first';

describe('nearestFirst', () => {
	it('goes outwards from the reader, the next step before the one behind, leaving out their own', () => {
		expect(nearestFirst(['a', 'b', 'c', 'd', 'e'], 2)).toEqual(['d', 'b', 'e', 'a']);
	});

	it('runs on to the far end once one end is passed', () => {
		expect(nearestFirst([0, 1, 2, 3, 4, 5], 0)).toEqual([1, 2, 3, 4, 5]);
		expect(nearestFirst([0, 1, 2, 3, 4, 5], 5)).toEqual([4, 3, 2, 1, 0]);
		expect(nearestFirst([0, 1, 2, 3, 4, 5], 1)).toEqual([2, 0, 3, 4, 5]);
	});

	it('gives nothing for a single item or none', () => {
		expect(nearestFirst(['only'], 0)).toEqual([]);
		expect(nearestFirst([], 0)).toEqual([]);
	});
});
