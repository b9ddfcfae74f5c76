import { describe, expect, it } from 'vitest';
import { applyMove, stepMoveFor, type KeyInput } from './keys';

const press = (key: string, target: KeyInput['target'] = null, mods = {}): KeyInput => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	target,
	...mods
});
const body = { tagName: 'BODY', isContentEditable: false };

describe('stepMoveFor', () => {
	it.each([
		['j', 'next'],
		['ArrowDown', 'next'],
		['PageDown', 'next'],
		['k', 'prev'],
		['ArrowUp', 'prev'],
		['PageUp', 'prev'],
		['Home', 'first'],
		['End', 'last'],
		['x', null],
		[' ', null]
	])('%s → %s', (key, move) => expect(stepMoveFor(press(key, body), false)).toBe(move));

	it('leaves keys to form fields and widgets', () => {
		expect(
			stepMoveFor(press('j', { tagName: 'INPUT', isContentEditable: false }), false)
		).toBeNull();
		expect(
			stepMoveFor(press('ArrowDown', { tagName: 'DIV', isContentEditable: true }), false)
		).toBeNull();
		expect(
			stepMoveFor(
				press('ArrowUp', { tagName: 'DIV', isContentEditable: false, role: 'slider' }),
				false
			)
		).toBeNull();
	});

	it('leaves arrows to the map while exploring, but still steps with j and k', () => {
		expect(stepMoveFor(press('ArrowDown', body), true)).toBeNull();
		expect(stepMoveFor(press('j', body), true)).toBe('next');
	});

	it('leaves shortcuts with modifiers alone', () => {
		expect(stepMoveFor(press('ArrowDown', body, { ctrlKey: true }), false)).toBeNull();
	});
});

describe('applyMove', () => {
	it.each([
		['next', 0, 1],
		['next', 4, 4],
		['prev', 0, 0],
		['prev', 3, 2],
		['first', 3, 0],
		['last', 1, 4]
	] as const)('%s from %i → %i (5 steps)', (move, from, to) =>
		expect(applyMove(move, from, 5)).toBe(to)
	);
});
