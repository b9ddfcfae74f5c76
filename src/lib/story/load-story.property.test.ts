/**
 * Property-based tests of the story schema and loader: any story built from valid parts loads,
 * and any mutation of one (a field replaced by any value, a key dropped or added, the YAML text
 * corrupted) either still loads or is refused with a StoryError, never another exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { stringify } from 'yaml';
import { loadStory } from './load-story';
import { StoryError } from './story-error';

const point = (lon: number, lat: number, name: string): Feature<Geometry> => ({
	type: 'Feature',
	properties: { name },
	geometry: { type: 'Point', coordinates: [lon, lat] }
});
const catalogue = new Map<string, Feature<Geometry>>([
	['place:bannu', point(70.6, 32.99, 'Bannu')],
	['place:peshawar', point(71.56, 34.01, 'Peshawar')],
	['place:kabul', point(69.18, 34.53, 'Kabul')]
]);

/** Prose, markup-looking characters included; no `=` or `:`, so never script-like by chance. */
const prose = fc.stringMatching(/^[A-Za-z0-9’“”][A-Za-z0-9 ,.’“”<>&'"!?()\-\u0600-\u06FF]{0,60}$/);
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
const features = fc.subarray([...catalogue.keys()], { minLength: 1 });

const step = (slugText: string) =>
	fc.record(
		{
			slug: fc.constant(slugText),
			heading: prose,
			date: fc.oneof(prose, fc.integer({ min: 1, max: 2100 })),
			caption: prose,
			alt: prose,
			speakerNotes: prose,
			map: fc.record(
				{ features, nativeNames: fc.boolean(), maxZoom: fc.integer({ min: 1, max: 16 }) },
				{ requiredKeys: ['features'] }
			)
		},
		{ requiredKeys: ['slug', 'caption', 'alt', 'map'] }
	);

const story = fc
	.uniqueArray(slug, { minLength: 1, maxLength: 8 })
	.chain((slugs) =>
		fc.record(
			{ title: prose, subtitle: prose, steps: fc.tuple(...slugs.map(step)) },
			{ requiredKeys: ['title', 'steps'] }
		)
	);

const source = (yaml: string) => ({ id: 'prop', file: 'prop/story.yaml', yaml });

describe('the story schema, on generated stories', { timeout: 60_000 }, () => {
	it('loads every story built from valid parts', () => {
		fc.assert(
			fc.property(story, (data) => {
				const loaded = loadStory(source(stringify(data)), catalogue);
				expect(loaded.steps.map((s) => s.slug)).toEqual(data.steps.map((s) => s.slug));
				expect(loaded.steps.map((s) => s.caption)).toEqual(data.steps.map((s) => s.caption.trim()));
			}),
			{ numRuns: 200 }
		);
	});

	/** Loading either succeeds or says why in a StoryError; anything else is a bug. */
	const onlyStoryErrors = (yaml: string) => {
		try {
			loadStory(source(yaml), catalogue);
		} catch (error) {
			if (!(error instanceof StoryError)) throw error;
			expect(error.message).not.toMatch(/^\s+at /m);
			// Bounded: at most 50 problems are listed, each a line or a short YAML excerpt.
			expect(error.message.length).toBeLessThan(50_000);
		}
	};

	it('refuses a field replaced by any value with a StoryError, never a crash', () => {
		fc.assert(
			fc.property(
				story,
				fc.nat(),
				fc.nat(),
				fc.anything({ withNullPrototype: true, maxDepth: 3 }),
				(data, s, f, value) => {
					const target = data.steps[s % data.steps.length] as Record<string, unknown>;
					const keys = Object.keys(target);
					target[keys[f % keys.length] as string] = value;
					onlyStoryErrors(stringify(data));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('refuses unknown, missing and retyped keys with a StoryError', () => {
		const mutation = fc.oneof(
			fc.record({ kind: fc.constant('add' as const), key: fc.string(), value: fc.jsonValue() }),
			fc.record({
				kind: fc.constant('drop' as const),
				key: fc.constantFrom('title', 'steps', 'slug', 'alt', 'map', 'caption')
			})
		);
		fc.assert(
			fc.property(story, mutation, fc.boolean(), (data, m, onStep) => {
				const target = (onStep ? data.steps[0] : data) as Record<string, unknown>;
				if (m.kind === 'add') target[m.key] = m.value;
				else delete target[m.key];
				onlyStoryErrors(stringify(data));
			}),
			{ numRuns: 300 }
		);
	});

	it('survives any corruption of the YAML text', () => {
		fc.assert(
			fc.property(
				story,
				fc.nat(),
				fc.nat({ max: 20 }),
				fc.string({ unit: 'binary', maxLength: 20 }),
				(data, at, cut, insert) => {
					const yaml = stringify(data);
					const i = at % (yaml.length + 1);
					onlyStoryErrors(yaml.slice(0, i) + insert + yaml.slice(i + cut));
				}
			),
			{ numRuns: 500 }
		);
	});
});
