// Country outlines without the data's edge. The pipeline clips the countries to the region's
// context box (region.yaml `context`), so a country's polygon there ends in a straight line along
// the box (Russia at 55° N on the frontier's map) that is no border: the land beyond is drawn on
// (land:beyond). The box is read off the data — the countries' own extent — so any story's geodata
// brings its own. Both renderers stroke a country's outline from here, its fill from the polygon.
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeoCollection } from '$lib/geo/basemap';
import type { BBox } from '$lib/story/camera';

const extents = new WeakMap<GeoCollection, BBox>();

/** The box the pipeline clipped the countries to: their extent, computed once per collection. */
export function clipBox(countries: GeoCollection): BBox {
	const known = extents.get(countries);
	if (known) return known;
	const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
	const visit = (value: unknown): void => {
		if (!Array.isArray(value)) return;
		if (typeof value[0] === 'number') {
			const [x, y] = value as [number, number];
			box[0] = Math.min(box[0], x);
			box[1] = Math.min(box[1], y);
			box[2] = Math.max(box[2], x);
			box[3] = Math.max(box[3], y);
			return;
		}
		for (const item of value) visit(item);
	};
	for (const f of countries.features) {
		if ('coordinates' in f.geometry) visit(f.geometry.coordinates);
	}
	extents.set(countries, box);
	return box;
}

/** Coordinates this close to a box side are on it (the topology's quantization is far coarser). */
const EPSILON = 1e-6;

/** Whether the segment a–b runs along a side of the box. */
export function onClipEdge(a: Position, b: Position, [w, s, e, n]: BBox): boolean {
	const both = (axis: 0 | 1, value: number) =>
		Math.abs((a[axis] as number) - value) < EPSILON &&
		Math.abs((b[axis] as number) - value) < EPSILON;
	return both(0, w) || both(0, e) || both(1, s) || both(1, n);
}

/** A ring as the lines left once its segments along the box are taken out. */
function ringWithoutClip(ring: readonly Position[], box: BBox): Position[][] {
	const n = ring.length - 1;
	const cut = (i: number) => onClipEdge(ring[i] as Position, ring[i + 1] as Position, box);
	const first = [...Array(n).keys()].findIndex(cut);
	if (first < 0) return [[...ring]];
	const lines: Position[][] = [];
	let line: Position[] = [];
	// Start after a cut segment, so no line is split where the ring closes.
	for (let k = 1; k <= n; k++) {
		const i = (first + k) % n;
		if (cut(i)) {
			if (line.length > 1) lines.push(line);
			line = [];
			continue;
		}
		if (line.length === 0) line.push(ring[i] as Position);
		line.push(ring[i + 1] as Position);
	}
	if (line.length > 1) lines.push(line);
	return lines;
}

/** The outline of a polygon, as lines, without the segments along the box. */
export function outlineWithoutClip(geometry: Polygon | MultiPolygon, box: BBox): MultiLineString {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return {
		type: 'MultiLineString',
		coordinates: polygons.flat().flatMap((ring) => ringWithoutClip(ring, box))
	};
}

/** Whether a polygon has a side along the box (its outline then differs from its rings). */
export function touchesClip(geometry: Polygon | MultiPolygon, box: BBox): boolean {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons
		.flat()
		.some((ring) => ring.some((p, i) => i > 0 && onClipEdge(ring[i - 1] as Position, p, box)));
}

/** Every country's outline without the clip box's sides: the live map's `outlines` source. */
export function countryOutlines(countries: GeoCollection): GeoCollection {
	const box = clipBox(countries);
	return {
		type: 'FeatureCollection',
		features: countries.features.flatMap((f) =>
			f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
				? [{ ...f, geometry: outlineWithoutClip(f.geometry, box) }]
				: []
		)
	};
}
