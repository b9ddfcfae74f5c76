import { describe, expect, it } from 'vitest';
import { currentYear, timelineYears } from './timeline';
import { yearsIn } from './step-title';
import { getStory } from '$lib/server/stories';

const steps = [{ years: [1979] }, { years: [] }, { years: [1989] }, { years: [1979, 1992] }];

describe('timelineYears', () => {
	it('lists each year once, sorted, with the first step that names it', () => {
		expect(timelineYears(steps)).toEqual([
			{ year: 1979, step: 0 },
			{ year: 1989, step: 2 },
			{ year: 1992, step: 3 }
		]);
	});

	it('lists a decade under its first year', () =>
		expect(timelineYears([{ years: yearsIn('1979') }, { years: yearsIn('1980s') }])).toEqual([
			{ year: 1979, step: 0 },
			{ year: 1980, step: 1 }
		]));
});

describe('currentYear', () => {
	it.each([
		[0, 1979],
		[1, 1979],
		[2, 1989],
		[3, 1979]
	])('at step %i → %i', (index, year) => expect(currentYear(steps, index)).toBe(year));

	it('is undefined before any date', () => expect(currentYear([{ years: [] }], 0)).toBeUndefined());

	it('marks a decade by its own first year, not the year before it', () => {
		const dated = ['1979', '1980s', '1980s', '1988'].map((d) => ({ years: yearsIn(d) }));
		expect(dated.map((_, i) => currentYear(dated, i))).toEqual([1979, 1980, 1980, 1988]);
	});

	it('marks a range by the year it starts, and an undated step after it by the same year', () => {
		const dated = [{ years: yearsIn('1998') }, { years: yearsIn('2007–2022') }, { years: [] }];
		expect(dated.map((_, i) => currentYear(dated, i))).toEqual([1998, 2007, 2007]);
	});

	it('marks an undated step by the last dated step before it, even when the story goes back', () => {
		const dated = [{ years: [2022] }, { years: [] }, { years: [2020] }, { years: [] }];
		expect(dated.map((_, i) => currentYear(dated, i))).toEqual([2022, 2022, 2020, 2020]);
	});
});

describe('the frontier story', () => {
	const story = getStory('frontier');
	const marked = (slug: string) =>
		currentYear(
			story.steps,
			story.steps.findIndex((s) => s.slug === slug)
		);

	it('marks each step by its own date, or the last date before it', () => {
		expect(marked('soviet-invasion')).toBe(1979);
		expect(marked('before-the-invasion')).toBe(1979);
		expect(marked('outside-backing')).toBe(1980);
		expect(marked('peshawar')).toBe(1980);
		expect(marked('kashmir')).toBe(1992);
		expect(marked('kabul-2022')).toBe(2022);
		expect(marked('bannu')).toBe(2022);
		expect(marked('doha')).toBe(2020);
		expect(marked(story.steps.at(-1)!.slug)).toBe(2020);
	});

	it('lists every year a step marks on the timeline', () => {
		const listed = timelineYears(story.steps).map((y) => y.year);
		for (let i = 0; i < story.steps.length; i++) {
			const year = currentYear(story.steps, i);
			if (year !== undefined) expect(listed).toContain(year);
		}
		expect(listed).toContain(1980);
	});
});
