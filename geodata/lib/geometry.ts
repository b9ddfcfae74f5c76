// Pure geometry and serialisation helpers for the pipeline (no I/O, unit-tested).
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export type BBox = readonly [west: number, south: number, east: number, north: number];

/**
 * world-atlas is made for d3-geo (spherical): a ring that crosses the antimeridian jumps from
 * +180 to -180 inside the ring. Planar tools (clipping, MapLibre) then draw a stripe across the
 * world. Shifting each vertex by ±360 so the ring stays continuous fixes it; the part beyond 180
 * is then cut off by the clip.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
	let shift = 0;
	let previous: number | undefined;
	return ring.map(([lon = 0, ...rest]) => {
		if (previous !== undefined) {
			if (lon - previous > 180) shift -= 360;
			else if (previous - lon > 180) shift += 360;
		}
		previous = lon;
		return [lon + shift, ...rest];
	});
}

export function unwrapPolygons(geometry: Geometry): Geometry {
	if (geometry.type === 'Polygon') {
		return { type: 'Polygon', coordinates: geometry.coordinates.map(unwrapRing) };
	}
	if (geometry.type === 'MultiPolygon') {
		return {
			type: 'MultiPolygon',
			coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing))
		};
	}
	return geometry;
}

export function bboxIntersects(a: BBox, b: BBox): boolean {
	return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** Rounds every coordinate to `digits` decimals: 4 decimals is about 11 m, far below one pixel. */
export function roundGeometry<G extends Geometry>(geometry: G, digits: number): G {
	const factor = 10 ** digits;
	const round = (value: unknown): unknown =>
		typeof value === 'number'
			? Math.round(value * factor) / factor
			: Array.isArray(value)
				? value.map(round)
				: value;
	if (geometry.type === 'GeometryCollection') {
		return {
			...geometry,
			geometries: geometry.geometries.map((g) => roundGeometry(g, digits))
		};
	}
	return { ...geometry, coordinates: round(geometry.coordinates) } as G;
}

/**
 * Writes a feature collection with one feature per line: diffs of the committed file stay
 * readable, and the output is byte-for-byte stable because every object is built in a fixed key
 * order.
 */
export function stringifyFeatureCollection(collection: FeatureCollection): string {
	const lines = collection.features.map((feature) => JSON.stringify(feature));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** Orders features by fid so the output does not depend on source order. */
export function sortByFid<F extends Feature>(features: readonly F[]): F[] {
	const fid = (f: F) => String(f.properties?.fid ?? '');
	return [...features].sort((a, b) => (fid(a) < fid(b) ? -1 : fid(a) > fid(b) ? 1 : 0));
}
