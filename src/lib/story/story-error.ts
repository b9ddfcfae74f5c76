/** One problem in a story file, located by file, step and field so an editor can go straight to it. */
export interface StoryProblem {
	file: string;
	/** `step "bannu"` when the step has a usable slug, `step 4` (1-based) otherwise; absent for story-level fields. */
	step?: string;
	field?: string;
	message: string;
}

export function formatProblem(p: StoryProblem): string {
	return [p.file, p.step, p.field, p.message].filter(Boolean).join(': ');
}

/** Thrown when a story does not pass the schema; its message lists every problem, one per line. */
export class StoryError extends Error {
	readonly problems: readonly StoryProblem[];

	constructor(problems: readonly StoryProblem[]) {
		super(problems.map(formatProblem).join('\n'));
		this.name = 'StoryError';
		this.problems = problems;
	}
}
