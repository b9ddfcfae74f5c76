// The MapLibre style for the story map, and the per-step changes to it. Pure data: nothing here
// touches MapLibre objects (map-controller.ts applies what stepLayerUpdates describes).
import type {
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	FilterSpecification,
	FontFacesSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { BasemapData } from '../geo/basemap';
import { FONT_FILES } from './fonts';

export type Theme = 'light' | 'dark';

/** Map colours, shared with the static SVG maps so both read the same. */
export interface Palette {
	/** Sea and everything beyond the data: the map's background. */
	background: string;
	/** Rivers and lakes. */
	water: string;
	/** Afghanistan and Pakistan. */
	land: string;
	/** Every other country. */
	landOther: string;
	/** International borders other than the Durand Line. */
	countryBorder: string;
	/** Province borders inside Afghanistan and Pakistan. */
	adminBorder: string;
	/** The Afghanistan–Pakistan border, always drawn dashed and darker than other borders. */
	durand: string;
	/** Highlighted lines, points and label text: the one accent colour. */
	accent: string;
	/** Highlighted areas, drawn at low opacity. */
	accentFill: string;
	/** Labels. */
	text: string;
	/** Secondary labels: countries, physical features, context outlines. */
	textMuted: string;
	/** Halo behind labels and under the Durand Line. */
	halo: string;
	/** Illustrative routes (dashed) when shown as context. */
	route: string;
	/** Approximate areas (soft fill, dashed outline) when shown as context. */
	approximate: string;
}

export const palettes: Record<Theme, Palette> = {
	light: {
		background: '#dce6ec',
		water: '#8fb3cc',
		land: '#f6f3ec',
		landOther: '#e8e5de',
		countryBorder: '#8e887e',
		adminBorder: '#bdb5a8',
		durand: '#4a3527',
		accent: '#b83a0e',
		accentFill: '#e8642c',
		text: '#2a2724',
		textMuted: '#6a645c',
		halo: '#ffffff',
		route: '#5e4b8b',
		approximate: '#8a6a2f'
	},
	dark: {
		background: '#121a21',
		water: '#3d6582',
		land: '#2c2a27',
		landOther: '#201f1d',
		countryBorder: '#77716a',
		adminBorder: '#4d4943',
		durand: '#e6cfae',
		accent: '#ff9a5c',
		accentFill: '#ff8a48',
		text: '#efebe4',
		textMuted: '#a9a39a',
		halo: '#121212',
		route: '#bba6ea',
		approximate: '#d9b877'
	}
};

export type { BasemapData };

export interface StyleOptions {
	theme: Theme;
	data: BasemapData;
	/** URL prefix of the self-hosted fonts (static/fonts/), e.g. `${base}/fonts/`. */
	fontBase: string;
	/** A raster tile service of the user's own, drawn under semi-transparent land. */
	raster?: { tiles: string[]; tileSize?: number; attribution: string };
}

export interface StepView {
	/** fids highlighted in the accent colour. */
	features: readonly string[];
	/** fids shown for orientation, not highlighted. */
	context: readonly string[];
	/** Show the Urdu or Dari name on a second line. */
	nativeNames: boolean;
}

export interface StepLayerUpdates {
	filters: Record<string, FilterSpecification>;
	layout: Record<string, Record<string, unknown>>;
}

// ---------------------------------------------------------------- fonts

/** Fontsource's Latin subset range, so the Latin file is used only for the glyphs it has. */
const LATIN_RANGE = [
	'U+0000-00FF',
	'U+0131',
	'U+0152-0153',
	'U+02BB-02BC',
	'U+02C6',
	'U+02DA',
	'U+02DC',
	'U+0304',
	'U+0308',
	'U+0329',
	'U+2000-206F',
	'U+20AC',
	'U+2122',
	'U+2191',
	'U+2193',
	'U+2212',
	'U+2215',
	'U+FEFF',
	'U+FFFD'
];
/** Fontsource's Arabic subset range (Urdu and Dari letters, ZWNJ, Arabic presentation forms). */
const ARABIC_RANGE = [
	'U+0600-06FF',
	'U+0750-077F',
	'U+0870-088E',
	'U+0890-0891',
	'U+0897-08E1',
	'U+08E3-08FF',
	'U+200C-200E',
	'U+2010-2011',
	'U+204F',
	'U+2E41',
	'U+FB50-FDFF',
	'U+FE70-FE74',
	'U+FE76-FEFC'
];

export { FONT_FILES };

type FontFile = (typeof FONT_FILES)[number]['file'];

const REGULAR = 'Noto Sans Regular';
const SEMIBOLD = 'Noto Sans SemiBold';
const ITALIC = 'Noto Sans Italic';
const ARABIC_FILE: FontFile = 'noto-naskh-arabic-arabic-400-normal';

/**
 * Each text-font name maps to a Latin file plus the Naskh file for Urdu/Dari. The Arabic file
 * comes first so that the joiners it shares with the Latin range (ZWNJ in جلال‌آباد) are drawn
 * with the Arabic letters; MapLibre downloads a file only once a label needs one of its glyphs.
 */
function fontFaces(fontBase: string): FontFacesSpecification {
	const face = (file: FontFile, range: string[]) => ({
		url: `${fontBase}${file}.woff2`,
		'unicode-range': range
	});
	const withArabic = (latin: FontFile) => [
		face(ARABIC_FILE, ARABIC_RANGE),
		face(latin, LATIN_RANGE)
	];
	return {
		[REGULAR]: withArabic('noto-sans-latin-400-normal'),
		[SEMIBOLD]: withArabic('noto-sans-latin-600-normal'),
		[ITALIC]: [face('noto-sans-latin-400-italic', LATIN_RANGE)]
	};
}

// ---------------------------------------------------------------- expressions

const fid: ExpressionSpecification = ['get', 'fid'];

/** True for features whose fid is in `ids` (an empty list matches nothing). */
function fidIn(ids: readonly string[]): ExpressionSpecification {
	return ['in', fid, ['literal', [...ids]]];
}

const PLACE_KINDS = ['capital', 'city', 'town', 'crossing', 'region'];
const isPlace: ExpressionSpecification = ['match', ['get', 'kind'], PLACE_KINDS, true, false];
const isKind = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];
const isPolygon: ExpressionSpecification = [
	'match',
	['geometry-type'],
	['Polygon', 'MultiPolygon'],
	true,
	false
];
const isLine: ExpressionSpecification = [
	'match',
	['geometry-type'],
	['LineString', 'MultiLineString'],
	true,
	false
];

