import { describe, expect, it } from 'vitest';
import {
	featureFilter,
	type FilterSpecification,
	type LayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { bboxPolygon, booleanIntersects, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { getStory, readBasemap } from '../server/stories';
import {
	LABEL_PRIORITY,
	TOWN_RANKS,
	TOWNS_PER_MAP,
	clipRing,
	frameBounds,
	labelPointWithin,
	stepLabelCollection,
	stepLabelPoints,
	townRankLimit
} from './labels';
import { FIT_PX } from '../story/camera';
import { renderStaticMap } from './static-map';
import { STATIC_MAP_PX } from './static-map-path';
import { buildStyle, stepLayerUpdates, withStep } from './style';
import { stepRoles } from './symbols';

const { data, index } = readBasemap();
const story = getStory('frontier');
const svgs = new Map(story.steps.map((step) => [step.slug, renderStaticMap(step, data)]));
const base = buildStyle({ theme: 'light', data });

/** The text of every <text> in an SVG, entities decoded. */
function svgTexts(svg: string): string[] {
	return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
		(m[1] as string).replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
	);
}

const GEOMETRY_TYPE: Record<string, 1 | 2 | 3> = {
	Point: 1,
	LineString: 2,
	MultiLineString: 2,
	Polygon: 3,
	MultiPolygon: 3
};

/** The fids a live label layer shows at a zoom (its filter on its source's data, minzoom). */
function liveLabels(layers: LayerSpecification[], zoom: number): Map<string, Set<string>> {
	const shown = new Map<string, Set<string>>();
	for (const layer of layers) {
		if (layer.type !== 'symbol' || typeof layer.source !== 'string') continue;
		if ((layer.minzoom ?? 0) > zoom) continue;
		const source = base.sources[layer.source];
		if (source?.type !== 'geojson') continue;
		const filter = featureFilter(layer.filter as FilterSpecification, `layers.${layer.id}.filter`);
		const fids = (source.data as FeatureCollection).features
			.filter((f) =>
				filter.filter({ zoom }, {
					type: GEOMETRY_TYPE[f.geometry.type] ?? 1,
					properties: f.properties ?? {},
					geometry: []
				} as never)
			)
			.map((f) => String(f.properties?.fid));
		shown.set(layer.id, new Set(fids));
	}
	return shown;
}

describe('every step labels what it shows, in both renderers', () => {
	it.each(story.steps.map((s) => [s.slug]))(
		'%s: each place and area has a <text> in its SVG and a live label',
		(slug) => {
			const step = story.steps.find((s) => s.slug === slug)!;
			const texts = svgTexts(svgs.get(slug)!);
			const live = withStep(
				base.layers,
				stepLayerUpdates({ ...step.map, labelled: step.labelled })
			);
			const labelled = liveLabels(live, Math.floor(step.camera.zoom));
			const shows = (fid: string) => [...labelled.values()].some((fids) => fids.has(fid));
			const roles = stepRoles(step.map, (fid) => index.has(fid));
			const named = roles.filter(({ fid }) => /^(place|area):/.test(fid));
			expect(named.length + roles.length).toBeGreaterThan(0);
			for (const { fid } of named) {
				const name = index.get(fid)!.properties!.name as string;
				expect(
					texts.some((t) => t === name || t === `${name} (approx.)`),
					`${fid} in the SVG`
				).toBe(true);
				expect(shows(fid), `${fid} live`).toBe(true);
			}
		}
	);

	it.each(story.steps.map((s) => [s.slug]))(
		'%s: each country or province its caption names is labelled where the map shows it',
		(slug) => {
			const step = story.steps.find((s) => s.slug === slug)!;
			const texts = svgTexts(svgs.get(slug)!).map((t) => t.toLowerCase());
			const frame = bboxPolygon(frameBounds(step.camera));
			// "Kabul" in a caption that marks the city names the city, not its province.
			const places = new Set(
				stepRoles(step.map).map(({ fid }) => index.get(fid)?.properties?.name as string)
			);
			const regions = [...data.countries.features, ...data.admin1.features].filter((f) => {
				const name = f.properties.name;
				return (
					!places.has(name) &&
					new RegExp(`\\b${name}\\b`).test(step.caption ?? '') &&
					booleanIntersects(f as Feature<Polygon | MultiPolygon>, frame)
				);
			});
			const live = liveLabels(
				withStep(base.layers, stepLayerUpdates({ ...step.map, labelled: step.labelled })),
				Math.floor(step.camera.zoom)
			);
			for (const f of regions) {
				const { fid, name } = f.properties;
				expect(texts, `${fid} (${name}) in the SVG`).toContain(name.toLowerCase());
				const layer = fid.startsWith('country:') ? 'country-label' : 'admin1-label';
				expect(live.get(layer)?.has(fid), `${fid} (${name}) live`).toBe(true);
			}
		}
	);

	it('labels the Sarajevo dot on the last step that shows it, and Wana live', () => {
		const step = story.steps.find((s) => s.slug === 'chechnya-bosnia-philippines')!;
		expect(svgTexts(svgs.get(step.slug)!)).toContain('Sarajevo');
		const waziristan = story.steps.find((s) => s.slug === 'south-waziristan')!;
		const live = liveLabels(withStep(base.layers, stepLayerUpdates(waziristan.map)), 8);
		expect(live.get('place-highlight-label')).toEqual(new Set(['place:wana']));
	});
});

describe('labels in view', () => {
	const step = story.steps.find((s) => s.slug === 'south-waziristan')!;

	it('a zoomed step on the Durand Line names Afghanistan west of it and Pakistan east', () => {
		const fids = new Set(stepRoles(step.map).map((r) => r.fid));
		const moved = stepLabelPoints(data, step.camera, fids);
		const frame = frameBounds(step.camera);
		const inFrame = ([lon, lat]: [number, number]) =>
			lon >= frame[0] && lon <= frame[2] && lat >= frame[1] && lat <= frame[3];
		for (const fid of ['country:AFG', 'country:PAK']) {
			const at = moved.get(fid);
			expect(at, fid).toBeDefined();
			expect(inFrame(at!), fid).toBe(true);
			const country = index.get(fid) as Feature<Polygon | MultiPolygon>;
			expect(booleanPointInPolygon(at!, country), fid).toBe(true);
		}
		const svg = svgTexts(svgs.get(step.slug)!);
		expect(svg).toContain('AFGHANISTAN');
		expect(svg).toContain('PAKISTAN');
	});

	it('the live map gets the same moved points as the static map', () => {
		const updates = stepLayerUpdates({ ...step.map, camera: step.camera }, data);
		const afg = updates.labels?.features.find((f) => f.properties?.fid === 'country:AFG');
		const moved = stepLabelPoints(
			data,
			step.camera,
			new Set(stepRoles(step.map).map((r) => r.fid))
		);
		expect((afg?.geometry as Point | undefined)?.coordinates).toEqual(moved.get('country:AFG'));
	});

	it('frameBounds is the reference square around the camera', () => {
		const [w, s, e, n] = frameBounds({ center: [70, 32], zoom: 8 });
		// 600 px at zoom 8 (512 · 2^8 px per 360°) is 1.65° of longitude.
		expect(e - w).toBeCloseTo((600 / (512 * 256)) * 360, 6);
		expect((w + e) / 2).toBeCloseTo(70, 6);
		expect(n).toBeGreaterThan(32);
		expect(s).toBeLessThan(32);
	});

	it('clipRing cuts a ring to a box', () => {
		const ring = [
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10]
		];
		const clipped = clipRing(ring, [5, -5, 15, 5]);
		const xs = clipped.map((p) => p[0] as number);
		const ys = clipped.map((p) => p[1] as number);
		expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([
			5, 10, 0, 5
		]);
		expect(clipRing(ring, [20, 20, 30, 30])).toEqual([]);
	});

	it('labelPointWithin picks the middle of the visible part, away from what it must avoid', () => {
		const square: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[10, 0],
					[10, 10],
					[0, 10],
					[0, 0]
				]
			]
		};
		const at = labelPointWithin(square, [5, 0, 15, 10])!;
		expect(at[0]).toBeGreaterThan(6);
		expect(at[0]).toBeLessThan(9);
		const away = labelPointWithin(square, [0, 0, 10, 10], [[5, 5]])!;
		expect(Math.abs(away[0] - 5) > 2 || Math.abs(away[1] - 5) > 1).toBe(true);
		expect(labelPointWithin(square, [20, 20, 30, 30])).toBeUndefined();
	});
});

