/**
 * Where the present view stands: a step (0-based index in the story) and which screen-sized part
 * of its text is on screen. `parts[i]` is how many parts step i has (at least 1).
 */
export interface Position {
	step: number;
	part: number;
}

const partsOf = (parts: readonly number[], step: number) => Math.max(1, parts[step] ?? 1);

/** A position kept within the story and within its step's parts. */
export function clampPosition(p: Position, parts: readonly number[]): Position {
	const step = Math.min(Math.max(0, p.step), Math.max(0, parts.length - 1));
	return { step, part: Math.min(Math.max(0, p.part), partsOf(parts, step) - 1) };
}

/** One press of "next": the step's next part, else the next step's first; nothing past the end. */
export function nextPosition(p: Position, parts: readonly number[]): Position {
	if (p.part + 1 < partsOf(parts, p.step)) return { step: p.step, part: p.part + 1 };
	if (p.step + 1 < parts.length) return { step: p.step + 1, part: 0 };
	return p;
}

/** One press of "previous": the part before, else the previous step's last part (as "next" left it). */
export function prevPosition(p: Position, parts: readonly number[]): Position {
	if (p.part > 0) return { step: p.step, part: p.part - 1 };
	if (p.step > 0) return { step: p.step - 1, part: partsOf(parts, p.step - 1) - 1 };
	return p;
}

/** How far through the talk a position is, 0 at the first screen and 1 at the last. */
export function progress(p: Position, parts: readonly number[]): number {
	let done = 0;
	let total = 0;
	for (const [step, count] of parts.entries()) {
		const n = Math.max(1, count);
		if (step < p.step) done += n;
		if (step === p.step) done += p.part;
		total += n;
	}
	return total > 1 ? done / (total - 1) : 1;
}

/**
 * Where the reading position lands when a step's parts change (the text size or the screen
 * changed): the part holding the first character the reader was shown. `breaks` are the
 * offsets where parts after the first begin.
 */
export function partAt(offset: number, breaks: readonly number[]): number {
	return breaks.filter((b) => b <= offset).length;
}