/** Label points derived from one basemap layer (see labelPoints). */
const isLabelOf = (layer: 'countries' | 'admin1'): ExpressionSpecification => [
	'==',
	['get', 'layer'],
	layer
];

/** Places always labelled, step or not: the national capitals. */
const isMajorPlace: ExpressionSpecification = isKind('capital');

/** Pakistani features carry Urdu first, Afghan ones Dari (Natural Earth admin-1 has both). */
const nativeName: ExpressionSpecification = [
	'case',
	['in', 'PK-', ['to-string', ['coalesce', ['get', 'admin1'], fid]]],
	['coalesce', ['get', 'name_ur'], ['get', 'name_fa']],
	['coalesce', ['get', 'name_fa'], ['get', 'name_ur']]
];

/** English label, or English plus the native name on a second line when it exists. */
function labelText(
	nativeNames: boolean,
	english: ExpressionSpecification = ['get', 'name']
): DataDrivenPropertyValueSpecification<string> {
	if (!nativeNames) return english;
	return [
		'case',
		['any', ['has', 'name_ur'], ['has', 'name_fa']],
		['format', english, {}, ['concat', '\n', nativeName], { 'font-scale': 0.95 }],
		english
	] as ExpressionSpecification;
}

/** Approximate areas say so in their label. */
const areaName: ExpressionSpecification = [
	'case',
	['==', ['get', 'approximate'], true],
	['concat', ['get', 'name'], ' (approx.)'],
	['get', 'name']
];

const zoomed = (pairs: number[]): ExpressionSpecification =>
	['interpolate', ['linear'], ['zoom'], ...pairs] as ExpressionSpecification;

// ---------------------------------------------------------------- step state

const NO_STEP: StepView = { features: [], context: [], nativeNames: false };

/**
 * What changes in the style for a step: the filters of the highlight, context and label layers
 * (each a complete filter, ready for setFilter) and the text-field of the labels that can show
 * native names. The style from buildStyle starts in the state of an empty step.
 */
