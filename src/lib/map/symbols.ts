// The one symbol system. A feature's id says what it is (docs/architecture.md: country, province,
// line, water, place, approximate area, illustrative route, physical label) and the step says its
// role (what the step is about, or shown for orientation); together they choose its symbol. The
// MapLibre style (layers.ts, step-filters.ts), the static SVG maps (static-map.ts), the map key
// (story/legend.ts) and the page's CSS (symbol-css.ts) all read the symbols from here.
import type { StepMap } from '../story/story.ts';
import { palettes, type Palette, type Theme } from './palette.ts';

/** What a feature is in a step: what the step is about (`focus`), or orientation (`context`). */
export type Role = 'focus' | 'context';

/** Every symbol, in the order the map key lists them. */
export const SYMBOL_KEYS = [
	'highlight-area',
	'place',
	'highlight-line',
	'highlight-water',
	'approximate',
	'route',
	'context-area',
	'place-context',
	'approximate-context',
	'route-context',
	'noted-border',
	'border'
] as const;

export type SymbolKey = (typeof SYMBOL_KEYS)[number];

/**
 * Symbols of the base map, drawn on every step whatever it shows: the borders, and the region's
 * borders of note where its geodata has any (a line with `noted: true`).
 */
export const baseSymbols = (notedBorders: boolean): readonly SymbolKey[] =>
	notedBorders ? ['noted-border', 'border'] : ['border'];

/** Whether geodata has borders of note: lines the pipeline marked `noted` (region.yaml `borders`). */
export const isNotedBorder = (f: { properties: Record<string, unknown> | null }): boolean =>
	f.properties?.noted === true;

type Colour = keyof Palette;

/** Dots are larger for capitals and smaller for regions (a valley, an island): by `kind`. */
export interface DotRadius {
	capital: number;
	region: number;
	other: number;
}

export interface SymbolSpec {
	/** What the map key says the symbol means. */
	label: string;
	/** The shape of its swatch in the key. */
	shape: 'area' | 'line' | 'dot';
	fill?: { colour: Colour; opacity: number };
	/**
	 * `width` in CSS pixels: the static map's and the live map's at zoom 8 (where it shrinks at
	 * lower zooms). `dash` in multiples of the width, as MapLibre's line-dasharray counts it.
	 */
	stroke?: { colour: Colour; width: number; dash?: readonly number[] };
	/** Dots only: the radius, the fill is the dot and the stroke its halo ring. */
	radius?: DotRadius;
}

const AREA_DASH = [2, 2];
const ROUTE_DASH = [2.5, 1.5];
const LINE_DASH = [3, 1.5];

export const SYMBOLS: Record<SymbolKey, SymbolSpec> = {
	'highlight-area': {
		label: 'Area the step is about',
		shape: 'area',
		fill: { colour: 'accentFill', opacity: 0.18 },
		stroke: { colour: 'accent', width: 2.2 }
	},
	place: {
		label: 'Place named in the step',
		shape: 'dot',
		fill: { colour: 'accent', opacity: 1 },
		stroke: { colour: 'halo', width: 2 },
		radius: { capital: 6.5, region: 5.5, other: 5.5 }
	},
	'highlight-line': {
		label: 'Border the step is about',
		shape: 'line',
		stroke: { colour: 'accent', width: 3.8, dash: LINE_DASH }
	},
	'highlight-water': {
		label: 'River or lake the step is about',
		shape: 'line',
		stroke: { colour: 'accent', width: 3.2 }
	},
	approximate: {
		label: 'Approximate district area the step is about (no official boundary shipped)',
		shape: 'area',
		fill: { colour: 'accentFill', opacity: 0.22 },
		stroke: { colour: 'accent', width: 1.8, dash: AREA_DASH }
	},
	route: {
		label: 'Illustrative route the step is about, not a recorded path',
		shape: 'line',
		stroke: { colour: 'accent', width: 2.6, dash: ROUTE_DASH }
	},
	'context-area': {
		label: 'Area shown for orientation',
		shape: 'area',
		stroke: { colour: 'textMuted', width: 1.6 }
	},
	'place-context': {
		label: 'Place shown for orientation',
		shape: 'dot',
		fill: { colour: 'text', opacity: 1 },
		stroke: { colour: 'halo', width: 1.2 },
		radius: { capital: 4, region: 2.5, other: 3.2 }
	},
	'approximate-context': {
		label: 'Approximate district area, for orientation (no official boundary shipped)',
		shape: 'area',
		fill: { colour: 'approximate', opacity: 0.14 },
		stroke: { colour: 'approximate', width: 1.4, dash: AREA_DASH }
	},
	'route-context': {
		label: 'Illustrative route, not a recorded path',
		shape: 'line',
		stroke: { colour: 'route', width: 2, dash: ROUTE_DASH }
	},
	'noted-border': {
		// The key says what the region's geodata calls it (`key`: the region's words); this is
		// the words where it has none.
		label: 'Border of note',
		shape: 'line',
		stroke: { colour: 'notedBorder', width: 2.8, dash: LINE_DASH }
	},
	border: {
		label: 'International or province border',
		shape: 'line',
		stroke: { colour: 'countryBorder', width: 1.4 }
	}
};

