// The live map's layers, bottom to top. Each layer that draws a symbol takes its paint from
// symbols.ts (LAYER_SYMBOL says which), so the live map, the static maps and the key agree.
import type {
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { fid, isLabelOf, isLine, isPolygon, zoomed } from './expressions';
import { ITALIC, REGULAR, SEMIBOLD } from './font-faces';
import { ANCHORS, anchorOffsets } from './label-anchors';
import { PROVINCE_ZOOM, TOWN_RANKS, WATER_ZOOM } from './labels';
import type { Palette, Theme } from './palette';
import { SYMBOLS, symbolPaint, type DotRadius, type SymbolKey } from './symbols';

export type LayerId =
	| 'background'
	| 'raster'
	| 'land-beyond'
	| 'land'
	| 'water-lakes'
	| 'water-rivers'
	| 'country-highlight-fill'
	| 'admin1-highlight-fill'
	| 'area-fill'
	| 'area-highlight-fill'
	| 'admin1-borders'
	| 'country-borders'
	| 'admin1-context-line'
	| 'country-context-line'
	| 'admin1-highlight-line'
	| 'country-highlight-line'
	| 'noted-border-casing'
	| 'noted-border'
	| 'line-highlight'
	| 'water-highlight'
	| 'area-line'
	| 'area-highlight-line'
	| 'route-line'
	| 'route-highlight-line'
	| 'dot-warmup'
	| 'place-dot'
	| 'place-highlight-dot'
	| 'town-label'
	| 'country-label'
	| 'water-label'
	| 'admin1-label'
	| 'admin1-context-label'
	| 'route-label'
	| 'area-label'
	| 'physical-label'
	| 'physical-highlight-label'
	| 'place-label'
	| 'place-highlight-label';

/** Places' name sizes (px at scale 1), as zoom and size pairs: the step's own, then the others. */
export const PLACE_SIZES = {
	'place-label': [3, 11, 8, 13],
	'place-highlight-label': [3, 13, 8, 15]
} as const satisfies Partial<Record<LayerId, number[]>>;

/** A size given as zoom and size pairs, at a zoom (linear between them, as MapLibre's `zoomed`). */
export function sizeAt(pairs: readonly number[], zoom: number): number {
	let size = pairs[1] as number;
	for (let i = 2; i < pairs.length; i += 2) {
		const [z0, s0, z1, s1] = pairs.slice(i - 2, i + 2) as [number, number, number, number];
		if (zoom >= z1) size = s1;
		else if (zoom > z0) return s0 + ((zoom - z0) / (z1 - z0)) * (s1 - s0);
	}
	return size;
}

/**
 * The symbol each symbol layer draws. Label layers, land and water draw none; nor do the noted
 * borders' casing and the province borders, quieter companions of the `noted-border` and `border` symbols
 * (drawn with them in every step, here and in the static maps).
 */
export const LAYER_SYMBOL = {
	'country-highlight-fill': 'highlight-area',
	'admin1-highlight-fill': 'highlight-area',
	'country-highlight-line': 'highlight-area',
	'admin1-highlight-line': 'highlight-area',
	'country-context-line': 'context-area',
	'admin1-context-line': 'context-area',
	'area-highlight-fill': 'approximate',
	'area-highlight-line': 'approximate',
	'area-fill': 'approximate-context',
	'area-line': 'approximate-context',
	'route-highlight-line': 'route',
	'route-line': 'route-context',
	'line-highlight': 'highlight-line',
	'water-highlight': 'highlight-water',
	'place-highlight-dot': 'place',
	'place-dot': 'place-context',
	'noted-border': 'noted-border',
	'country-borders': 'border'
} as const satisfies Partial<Record<LayerId, SymbolKey>>;

export type SymbolLayerId = keyof typeof LAYER_SYMBOL;

/** A layer spec whose id is one of ours. */
type Layer = LayerSpecification & { id: LayerId };

/** The pipeline's land outside the countries' clip box (geodata/lib/beyond.ts). */
export const LAND_BEYOND = 'land:beyond';

/** The region's borders of note: the pipeline marks them `noted` (region.yaml `borders`). */
const NOTED: ExpressionSpecification = ['==', ['get', 'noted'], true];

/** A line width: the symbol's at zoom 8, thinner further out (`pairs` are [zoom, share]). */
const widthFrom = (width: number, pairs: [number, number][]) =>
	zoomed([...pairs.flatMap(([z, share]) => [z, +(width * share).toFixed(2)]), 8, width]);

function fillLayer(id: SymbolLayerId, source: string, theme: Theme): Layer {
	const { fill } = symbolPaint(LAYER_SYMBOL[id], theme);
	if (!fill) throw new Error(`symbol ${LAYER_SYMBOL[id]} has no fill`);
	return {
		id,
		type: 'fill',
		source,
		paint: { 'fill-color': fill.color, 'fill-opacity': fill.opacity }
	} as Layer;
}

function lineLayer(
	id: SymbolLayerId,
	source: string,
	theme: Theme,
	o: { widths?: [number, number][]; filter?: FilterSpecification; minzoom?: number } = {}
): Layer {
	const { stroke } = symbolPaint(LAYER_SYMBOL[id], theme);
	if (!stroke) throw new Error(`symbol ${LAYER_SYMBOL[id]} has no stroke`);
	return {
		id,
		type: 'line',
		source,
		...(o.minzoom === undefined ? {} : { minzoom: o.minzoom }),
		...(o.filter === undefined ? {} : { filter: o.filter }),
		layout: { 'line-join': 'round' },
		paint: {
			'line-color': stroke.color,
			'line-width': o.widths ? widthFrom(stroke.width, o.widths) : stroke.width,
			...(stroke.dash ? { 'line-dasharray': [...stroke.dash] } : {})
		}
	} as Layer;
}

function dotLayer(id: SymbolLayerId, theme: Theme): Layer {
	const key = LAYER_SYMBOL[id];
	const { fill, stroke } = symbolPaint(key, theme);
	const radius = SYMBOLS[key].radius as DotRadius;
	if (!fill || !stroke) throw new Error(`symbol ${key} is not a dot`);
	return {
		id,
		type: 'circle',
		source: 'features',
		paint: {
			'circle-color': fill.color,
			// Data-driven in both dot layers, so they share one compiled shader: a constant radius
			// needed a second program, compiled on the first step that highlights a place, which
			// blocked the page for most of a second on a slow GPU.
			'circle-radius': [
				'match',
				['get', 'kind'],
				'capital',
				radius.capital,
				'region',
				radius.region,
				radius.other
			],
			'circle-stroke-color': stroke.color,
			'circle-stroke-width': stroke.width
		}
	} as Layer;
}

function baseLayers(p: Palette, hasRaster: boolean): Layer[] {
	// The countries whose provinces are drawn are the story's own land (region.yaml `provinces`).
	const storyLand: ExpressionSpecification = [
		'case',
		['==', ['get', 'provinces'], true],
		p.land,
		p.landOther
	];
	const raster: Layer[] = hasRaster ? [{ id: 'raster', type: 'raster', source: 'raster' }] : [];
	return [
		{ id: 'background', type: 'background', paint: { 'background-color': p.background } },
		...raster,
		{
			// Coarse land beyond the countries' clip box, under them: the widest views reach it.
			id: 'land-beyond',
			type: 'fill',
			source: 'features',
			filter: ['==', fid, LAND_BEYOND],
			paint: { 'fill-color': p.landOther, 'fill-opacity': hasRaster ? 0.55 : 1 }
		},
		{
			id: 'land',
			type: 'fill',
			source: 'countries',
			paint: { 'fill-color': storyLand, 'fill-opacity': hasRaster ? 0.55 : 1 }
		},
		{
			id: 'water-lakes',
			type: 'fill',
			source: 'water',
			filter: isPolygon,
			paint: { 'fill-color': p.water }
		},
		{
			id: 'water-rivers',
			type: 'line',
			source: 'water',
			filter: isLine,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': p.water, 'line-width': zoomed([3, 0.6, 8, 1.8]) }
		}
	];
}

/** Soft fills under the borders: highlighted countries and provinces, approximate areas. */
function fillLayers(theme: Theme): Layer[] {
	return [
		fillLayer('country-highlight-fill', 'countries', theme),
		fillLayer('admin1-highlight-fill', 'admin1', theme),
		fillLayer('area-fill', 'features', theme),
		fillLayer('area-highlight-fill', 'features', theme)
	];
}

/** Province borders, in both renderers (static-map.ts draws them as `.adm`). */
export const PROVINCE_WIDTH = 1.1;

const OUTLINE_WIDTHS: [number, number][] = [[3, 0.6]];

function borderLayers(p: Palette, theme: Theme): Layer[] {
	const notedWidths: [number, number][] = [
		[0, 0.43],
		[4, 0.6]
	];
	const noted = lineLayer('noted-border', 'lines', theme, { widths: notedWidths, filter: NOTED });
	return [
		{
			id: 'admin1-borders',
			type: 'line',
			source: 'lines',
			minzoom: 3,
			filter: ['==', fid, 'line:provinces'],
			layout: { 'line-join': 'round' },
			paint: { 'line-color': p.adminBorder, 'line-width': zoomed([3, 0.4, 8, PROVINCE_WIDTH]) }
		},
		lineLayer('country-borders', 'lines', theme, {
			widths: [[2, 0.36]],
			filter: ['==', fid, 'line:borders']
		}),
		lineLayer('admin1-context-line', 'admin1', theme, { widths: OUTLINE_WIDTHS }),
		// Outlines without the data's clip edge (outlines.ts), which is no border.
		lineLayer('country-context-line', 'outlines', theme, { widths: OUTLINE_WIDTHS }),
		lineLayer('admin1-highlight-line', 'admin1', theme, { widths: OUTLINE_WIDTHS }),
		lineLayer('country-highlight-line', 'outlines', theme, { widths: OUTLINE_WIDTHS }),
		{
			// A light casing under the dashes keeps the border readable on any fill.
			id: 'noted-border-casing',
			type: 'line',
			source: 'lines',
			filter: NOTED,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': p.halo,
				'line-opacity': 0.8,
				'line-width': zoomed([0, 2.4, 4, 3.4, 8, 5.4])
			}
		},
		noted,
		lineLayer('line-highlight', 'lines', theme, {
			widths: [
				[0, 0.53],
				[4, 0.68]
			]
		}),
		{
			...lineLayer('water-highlight', 'water', theme, { widths: [[3, 0.5]] }),
			layout: { 'line-join': 'round', 'line-cap': 'round' }
		} as Layer
	];
}

