import { geoMercator, geoPath, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import { d3Winding } from './d3-winding';
import type { BasemapData, GeoFeature } from '$lib/geo/basemap';
import { FIT_PX, TILE_PX, type BBox } from '$lib/story/camera';
import type { StepMap } from '$lib/story/story';
import { beyondForD3 } from './beyond-land';
import { LAND_BEYOND, PROVINCE_WIDTH } from './layers';
import { palettes, type Palette, type Theme } from './palette';
import {
	baseSymbols,
	isNotedBorder,
	SYMBOLS,
	dotRadius,
	stepRoles,
	svgDash,
	symbolFor,
	symbolPaint,
	type DotRadius,
	type SymbolKey
} from './symbols';
import { relativePath } from './svg-path';
import { clipBox, outlineWithoutClip, touchesClip } from './outlines';
import type { MultiPolygon, Polygon } from 'geojson';
import { labelCss, labelSizeCss, renderLabels } from './static-labels';
import { STATIC_MAP_PX } from './static-map-path';

const LABEL_SIZE = 24;
/**
 * The class of a shared-boundary mesh of the `lines` object, each drawn once (no doubled borders):
 * the region's borders of note, province borders (the quieter companion of the `border` symbol,
 * as in the live map, layers.ts), every other border.
 */
const lineClass = (f: GeoFeature): string =>
	isNotedBorder(f) ? 'noted-border' : f.properties.fid === 'line:provinces' ? 'adm' : 'border';

/** The CSS rule of a symbol, from symbols.ts: a class of the symbol's key. */
function symbolCss(key: SymbolKey, theme: Theme): string {
	const { fill, stroke } = symbolPaint(key, theme);
	const rules = [
		fill ? `fill:${fill.color}` : 'fill:none',
		...(fill && fill.opacity !== 1 ? [`fill-opacity:${fill.opacity}`] : []),
		...(stroke ? [`stroke:${stroke.color}`, `stroke-width:${stroke.width}`] : []),
		...(stroke?.dash ? [`stroke-dasharray:${svgDash(stroke)}`] : [])
	];
	return `.${key}{${rules.join(';')}}`;
}

function themeCss(p: Palette, theme: Theme, symbols: readonly SymbolKey[]): string {
	return [
		`.bg{fill:${p.background}}`,
		`.land{fill:${p.land}}`,
		`.other{fill:${p.landOther}}`,
		`.water{fill:${p.water};stroke:${p.water};stroke-width:1.5}`,
		`.river{fill:none;stroke:${p.water};stroke-width:2}`,
		...symbols.map((key) => symbolCss(key, theme)),
		'.nofill{fill:none}.nostroke{stroke:none}',
		`.adm{fill:none;stroke:${p.adminBorder};stroke-width:${PROVINCE_WIDTH}}`,
		`text{font-family:system-ui,'Noto Sans',sans-serif;font-size:var(--label);fill:${p.text};` +
			`stroke:${p.halo};stroke-width:calc(var(--label)*.21);paint-order:stroke;stroke-linejoin:round}`,
		labelCss(p)
	].join('');
}

/** The live map's place labels on screen (CSS px): the static map's are shown at that size too. */
const SCREEN_LABEL_CSS_PX = 14;
/** A label is never drawn smaller than this on paper: 6.75 pt. */
export const MIN_LABEL_CSS_PX = 9;
/** Images narrower than this (CSS px) are a handout's, a thumbnail's: the paper's sizes apply. */
const PAPER_WIDTH = 1012;
/** The widths (CSS px) an image is shown at, widest first: each is the narrow edge of a band. */
const WIDTH_BANDS = [
	3600,
	3100,
	2700,
	2300,
	2000,
	1700,
	1450,
	1200,
	PAPER_WIDTH,
	760,
	570,
	430,
	320
];

/** The base label size (SVG px) in an image shown `width` CSS px wide, at a band's narrow edge. */
const shownLabelSize = (width: number) =>
	Math.ceil(
		((width >= PAPER_WIDTH ? SCREEN_LABEL_CSS_PX : MIN_LABEL_CSS_PX) * STATIC_MAP_PX) / width
	);

/** The narrowest image a screen shows: a small phone's (4.5 framed sides of about 180 px). */
const SCREEN_MIN_WIDTH = 760;

/**
 * The largest base label size a screen shows, as a share of LABEL_SIZE: labels are placed in
 * the frame at that size, so that they stay inside it however large they are shown.
 */
const SHOWN_SCALE =
	Math.max(...WIDTH_BANDS.filter((w) => w >= SCREEN_MIN_WIDTH).map(shownLabelSize)) / LABEL_SIZE;

/**
 * Label sizes and borders for the size the image is shown at. The SVG is drawn at STATIC_MAP_PX
 * and shown at any size: about 3000 CSS px wide behind a desktop's text, 1800 on a phone, 640 in
 * the print handout. A media query in an SVG image sees the image's own width, so in each band
 * of WIDTH_BANDS `--label` is set for the band's narrow edge: the live map's label size on a
 * screen (the handoff keeps the labels' size), MIN_LABEL_CSS_PX on paper, where the borders
 * grow with the labels so that the borders of note stay visible.
 */
function sizeCss(): string {
	const border = (key: SymbolKey) => symbolPaint(key, 'light').stroke?.width ?? 1;
	const sizeAt = shownLabelSize;
	const widest = `:root{--label:${sizeAt(WIDTH_BANDS[0] as number)}px}`;
	return (
		widest +
		WIDTH_BANDS.slice(1)
			.map((width, i) => {
				const size = sizeAt(width);
				const k = size / LABEL_SIZE;
				const stroke = (w: number) => +(w * k).toFixed(1);
				const borders =
					width < PAPER_WIDTH
						? `.noted-border{stroke-width:${stroke(border('noted-border'))}}` +
							`.border{stroke-width:${stroke(border('border'))}}` +
							`.adm{stroke-width:${stroke(PROVINCE_WIDTH)}}`
						: '';
				return `@media (max-width:${WIDTH_BANDS[i]}px){:root{--label:${size}px}${borders}}`;
			})
			.join('')
	);
}

/** The SVG's stylesheet: the rules of the symbols it draws, light and dark, and for its size. */
function styleFor(symbols: readonly SymbolKey[]): string {
	return (
		`<style>${labelSizeCss()}${themeCss(palettes.light, 'light', symbols)}` +
		`@media (prefers-color-scheme:dark){${themeCss(palettes.dark, 'dark', symbols)}}` +
		`${sizeCss()}</style>`
	);
}

type Renderer = (object: GeoPermissibleObjects) => string;

/** Points closer than this on screen add bytes and no detail. */
const MIN_STEP_PX = 2.5;
/**
 * Beyond the detail box the map is only the surroundings a wide or tall screen shows at its edges,
 * mostly under the text: drawn coarser, it costs a fraction of the bytes.
 */
const FAR_MIN_STEP_PX = 12;

/**
 * A stream that drops each projected point too close to the one before it: MIN_STEP_PX apart
 * inside `detail` (a box in the map's pixels), FAR_MIN_STEP_PX apart outside it.
 */
function thinned(out: GeoStream, detail: { min: number; max: number }): GeoStream {
	let lastX = NaN;
	let lastY = NaN;
	let first = true;
	const near = (x: number, y: number) =>
		x >= detail.min && x <= detail.max && y >= detail.min && y <= detail.max;
	return {
		point(x, y) {
			const step = near(x, y) ? MIN_STEP_PX : FAR_MIN_STEP_PX;
			if (!first && Math.hypot(x - lastX, y - lastY) < step) return;
			first = false;
			lastX = x;
			lastY = y;
			out.point(x, y);
		},
		lineStart() {
			first = true;
			out.lineStart();
		},
		lineEnd: () => out.lineEnd(),
		polygonStart: () => out.polygonStart(),
		polygonEnd: () => out.polygonEnd(),
		sphere: () => out.sphere?.()
	};
}

function pathOf(render: Renderer, f: GeoFeature, cls: string): string {
	const d = render(d3Winding(f));
	return d ? `<path class="${cls}" d="${d}"/>` : '';
}

/**
 * A country cut by the pipeline's clip box: its fill is drawn from its polygon, its outline
 * without the box's sides (outlines.ts), which are no border.
 */
function clippedCountry(
	f: GeoFeature,
	box: BBox
): f is GeoFeature & { geometry: Polygon | MultiPolygon } {
	return (
		f.properties.fid.startsWith('country:') &&
		(f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') &&
		touchesClip(f.geometry, box)
	);
}

function isArea(f: GeoFeature): boolean {
	return f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
}

/**
 * The static map of a step: an SVG of STATIC_MAP_PX, the reference square and STATIC_MAP_REACH of
 * its sides around it, centred on the step's camera at its zoom, so the page can show it exactly
 * where the live map will draw the same view (see camera.ts), to the edges of any map area. It needs no script and no font, and it follows the reader's colour scheme.
 */
export function renderStaticMap(step: StepMap, data: BasemapData): string {
	const { center, zoom } = step.camera;
	const half = STATIC_MAP_PX / 2;
	const projection = geoMercator()
		.scale((TILE_PX * 2 ** zoom) / (2 * Math.PI))
		.center(center)
		.translate([half, half])
		.clipExtent([
			[-10, -10],
			[STATIC_MAP_PX + 10, STATIC_MAP_PX + 10]
		]);
	// The detail box: the reference square and half its side around it, where a screen whose
	// shape is near the square's shows the map (the whole static map before it reached further).
	const detail = { min: half - FIT_PX, max: half + FIT_PX };
	const simplified = { stream: (out: GeoStream) => projection.stream(thinned(out, detail)) };
	const render: Renderer = (o) => relativePath(geoPath(simplified).digits(0)(o) ?? '');

	const all = new Map<string, GeoFeature>();
	for (const collection of Object.values(data)) {
		for (const f of collection.features) all.set(f.properties.fid, f);
	}
	// Context first, so that what the step is about is drawn over it.
	const roles = stepRoles(step.map, (fid) => all.has(fid));
	const drawn = roles
		.flatMap(({ fid, role }) => {
			const key = symbolFor(fid, role);
			return key ? [{ f: all.get(fid) as GeoFeature, key, main: role === 'focus' }] : [];
		})
		.sort((a, b) => Number(a.main) - Number(b.main));

	const parts: string[] = [`<rect class="bg" width="${STATIC_MAP_PX}" height="${STATIC_MAP_PX}"/>`];
	const beyond = all.get(LAND_BEYOND);
	if (beyond) parts.push(pathOf(render, beyondForD3(beyond), 'other'));
	for (const f of data.countries.features) {
		parts.push(pathOf(render, f, f.properties.provinces === true ? 'land' : 'other'));
	}
	for (const f of data.water.features) parts.push(pathOf(render, f, isArea(f) ? 'water' : 'river'));
	for (const f of data.lines.features) parts.push(pathOf(render, f, lineClass(f)));

	const clip = clipBox(data.countries);
	const used = new Set<SymbolKey>(baseSymbols(data.lines.features.some(isNotedBorder)));
	for (const { f, key } of drawn) {
		if (f.geometry.type === 'Point') continue;
		const path = clippedCountry(f, clip)
			? pathOf(render, f, `${key} nostroke`) +
				pathOf(render, { ...f, geometry: outlineWithoutClip(f.geometry, clip) }, `${key} nofill`)
			: pathOf(render, f, key);
		if (path) used.add(key);
		parts.push(path);
	}
	const dots: { at: [number, number]; r: number }[] = [];
	for (const { f, key } of drawn) {
		if (f.geometry.type !== 'Point') continue;
		const xy = projection((f.geometry as GeoJSON.Point).coordinates as [number, number]);
		if (!xy) continue;
		used.add(key);
		const r = dotRadius(SYMBOLS[key].radius as DotRadius, f.properties.kind);
		dots.push({ at: xy, r });
		parts.push(
			`<circle class="${key}" cx="${xy[0].toFixed(1)}" cy="${xy[1].toFixed(1)}" r="${r}"/>`
		);
	}
	parts.push(
		renderLabels({
			data,
			camera: step.camera,
			roles,
			labelled: step.labelled,
			nativeNames: step.map.nativeNames,
			project: (lonLat) => projection(lonLat),
			size: STATIC_MAP_PX,
			frame: { min: half - FIT_PX / 2, max: half + FIT_PX / 2 },
			labelSize: LABEL_SIZE,
			shownScale: SHOWN_SCALE,
			dots
		})
	);

	const symbols = [...used];
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${STATIC_MAP_PX} ${STATIC_MAP_PX}" ` +
		`width="${STATIC_MAP_PX}" height="${STATIC_MAP_PX}">${styleFor(symbols)}${parts.join('')}</svg>`
	);
}
