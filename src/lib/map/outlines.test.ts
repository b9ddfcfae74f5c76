import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegion } from '$lib/story/region-schema';
import {
	CONTENT_DIR,
	getStory,
	publishedStoryIds,
	readBasemap,
	storyBasemap
} from '../server/stories';
import { buildStyle } from './style';
import { renderStaticMap } from './static-map';
import { stepRoles } from './symbols';
import { clipBox, countryOutlines, onClipEdge, outlineWithoutClip, touchesClip } from './outlines';

const { data } = readBasemap();

describe('country outlines without the clip edge', () => {
	it.each(publishedStoryIds())(
		'reads the box the pipeline clipped %s’s countries to off its data: its region’s context box',
		(story) => {
			const file = join(CONTENT_DIR, story, 'region.yaml');
			const region = parseRegion(file, readFileSync(file, 'utf8'));
			const box = clipBox(storyBasemap(story).data.countries);
			region.context.forEach((side, i) => expect(box[i]).toBeCloseTo(side, 9));
		}
	);

	it('takes the sides along the box out of a ring, keeping the rest in one line', () => {
		const square: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[120, 50],
					[130, 50],
					[130, 55],
					[120, 55],
					[120, 50]
				]
			]
		};
		expect(outlineWithoutClip(square, [10, -5, 130, 55]).coordinates).toEqual([
			[
				[120, 55],
				[120, 50],
				[130, 50]
			]
		]);
	});

	it('strokes no segment along the clip box, live: every country, Russia among those cut', () => {
		const box = clipBox(data.countries);
		const cut = data.countries.features.filter((f) =>
			touchesClip(f.geometry as Polygon | MultiPolygon, box)
		);
		expect(cut.map((f) => f.properties.fid)).toContain('country:RUS');
		for (const f of countryOutlines(data.countries).features) {
			const lines = (f.geometry as { coordinates: Position[][] }).coordinates;
			const along = lines.flatMap((line) =>
				line.slice(1).filter((p, i) => onClipEdge(line[i] as Position, p, box))
			);
			expect(along, f.properties.fid).toEqual([]);
		}
		const style = buildStyle({ theme: 'light', data });
		const outlined = style.layers.filter((l) => /^country-.*-line$/.test(l.id));
		expect(outlined.map((l) => ('source' in l ? l.source : ''))).toEqual(['outlines', 'outlines']);
	});

	it('draws a cut country in the static maps as a fill without stroke and an outline without the box', () => {
		const steps = getStory('frontier').steps.filter((step) =>
			stepRoles(step.map, () => true).some(
				({ fid }) => fid === 'country:RUS' || fid === 'country:CHN'
			)
		);
		expect(steps.length).toBeGreaterThan(0);
		for (const step of steps) {
			const svg = renderStaticMap(step, data);
			const stroked = [...svg.matchAll(/<path class="([^"]+)"/g)].map((m) => m[1] as string);
			const country = stroked.filter((c) => /area/.test(c));
			expect(
				country.some((c) => c.endsWith(' nostroke')),
				step.slug
			).toBe(true);
			expect(
				country.some((c) => c.endsWith(' nofill')),
				step.slug
			).toBe(true);
		}
	});
});
