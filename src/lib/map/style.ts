// The MapLibre style for the story map: sources, fonts and layers put together. Pure data:
// nothing here touches MapLibre objects. Its parts, by job: palette.ts (colours), symbols.ts (what
// each feature is drawn as), font-faces.ts, layers.ts (typed layer ids), step-filters.ts (what a
// step changes, applied by maplibre-view.ts).
import type {
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { BasemapData } from '../geo/basemap';
import { FONT_FILES } from './fonts';
import { labelPointCollection } from './labels';
import { countryOutlines } from './outlines';
import { styleLayers } from './layers';
import { palettes, type Theme } from './palette';
import { NO_STEP, stepLayerUpdates, type StepLayerUpdates } from './step-filters';

export { FONT_FILES, palettes, stepLayerUpdates };
export type { BasemapData };
export type { Palette, Theme } from './palette';
export type { StepLayerUpdates } from './step-filters';

export interface StyleOptions {
	theme: Theme;
	data: BasemapData;
	/** A raster tile service of the user's own, drawn under semi-transparent land. */
	raster?: { tiles: string[]; tileSize?: number; attribution: string };
	/** Every label's size times this (1: the page's; larger on a projector). */
	labelScale?: number;
	/** The label points of the step the map opens on (labels.ts); the stored points otherwise. */
	labels?: FeatureCollection;
}

function sources(options: StyleOptions): Record<string, SourceSpecification> {
	const geojson = (data: FeatureCollection, attribution?: string): SourceSpecification => ({
		type: 'geojson',
		data,
		promoteId: 'fid',
		...(attribution ? { attribution } : {})
	});
	const { data, raster } = options;
	return {
		...(raster
			? {
					raster: {
						type: 'raster',
						tiles: raster.tiles,
						tileSize: raster.tileSize ?? 256,
						attribution: raster.attribution
					}
				}
			: {}),
		countries: geojson(data.countries, 'Natural Earth'),
		outlines: geojson(countryOutlines(data.countries)),
		admin1: geojson(data.admin1, 'Natural Earth'),
		lines: geojson(data.lines, 'Natural Earth'),
		water: geojson(data.water, 'Natural Earth'),
		// Context towns come from GeoNames (CC BY 4.0), which asks for credit.
		features: geojson(data.features, 'GeoNames (CC BY 4.0)'),
		labels: geojson(options.labels ?? labelPointCollection(data))
	};
}

/**
 * The layer list with a step's updates applied, as maplibre-view.ts applies them to the live map;
 * the style starts in the "no step" state.
 */
export function withStep(
	layers: LayerSpecification[],
	updates: StepLayerUpdates
): LayerSpecification[] {
	return layers.map((layer) => {
		const id = layer.id as keyof StepLayerUpdates['filters'];
		const filter = updates.filters[id];
		const layout = updates.layout[id];
		if (!filter && !layout) return layer;
		return {
			...layer,
			...(filter ? { filter } : {}),
			...(layout && 'layout' in layer ? { layout: { ...layer.layout, ...layout } } : {})
		} as LayerSpecification;
	});
}

/**
 * The whole style: inline GeoJSON sources, labels drawn from the page's fonts (no glyph server,
 * no sprite: the page adds the self-hosted ones, map-fonts.ts), nothing highlighted.
 */
export function buildStyle(options: StyleOptions): StyleSpecification {
	const { theme } = options;
	const layers = styleLayers(
		palettes[theme],
		theme,
		options.raster !== undefined,
		options.labelScale
	);
	return {
		version: 8,
		name: `frontier-${theme}`,
		sources: sources(options),
		layers: withStep(layers, stepLayerUpdates(NO_STEP))
	};
}