/** Approximate areas and illustrative routes: always dashed, so they never read as surveyed. */
function overlayLayers(theme: Theme): Layer[] {
	return [
		lineLayer('area-line', 'features', theme),
		lineLayer('area-highlight-line', 'features', theme),
		lineLayer('route-line', 'features', theme),
		lineLayer('route-highlight-line', 'features', theme)
	];
}

/**
 * Nothing to see: a dot of radius 0 on every point feature, made like the two dot layers (only the
 * radius data-driven) so that MapLibre compiles the circle program they share while the map loads.
 * A first step that shows no place would otherwise leave it to the first step that does, where
 * compiling it blocked the page for most of a second on a slow GPU.
 */
function dotWarmupLayer(): Layer {
	return {
		id: 'dot-warmup',
		type: 'circle',
		source: 'features',
		filter: ['==', ['geometry-type'], 'Point'],
		paint: {
			'circle-radius': ['match', ['get', 'kind'], 'capital', 0, 0],
			'circle-stroke-width': 0
		}
	};
}

function pointLayers(theme: Theme): Layer[] {
	return [dotWarmupLayer(), dotLayer('place-dot', theme), dotLayer('place-highlight-dot', theme)];
}

type LabelOptions = {
	id: LayerId;
	source: string;
	font: string;
	size: DataDrivenPropertyValueSpecification<number>;
	color: string;
	filter?: FilterSpecification;
	minzoom?: number;
	layout?: Record<string, unknown>;
};

