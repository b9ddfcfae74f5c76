// Approximate district areas, made by a documented method (geodata/README.md, hand/areas.yaml):
// the district seat's Voronoi cell among the seats around it, cut to the province, and within
// the disc around the seat whose cut leaves the district's known area. Nothing is drawn outside
// the province, and neighbouring districts never overlap (their cells do not).
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';

type Areal = Polygon | MultiPolygon;
type LonLat = [number, number];

/** Sites further than this from the seat cannot bound its cell: the disc does. */
const CELL_BOX_DEG = 3;
const DISC_STEPS = 96;

/** The Voronoi cell of `seat` among `sites` (the seat included or not), as a polygon. */
export function seatCell(seat: LonLat, sites: readonly LonLat[]): Feature<Polygon> {
	const others = sites.filter(([lon, lat]) => lon !== seat[0] || lat !== seat[1]);
	const points = turf.featureCollection<Point>([seat, ...others].map((p) => turf.point(p)));
	const [lon, lat] = seat;
	const cells = turf.voronoi(points, {
		bbox: [lon - CELL_BOX_DEG, lat - CELL_BOX_DEG, lon + CELL_BOX_DEG, lat + CELL_BOX_DEG]
	});
	const cell = cells.features[0];
	if (!cell) throw new Error(`no Voronoi cell for the seat at ${lon},${lat}`);
	return cell;
}

function clip(a: Feature<Areal>, b: Feature<Areal>): Feature<Areal> | null {
	return turf.intersect(turf.featureCollection([a, b]));
}

/**
 * The approximate area of a district: its seat's cell cut to the province, then to the disc
 * around the seat whose radius makes the result's area `areaKm2` (bisection), or the whole cut
 * cell when even that is smaller.
 */
export function approximateArea(
	seat: LonLat,
	sites: readonly LonLat[],
	province: Feature<Areal>,
	areaKm2: number
): Feature<Areal> {
	const region = clip(seatCell(seat, sites), province);
	if (!region) throw new Error(`the seat at ${seat.join(',')} has no cell inside its province`);
	const km2 = (f: Feature<Areal> | null) => (f ? turf.area(f) / 1e6 : 0);
	const within = (radiusKm: number) =>
		clip(turf.circle(seat, radiusKm, { units: 'kilometers', steps: DISC_STEPS }), region);
	if (km2(region) <= areaKm2) return region;
	let lo = 0;
	let hi = 4 * Math.sqrt(areaKm2 / Math.PI);
	for (let i = 0; i < 24; i++) {
		const mid = (lo + hi) / 2;
		if (km2(within(mid)) < areaKm2) lo = mid;
		else hi = mid;
	}
	const shape = within(hi);
	if (!shape) throw new Error(`no area left around the seat at ${seat.join(',')}`);
	return shape;
}
