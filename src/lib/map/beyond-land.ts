import type { Position } from 'geojson';
import type { GeoFeature } from '$lib/geo/basemap';

/**
 * The land beyond the countries' clip box (geodata/lib/beyond.ts) has long straight edges in
 * longitude and latitude: the box it surrounds (120° along 55° N) and the world's edges. d3 draws
 * an edge as a great-circle arc, which bows far off the parallel and turns the rings inside out;
 * MapLibre draws them straight. Points every MAX_STEP degrees keep d3 on the parallel.
 */
const MAX_STEP = 1;

function densify(ring: readonly Position[]): Position[] {
	return ring.flatMap((point, i) => {
		const next = ring[i + 1];
		if (!next) return [point];
		const [x0 = 0, y0 = 0] = point;
		const [x1 = 0, y1 = 0] = next;
		const steps = Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) / MAX_STEP);
		return Array.from({ length: Math.max(1, steps) }, (_, k) => [
			x0 + ((x1 - x0) * k) / steps || x0,
			y0 + ((y1 - y0) * k) / steps || y0
		]);
	});
}

/** The land beyond, as the static map draws it: its long edges following their parallels. */
export function beyondForD3(f: GeoFeature): GeoFeature {
	const g = f.geometry;
	if (g.type !== 'MultiPolygon') return f;
	return {
		...f,
		geometry: {
			type: 'MultiPolygon',
			coordinates: g.coordinates.map((polygon) => polygon.map(densify))
		}
	};
}
