import { geoMercator, geoPath } from 'd3-geo';
import type { BasemapData } from '$lib/geo/basemap';
import { d3Winding } from './d3-winding';
import { relativePath } from './svg-path';
import { isNotedBorder, type SymbolKey } from './symbols';
import { FIT_PX, TILE_PX, mercator, unmercator, type CameraTarget } from '$lib/story/camera';

/** A small overview map that marks where a zoomed-in step is. Drawn at build time. */
export interface Locator {
	width: number;
	height: number;
	/** The region in words (its text alternative; region.yaml `name`). */
	region: string;
	/** SVG path data of the countries whose provinces are drawn, their outer borders. */
	land: string;
	/**
	 * The region's own words in the map key beside it: what its borders of note are (a symbol's
	 * default label otherwise, map/symbols.ts).
	 */
	keyLabels: Partial<Record<SymbolKey, string>>;
	/** The step's frame as a rectangle in the locator's pixels, by step slug; absent when not zoomed in. */
	frames: Record<string, [x: number, y: number, w: number, h: number]>;
}

const SIZE: [number, number] = [150, 130];
/** Zoomed out further than this, the step's own map already shows the whole region. */
export const LOCATOR_MIN_ZOOM = 5.5;
/** What the locator shows of a story's region (the pipeline's words beside its geodata). */
export interface LocatorRegion {
	name: string;
	/** [west, south, east, north]: the extent the inset is fitted to. */
	locator: readonly [number, number, number, number];
}

/**
 * The locator of a story's region: the countries whose provinces are drawn (`provinces: true`),
 * in the region's locator extent, and each zoomed-in step's frame.
 */
export function buildLocator(
	data: BasemapData,
	region: LocatorRegion,
	steps: readonly { slug: string; camera: CameraTarget }[]
): Locator {
	const focus = {
		type: 'FeatureCollection' as const,
		features: data.countries.features.filter((f) => f.properties.provinces === true).map(d3Winding)
	};
	const [w, s, e, n] = region.locator;
	// The extent's corners (a polygon's edges would bow along great circles).
	const extent = {
		type: 'MultiPoint' as const,
		coordinates: [
			[w, s],
			[e, n]
		]
	};
	const projection = geoMercator().fitExtent(
		[
			[4, 4],
			[SIZE[0] - 4, SIZE[1] - 4]
		],
		extent
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
	const keyLabels = Object.fromEntries(
		data.lines.features.filter(isNotedBorder).map((f) => ['noted-border', String(f.properties.key)])
	);
	return { width: SIZE[0], height: SIZE[1], region: region.name, land, frames, keyLabels };
}
