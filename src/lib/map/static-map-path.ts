import { FIT_PX } from '$lib/story/camera';

/**
 * The side of every static map, in its own pixels: twice the reference square (camera.ts), so a
 * page can show it centred on the square the live map frames.
 */
export const STATIC_MAP_PX = 2 * FIT_PX;

/** Where a step's static SVG map is served, relative to the site root (no leading slash). */
export function staticMapPath(storyId: string, slug: string): string {
	return `maps/${storyId}/${slug}.svg`;
}