/** A label size times the medium's label scale: a number, or the stops of a zoom curve. */
function scaledSize(
	size: DataDrivenPropertyValueSpecification<number>,
	scale: number
): DataDrivenPropertyValueSpecification<number> {
	if (scale === 1) return size;
	if (typeof size === 'number') return +(size * scale).toFixed(2);
	const [op, curve, input, ...stops] = size as unknown[];
	if (op !== 'interpolate') throw new Error('label sizes are numbers or zoom curves (zoomed)');
	const scaled = stops.map((value, i) =>
		i % 2 === 1 ? +((value as number) * scale).toFixed(2) : value
	);
	return [op, curve, input, ...scaled] as DataDrivenPropertyValueSpecification<number>;
}

function scaledLabel(p: Palette, o: LabelOptions, scale: number): Layer {
	return {
		id: o.id,
		type: 'symbol',
		source: o.source,
		...(o.minzoom === undefined ? {} : { minzoom: o.minzoom }),
		...(o.filter === undefined ? {} : { filter: o.filter }),
		layout: {
			'text-field': ['get', 'name'],
			'text-font': [o.font],
			'text-size': scaledSize(o.size, scale),
			'text-max-width': 9,
			'text-padding': 3,
			...o.layout
		},
		paint: {
			'text-color': o.color,
			'text-halo-color': p.halo,
			'text-halo-width': 1.4,
			'text-halo-blur': 0.4
		}
	} as Layer;
}

/**
 * Labels, lowest priority first (labels.ts LABEL_PRIORITY, read bottom up): MapLibre places the
 * symbols of upper layers first. `scale` sizes every label for the medium (the present view's
 * text is about twice the page's).
 */
