import type { Step } from './story';

export interface TimelineYear {
	year: number;
	/** The first step that names this year: where clicking the year leads. */
	step: number;
}

/** The years the story's dates name, in order, each with the first step that names it. */
export function timelineYears(steps: readonly Pick<Step, 'years'>[]): TimelineYear[] {
	const first = new Map<number, number>();
	steps.forEach((step, i) => {
		for (const year of step.years) if (!first.has(year)) first.set(year, i);
	});
	return [...first.entries()]
		.map(([year, step]) => ({ year, step }))
		.sort((a, b) => a.year - b.year);
}

/**
 * The year the timeline marks at a step. A dated step marks the first year its date names, where
 * the period it tells of starts ("1980s" → 1980, "2007–2022" → 2007); a step with no date (or a
 * date with no year) marks what the last dated step before it marks, because the story is still
 * "in" that time, even when that step's year is later than the next one's (stories go back).
 * Before the first dated step nothing is marked.
 */
export function currentYear(
	steps: readonly Pick<Step, 'years'>[],
	index: number
): number | undefined {
	for (let i = Math.min(index, steps.length - 1); i >= 0; i--) {
		const first = steps[i]?.years[0];
		if (first !== undefined) return first;
	}
	return undefined;
}
