import { describe, expect, it } from 'vitest';
import { swipeMove, tapMove } from './pointer';

describe('pointer moves', () => {
	it('a click on the right half goes on, on the left half goes back', () => {
		expect(tapMove(1000, 1280)).toBe('next');
		expect(tapMove(640, 1280)).toBe('next');
		expect(tapMove(100, 1280)).toBe('prev');
	});

	it.each([
		[-120, 10, 'next'],
		[120, -10, 'prev'],
		[-30, 0, null],
		[-80, 100, null],
		[0, 200, null]
	])('a swipe of (%d, %d) → %s', (dx, dy, move) => expect(swipeMove(dx, dy)).toBe(move));
});