function labelLayers(p: Palette, scale: number): Layer[] {
	const label = (palette: Palette, o: LabelOptions) => scaledLabel(palette, o, scale);
	// Beside the dot, else under or over it; each step narrows a place's anchors to those that
	// keep its name in the frame (label-anchors.ts, step-filters.ts).
	const beside = {
		'text-variable-anchor-offset': anchorOffsets(ANCHORS),
		'text-justify': 'auto'
	};
	// Areas' labels: at their point, or a line above or below it where a place's label sits (the
	// static maps try the same three positions).
	const makeWay = {
		'text-variable-anchor': ['center', 'top', 'bottom'],
		'text-radial-offset': 1.2
	};
	const physical = (id: LayerId, color: string) =>
		label(p, {
			id,
			source: 'features',
			font: ITALIC,
			size: zoomed([4, 11, 8, 14]),
			color,
			// A pass sits next to a crossing's label (Khyber Pass, Torkham): let it move aside.
			layout: {
				'text-letter-spacing': 0.12,
				'text-variable-anchor': ['center', 'top', 'bottom'],
				'text-radial-offset': 0.9
			}
		});
	return [
		townLabel(p, scale),
		label(p, {
			id: 'water-label',
			source: 'labels',
			font: ITALIC,
			size: 11,
			color: p.textMuted,
			minzoom: WATER_ZOOM,
			filter: isLabelOf('rivers'),
			// Once, along the river's section in view that the static map writes it on (labels.ts).
			layout: { 'symbol-placement': 'line-center' }
		}),
		physical('physical-label', p.textMuted),
		label(p, {
			id: 'admin1-context-label',
			source: 'labels',
			font: REGULAR,
			size: 11,
			color: p.textMuted,
			minzoom: PROVINCE_ZOOM
		}),
		label(p, {
			id: 'admin1-label',
			source: 'labels',
			font: REGULAR,
			size: 12,
			color: p.text,
			layout: makeWay
		}),
		label(p, {
			id: 'country-label',
			source: 'labels',
			filter: isLabelOf('countries'),
			font: SEMIBOLD,
			size: zoomed([2, 9, 6, 13]),
			color: p.textMuted,
			layout: { 'text-transform': 'uppercase', 'text-letter-spacing': 0.08, ...makeWay }
		}),
		label(p, {
			id: 'route-label',
			// At the route's label point in the step's frame (labels.ts), as in the static map: along
			// the line MapLibre would write it anywhere, under the text card too.
			source: 'labels',
			font: ITALIC,
			size: 11,
			color: p.textMuted,
			// A long name on two lines, as the static map writes it (static-labels.ts WRAP_CHARS).
			layout: {
				...makeWay,
				'text-max-width': 11,
				'text-field': ['concat', ['get', 'name'], '\n(illustrative)']
			}
		}),
		label(p, {
			id: 'place-label',
			source: 'features',
			font: REGULAR,
			size: zoomed(PLACE_SIZES['place-label']),
			color: p.text,
			layout: beside
		}),
		label(p, {
			id: 'area-label',
			source: 'features',
			font: ITALIC,
			size: 12,
			color: p.text,
			// The district's main town usually sits near the middle: let the label make way.
			layout: makeWay
		}),
		physical('physical-highlight-label', p.accent),
		label(p, {
			id: 'place-highlight-label',
			source: 'features',
			font: SEMIBOLD,
			size: zoomed(PLACE_SIZES['place-highlight-label']),
			color: p.accent,
			layout: beside
		})
	];
}

/** The towns the zoom shows (labels.ts TOWN_RANKS), before a step keeps them to its frame. */
export function townFilter(): FilterSpecification {
	const ranks = TOWN_RANKS.flatMap(([zoom, max], i) => (i === 0 ? [max] : [zoom, max]));
	return [
		'all',
		['has', 'rank'],
		['<=', ['get', 'rank'], ['step', ['zoom'], ...ranks]]
	] as unknown as FilterSpecification;
}

/**
 * Context towns, muted, the largest first, as many as the zoom allows (labels.ts TOWN_RANKS)
 * and only where they hide no other label: this layer is placed last. The dot is a bullet in the
 * label's own text, so a town whose name does not fit loses its dot too.
 */
function townLabel(p: Palette, scale: number): Layer {
	return scaledLabel(
		p,
		{
			id: 'town-label',
			source: 'features',
			font: REGULAR,
			size: zoomed([4, 10, 8, 12]),
			color: p.textMuted,
			filter: townFilter(),
			layout: {
				'text-field': ['concat', '\u2022\u2002', ['get', 'name']],
				'text-anchor': 'left',
				'text-offset': [-0.3, 0],
				'symbol-sort-key': ['get', 'rank'],
				'text-padding': 6
			}
		},
		scale
	);
}

/** Every layer of the style for a theme, bottom to top, before any step's filters. */
export function styleLayers(p: Palette, theme: Theme, hasRaster: boolean, labelScale = 1): Layer[] {
	return [
		...baseLayers(p, hasRaster),
		...fillLayers(theme),
		...borderLayers(p, theme),
		...overlayLayers(theme),
		...pointLayers(theme),
		...labelLayers(p, labelScale)
	];
}
