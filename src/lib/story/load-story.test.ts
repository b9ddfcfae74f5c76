import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { loadStory, type StorySource } from './load-story';
import { StoryError } from './story-error';

const point = (lon: number, lat: number): Feature<Geometry> => ({
	type: 'Feature',
	properties: {},
	geometry: { type: 'Point', coordinates: [lon, lat] }
});
const catalogue = new Map<string, Feature<Geometry>>([
	['place:bannu', { ...point(70.6, 32.99), properties: { name: 'Bannu' } }],
	['place:lakki-marwat', { ...point(70.91, 32.61), properties: { name: 'Lakki Marwat' } }]
]);

const ESSAY = 'First sentence. Second sentence.\nThird paragraph here.\n';

function source(yaml: string, essay: string | undefined = ESSAY): StorySource {
	return {
		id: 'demo',
		file: 'demo/story.yaml',
		yaml,
		readFile: (name) => (name === 'essay.txt' ? essay : undefined)
	};
}

const GOOD = `
title: Demo
essay: essay.txt
steps:
  - slug: one
    paragraph: 1
    text: First sentence.
    alt: "Map: Bannu."
    map: { features: [place:bannu] }
  - slug: two
    paragraph: 1
    date: February 1989
    text: Second sentence.
    alt: "Map: Bannu."
    map: { features: [place:bannu] }
  - slug: beat
    caption: Lakki Marwat, south-east of Bannu.
    alt: "Map: Lakki Marwat."
    map: { features: [place:lakki-marwat] }
  - slug: three
    paragraph: 2
    text: Third paragraph here.
    alt: "Map: both."
    map: { features: [place:bannu, place:lakki-marwat], camera: { center: [70, 33], zoom: 6 } }
`;

function problems(yaml: string, essay?: string): string[] {
	try {
		loadStory(source(yaml, essay), catalogue);
	} catch (error) {
		if (error instanceof StoryError) return error.message.split('\n');
		throw error;
	}
	return [];
}

describe('loadStory', () => {
	it('resolves a valid story', () => {
		const story = loadStory(source(GOOD), catalogue);
		expect(story.steps.map((s) => s.slug)).toEqual(['one', 'two', 'beat', 'three']);
		expect(story.steps[1]?.years).toEqual([1989]);
		expect(story.steps[2]?.text).toBeUndefined();
		expect(story.steps[0]?.camera.center[0]).toBeCloseTo(70.6, 5);
		expect(story.steps[3]?.camera).toEqual({ center: [70, 33], zoom: 6, bearing: 0, pitch: 0 });
		expect(story.steps[2]?.title).toBe('Lakki Marwat, south-east of Bannu.');
	});

	const cases: [string, (yaml: string) => string, string][] = [
		[
			'an unknown feature id',
			(y) =>
				y.replace(
					'features: [place:bannu, place:lakki-marwat]',
					'features: [place:bannu, place:banu]'
				),
			'demo/story.yaml: step "three": map.features[1]: unknown feature "place:banu"'
		],
		[
			'a duplicate slug',
			(y) => y.replace('slug: two', 'slug: one'),
			'demo/story.yaml: step "one": slug: used by an earlier step'
		],
		[
			'a step with neither text nor caption',
			(y) => y.replace('    caption: Lakki Marwat, south-east of Bannu.\n', ''),
			'demo/story.yaml: step "beat": a step needs essay text or, for a map beat, a caption'
		],
		[
			'a missing text alternative',
			(y) => y.replace('    alt: "Map: Lakki Marwat."\n', ''),
			'demo/story.yaml: step "beat": alt:'
		],
		[
			'an out-of-range camera',
			(y) => y.replace('zoom: 6', 'zoom: 40'),
			'demo/story.yaml: step "three": map.camera.zoom:'
		],
		[
			'a slug that is not kebab-case',
			(y) => y.replace('slug: two', 'slug: Two Words'),
			'demo/story.yaml: step 2: slug: "Two Words" must be kebab-case'
		],
		[
			'an unknown field (a typo)',
			(y) => y.replace('date: February 1989', 'dte: February 1989'),
			'demo/story.yaml: step "two": dte:'
		],
		[
			'an altered essay sentence',
			(y) => y.replace('text: Second sentence.', 'text: Second  sentence.'),
			'demo/story.yaml: step "one": text: paragraph 1 differs from essay.txt at character 24'
		],
		[
			'a paragraph told by no step',
			(y) => y.replace('paragraph: 2', 'paragraph: 1'),
			'demo/story.yaml: steps: paragraph 2 of essay.txt is told by no step'
		],
		[
			'paragraphs out of order',
			(y) => y.replace(/paragraph: 1\n {4}text: First/, 'paragraph: 2\n    text: First'),
			'demo/story.yaml: step "two": paragraph: paragraph 1 comes after 2'
		],
		[
			'text without a paragraph',
			(y) => y.replace('    paragraph: 2\n', ''),
			'step "three": paragraph goes with text'
		]
	];

	it.each(cases)('reports %s with file, step and field', (_, mutate, expected) => {
		const found = problems(mutate(GOOD));
		expect(
			found.some((line) => line.includes(expected)),
			found.join('\n')
		).toBe(true);
	});

	it('reports broken YAML with the file name', () => {
		expect(problems('title: [unclosed')[0]).toMatch(/^demo\/story\.yaml: not valid YAML/);
	});

	it('reports a missing essay file', () => {
		expect(problems(GOOD.replace('essay.txt', 'missing.txt'))).toEqual([
			'demo/story.yaml: essay: file "missing.txt" was not found'
		]);
	});

	it('lists every problem, not only the first', () => {
		const yaml = GOOD.replace('slug: two', 'slug: one').replace(
			'place:lakki-marwat]',
			'place:nowhere]'
		);
		expect(problems(yaml)).toHaveLength(2);
	});
});
