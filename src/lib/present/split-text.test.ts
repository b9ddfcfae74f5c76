import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { breaksOf, packParts, partText, splitSentences, type Span } from './split-text';

const texts = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end));

/** A fit test like the screen's: at most `budget` characters. */
const under = (budget: number) => (candidate: string) => candidate.length <= budget;

describe('splitSentences', () => {
	it.each([
		['One. Two! Three? Four', ['One.', 'Two!', 'Three?', 'Four']],
		['He said “Go.” Then he left. 1989 came.', ['He said “Go.”', 'Then he left.', '1989 came.']],
		[
			'The “Peshawar Seven,” a loose alliance. Next.',
			['The “Peshawar Seven,” a loose alliance.', 'Next.']
		],
		[
			'Dr. Azzam and A. Q. Khan met in the U.S. Army base. Then.',
			['Dr. Azzam and A. Q. Khan met in the U.S. Army base.', 'Then.']
		],
		['in 2007. TTP formed', ['in 2007.', 'TTP formed']],
		['lower case. after a stop', ['lower case. after a stop']],
		['  padded.  Text.  ', ['padded.', 'Text.']]
	])('%j', (text, expected) => expect(texts(text, splitSentences(text))).toEqual(expected));
});

describe('packParts', () => {
	const text = 'Aaaa aaaa. Bbbb bbbb bbbb. Cccc. Dddd dddd dddd dddd.';

	it('keeps a text that fits whole', () => {
		expect(texts(text, packParts(text, under(1000)))).toEqual([text]);
	});

	it('splits at sentence boundaries into as few parts as fit, each verbatim', () => {
		const parts = texts(text, packParts(text, under(32)));
		expect(parts).toEqual(['Aaaa aaaa. Bbbb bbbb bbbb.', 'Cccc. Dddd dddd dddd dddd.']);
		expect(parts.join(' ')).toBe(text);
	});

	it('evens the parts out rather than filling the first', () => {
		// Greedy filling would give "A. B. C." + "D."; even parts are "A. B." + "C. D.".
		const t = 'Aaaaaaaa. Bbbbbbbb. Cccccccc. Dddddddd.';
		expect(texts(t, packParts(t, under(30)))).toEqual([
			'Aaaaaaaa. Bbbbbbbb.',
			'Cccccccc. Dddddddd.'
		]);
	});

	it('splits a sentence too long for one screen at its clauses, then its words', () => {
		const t = 'First clause here, second clause here; third. Short.';
		expect(texts(t, packParts(t, under(20)))).toEqual([
			'First clause here,',
			'second clause here;',
			'third. Short.'
		]);
		const words = 'Onelongword twolongword threelongword.';
		expect(texts(words, packParts(words, under(12)))).toEqual([
			'Onelongword',
			'twolongword',
			'threelongword.'
		]);
	});

	it('gives one empty part for an empty text', () => {
		expect(packParts('', under(10))).toEqual([{ start: 0, end: 0 }]);
	});

	it('rebuilds every step of the story exactly, whatever the screen size', () => {
		const story = parse(readFileSync('src/content/frontier/story.yaml', 'utf8')) as {
			steps: { text?: string }[];
		};
		for (const budget of [120, 250, 400, 10_000]) {
			for (const { text: t } of story.steps) {
				if (!t) continue;
				const spans = packParts(t, under(budget));
				for (const [i, span] of spans.entries()) {
					const gap = t.slice(spans[i - 1]?.end ?? 0, span.start);
					expect(gap.trim(), 'only whitespace lies between parts').toBe('');
				}
				expect((spans.at(-1) as Span).end).toBe(t.length);
				for (const part of texts(t, spans)) expect(part.length).toBeLessThanOrEqual(budget);
			}
		}
	});
});

describe('parts by offsets', () => {
	const text = 'One two. Three four. Five.';
	const spans = packParts(text, under(12));

	it('gives the offsets where later parts begin, and each part’s words back', () => {
		const [breaks] = breaksOf([spans]) as [number[]];
		expect(breaks).toEqual([9, 21]);
		expect([0, 1, 2].map((i) => partText(text, breaks, i))).toEqual([
			'One two.',
			'Three four.',
			'Five.'
		]);
		expect(partText(text, [], 0)).toBe(text);
	});
});
