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
 * The year the timeline marks at a step: the step's own latest year, or, for an undated step,
 * the latest year named by a step before it (the story is still "in" that year).
 */
export function currentYear(
	steps: readonly Pick<Step, 'years'>[],
	index: number
): number | undefined {
	for (let i = index; i >= 0; i--) {
		const years = steps[i]?.years ?? [];
		if (years.length > 0) return Math.max(...years);
	}
	return undefined;
}
