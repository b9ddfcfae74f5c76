import { describe, expect, it } from 'vitest';
import { getStory, storyBasemap } from '$lib/server/stories';
import { buildLocator, LOCATOR_MIN_ZOOM } from './locator';

const locatorOf = (id: string) => {
	const { data, region } = storyBasemap(id);
	return buildLocator(data, region, getStory(id).steps);
};

describe('buildLocator', () => {
	const story = getStory();
	const locator = locatorOf(story.id);

	it('names its story’s region, and the region’s borders of note for the key', () => {
		expect(locator.region).toBe('Afghanistan and Pakistan');
		expect(locator.keyLabels).toEqual({
			'noted-border': 'Afghanistan–Pakistan border (Durand Line)'
		});
		const other = locatorOf('tashkent-to-kashgar');
		expect(other.region).toBe('Uzbekistan and Afghanistan');
		expect(other.keyLabels).toEqual({ 'noted-border': 'Uzbekistan–Afghanistan border' });
		expect(other.land).not.toBe(locator.land);
	});

	it('frames exactly the steps zoomed in past the whole region, inside the inset', () => {
		const zoomedIn = story.steps
			.filter((s) => s.camera.zoom >= LOCATOR_MIN_ZOOM)
			.map((s) => s.slug);
		expect(Object.keys(locator.frames).sort()).toEqual([...zoomedIn].sort());
		for (const [x, y, w, h] of Object.values(locator.frames)) {
			expect(x).toBeGreaterThanOrEqual(0);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(x + w).toBeLessThanOrEqual(locator.width);
			expect(y + h).toBeLessThanOrEqual(locator.height);
		}
	});

	it('draws the land in whole pixels with no zero-length segments, small enough to repeat per card', () => {
		expect(locator.land).toMatch(/^M\d+,\d+/);
		expect(locator.land).not.toMatch(/[lL ]-?0,-?0(?!\d)/);
		expect(locator.land).not.toContain('.');
		// Each zoomed-in step's card carries it: 4 KB here, from 13 KB as absolute lines with repeated points.
		expect(locator.land.length).toBeLessThan(6000);
	});
});