export function stepLayerUpdates(step: StepView): StepLayerUpdates {
	const features = [...new Set(step.features)];
	const contextOnly = [...new Set(step.context)].filter((id) => !features.includes(id));
	const shown = [...features, ...contextOnly];
	const of = (ids: readonly string[], prefix: string) => ids.filter((id) => id.startsWith(prefix));
	const filter = (...conditions: ExpressionSpecification[]): FilterSpecification =>
		['all', ...conditions] as FilterSpecification;
	const highlighted = (prefix: string) => fidIn(of(features, prefix));
	const context = (prefix: string) => fidIn(of(contextOnly, prefix));
	const visible = (prefix: string) => fidIn(of(shown, prefix));
	const placeShown: ExpressionSpecification = ['any', isMajorPlace, visible('place:')];

	return {
		filters: {
			'country-highlight-fill': filter(highlighted('country:')),
			'country-highlight-line': filter(highlighted('country:')),
			'country-context-line': filter(context('country:')),
			'admin1-highlight-fill': filter(highlighted('admin1:')),
			'admin1-highlight-line': filter(highlighted('admin1:')),
			'admin1-context-line': filter(context('admin1:')),
			'admin1-label': filter(isLabelOf('admin1'), visible('admin1:')),
			'line-highlight': filter(highlighted('line:')),
			'water-highlight': filter(fidIn([...of(features, 'river:'), ...of(features, 'lake:')])),
			'area-fill': filter(isPolygon, context('area:')),
			'area-line': filter(isPolygon, context('area:')),
			'area-highlight-fill': filter(isPolygon, highlighted('area:')),
			'area-highlight-line': filter(isPolygon, highlighted('area:')),
			'area-label': filter(isPolygon, visible('area:')),
			'route-line': filter(isLine, context('route:')),
			'route-highlight-line': filter(isLine, highlighted('route:')),
			'route-label': filter(isLine, visible('route:')),
			'physical-label': filter(isKind('physical'), context('label:')),
			'physical-highlight-label': filter(isKind('physical'), highlighted('label:')),
			'place-dot': filter(isPlace, placeShown),
			'place-label': filter(isPlace, placeShown, ['!', highlighted('place:')]),
			'place-highlight-dot': filter(isPlace, highlighted('place:')),
			'place-highlight-label': filter(isPlace, highlighted('place:'))
		},
		layout: {
			'admin1-label': { 'text-field': labelText(step.nativeNames) },
			'area-label': { 'text-field': labelText(step.nativeNames, areaName) },
			'place-label': { 'text-field': labelText(step.nativeNames) },
			'place-highlight-label': { 'text-field': labelText(step.nativeNames) }
		}
	};
}

// ---------------------------------------------------------------- layers

const DURAND: ExpressionSpecification = ['==', fid, 'line:durand'];

function baseLayers(p: Palette, hasRaster: boolean): LayerSpecification[] {
	const storyLand: ExpressionSpecification = [
		'match',
		fid,
		['country:AFG', 'country:PAK'],
		p.land,
		p.landOther
	];
	const raster: LayerSpecification[] = hasRaster
		? [{ id: 'raster', type: 'raster', source: 'raster' }]
		: [];
	return [
		{ id: 'background', type: 'background', paint: { 'background-color': p.background } },
		...raster,
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
function fillLayers(p: Palette): LayerSpecification[] {
	return [
		{
			id: 'country-highlight-fill',
			type: 'fill',
			source: 'countries',
			paint: { 'fill-color': p.accentFill, 'fill-opacity': 0.16 }
		},
		{
			id: 'admin1-highlight-fill',
			type: 'fill',
			source: 'admin1',
			paint: { 'fill-color': p.accentFill, 'fill-opacity': 0.2 }
		},
		{
			id: 'area-fill',
			type: 'fill',
			source: 'features',
			paint: { 'fill-color': p.approximate, 'fill-opacity': 0.14 }
		},
		{
			id: 'area-highlight-fill',
			type: 'fill',
			source: 'features',
			paint: { 'fill-color': p.accentFill, 'fill-opacity': 0.22 }
		}
	];
}

function borderLayers(p: Palette): LayerSpecification[] {
	const outline = (
		id: string,
		source: string,
		color: string,
		width: number
	): LayerSpecification => ({
		id,
		type: 'line',
		source,
		layout: { 'line-join': 'round' },
		paint: { 'line-color': color, 'line-width': zoomed([3, width * 0.6, 8, width]) }
	});
	return [
		{
			id: 'admin1-borders',
			type: 'line',
			source: 'lines',
			minzoom: 3,
			filter: ['==', fid, 'line:provinces'],
			layout: { 'line-join': 'round' },
			paint: { 'line-color': p.adminBorder, 'line-width': zoomed([3, 0.4, 8, 1.1]) }
		},
		{
			id: 'country-borders',
			type: 'line',
			source: 'lines',
			filter: ['==', fid, 'line:borders'],
			layout: { 'line-join': 'round' },
			paint: { 'line-color': p.countryBorder, 'line-width': zoomed([2, 0.5, 8, 1.4]) }
		},
		outline('admin1-context-line', 'admin1', p.textMuted, 1.6),
		outline('country-context-line', 'countries', p.textMuted, 1.6),
		outline('admin1-highlight-line', 'admin1', p.accent, 2.2),
		outline('country-highlight-line', 'countries', p.accent, 2.2),
		{
			id: 'durand-casing',
			type: 'line',
			source: 'lines',
			filter: DURAND,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': p.halo,
				'line-opacity': 0.8,
				'line-width': zoomed([0, 2.4, 4, 3.4, 8, 5.4])
			}
		},
		{
			id: 'durand',
			type: 'line',
			source: 'lines',
			filter: DURAND,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': p.durand,
				'line-width': zoomed([0, 1.2, 4, 1.7, 8, 2.8]),
				'line-dasharray': [3, 1.5]
			}
		},
		{
			id: 'line-highlight',
			type: 'line',
			source: 'lines',
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': p.accent,
				'line-width': zoomed([0, 2, 4, 2.6, 8, 3.8]),
				'line-dasharray': [3, 1.5]
			}
		},
		{
			id: 'water-highlight',
			type: 'line',
			source: 'water',
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': p.accent, 'line-width': zoomed([3, 1.6, 8, 3.2]) }
		}
	];
}

