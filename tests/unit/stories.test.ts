import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
	isDraft,
	publishedStoryIds,
	readBasemap,
	readStory,
	storyIds,
	CONTENT_DIR
} from '../../src/lib/server/stories';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { essayParagraphs } from '../../src/lib/story/load-story';
import { readFileSync } from 'node:fs';

const { index } = readBasemap();
const inside = (center: [number, number], fid: string) =>
	booleanPointInPolygon(center, index.get(fid) as Feature<Polygon | MultiPolygon>);

describe('the frontier story', () => {
	const story = readStory(join(CONTENT_DIR, 'frontier'));

	it('tells all 18 paragraphs of the essay, verbatim and in order', () => {
		const essay = essayParagraphs(readFileSync(join(CONTENT_DIR, 'frontier/essay.txt'), 'utf8'));
		expect(essay).toHaveLength(18);
		const told = story.steps
			.filter((s) => s.text)
			.map((s) => s.text)
			.join(' ');
		expect(told).toBe(essay.join(' '));
	});

	it.each([
		['peshawar', 'admin1:PK-KP', 'place:peshawar'],
		['bannu', 'admin1:PK-KP', 'place:bannu'],
		['lakki-marwat', 'admin1:PK-KP', 'place:lakki-marwat'],
		['south-waziristan', 'admin1:PK-TA', undefined],
		['nangarhar', 'admin1:AF-NAN', undefined],
		['kabul', 'admin1:AF-KAB', 'place:kabul']
	])('step "%s" frames a camera centred in %s', (slug, province, place) => {
		const step = story.steps.find((s) => s.slug === slug);
		expect(step, `no step ${slug}`).toBeDefined();
		expect(inside(step!.camera.center, province)).toBe(true);
		if (place) {
			const [lon, lat] = (index.get(place)!.geometry as GeoJSON.Point).coordinates as [
				number,
				number
			];
			expect(step!.camera.center[0]).toBeCloseTo(lon, 6);
			expect(step!.camera.center[1]).toBeCloseTo(lat, 6);
		}
	});

	it('links the places a step names without changing its text', () => {
		for (const step of story.steps) {
			expect(step.segments.map((s) => s.text).join('')).toBe(step.text ?? '');
		}
		const bannu = story.steps.find((s) => s.slug === 'bannu')!;
		expect(bannu.segments.flatMap((s) => s.fid ?? [])).toEqual([
			'place:bannu',
			'place:lakki-marwat'
		]);
		expect(story.places['place:lakki-marwat']?.steps).toContain(bannu.index + 1);
	});

	it('gives each step a legend of only what its map shows', () => {
		const legend = (slug: string) => story.steps.find((s) => s.slug === slug)!.legend;
		expect(legend('bannu')).toContain('approximate-context');
		expect(legend('bannu')).not.toContain('route');
		expect(legend('soviet-withdrawal')).toContain('route');
		expect(legend('south-waziristan')).toContain('approximate');
		expect(legend('nangarhar')).toContain('highlight-area');
	});

	it('follows bannu with the lakki-marwat map beat', () => {
		const i = story.steps.findIndex((s) => s.slug === 'bannu');
		const beat = story.steps[i + 1];
		expect(beat?.slug).toBe('lakki-marwat');
		expect(beat?.text).toBeUndefined();
		expect(beat?.caption).toBeTruthy();
	});
});

describe('any story that passes the schema', () => {
	it('reads the fixture story through the same engine', () => {
		const story = readStory(resolve('tests/fixtures/mini'));
		expect(story.id).toBe('mini');
		expect(story.steps.map((s) => s.slug)).toEqual(['torkham', 'chaman', 'both']);
		expect(story.steps[2]?.camera).toEqual({
			center: [68.8, 32.5],
			zoom: 5.5,
			bearing: 0,
			pitch: 0
		});
		expect(inside(story.steps[1]!.camera.center, 'admin1:PK-BA')).toBe(true);
	});

	it('lists every content folder with a story', () => {
		expect(storyIds()).toContain('frontier');
		for (const id of storyIds()) expect(existsSync(join(CONTENT_DIR, id, 'story.yaml'))).toBe(true);
	});
});

describe('published stories and drafts', () => {
	const fixture = resolve('tests/fixtures/content-drafts');

	it('publishes every story not marked `draft: true`, even a draft that fails its checks', () => {
		expect(storyIds(fixture)).toEqual(['broken-draft', 'two-crossings']);
		expect(publishedStoryIds(fixture)).toEqual(['two-crossings']);
		expect(isDraft(join(fixture, 'broken-draft'))).toBe(true);
		expect(isDraft(join(fixture, 'two-crossings'))).toBe(false);
	});

	it('publishes every story in src/content: none is a draft', () => {
		expect(publishedStoryIds()).toEqual(storyIds());
		expect(publishedStoryIds()).toEqual(
			expect.arrayContaining(['frontier', 'tashkent-to-kashgar'])
		);
	});

	it('does not take a story.yaml that is not YAML for a draft', () => {
		expect(isDraft(resolve('tests/fixtures/broken-stories/invalid-yaml'))).toBe(false);
	});

	it('refuses a story folder named like one of the site’s own paths', () => {
		const folder = join(mkdtempSync(join(tmpdir(), 'story-')), 'embed');
		cpSync(resolve('tests/fixtures/mini'), folder, { recursive: true });
		expect(() => readStory(folder)).toThrow(/\/embed\/ is one of the site’s own addresses/);
	});
});
