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
 * The piece of a cut that holds the seat (or the largest, if the seat lies on an edge): a cell
 * cut by a winding province line can leave slivers apart from the district, which would be
 * drawn, and labelled, as districts of their own.
 */
export function seatPart(shape: Feature<Areal>, seat: LonLat): Feature<Polygon> {
	if (shape.geometry.type === 'Polygon') return shape as Feature<Polygon>;
	const parts = shape.geometry.coordinates.map((rings) => turf.polygon(rings, shape.properties));
	return (
		parts.find((part) => turf.booleanPointInPolygon(seat, part)) ??
		(parts.sort((a, b) => turf.area(b) - turf.area(a))[0] as Feature<Polygon>)
	);
}

/**
 * The approximate area of a district: its seat's cell cut to the province, then to the disc
 * around the seat whose radius makes the result's area `areaKm2` (bisection), or the whole cut
 * cell when even that is smaller; only the piece around the seat is kept (seatPart).
 */
export function approximateArea(
	seat: LonLat,
	sites: readonly LonLat[],
	province: Feature<Areal>,
	areaKm2: number
): Feature<Areal> {
	const cut = clip(seatCell(seat, sites), province);
	if (!cut) throw new Error(`the seat at ${seat.join(',')} has no cell inside its province`);
	const region = seatPart(cut, seat);
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
	return seatPart(shape, seat);
}