/** Approximate areas and illustrative routes: always dashed, so they never read as surveyed. */
function overlayLayers(p: Palette): LayerSpecification[] {
	const dashed = (
		id: string,
		color: string,
		width: number,
		dash: number[]
	): LayerSpecification => ({
		id,
		type: 'line',
		source: 'features',
		layout: { 'line-join': 'round' },
		paint: { 'line-color': color, 'line-width': width, 'line-dasharray': dash }
	});
	return [
		dashed('area-line', p.approximate, 1.4, [2, 2]),
		dashed('area-highlight-line', p.accent, 1.8, [2, 2]),
		dashed('route-line', p.route, 2, [2.5, 1.5]),
		dashed('route-highlight-line', p.accent, 2.6, [2.5, 1.5])
	];
}

function pointLayers(p: Palette): LayerSpecification[] {
	return [
		{
			id: 'place-dot',
			type: 'circle',
			source: 'features',
			paint: {
				'circle-color': p.text,
				'circle-radius': ['match', ['get', 'kind'], 'capital', 4, 'region', 2.5, 3.2],
				'circle-stroke-color': p.halo,
				'circle-stroke-width': 1.2
			}
		},
		{
			id: 'place-highlight-dot',
			type: 'circle',
			source: 'features',
			paint: {
				'circle-color': p.accent,
				// Data-driven like place-dot's radius, so both layers share one compiled shader: a
				// constant here needed a second program, compiled on the first step that highlights a
				// place, which blocked the page for most of a second on a slow GPU.
				'circle-radius': ['match', ['get', 'kind'], 'capital', 6.5, 5.5],
				'circle-stroke-color': p.halo,
				'circle-stroke-width': 2
			}
		}
	];
}

type SymbolOptions = {
	id: string;
	source: string;
	font: string;
	size: DataDrivenPropertyValueSpecification<number>;
	color: string;
	filter?: FilterSpecification;
	minzoom?: number;
	layout?: Record<string, unknown>;
};