/**
 * The symbol of a feature in a step, or none when the base map already draws it the same way
 * (a border or river shown for orientation) or it is text only (a physical label).
 */
export function symbolFor(fid: string, role: Role): SymbolKey | undefined {
	const focus = role === 'focus';
	const kind = fid.slice(0, fid.indexOf(':') + 1);
	switch (kind) {
		case 'country:':
		case 'admin1:':
			return focus ? 'highlight-area' : 'context-area';
		case 'place:':
			return focus ? 'place' : 'place-context';
		case 'area:':
			return focus ? 'approximate' : 'approximate-context';
		case 'route:':
			return focus ? 'route' : 'route-context';
		case 'line:':
			return focus ? 'highlight-line' : undefined;
		case 'river:':
		case 'lake:':
			return focus ? 'highlight-water' : undefined;
		default:
			return undefined;
	}
}

/** A step's map as every renderer reads it: the features it is about, and its context. */
type StepFeatures = Pick<StepMap['map'], 'features' | 'context'>;

/**
 * Each feature of a step with its role: a feature listed both as focus and as context is focus.
 * `exists` leaves out ids with no feature in the data (no renderer could draw them).
 */
export function stepRoles(
	map: StepFeatures,
	exists: (fid: string) => boolean = () => true
): { fid: string; role: Role }[] {
	const focus = [...new Set(map.features)].filter(exists);
	const context = [...new Set(map.context)].filter((fid) => !focus.includes(fid) && exists(fid));
	return [
		...focus.map((fid) => ({ fid, role: 'focus' as const })),
		...context.map((fid) => ({ fid, role: 'context' as const }))
	];
}

/** The fids that take each symbol in a step (symbols no feature takes are left out). */
export function fidsBySymbol(map: StepFeatures): Map<SymbolKey, string[]> {
	const by = new Map<SymbolKey, string[]>();
	for (const { fid, role } of stepRoles(map)) {
		const key = symbolFor(fid, role);
		if (key) by.set(key, [...(by.get(key) ?? []), fid]);
	}
	return by;
}

/** Every symbol a step's map draws, the base map's included, in key order. */
export function stepSymbols(
	map: StepFeatures,
	exists: (fid: string) => boolean = () => true,
	base: readonly SymbolKey[] = baseSymbols(true)
): SymbolKey[] {
	const used = new Set<SymbolKey>(base);
	for (const { fid, role } of stepRoles(map, exists)) {
		const key = symbolFor(fid, role);
		if (key) used.add(key);
	}
	return SYMBOL_KEYS.filter((key) => used.has(key));
}

/** A symbol's paint in one theme, in concrete colours. */
export interface SymbolPaint {
	fill?: { color: string; opacity: number };
	stroke?: { color: string; width: number; dash?: readonly number[] };
}

export function symbolPaint(key: SymbolKey, theme: Theme): SymbolPaint {
	const p = palettes[theme];
	const { fill, stroke } = SYMBOLS[key];
	return {
		...(fill ? { fill: { color: p[fill.colour], opacity: fill.opacity } } : {}),
		...(stroke
			? {
					stroke: {
						color: p[stroke.colour],
						width: stroke.width,
						...(stroke.dash ? { dash: stroke.dash } : {})
					}
				}
			: {})
	};
}

/** The radius of a dot symbol for a place of this `kind`. */
export function dotRadius(radius: DotRadius, kind: unknown): number {
	if (kind === 'capital') return radius.capital;
	if (kind === 'region') return radius.region;
	return radius.other;
}

/** An SVG stroke-dasharray (in pixels) for a dash in multiples of the line width. */
export function svgDash(stroke: { width: number; dash?: readonly number[] }): string | undefined {
	return stroke.dash?.map((d) => +(d * stroke.width).toFixed(2)).join(' ');
}
