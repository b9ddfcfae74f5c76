/** The text a step's slide shows, and splits into parts: its text, else its map caption. */
export const slideText = (step: { text?: string; caption?: string }): string =>
	step.text ?? step.caption ?? '';

/** A stretch of a text, by character offsets: `text.slice(start, end)`. */
export interface Span {
	start: number;
	end: number;
}

/**
 * Words whose full stop does not end a sentence. Single capitals (initials, "A. Q. Khan") are
 * caught separately.
 */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'gen', 'col', 'lt', 'no']);
const ABBREVIATION_DOTTED = /(?:^|\s)(?:[a-z]\.){2,}$/i;

/** Sentence ends: closing punctuation, any closing quotes or brackets, then space before a capital, digit or opening quote. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*(\s+)(?=["'“‘([]?[\p{Lu}\p{N}])/gu;
/** Clause ends, for a sentence too long for one screen: after , ; : or a spaced dash. */
const CLAUSE_END = /(?:[,;:]|\s[—–])(\s+)/gu;
const WORD_GAP = /(\s+)/gu;

/** Splits `span` of `text` at each match's captured whitespace; the whitespace belongs to neither side. */
function splitAt(text: string, span: Span, pattern: RegExp, keep?: (before: string) => boolean) {
	const pieces: Span[] = [];
	let start = span.start;
	const slice = text.slice(span.start, span.end);
	for (const match of slice.matchAll(pattern)) {
		const gap = match[1] as string;
		const gapStart = span.start + (match.index ?? 0) + match[0].length - gap.length;
		if (keep && !keep(text.slice(start, gapStart))) continue;
		pieces.push({ start, end: gapStart });
		start = gapStart + gap.length;
	}
	pieces.push({ start, end: span.end });
	return pieces.filter((p) => p.end > p.start);
}

/** True when a sentence-looking end is really an abbreviation or an initial. */
function endsInAbbreviation(before: string): boolean {
	const word = /(\S+)\.["'”’)\]]*$/.exec(before)?.[1] ?? '';
	if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) return true;
	return ABBREVIATION_DOTTED.test(before);
}

/** The trimmed extent of a text. */
function whole(text: string): Span {
	const start = text.length - text.trimStart().length;
	return { start, end: text.trimEnd().length };
}

/** The sentences of a text, verbatim, as spans (the whitespace between them belongs to neither). */
export function splitSentences(text: string): Span[] {
	return splitAt(text, whole(text), SENTENCE_END, (before) => !endsInAbbreviation(before));
}

/**
 * The smallest pieces a text may be split into for the screen: its sentences; a sentence that
 * does not fit alone, its clauses; a clause that does not fit alone, its words.
 */
function units(text: string, fits: (candidate: string) => boolean): Span[] {
	const fitsSpan = (s: Span) => fits(text.slice(s.start, s.end));
	return splitSentences(text).flatMap((sentence) =>
		fitsSpan(sentence)
			? [sentence]
			: splitAt(text, sentence, CLAUSE_END).flatMap((clause) =>
					fitsSpan(clause) ? [clause] : splitAt(text, clause, WORD_GAP)
				)
	);
}

/**
 * Splits a text into as few screen-sized parts as possible, each one verbatim and ending at a
 * sentence boundary (at a clause or a word only when one sentence alone is too long), with the
 * parts as even in length as that allows. `fits` says whether a candidate part fits the screen;
 * a longer stretch of text never fits where a shorter one inside it does not.
 */
export function packParts(text: string, fits: (candidate: string) => boolean): Span[] {
	const u = units(text, fits);
	const m = u.length;
	if (m === 0) return [whole(text)];
	const span = (j: number, i: number): Span => ({
		start: (u[j] as Span).start,
		end: (u[i] as Span).end
	});

	// first[i]: the first unit a part ending with unit i may start at (more would not fit).
	const first: number[] = [];
	let j = 0;
	for (let i = 0; i < m; i++) {
		while (j < i && !fits(text.slice(span(j, i).start, span(j, i).end))) j++;
		first.push(j);
	}

	// cost[k][i]: the longest part (in characters) of the best split of units 0…i-1 into k parts.
	const cost: number[][] = [[0, ...Array<number>(m).fill(Infinity)]];
	const from: number[][] = [[]];
	for (let k = 1; (cost[k - 1] as number[])[m] === Infinity; k++) {
		const prev = cost[k - 1] as number[];
		const row = [Infinity];
		const choice = [0];
		for (let i = 1; i <= m; i++) {
			let best = Infinity;
			let bestJ = -1;
			for (let s = first[i - 1] as number; s <= i - 1; s++) {
				const { start, end } = span(s, i - 1);
				const longest = Math.max(prev[s] as number, end - start);
				if (longest < best) {
					best = longest;
					bestJ = s;
				}
			}
			row.push(best);
			choice.push(bestJ);
		}
		cost.push(row);
		from.push(choice);
	}

	const parts: Span[] = [];
	for (let k = cost.length - 1, i = m; k > 0; k--) {
		const s = (from[k] as number[])[i] as number;
		parts.unshift(span(s, i - 1));
		i = s;
	}
	return parts;
}

/** The offsets where each slide's parts after the first begin. */
export const breaksOf = (parts: readonly Span[][]): number[][] =>
	parts.map((spans) => spans.slice(1).map((s) => s.start));

/** The words of one part of a text, given the offsets where its parts begin. */
export function partText(text: string, breaks: readonly number[], part: number): string {
	const start = part === 0 ? 0 : (breaks[part - 1] ?? text.length);
	return text.slice(start, breaks[part] ?? text.length).trim();
}
