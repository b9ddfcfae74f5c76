import { describe, expect, it } from 'vitest';
import {
	featureFilter,
	type FilterSpecification,
	type LayerSpecification,
	type StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection } from 'geojson';
import { getStory, readBasemap } from '../server/stories';
import { LAYER_SYMBOL, type SymbolLayerId } from './layers';
import { renderStaticMap } from './static-map';
import { buildStyle, stepLayerUpdates, withStep, type Theme } from './style';
import { symbolCss } from './symbol-css';
import { SYMBOL_KEYS, baseSymbols, stepSymbols, symbolFor, type SymbolKey } from './symbols';

const { data, index } = readBasemap();
const story = getStory('frontier');
const THEMES: Theme[] = ['light', 'dark'];
const isSymbol = (token: string): token is SymbolKey =>
	(SYMBOL_KEYS as readonly string[]).includes(token);

const GEOMETRY_TYPE: Record<string, 1 | 2 | 3> = {
	Point: 1,
	MultiPoint: 1,
	LineString: 2,
	MultiLineString: 2,
	Polygon: 3,
	MultiPolygon: 3
};
const asFilterFeature = (f: Feature) => ({
	type: GEOMETRY_TYPE[f.geometry.type] ?? 1,
	properties: f.properties ?? {},
	geometry: []
});

/** Whether a layer's filter lets any feature of its source through (what the live map draws). */
function drawsAnything(layer: LayerSpecification, style: StyleSpecification): boolean {
	if (!('source' in layer) || typeof layer.source !== 'string') return false;
	const source = style.sources[layer.source];
	if (source?.type !== 'geojson') return false;
	const filter = featureFilter(layer.filter as FilterSpecification, `layers.${layer.id}.filter`);
	return (source.data as FeatureCollection).features.some((f) =>
		filter.filter({ zoom: 8 }, asFilterFeature(f))
	);
}

/** The live map's symbols for a step: those of the symbol layers its filters let draw. */
function liveSymbols(style: StyleSpecification): SymbolKey[] {
	return [
		...new Set(
			style.layers.flatMap((layer) =>
				layer.id in LAYER_SYMBOL && drawsAnything(layer, style)
					? [LAYER_SYMBOL[layer.id as SymbolLayerId]]
					: []
			)
		)
	];
}

/** The symbols an SVG draws: the class of each shape that names one. */
function svgSymbols(svg: string): SymbolKey[] {
	const classes = [...svg.matchAll(/<(?:path|circle) class="([^"]+)"/g)].flatMap((m) =>
		(m[1] as string).split(' ')
	);
	return [...new Set(classes.filter(isSymbol))];
}

type Declarations = Record<string, string>;

/** The declarations of `.key{…}` in a stylesheet. */
function rule(css: string, selector: string): Declarations {
	const escaped = selector.replace(/[.*+?^${}()|[\]\\>]/g, '\\$&');
	const body = new RegExp(`(?:^|[}\\n])${escaped}\\{([^}]*)\\}`).exec(css)?.[1];
	if (body === undefined) throw new Error(`no rule ${selector}`);
	return Object.fromEntries(
		body.split(';').map((d) => d.split(':').map((part) => part.trim()) as [string, string])
	);
}

/** An SVG's stylesheet for one theme: the light rules, or those under the dark media query. */
function svgCss(svg: string, theme: Theme): string {
	const css = /<style>(.*?)<\/style>/s.exec(svg)?.[1] ?? '';
	const [light, dark] = css.split('@media (prefers-color-scheme:dark){');
	return (theme === 'light' ? light : dark) ?? '';
}

/** A light-dark() value from the page's CSS, resolved for a theme. */
function pageColour(value: string | undefined, theme: Theme): string | undefined {
	const pair = /^light-dark\(([^,]+),([^)]+)\)$/.exec(value ?? '');
	if (!pair) return value;
	return theme === 'light' ? pair[1] : pair[2];
}

const sorted = (keys: Iterable<SymbolKey>) => [...keys].sort();

const svgs = new Map(story.steps.map((step) => [step.slug, renderStaticMap(step, data)]));
const styles = new Map(THEMES.map((theme) => [theme, buildStyle({ theme, data })]));
const cases = story.steps.flatMap((step) => THEMES.map((theme) => [step.slug, theme] as const));

