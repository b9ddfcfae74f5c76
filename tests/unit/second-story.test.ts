/**
 * The second story states only what the map data shows: each distance it gives is recomputed
 * here from the catalogue's points (great-circle, rounded to the nearest km), each direction from
 * the bearing between them, each place's country or province from the catalogue, and every place
 * or country it names is on that step's map.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bearing, distance } from '@turf/turf';
import type { Point } from 'geojson';
import { CONTENT_DIR, readStory, storyBasemap } from '../../src/lib/server/stories';

const ID = 'tashkent-to-kashgar';
const story = readStory(join(CONTENT_DIR, ID));
/** The story's own geodata, built from its region (region.yaml). */
const { index, region } = storyBasemap(ID);

/**
 * The feature a name means: a place before a province before a country, as a reader takes
 * "Tashkent" (the city, and the province that is the city) for the place.
 */
const fidOf = (name: string) => {
	const named = [...index.entries()].filter(([, f]) => f.properties?.name === name);
	const found = ['place:', 'admin1:', 'country:']
		.map((kind) => named.find(([fid]) => fid.startsWith(kind)))
		.find(Boolean);
	if (!found) throw new Error(`no catalogue feature is named "${name}"`);
	return found[0];
};
const point = (name: string) => (index.get(fidOf(name))?.geometry as Point).coordinates;

/** The eight compass points, as the text words them, from a bearing in degrees. */
const COMPASS = [
	'north',
	'north-east',
	'east',
	'south-east',
	'south',
	'south-west',
	'west',
	'north-west'
];
const compass = (degrees: number) => COMPASS[Math.round((((degrees % 360) + 360) % 360) / 45) % 8];

/** Every text a reader sees for a step: its essay text and its caption. */
const textsOf = (step: (typeof story.steps)[number]) => [step.text ?? '', step.caption ?? ''];

const PLACES = [...index.entries()]
	.filter(([fid]) => fid.startsWith('place:'))
	.map(([fid, f]) => ({ fid, name: String(f.properties?.name) }));

/** The catalogue places a sentence names, in the order it names them. */
const placesIn = (sentence: string) =>
	PLACES.map((p) => ({ ...p, at: sentence.search(new RegExp(`\\b${p.name}\\b`)) }))
		.filter((p) => p.at >= 0)
		.sort((a, b) => a.at - b.at)
		.map((p) => p.name);

/**
 * The distances a text states, with the two places each is between: "A … N km <direction> of B"
 * and "A … N km from B" measure from A (the sentence's first place) to B; "A and B, N km apart"
 * between the sentence's first two places.
 */
function distancesIn(text: string) {
	return text.split(/(?<=\.) /).flatMap((sentence) =>
		[...sentence.matchAll(/(\d[\d,]*) km (?:(?:([a-z-]+) of|from) ([A-Z][a-z]+)|apart)/g)].map(
			(m) => {
				const named = placesIn(sentence);
				return {
					said: m[0],
					km: Number(m[1]?.replace(',', '')),
					direction: m[2],
					from: named[0] as string,
					to: m[3] ?? (named[1] as string)
				};
			}
		)
	);
}

describe(`the ${ID} story`, () => {
	it('is published, short, and elsewhere on the basemap than the frontier', () => {
		expect(story.draft).toBe(false);
		expect(story.steps.length).toBeGreaterThanOrEqual(5);
		expect(story.steps.length).toBeLessThanOrEqual(8);
		expect(story.summary).toBeTruthy();
		for (const step of story.steps) expect(step.map.features).not.toContain('place:peshawar');
	});

	it('gives every distance as the catalogue measures it, and the right direction', () => {
		const stated = story.steps.flatMap((step) => textsOf(step).flatMap(distancesIn));
		for (const { said, km, direction, from, to } of stated) {
			const [a, b] = [point(from), point(to)];
			expect(km, `"${said}" (${from} to ${to})`).toBe(Math.round(distance(a, b)));
			// "A is N km south of B": A lies to the south, seen from B.
			if (direction) expect(compass(bearing(b, a)), said).toBe(direction);
		}
		expect(stated.length).toBeGreaterThanOrEqual(6);
	});

	it('puts each place in the country or province the catalogue gives it', () => {
		const claims: [string, string][] = [];
		for (const step of story.steps) {
			for (const text of textsOf(step)) {
				for (const m of text.matchAll(
					/([A-Z][a-z]+)(?: is the capital of| is a (?:city|town) in|, a (?:city|town) in)(?: the ([A-Z][a-z]+) province of)? ([A-Z][a-z]+)/g
				)) {
					const [, place = '', province, country = ''] = m;
					const props: Record<string, unknown> = index.get(fidOf(place))?.properties ?? {};
					if (province) {
						expect(props.admin1, m[0]).toBe(fidOf(province));
						expect(index.get(fidOf(province))?.properties?.country, m[0]).toBe(fidOf(country));
					} else {
						expect(props.country, m[0]).toBe(fidOf(country));
					}
					if (m[0].includes('capital')) expect(props.kind).toBe('capital');
					claims.push([place, country]);
				}
			}
		}
		expect(claims.map(([place]) => place)).toEqual(
			expect.arrayContaining(['Tashkent', 'Termez', 'Hairatan', 'Kashgar'])
		);
	});

	it('names in each step only places and countries that step’s map shows', () => {
		const names = [...index.entries()]
			.filter(([fid]) => /^(place|country|admin1):/.test(fid))
			.map(([fid, f]) => ({ fid, name: String(f.properties?.name) }));
		for (const step of story.steps) {
			const shown = new Set([...step.map.features, ...step.map.context]);
			for (const text of [...textsOf(step), step.alt]) {
				for (const { name } of names) {
					if (new RegExp(`\\b${name}\\b`).test(text)) {
						// One of the features of that name (a city and its province share it).
						const fids = names.filter((n) => n.name === name).map((n) => n.fid);
						expect(
							fids.some((fid) => shown.has(fid)),
							`${step.slug} names ${name} (${fids.join(', ')})`
						).toBe(true);
					}
				}
			}
		}
	});

	it('has its own region: its geodata, its locator, its border of note and its rivers', () => {
		expect(story.geodata).toBe(`geodata/${ID}/`);
		expect(region.name).toBe('Uzbekistan and Afghanistan');
		expect(index.has('line:durand')).toBe(false);
		expect(index.get('line:uzbekistan-afghanistan')?.properties).toMatchObject({
			noted: true,
			key: 'Uzbekistan–Afghanistan border'
		});
		for (const river of ['river:amu-darya', 'river:syr-darya']) {
			expect(index.get(river)?.properties.label, river).toBe(true);
		}
		expect(index.get('admin1:AF-BAL')?.properties.name_native).toBe('ولایت بلخ');
	});
});
