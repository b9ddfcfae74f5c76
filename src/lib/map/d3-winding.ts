import { geoArea } from 'd3-geo';
import type { Position } from 'geojson';
import type { GeoFeature } from '$lib/geo/basemap';

const wound = new WeakMap<GeoFeature, GeoFeature>();

/**
 * d3-geo is spherical: a ring wound the GeoJSON way (counter-clockwise) encloses the rest of the
 * globe. A polygon whose area comes out larger than a hemisphere is turned around.
 */
export function d3Winding(f: GeoFeature): GeoFeature {
	const g = f.geometry;
	if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return f;
	const cached = wound.get(f);
	if (cached) return cached;
	const reverse = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
	const fixed: GeoFeature =
		geoArea(f) <= 2 * Math.PI
			? f
			: {
					...f,
					geometry:
						g.type === 'Polygon'
							? { type: 'Polygon', coordinates: reverse(g.coordinates) }
							: { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => reverse(p)) }
				};
	wound.set(f, fixed);
	return fixed;
}