describe('one symbol system', () => {
	it.each(cases)(
		'step %s (%s): the SVG, the live map and the key draw the same symbols',
		(slug, theme) => {
			const step = story.steps.find((s) => s.slug === slug)!;
			const base = styles.get(theme)!;
			const live = withStep(base.layers, stepLayerUpdates(step.map));
			const fromSvg = sorted(svgSymbols(svgs.get(slug)!));
			expect(fromSvg.length).toBeGreaterThan(0);
			expect(sorted(liveSymbols({ ...base, layers: live }))).toEqual(fromSvg);
			expect(sorted(step.legend)).toEqual(fromSvg);
		}
	);

	it.each(cases)(
		'step %s (%s): each symbol has the same colours and dashes in the SVG, the live map and the key',
		(slug, theme) => {
			const style = styles.get(theme)!;
			const svg = svgCss(svgs.get(slug)!, theme);
			const page = symbolCss();
			for (const key of svgSymbols(svgs.get(slug)!)) {
				const drawn = rule(svg, `.${key}`);
				const swatch = rule(page, `.swatch-${key}>*`);
				expect(pageColour(swatch.fill, theme), `${key} key fill`).toBe(drawn.fill);
				expect(pageColour(swatch.stroke, theme), `${key} key stroke`).toBe(drawn.stroke);
				expect(swatch['fill-opacity'], `${key} key fill-opacity`).toBe(drawn['fill-opacity']);
				expect(swatch['stroke-dasharray'], `${key} key dashes`).toBe(drawn['stroke-dasharray']);

				const layers = style.layers.filter(
					(l) => LAYER_SYMBOL[l.id as SymbolLayerId] === key
				) as (LayerSpecification & { paint: Record<string, unknown> })[];
				expect(layers.length, key).toBeGreaterThan(0);
				for (const layer of layers) {
					const paint = layer.paint;
					const where = `${key} in ${layer.id}`;
					if (layer.type === 'fill') {
						expect(paint['fill-color'], where).toBe(drawn.fill);
						expect(String(paint['fill-opacity']), where).toBe(drawn['fill-opacity'] ?? '1');
					} else if (layer.type === 'line') {
						expect(paint['line-color'], where).toBe(drawn.stroke);
						const dash = paint['line-dasharray'] as number[] | undefined;
						const width = Number(drawn['stroke-width']);
						expect(dash?.map((d) => +(d * width).toFixed(2)).join(' '), where).toBe(
							drawn['stroke-dasharray']
						);
					} else if (layer.type === 'circle') {
						expect(paint['circle-color'], where).toBe(drawn.fill);
						expect(paint['circle-stroke-color'], where).toBe(drawn.stroke);
						expect(String(paint['circle-stroke-width']), where).toBe(drawn['stroke-width']);
					} else {
						throw new Error(`${where}: a ${layer.type} layer cannot draw a symbol`);
					}
				}
			}
		}
	);

	it('the page accent is the map accent, light and dark', () => {
		const accent = /--accent:([^;}]+)/.exec(symbolCss())?.[1];
		for (const theme of THEMES) {
			const live = styles.get(theme)!.layers.find((l) => l.id === 'place-highlight-dot') as {
				paint: Record<string, unknown>;
			};
			expect(pageColour(accent, theme)).toBe(live.paint['circle-color']);
		}
	});
});

describe('symbolFor', () => {
	it('gives every feature of the data a symbol by its id and role, as its properties say', () => {
		for (const [fid, f] of index) {
			const focus = symbolFor(fid, 'focus');
			if (f.properties?.approximate) expect(focus, fid).toBe('approximate');
			if (f.properties?.illustrative) expect(focus, fid).toBe('route');
			if (f.properties?.kind === 'physical') expect(focus, fid).toBeUndefined();
			if (fid.startsWith('place:')) expect(f.geometry.type, fid).toBe('Point');
		}
	});

	it('draws a step feature listed both as focus and as context once, as focus', () => {
		expect(stepSymbols({ features: ['place:kabul'], context: ['place:kabul'] })).toEqual([
			'place',
			'noted-border',
			'border'
		]);
	});

	it('keys the borders of note only where the geodata has them', () => {
		const map = { features: ['place:kabul'], context: [] };
		expect(stepSymbols(map, () => true, baseSymbols(false))).toEqual(['place', 'border']);
	});

	it('leaves borders and rivers shown for orientation to the base map', () => {
		expect(symbolFor('line:durand', 'context')).toBeUndefined();
		expect(symbolFor('river:indus', 'context')).toBeUndefined();
		expect(symbolFor('line:durand', 'focus')).toBe('highlight-line');
	});
});
