import { FIT_PX } from '$lib/story/camera';

/**
 * How far every static map reaches out from the centre of the reference square (camera.ts), in
 * sides of that square. A page shows the map centred on the square the live map frames, at the
 * live map's scale (img[data-static-map] in app.css); this much covers every map area whose
 * edges are at most REACH framed sides from that centre: a phone in portrait (1.9 below the
 * square), a 16:9 screen beside the text (1.3 to its left), a phone on its side (2.2), a wide or
 * tall embed (1.2). Each step's SVG grows with its square (bytes: tests/budgets.spec.ts).
 */
export const STATIC_MAP_REACH = 2.25;

/** The side of every static map, in its own pixels. */
export const STATIC_MAP_PX = 2 * STATIC_MAP_REACH * FIT_PX;

/** Where a step's static SVG map is served, relative to the site root (no leading slash). */
export function staticMapPath(storyId: string, slug: string): string {
	return `maps/${storyId}/${slug}.svg`;
}
