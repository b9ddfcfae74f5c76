import { describe, expect, it } from 'vitest';
import { stepAtLine } from './active-step';

const boxes = [
	{ top: -500, bottom: -100 },
	{ top: -100, bottom: 300 },
	{ top: 500, bottom: 900 }
];

describe('stepAtLine', () => {
	it.each([
		[0, 1, 'the step whose box crosses the line'],
		[-100, 1, 'a box includes its top edge'],
		[350, 1, 'in a gap, the nearer step above'],
		[460, 2, 'in a gap, the nearer step below'],
		[-900, 0, 'above every step, the first'],
		[5000, 2, 'below every step, the last']
	])('line at %i → step %i (%s)', (line, expected) => {
		expect(stepAtLine(boxes, line)).toBe(expected);
	});
});
