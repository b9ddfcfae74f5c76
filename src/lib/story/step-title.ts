const TITLE_WORDS = 8;

/** A short title for a step: its heading, or the first words of its text or caption. */
export function stepTitle(step: { heading?: string; text?: string; caption?: string }): string {
	if (step.heading) return step.heading;
	const words = (step.text ?? step.caption ?? '').split(/\s+/).filter(Boolean);
	const head = words.slice(0, TITLE_WORDS).join(' ');
	return words.length > TITLE_WORDS ? `${head}…` : head;
}

/**
 * The years a free-text date names, in the order written: "February 1989" → [1989],
 * "1979–1989" → [1979, 1989], and a decade names its own first year: "1980s" → [1980].
 */
export function yearsIn(date: string | undefined): number[] {
	if (!date) return [];
	return [...date.matchAll(/\b(1[89]\d\d|20\d\d)s?\b/g)].map((m) => Number(m[1]));
}
