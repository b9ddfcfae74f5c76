// An alt text may name only what its map labels: every name from the map's catalogue (the
// basemap's and the hand-made features' `name`) that a step's alt text or locator label uses must
// be the text of a label in that step's static map. Names come from the data, not a hand list.
import { describe, expect, it } from 'vitest';
import { getStory, readBasemap } from '../server/stories';
import { locatorLabel } from '../story/step-markup';
import { buildLocator } from './locator';
import { renderStaticMap } from './static-map';

const { data, region } = readBasemap();
const story = getStory('frontier');
const locator = buildLocator(data, region, story.steps);

/** The kind of a feature, from its fid (`country:AFG` → `country`). */
const kindOf = (fid: string) => fid.slice(0, fid.indexOf(':'));

/** Name → the kinds of feature that carry it ("Kabul" is a place and a province). */
const catalogue = new Map<string, Set<string>>();
for (const collection of Object.values(data)) {
	for (const { properties: p } of collection.features) {
		// Unidentified rivers and lakes are named by their kind only ("River"), the land beyond the
		// countries "Land": not proper names.
		if (/^(river|lake):\d+$|^land:/.test(p.fid)) continue;
		catalogue.set(p.name, (catalogue.get(p.name) ?? new Set()).add(kindOf(p.fid)));
	}
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The catalogue's names in a text, as whole words; where names overlap the longest wins, so
 * "Panjshir Valley" is that place and not the province Panjshir.
 */
function namesIn(text: string): string[] {
	const hits = [...catalogue.keys()].flatMap((name) =>
		[...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu'))].map(
			(m) => ({ name, start: m.index, end: m.index + name.length })
		)
	);
	hits.sort((a, b) => b.end - b.start - (a.end - a.start));
	const taken: { start: number; end: number }[] = [];
	const names = new Set<string>();
	for (const hit of hits) {
		if (taken.some((t) => hit.start < t.end && t.start < hit.end)) continue;
		taken.push(hit);
		names.add(hit.name);
	}
	return [...names].sort();
}

const textsOf = (svg: string) =>
	[...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
const labels = new Map(
	story.steps.map((step) => [step.slug, new Set(textsOf(renderStaticMap(step, data)))])
);

/**
 * The kinds of feature the static maps label at all: a kind counts once some step's map carries a
 * label that only a feature of that kind is named. Until the renderer labels a kind (country and
 * province names, physical labels), alt texts may still name it as the surroundings it draws;
 * from then on every such name must be labelled.
 */
const labelledKinds = new Set(
	[...labels.values()].flatMap((texts) =>
		[...texts].flatMap((text) => {
			const kinds = catalogue.get(text);
			return kinds?.size === 1 ? [...kinds] : [];
		})
	)
);

function unlabelled(text: string, slug: string): string[] {
	const shown = labels.get(slug) ?? new Set<string>();
	return namesIn(text).filter((name) => {
		const kinds = [...(catalogue.get(name) ?? [])];
		return !shown.has(name) && kinds.some((kind) => labelledKinds.has(kind));
	});
}

describe('alt texts name only what their map labels', () => {
	it('finds the catalogue names in a text, longest first', () => {
		expect(namesIn('Kabul, with the Panjshir Valley to the north-east')).toEqual([
			'Kabul',
			'Panjshir Valley'
		]);
		expect(namesIn('Pakistan’s Khyber Pakhtunkhwa, near Bannu')).toEqual([
			'Bannu',
			'Khyber Pakhtunkhwa',
			'Pakistan'
		]);
		expect(namesIn('Pakistani provinces')).toEqual([]);
	});

	it('knows that the static maps label places', () => {
		expect(labelledKinds.has('place')).toBe(true);
	});

	it.each(story.steps.map((step) => [step.slug, step.alt] as const))(
		'%s: its alt text',
		(slug, alt) => {
			expect(unlabelled(alt, slug)).toEqual([]);
		}
	);

	it.each(story.steps.filter((step) => locator.frames[step.slug]).map((step) => step.slug))(
		'%s: its locator’s label',
		(slug) => {
			expect(unlabelled(locatorLabel(locator.region), slug)).toEqual([]);
		}
	);
});