describe('priority and towns', () => {
	it("puts the step's own places first and towns last", () => {
		expect(LABEL_PRIORITY[0]).toBe('place');
		expect(LABEL_PRIORITY.at(-1)).toBe('town');
		expect(LABEL_PRIORITY.indexOf('country')).toBeLessThan(LABEL_PRIORITY.indexOf('province'));
	});

	it('shows more towns as the map zooms in', () => {
		expect(townRankLimit(1)).toBe(0);
		for (const [[z0], [z1]] of TOWN_RANKS.slice(1).map((r, i) => [TOWN_RANKS[i]!, r] as const)) {
			expect(townRankLimit(z1)).toBeGreaterThan(townRankLimit(z0));
		}
	});

	it.each(story.steps.map((s) => [s.slug]))(
		'%s: the static map shows a handful of towns around its reference square',
		(slug) => {
			const half = STATIC_MAP_PX / 2;
			const near = [
				...svgs.get(slug)!.matchAll(/<circle class="town" cx="([\d.]+)" cy="([\d.]+)"/g)
			]
				.map((m) => [Number(m[1]), Number(m[2])])
				.filter((xy) => xy.every((v) => Math.abs(v - half) <= FIT_PX));
			expect(near.length).toBeLessThanOrEqual(TOWNS_PER_MAP);
		}
	);
});

describe('the live map labels of a step, worked out once', () => {
	const [first, second] = story.steps;
	const fidsOf = (step: typeof first) => new Set(stepRoles(step!.map).map((r) => r.fid));

	it('gives the same collection for the same camera and features, in any order', () => {
		const fids = fidsOf(first);
		const again = new Set([...fids].reverse());
		const made = stepLabelCollection(data, first!.camera, fids);
		expect(stepLabelCollection(data, { ...first!.camera }, again)).toBe(made);
	});

	it('works out another for another camera or other features, equal to a fresh search', () => {
		const made = stepLabelCollection(data, first!.camera, fidsOf(first));
		const moved = stepLabelCollection(data, second!.camera, fidsOf(first));
		expect(moved).not.toBe(made);
		const fresh = stepLabelCollection({ ...data }, second!.camera, fidsOf(first));
		expect(fresh).not.toBe(moved);
		expect(fresh).toEqual(moved);
		const fewer = new Set([...fidsOf(first)].slice(1));
		expect(stepLabelCollection(data, first!.camera, fewer)).not.toBe(made);
	});
});
