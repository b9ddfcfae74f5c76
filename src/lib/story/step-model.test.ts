/**
 * One step model: a step is what the schema validated, as it is, plus what the loader resolves.
 * A field added to the schema therefore reaches every mode without a change to the loader or to
 * the `Step` type (docs/architecture.md, "Adding a step type or a story").
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as v from 'valibot';
import { parse } from 'yaml';
import type { Feature, Geometry } from 'geojson';
import { loadStory } from './load-story';
import { StorySchema, type StepData } from './story-schema';
import type { Step, StepMap } from './story';

const catalogue = new Map<string, Feature<Geometry>>([
	[
		'place:bannu',
		{
			type: 'Feature',
			properties: { name: 'Bannu' },
			geometry: { type: 'Point', coordinates: [70.6, 32.99] }
		}
	]
]);

const YAML = `
title: Demo
steps:
  - slug: bannu
    date: 2009
    heading: Bannu
    caption: Bannu, in southern Khyber Pakhtunkhwa.
    alt: "Map: Bannu."
    speakerNotes: Point at the district.
    map: { features: [place:bannu], nativeNames: true, maxZoom: 8 }
  - slug: around
    caption: The same place, seen from further out.
    alt: "Map: around Bannu."
    map: { camera: { center: [70.6, 33], zoom: 5 } }
`;

describe('the step model', () => {
	it('is the schema’s step: every field validated reaches the step unchanged', () => {
		const story = loadStory({ id: 'demo', file: 'demo/story.yaml', yaml: YAML }, catalogue);
		const parsed = v.parse(StorySchema, parse(YAML)).steps;
		story.steps.forEach((step, i) => {
			expect(step).toMatchObject(parsed[i] as StepData);
		});
		expect(story.steps[0]).toMatchObject({ date: '2009', speakerNotes: 'Point at the district.' });
	});

	it('adds only what the loader resolves', () => {
		const [step] = loadStory({ id: 'demo', file: 'demo/story.yaml', yaml: YAML }, catalogue).steps;
		const parsedKeys = Object.keys(v.parse(StorySchema, parse(YAML)).steps[0] as StepData);
		const added = Object.keys(step as Step).filter((key) => !parsedKeys.includes(key));
		expect(added.sort()).toEqual([
			'camera',
			'index',
			'labelled',
			'legend',
			'segments',
			'title',
			'years'
		]);
	});

	it('types: a Step is a StepData, and a map of a step is a part of the Step', () => {
		expectTypeOf<Step>().toExtend<StepData>();
		expectTypeOf<Step>().toExtend<StepMap>();
		expectTypeOf<StepMap['map']>().toEqualTypeOf<StepData['map']>();
	});
});
