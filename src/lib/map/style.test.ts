import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	createPropertyExpression,
	featureFilter,
	latest,
	validateStyleMin,
	type FilterSpecification,
	type LayerSpecification,
	type StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { getStory, readBasemap } from '../server/stories';
import { PROVINCE_ZOOM, stepLabelCollection, townRankLimit } from './labels';
import {
	FONT_FILES,
	buildStyle,
	palettes,
	stepLayerUpdates,
	type BasemapData,
	type Theme,
	withStep
} from './style';
import type { StepMap } from '$lib/story/story';
import { mapFontFaces } from './font-faces';

const { data } = readBasemap();
const FONT_BASE = '/story/fonts/';
const THEMES: Theme[] = ['light', 'dark'];
const style = (theme: Theme = 'light') => buildStyle({ theme, data });

const storySteps = getStory('frontier').steps.map((s): [string, StepMap['map']] => [s.slug, s.map]);

/** The style with a step's updates applied, as the map controller would. */
const applied = (base: StyleSpecification, step: StepMap['map']): StyleSpecification => ({
	...base,
	layers: withStep(base.layers, stepLayerUpdates(step))
});

const allFeatures = (Object.keys(data) as (keyof BasemapData)[]).flatMap((source) =>
	data[source].features.map((f) => ({ source, feature: f }))
);

/** fids of the features a layer's filter lets through, from its source's inline data. */
function matching(
	layer: LayerSpecification | undefined,
	s: StyleSpecification,
	zoom = 6
): string[] {
	if (!layer || !('source' in layer) || typeof layer.source !== 'string') return [];
	const source = s.sources[layer.source];
	if (source?.type !== 'geojson') return [];
	const filter = featureFilter(layer.filter as FilterSpecification, `layers.${layer.id}.filter`);
	return (source.data as FeatureCollection).features
		.filter((feature) => filter.filter({ zoom }, toFilterFeature(feature)))
		.map((feature) => String(feature.properties?.fid));
}

function toFilterFeature(f: Feature) {
	const types: Record<string, 1 | 2 | 3> = {
		Point: 1,
		MultiPoint: 1,
		LineString: 2,
		MultiLineString: 2,
		Polygon: 3,
		MultiPolygon: 3
	};
	return { type: types[f.geometry.type] ?? 1, properties: f.properties ?? {}, geometry: [] };
}

const layerById = (s: StyleSpecification, id: string) => s.layers.find((l) => l.id === id);
const NO_STEP: StepMap['map'] = { features: [], context: [], nativeNames: false };
const filteredLayers = Object.keys(stepLayerUpdates(NO_STEP).filters);

