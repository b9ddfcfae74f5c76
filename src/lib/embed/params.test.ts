import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from './params';

const slugs = ['intro', 'peshawar', 'kabul', 'bannu', 'lakki-marwat', 'end'];
const parse = (query: string) => parseEmbedParams(new URLSearchParams(query), slugs);

describe('parseEmbedParams', () => {
	it('shows the whole story from its first step by default, without warnings', () => {
		expect(parse('')).toEqual({
			settings: { shown: [0, 1, 2, 3, 4, 5], start: 0, controls: true },
			warnings: []
		});
	});

	it.each([
		['steps=bannu,lakki-marwat', [3, 4], 3],
		['steps=lakki-marwat,%20bannu,bannu', [3, 4], 3],
		['steps=kabul', [2], 2],
		['steps=end,intro', [0, 5], 0],
		['from=kabul&to=lakki-marwat', [2, 3, 4], 2],
		['from=bannu', [3, 4, 5], 3],
		['to=peshawar', [0, 1], 0],
		['step=kabul', [0, 1, 2, 3, 4, 5], 2],
		['steps=bannu,lakki-marwat&step=lakki-marwat', [3, 4], 4]
	])('%s shows %j and opens at %i', (query, shown, start) => {
		const { settings, warnings } = parse(query);
		expect(settings.shown).toEqual(shown);
		expect(settings.start).toBe(start);
		expect(warnings).toEqual([]);
	});

	it.each([
		['steps=nowhere,bannu', [3], 3, /no step "nowhere"/],
		['steps=nowhere', [0, 1, 2, 3, 4, 5], 0, /whole story/],
		['steps=bannu&from=intro&to=end', [3], 3, /"steps" wins/],
		['from=lakki-marwat&to=peshawar', [1, 2, 3, 4], 1, /swapped/],
		['from=nowhere&to=peshawar', [0, 1], 0, /no step "nowhere"/],
		['steps=bannu&step=kabul', [3], 3, /not among the steps shown/],
		['step=nowhere', [0, 1, 2, 3, 4, 5], 0, /no step "nowhere"/],
		['step=', [0, 1, 2, 3, 4, 5], 0, /"step" is empty/]
	])('%s shows %j from %i and warns', (query, shown, start, warning) => {
		const { settings, warnings } = parse(query);
		expect(settings.shown).toEqual(shown);
		expect(settings.start).toBe(start);
		expect(
			warnings.some((w) => warning.test(w)),
			warnings.join('\n')
		).toBe(true);
	});

	it('reads theme, autoplay, controls and origin', () => {
		const { settings, warnings } = parse(
			'theme=dark&autoplay=6&controls=0&origin=https://news.example.org/articles/1'
		);
		expect(settings).toMatchObject({
			theme: 'dark',
			autoplay: 6,
			controls: false,
			origin: 'https://news.example.org'
		});
		expect(warnings).toEqual([]);
		expect(parse('controls=1&autoplay=0').settings).toMatchObject({ controls: true });
		expect(parse('autoplay=0').settings.autoplay).toBeUndefined();
	});

	it.each([
		['theme=blue', 'theme', undefined, /theme "blue"/],
		['autoplay=soon', 'autoplay', undefined, /not a number/],
		['autoplay=-3', 'autoplay', undefined, /not a number/],
		['autoplay=0.5', 'autoplay', 2, /out of range/],
		['autoplay=99999', 'autoplay', 600, /out of range/],
		['controls=no', 'controls', true, /controls "no"/],
		['origin=javascript:alert(1)', 'origin', undefined, /not an http/],
		['origin=not a url', 'origin', undefined, /not an http/]
	] as const)('%s sets %s to %j with a warning', (query, key, value, warning) => {
		const { settings, warnings } = parse(query);
		expect(settings[key]).toBe(value);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(warning);
	});

	it('names unknown and repeated parameters, and keeps the first of a repeat', () => {
		const { settings, warnings } = parse('zoom=9&step=kabul&step=bannu&utm_source=x');
		expect(settings.start).toBe(2);
		expect(warnings).toEqual([
			'Story map embed: unknown parameters "zoom", "utm_source" ignored.',
			'Story map embed: "step" is given more than once; the first one is used.'
		]);
	});

	it('warns a few times however many parameters an address holds', () => {
		const names = Array.from({ length: 5000 }, (_, i) => `p${i}=1`).join('&');
		const repeats = Array(5000).fill('step=kabul').join('&');
		const { settings, warnings } = parse(`${names}&${repeats}&${names}`);
		expect(settings.start).toBe(2);
		expect(warnings).toEqual([
			'Story map embed: unknown parameters "p0", "p1", "p2" and 4997 more ignored.',
			'Story map embed: "step" is given more than once; the first one is used.'
		]);
	});

	it('quotes names and values as text, escapes and all', () => {
		const { warnings } = parse(
			`${encodeURIComponent('<img src=x onerror=alert(1)>')}=1&theme=%E2%80%AEkrad%0A`
		);
		expect(warnings).toEqual([
			'Story map embed: unknown parameter "<img src=x onerror=alert(1)>" ignored.',
			'Story map embed: theme "\\u202ekrad" is not "light" or "dark"; the reader\'s setting is used.'
		]);
	});

	it('expects the parameters a Pym.js parent adds, without a warning', () => {
		const { settings, warnings } = parse(
			'step=kabul&initialWidth=640&childId=map&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example%2F'
		);
		expect(settings.start).toBe(2);
		expect(warnings).toEqual([]);
	});

	it('shortens huge values in its warnings', () => {
		const { warnings } = parse(`theme=${'x'.repeat(100_000)}`);
		expect(warnings[0]!.length).toBeLessThan(200);
	});
});
