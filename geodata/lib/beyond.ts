// Land beyond the context box: the wide steps' views reach the whole world at phone and tablet
// sizes (tests/unit/view-extent.test.ts), and the countries are clipped to the box. Without this
// the land would end there in straight lines. One coarse feature, drawn under the countries.
import mapshaper from 'mapshaper';
import { feature as topoFeature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { roundGeometry, unwrapPolygons, type BBox } from './geometry';

type Areal = Polygon | MultiPolygon;

/** Web Mercator's world: MapLibre shows nothing beyond these latitudes. */
export const WORLD_BOX: BBox = [-180, -85.0511, 180, 85.0511];
/**
 * The views beyond the context box are at zoom 4 or less (a pixel ≥ 5 km), mostly below 2.6
 * (≥ 12 km): a 40 km deviation is a few pixels at most, and keeps the feature near 6 KB gzip.
 */
export const BEYOND_INTERVAL_METRES = 40_000;
/** Under the countries for this far inside the box, so no hairline of sea shows at the seam. */
const OVERLAP_DEGREES = 0.2;
/** Islands smaller than this vanish at those zooms anyway. */
const MIN_ISLAND_KM2 = 3000;

/**
 * Natural Earth 110m land (world-atlas land-110m, public domain) outside `contextBox`, with
 * fid `land:beyond`: one MultiPolygon, coordinates to 0.1°. Its `extent` is the box it was clipped
 * to: the data is whole inside it (the land's own bounding box stops at the last coast).
 */
export async function landBeyond(
	land110: Topology,
	contextBox: BBox
): Promise<Feature<Areal, { fid: string; name: string; kind: string; extent: number[] }>> {
	const land = topoFeature(
		land110,
		land110.objects.land as GeometryCollection
	) as FeatureCollection<Areal>;
	const unwrapped = land.features.map((f) => ({ ...f, geometry: unwrapPolygons(f.geometry) }));
	const [w, s, e, n] = contextBox;
	const hole = [w + OVERLAP_DEGREES, s + OVERLAP_DEGREES, e - OVERLAP_DEGREES, n - OVERLAP_DEGREES];
	const output = await mapshaper.applyCommands(
		[
			'-i land.json',
			// An unwrapped ring that crosses the antimeridian (Eurasia, at Chukotka) reaches past
			// ±180° on one side, depending on where it starts: that part goes back to the other end.
			`-clip target=land bbox=180,${WORLD_BOX[1]},540,${WORLD_BOX[3]} + name=east`,
			'-affine target=east shift=-360,0',
			`-clip target=land bbox=-540,${WORLD_BOX[1]},-180,${WORLD_BOX[3]} + name=west`,
			'-affine target=west shift=360,0',
			`-clip target=land bbox=${WORLD_BOX.join(',')}`,
			'-merge-layers target=land,east,west name=land force',
			`-erase bbox=${hole.join(',')}`,
			`-simplify interval=${BEYOND_INTERVAL_METRES} keep-shapes`,
			`-filter-slivers min-area=${MIN_ISLAND_KM2}km2`,
			'-dissolve',
			'-o format=geojson geojson-type=FeatureCollection precision=0.1'
		].join(' '),
		{ 'land.json': { type: 'FeatureCollection', features: unwrapped } }
	);
	const result = JSON.parse(String(output['land.json'])) as FeatureCollection<Areal>;
	const geometry = result.features[0]?.geometry;
	if (!geometry) throw new Error('land beyond the context box: mapshaper returned nothing');
	return {
		type: 'Feature',
		properties: { fid: 'land:beyond', name: 'Land', kind: 'land', extent: [...WORLD_BOX] },
		geometry: roundGeometry(geometry, 1)
	};
}