describe('buildStyle', () => {
	it.each(THEMES)('validates with the real data (%s theme)', (theme) => {
		expect(validateStyleMin(style(theme))).toEqual([]);
	});

	it('validates with a raster background, which goes right above the background', () => {
		const withRaster = buildStyle({
			theme: 'dark',
			data,
			raster: { tiles: ['https://tiles.example.org/{z}/{x}/{y}.png'], attribution: '© Example' }
		});
		expect(validateStyleMin(withRaster)).toEqual([]);
		expect(withRaster.layers.slice(0, 4).map((l) => l.id)).toEqual([
			'background',
			'raster',
			'land-beyond',
			'land'
		]);
	});

	it('has no glyph server, no font faces, no sprite and no URL', () => {
		const s = style();
		expect(s.glyphs).toBeUndefined();
		expect(s['font-faces']).toBeUndefined();
		expect(s.sprite).toBeUndefined();
		const urls = JSON.stringify(s).match(/"[a-z]+:\/\/[^"]*"|"\/\/[^"]*"/gi) ?? [];
		expect(urls).toEqual([]);
	});

	it('the page adds a face for every text-font, from every font file in static/fonts', () => {
		const faces = mapFontFaces(FONT_BASE);
		for (const face of faces) expect(face.url.startsWith(FONT_BASE)).toBe(true);
		const files = [...new Set(faces.map((face) => face.url.slice(FONT_BASE.length)))];
		for (const file of files) expect(existsSync(`static/fonts/${file}`)).toBe(true);
		expect(FONT_FILES.map((f) => `${f.file}.woff2`).sort()).toEqual(files.sort());
		const families = new Set(faces.map((face) => face.family));
		for (const layer of style().layers) {
			if (layer.type !== 'symbol') continue;
			for (const font of layer.layout?.['text-font'] as string[]) expect(families).toContain(font);
		}
	});

	it('declares each face with the weight and style MapLibre reads from its text-font name', () => {
		for (const face of mapFontFaces(FONT_BASE)) {
			expect(face.weight).toBe(/semibold/i.test(face.family) ? '600' : '400');
			expect(face.style).toBe(/italic/i.test(face.family) ? 'italic' : 'normal');
		}
	});

	it('adds the Naskh face after the Latin one of its family (the joiners they share)', () => {
		const faces = mapFontFaces(FONT_BASE);
		for (const family of new Set(faces.map((face) => face.family))) {
			const order = faces.filter((face) => face.family === family).map((face) => face.arabic);
			expect(order).toEqual([...order].sort((a, b) => Number(a) - Number(b)));
		}
	});

	it('credits Natural Earth on its sources', () => {
		const attributions = Object.values(style().sources).map((s) =>
			'attribution' in s ? s.attribution : ''
		);
		expect(attributions).toContain('Natural Earth');
	});

	it('starts with nothing highlighted and no place shown', () => {
		const s = style();
		// Below province zoom: the other provinces' names come in at PROVINCE_ZOOM (minzoom).
		for (const id of filteredLayers.filter((id) => id !== 'admin1-context-label')) {
			expect(matching(layerById(s, id), s, 4), id).toEqual([]);
		}
	});

	it('names provinces and physical features from their zooms on, whatever the step', () => {
		const s = style();
		const physical = data.features.features.filter((f) => f.properties.kind === 'physical');
		expect(matching(layerById(s, 'physical-label'), s, 4)).toEqual([]);
		expect(matching(layerById(s, 'physical-label'), s, 6).sort()).toEqual(
			physical.map((f) => f.properties.fid).sort()
		);
		expect(layerById(s, 'admin1-context-label')?.minzoom).toBe(PROVINCE_ZOOM);
		expect(matching(layerById(s, 'admin1-context-label'), s)).toHaveLength(
			data.admin1.features.length
		);
	});

	it('shows the largest towns first, more as the map zooms in', () => {
		const s = style();
		const towns = (zoom: number) => matching(layerById(s, 'town-label'), s, zoom);
		expect(towns(2)).toEqual([]);
		expect(towns(4).length).toBeGreaterThan(0);
		expect(towns(4).length).toBeLessThan(towns(6).length);
		for (const zoom of [3, 4, 5, 6, 7, 8]) {
			const ranks = towns(zoom).map(
				(fid) => data.features.features.find((f) => f.properties.fid === fid)?.properties.rank
			);
			expect(Math.max(0, ...(ranks as number[])), `zoom ${zoom}`).toBe(
				Math.min(townRankLimit(zoom), ranks.length)
			);
		}
	});

	it('labels every country and province once, from a point, and no area of disputed control', () => {
		const s = style();
		const countryLabels = matching(layerById(s, 'country-label'), s);
		const named = data.countries.features.filter((f) => f.properties.fid !== 'country:KAS');
		expect(named.length).toBe(data.countries.features.length - 1);
		expect(countryLabels.sort()).toEqual(named.map((f) => String(f.properties?.fid)).sort());
		const labels = s.sources.labels;
		expect(labels?.type === 'geojson' && (labels.data as FeatureCollection).features.length).toBe(
			named.length + data.admin1.features.length
		);
	});

	it('draws the region’s border of note, the Durand Line, on its own, dashed, at every zoom', () => {
		const s = style();
		const noted = layerById(s, 'noted-border');
		expect(noted?.type).toBe('line');
		expect(matching(noted, s)).toEqual(['line:durand']);
		expect(matching(layerById(s, 'noted-border-casing'), s)).toEqual(['line:durand']);
		expect(noted && 'minzoom' in noted).toBe(false);
		expect(noted?.paint).toHaveProperty('line-dasharray');
	});

	it('labels the rivers the region names, and only those, along a section in view', () => {
		expect(matching(layerById(style(), 'water-label'), style())).toEqual([]);
		const marked = data.water.features.filter((f) => f.properties.label === true);
		expect(marked.map((f) => f.properties.fid).sort()).toEqual(['river:amu-darya', 'river:indus']);
		const labelled = new Set<string>();
		for (const step of getStory('frontier').steps) {
			const fids = new Set(step.map.features);
			for (const f of stepLabelCollection(data, step.camera, fids).features) {
				if (f.properties?.layer !== 'rivers') continue;
				expect(f.geometry.type, step.slug).toBe('LineString');
				labelled.add(String(f.properties.fid));
			}
		}
		expect([...labelled].sort()).toEqual(['river:amu-darya', 'river:indus']);
	});

	it('has distinct light and dark palettes with every colour set', () => {
		expect(Object.keys(palettes.light).sort()).toEqual(Object.keys(palettes.dark).sort());
		for (const key of Object.keys(palettes.light) as (keyof typeof palettes.light)[]) {
			expect(palettes.light[key]).toMatch(/^#[0-9a-f]{6}$/);
			expect(palettes.dark[key]).toMatch(/^#[0-9a-f]{6}$/);
		}
		expect(palettes.light.land).not.toBe(palettes.dark.land);
	});
});

describe('stepLayerUpdates', () => {
	it('names only layers that exist in the style', () => {
		const ids = new Set(style().layers.map((l) => l.id));
		const updates = stepLayerUpdates({ features: ['place:kabul'], context: [], nativeNames: true });
		for (const id of [...Object.keys(updates.filters), ...Object.keys(updates.layout)]) {
			expect(ids.has(id), id).toBe(true);
		}
		expect(Object.keys(updates.filters).sort()).toEqual([...filteredLayers].sort());
		expect(Object.keys(updates.layout).sort()).toEqual([
			'admin1-label',
			'area-label',
			'place-highlight-label',
			'place-label'
		]);
	});

	it.each(storySteps)('step %s: its filters and labels validate', (_slug, step) => {
		const updates = stepLayerUpdates(step);
		for (const [id, filter] of Object.entries(updates.filters)) {
			expect(validateStyleMin.filter({ key: id, value: filter }), id).toEqual([]);
		}
		expect(validateStyleMin(applied(style(), step))).toEqual([]);
	});

	it('highlights the step features and outlines its context, each in its own layer', () => {
		const s = applied(style(), {
			features: ['place:peshawar', 'admin1:PK-KP', 'line:durand', 'area:bannu'],
			context: ['country:AFG', 'route:foreign-fighters', 'label:khyber-pass', 'place:peshawar'],
			nativeNames: false
		});
		expect(matching(layerById(s, 'place-highlight-label'), s)).toEqual(['place:peshawar']);
		expect(matching(layerById(s, 'place-label'), s)).not.toContain('place:peshawar');
		expect(matching(layerById(s, 'admin1-highlight-fill'), s)).toEqual(['admin1:PK-KP']);
		expect(matching(layerById(s, 'line-highlight'), s)).toEqual(['line:durand']);
		expect(matching(layerById(s, 'area-highlight-line'), s)).toEqual(['area:bannu']);
		expect(matching(layerById(s, 'area-line'), s)).toEqual([]);
		expect(matching(layerById(s, 'country-context-line'), s)).toEqual(['country:AFG']);
		expect(matching(layerById(s, 'country-highlight-fill'), s)).toEqual([]);
		expect(matching(layerById(s, 'route-line'), s)).toEqual(['route:foreign-fighters']);
		// The route's name stands at its label point in the step's frame, from the `labels` source.
		const framed = stepLayerUpdates(
			{
				features: ['place:peshawar'],
				context: ['route:foreign-fighters'],
				nativeNames: false,
				camera: { center: [71.2, 34], zoom: 7, bearing: 0, pitch: 0 }
			},
			data
		);
		const withLabels = {
			...s,
			sources: { ...s.sources, labels: { type: 'geojson', data: framed.labels } }
		} as StyleSpecification;
		expect(matching(layerById(s, 'route-label'), withLabels)).toEqual(['route:foreign-fighters']);
		expect(matching(layerById(s, 'physical-label'), s, 4)).toEqual(['label:khyber-pass']);
		expect(matching(layerById(s, 'physical-highlight-label'), s)).toEqual([]);
		expect(matching(layerById(s, 'admin1-label'), s)).toEqual(['admin1:PK-KP']);
	});

	it('adds the Urdu or Dari name on a second line only when asked', () => {
		const textOf = (nativeNames: boolean, fid: string) => {
			const value = stepLayerUpdates({ features: [], context: [], nativeNames }).layout[
				'place-label'
			]?.['text-field'];
			const parsed = createPropertyExpression(
				value,
				'layers.place-label.layout.text-field',
				latest.layout_symbol['text-field'] as never
			);
			if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
			const feature = allFeatures.find((f) => f.feature.properties?.fid === fid)
				?.feature as Feature<Geometry>;
			const text = parsed.value.evaluate({ zoom: 6 }, toFilterFeature(feature) as never) as unknown;
			return typeof text === 'string' ? text : String((text as { toString(): string }).toString());
		};
		expect(textOf(false, 'place:peshawar')).toBe('Peshawar');
		expect(textOf(true, 'place:peshawar')).toBe('Peshawar\nپشاور');
		expect(textOf(true, 'place:kabul')).toBe('Kabul\nکابل');
		expect(textOf(true, 'place:torkham')).toBe('Torkham');
	});
});

describe('label scale', () => {
	const sizes = (labelScale: number) =>
		buildStyle({ theme: 'light', data, labelScale })
			.layers.filter((l) => l.type === 'symbol')
			.map((l) => JSON.stringify((l.layout as Record<string, unknown>)['text-size']));

	it('multiplies every label size, numbers and zoom curves alike, and nothing else', () => {
		const plain = sizes(1);
		const doubled = sizes(2);
		expect(plain.length).toBeGreaterThan(0);
		plain.forEach((size, i) => {
			const parsed = JSON.parse(size) as number | unknown[];
			const twice = JSON.parse(doubled[i] as string) as number | unknown[];
			if (typeof parsed === 'number') expect(twice).toBe(parsed * 2);
			else
				expect(twice).toEqual(
					parsed.map((v, j) => (j >= 3 && j % 2 === 0 ? (v as number) * 2 : v))
				);
		});
	});
});
