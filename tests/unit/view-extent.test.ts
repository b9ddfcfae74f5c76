/**
 * No step shows the edge of the data: every step's view, in every reading mode at the sizes the
 * site supports, lies inside the extent of its story's shipped basemap (the countries' clip box,
 * and the coarse land beyond it), for every published story. The panels follow the layouts' CSS: app.css (.map-stage --pad-*),
 * EmbedView (MAP_PAD), PresentView (.frame).
 */
import { describe, expect, it } from 'vitest';
import { bbox } from '@turf/turf';
import { getStory, publishedStoryIds, storyBasemap } from '../../src/lib/server/stories';
import { LAND_BEYOND } from '../../src/lib/map/layers';
import { viewBounds, type BBox, type Panel } from '../../src/lib/story/camera';

const REM = 16;

/** The brief's sizes, a phone on its side, and the odd shapes tests/layout.spec.ts checks. */
const SIZES: [number, number][] = [
	[390, 844],
	[844, 390],
	[1200, 400],
	[400, 1200],
	[1440, 900],
	[768, 1024],
	[1280, 800],
	[1920, 1080]
];

const panel = (width: number, height: number, padding: Panel['padding']): Panel => ({
	width,
	height,
	padding
});

const LAYOUTS: Record<string, (w: number, h: number) => Panel> = {
	story: (w, h) =>
		w < 760
			? panel(w, h, { top: 6 * REM, right: REM, bottom: 0.52 * h, left: REM })
			: panel(w, h, {
					top: 4.5 * REM,
					right: 2.5 * REM,
					bottom: 2.5 * REM,
					left: Math.min(34 * REM, 0.4 * w) + 4 * REM
				}),
	embed: (w, h) => panel(w, h, { top: 16, right: 16, bottom: 16, left: 16 }),
	present: (w, h) => {
		const gap = Math.min(2 * REM, Math.max(0.75 * REM, 0.025 * Math.min(w, h)));
		const bar = 6;
		if (h > w) return panel(w, h, { top: gap, right: gap, bottom: 0.55 * h, left: gap });
		const slide = Math.min(0.44 * w, 46 * REM);
		return panel(w, h, { top: gap, right: gap, bottom: gap + bar, left: slide + 2 * gap });
	}
};

/**
 * What the shipped data covers: the countries' bounding box (their clip box), or the box the land
 * beyond them was clipped to, which the pipeline records.
 */
function shippedExtent(id: string): BBox {
	const { data, index } = storyBasemap(id);
	const recorded = index.get(LAND_BEYOND)?.properties.extent;
	if (Array.isArray(recorded)) return recorded as unknown as BBox;
	const [w, s, e, n] = bbox(data.countries);
	return [w, s, e, n];
}

/** Web Mercator ends here: a view beyond it shows the map's background, not an edge of data. */
const MERCATOR_LAT = 85.05;
const EPSILON = 0.1;

describe.each(publishedStoryIds())('no step of %s shows the edge of its data', (id) => {
	const story = getStory(id);
	const extent = shippedExtent(id);
	const cases = Object.keys(LAYOUTS).flatMap((layout) =>
		SIZES.flatMap(([w, h]) => story.steps.map((step) => [layout, `${w}×${h}`, step.slug] as const))
	);

	it.each(cases)('%s at %s: %s', (layout, size, slug) => {
		const [w = 0, h = 0] = size.split('×').map(Number);
		const step = story.steps.find((s) => s.slug === slug);
		if (!step) throw new Error(slug);
		const [west, south, east, north] = viewBounds(
			step.camera,
			(LAYOUTS[layout] as (w: number, h: number) => Panel)(w, h)
		);
		// Data all the way round: the live map repeats the world, so no longitude is off it.
		if (extent[2] - extent[0] < 360) {
			expect(west).toBeGreaterThanOrEqual(extent[0] - EPSILON);
			expect(east).toBeLessThanOrEqual(extent[2] + EPSILON);
		}
		expect(Math.max(south, -MERCATOR_LAT)).toBeGreaterThanOrEqual(extent[1] - EPSILON);
		expect(Math.min(north, MERCATOR_LAT)).toBeLessThanOrEqual(extent[3] + EPSILON);
	});
});
