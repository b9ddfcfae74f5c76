// Country outlines without the data's edge. The pipeline clips the countries to the context box
// (geodata/lib/layers.ts CONTEXT_BOX), so a country's polygon there ends in a straight line along
// the box (Russia at 55° N) that is no border: the land beyond is drawn on (land:beyond). Both
// renderers stroke a country's outline from here, its fill from the polygon.
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeoCollection } from '$lib/geo/basemap';
import type { BBox } from '$lib/story/camera';

/** The box the pipeline clips the countries to (the unit test checks it against the pipeline's). */
export const CLIP_BOX: BBox = [10, -5, 130, 55];

/** Coordinates this close to a box side are on it (the topology's quantization is far coarser). */
const EPSILON = 1e-6;

/** Whether the segment a–b runs along a side of the box. */
export function onClipEdge(a: Position, b: Position, [w, s, e, n]: BBox = CLIP_BOX): boolean {
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
export function outlineWithoutClip(
	geometry: Polygon | MultiPolygon,
	box: BBox = CLIP_BOX
): MultiLineString {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return {
		type: 'MultiLineString',
		coordinates: polygons.flat().flatMap((ring) => ringWithoutClip(ring, box))
	};
}

/** Whether a polygon has a side along the box (its outline then differs from its rings). */
export function touchesClip(geometry: Polygon | MultiPolygon, box: BBox = CLIP_BOX): boolean {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons
		.flat()
		.some((ring) => ring.some((p, i) => i > 0 && onClipEdge(ring[i - 1] as Position, p, box)));
}

/** Every country's outline without the clip box's sides: the live map's `outlines` source. */
export function countryOutlines(countries: GeoCollection): GeoCollection {
	return {
		type: 'FeatureCollection',
		features: countries.features.flatMap((f) =>
			f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
				? [{ ...f, geometry: outlineWithoutClip(f.geometry) }]
				: []
		)
	};
}
