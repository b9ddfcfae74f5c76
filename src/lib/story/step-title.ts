const TITLE_WORDS = 8;

/** A short title for a step: its heading, or the first words of its text or caption. */
export function stepTitle(step: { heading?: string; text?: string; caption?: string }): string {
	if (step.heading) return step.heading;
	const words = (step.text ?? step.caption ?? '').split(/\s+/).filter(Boolean);
	const head = words.slice(0, TITLE_WORDS).join(' ');
	return words.length > TITLE_WORDS ? `${head}…` : head;
}

/** The years a free-text date names: "February 1989" → [1989]; a decade ("1980s") names none. */
export function yearsIn(date: string | undefined): number[] {
	if (!date) return [];
	return [...date.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
}
