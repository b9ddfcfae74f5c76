import { geoMercator, geoPath } from 'd3-geo';
import type { BasemapData } from '$lib/geo/basemap';
import { d3Winding } from './d3-winding';
import { relativePath } from './svg-path';
import { FIT_PX, TILE_PX, mercator, unmercator, type CameraTarget } from '$lib/story/camera';

/** A small overview map that marks where a zoomed-in step is. Drawn at build time. */
export interface Locator {
	width: number;
	height: number;
	/** SVG path data of Afghanistan and Pakistan with their provinces' outer borders. */
	land: string;
	/** The step's frame as a rectangle in the locator's pixels, by step slug; absent when not zoomed in. */
	frames: Record<string, [x: number, y: number, w: number, h: number]>;
}

const SIZE: [number, number] = [150, 130];
/** Zoomed out further than this, the step's own map already shows the whole region. */
export const LOCATOR_MIN_ZOOM = 5.5;
const FOCUS = new Set(['country:AFG', 'country:PAK']);

export function buildLocator(
	data: BasemapData,
	steps: readonly { slug: string; camera: CameraTarget }[]
): Locator {
	const focus = {
		type: 'FeatureCollection' as const,
		features: data.countries.features.filter((f) => FOCUS.has(f.properties.fid)).map(d3Winding)
	};
	const projection = geoMercator().fitExtent(
		[
			[4, 4],
			[SIZE[0] - 4, SIZE[1] - 4]
		],
		focus
	);
	// Whole pixels, as relative lines: at this size the 10 m borders round to many repeated points,
	// which relativePath drops. The path appears in every zoomed-in step's card.
	const land = relativePath(geoPath(projection).digits(0)(focus) ?? '');
	const frames: Locator['frames'] = {};
	for (const step of steps) {
		if (step.camera.zoom < LOCATOR_MIN_ZOOM) continue;
		// The reference square around the camera's centre, in Mercator, back to degrees.
		const half = FIT_PX / 2 / (TILE_PX * 2 ** step.camera.zoom);
		const [cx, cy] = mercator(step.camera.center);
		const nw = projection(unmercator([cx - half, cy - half]));
		const se = projection(unmercator([cx + half, cy + half]));
		if (!nw || !se) continue;
		const w = Math.max(4, se[0] - nw[0]);
		const h = Math.max(4, se[1] - nw[1]);
		frames[step.slug] = [
			Math.round(nw[0] + (se[0] - nw[0] - w) / 2),
			Math.round(nw[1] + (se[1] - nw[1] - h) / 2),
			Math.round(w),
			Math.round(h)
		];
	}
	return { width: SIZE[0], height: SIZE[1], land, frames };
}
