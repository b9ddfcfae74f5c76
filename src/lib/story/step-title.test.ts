import { describe, expect, it } from 'vitest';
import { stepTitle, yearsIn } from './step-title';

describe('yearsIn', () => {
	it.each([
		['February 1989', [1989]],
		['1980s', [1980]],
		['the 1990s', [1990]],
		['1979–1989', [1979, 1989]],
		['2007–2022', [2007, 2022]],
		['1980s–1990s', [1980, 1990]],
		[undefined, []],
		['no year', []]
	] as const)('%s → %j', (date, years) => expect(yearsIn(date)).toEqual(years));
});

describe('stepTitle', () => {
	it('prefers the heading', () => expect(stepTitle({ heading: 'Kabul', text: 'x' })).toBe('Kabul'));
	it('else the first eight words of the text', () =>
		expect(stepTitle({ text: 'one two three four five six seven eight nine' })).toBe(
			'one two three four five six seven eight…'
		));
	it('else the caption', () =>
		expect(stepTitle({ caption: 'Lakki Marwat.' })).toBe('Lakki Marwat.'));
});