function symbol(p: Palette, o: SymbolOptions): LayerSpecification {
	return {
		id: o.id,
		type: 'symbol',
		source: o.source,
		...(o.minzoom === undefined ? {} : { minzoom: o.minzoom }),
		...(o.filter === undefined ? {} : { filter: o.filter }),
		layout: {
			'text-field': ['get', 'name'],
			'text-font': [o.font],
			'text-size': o.size,
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
	} as LayerSpecification;
}

/** Labels, lowest priority first: MapLibre places the symbols of upper layers first. */
function labelLayers(p: Palette): LayerSpecification[] {
	const beside = {
		'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
		'text-radial-offset': 0.7,
		'text-justify': 'auto'
	};
	const alongLine = { 'symbol-placement': 'line', 'symbol-spacing': 320 };
	const physical = (id: string, color: string) =>
		symbol(p, {
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
		symbol(p, {
			id: 'country-label',
			source: 'labels',
			filter: isLabelOf('countries'),
			font: SEMIBOLD,
			size: zoomed([2, 9, 6, 13]),
			color: p.textMuted,
			layout: { 'text-transform': 'uppercase', 'text-letter-spacing': 0.08 }
		}),
		symbol(p, {
			id: 'water-label',
			source: 'water',
			font: ITALIC,
			size: 11,
			color: p.textMuted,
			minzoom: 4,
			filter: fidIn(['river:indus', 'river:amu-darya']),
			layout: alongLine
		}),
		symbol(p, { id: 'admin1-label', source: 'labels', font: REGULAR, size: 12, color: p.text }),
		symbol(p, {
			id: 'route-label',
			source: 'features',
			font: ITALIC,
			size: 11,
			color: p.textMuted,
			layout: { ...alongLine, 'text-field': ['concat', ['get', 'name'], ' (illustrative)'] }
		}),
		symbol(p, {
			id: 'area-label',
			source: 'features',
			font: ITALIC,
			size: 12,
			color: p.text,
			// The district's main town usually sits near the middle: let the label make way.
			layout: { 'text-variable-anchor': ['center', 'top', 'bottom'], 'text-radial-offset': 1.2 }
		}),
		physical('physical-label', p.textMuted),
		physical('physical-highlight-label', p.accent),
		symbol(p, {
			id: 'place-label',
			source: 'features',
			font: REGULAR,
			size: zoomed([3, 11, 8, 13]),
			color: p.text,
			layout: beside
		}),
		symbol(p, {
			id: 'place-highlight-label',
			source: 'features',
			font: SEMIBOLD,
			size: zoomed([3, 13, 8, 15]),
			color: p.accent,
			layout: beside
		})
	];
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
		admin1: geojson(data.admin1, 'Natural Earth'),
		lines: geojson(data.lines, 'Natural Earth'),
		water: geojson(data.water, 'Natural Earth'),
		features: geojson(data.features),
		labels: geojson(labelPoints(data))
	};
}

/**
 * One label point per country and province, at the anchor the pipeline stored (label_lon,
 * label_lat): labelling the polygons themselves repeats a name in every tile they cross.
 */
function labelPoints(data: BasemapData): FeatureCollection {
	const points = (collection: FeatureCollection, layer: 'countries' | 'admin1') =>
		collection.features.flatMap((f): Feature<Point>[] => {
			const { label_lon: lon, label_lat: lat } = f.properties ?? {};
			if (typeof lon !== 'number' || typeof lat !== 'number') return [];
			return [
				{
					type: 'Feature',
					properties: { ...f.properties, layer },
					geometry: { type: 'Point', coordinates: [lon, lat] }
				}
			];
		});
	return {
		type: 'FeatureCollection',
		features: [...points(data.countries, 'countries'), ...points(data.admin1, 'admin1')]
	};
}

/** Applies step updates to the layer list: the style starts in the "no step" state. */
function withStep(layers: LayerSpecification[], updates: StepLayerUpdates): LayerSpecification[] {
	return layers.map((layer) => {
		const filter = updates.filters[layer.id];
		const layout = updates.layout[layer.id];
		if (!filter && !layout) return layer;
		return {
			...layer,
			...(filter ? { filter } : {}),
			...(layout && 'layout' in layer ? { layout: { ...layer.layout, ...layout } } : {})
		} as LayerSpecification;
	});
}

/**
 * The whole style: inline GeoJSON sources, labels from self-hosted fonts (`font-faces`, no
 * glyph server, no sprite), nothing highlighted.
 */
export function buildStyle(options: StyleOptions): StyleSpecification {
	const p = palettes[options.theme];
	const layers = [
		...baseLayers(p, options.raster !== undefined),
		...fillLayers(p),
		...borderLayers(p),
		...overlayLayers(p),
		...pointLayers(p),
		...labelLayers(p)
	];
	return {
		version: 8,
		name: `frontier-${options.theme}`,
		'font-faces': fontFaces(options.fontBase),
		sources: sources(options),
		layers: withStep(layers, stepLayerUpdates(NO_STEP))
	};
}
