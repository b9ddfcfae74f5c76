import { LIMITS } from './limits';
import { printable } from './text-rules';

/** One problem in a story file, located by file, step and field so an editor can go straight to it. */
export interface StoryProblem {
	file: string;
	/** `step "bannu"` when the step has a usable slug, `step 4` (1-based) otherwise; absent for story-level fields. */
	step?: string;
	field?: string;
	message: string;
}

export function formatProblem(p: StoryProblem): string {
	return printable([p.file, p.step, p.field, p.message].filter(Boolean).join(': '));
}

/**
 * Thrown when a story does not pass the schema; its message lists every problem, one per line,
 * up to LIMITS.problems (a broken 500-step story would otherwise print thousands of lines).
 */
export class StoryError extends Error {
	readonly problems: readonly StoryProblem[];

	constructor(problems: readonly StoryProblem[]) {
		const shown = problems.slice(0, LIMITS.problems).map(formatProblem);
		const more = problems.length - shown.length;
		if (more > 0) shown.push(`… and ${more} more problem${more === 1 ? '' : 's'}`);
		super(shown.join('\n'));
		this.name = 'StoryError';
		this.problems = problems;
	}
}
