// Geometry that needs topology: clipping, dissolving and simplifying with mapshaper, then one
// shared TopoJSON topology so that countries, provinces and the border lines reuse the same arcs.
import mapshaper from 'mapshaper';
import { topology as buildTopology } from 'topojson-server';
import { meshArcs } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type {
	GeometryCollection,
	GeometryObject,
	MultiLineString as TopoMultiLineString,
	Topology
} from 'topojson-specification';
import type { ArealFeature, LinearFeature } from './sources';
import { UNNAMED_A3 } from './country-codes';
import type { BBox } from './geometry';
import type { Region } from '../../src/lib/story/region-schema';

export interface ShapeOptions {
	/** The region's detail box: NE 10m inside, 110m outside. */
	regionBox: BBox;
	/** The countries whose provinces are drawn: they are the union of their provinces. */
	provinceCountries: readonly string[];
	/** mapshaper `-simplify interval=`: the largest allowed deviation, in metres. */
	intervalMetres: number;
	/** English name by alpha-3 (the pieces lose their names when dissolved). */
	countryName: (a3: string) => string;
}

const collection = <F>(features: readonly F[]) => ({ type: 'FeatureCollection', features });

/**
 * Countries and provinces from three sources that must meet without gaps:
 * - the countries whose provinces are drawn are the union of their NE 10m provinces, so the
 *   country outline, the province outlines and the borders between them are the very same arcs;
 * - neighbours inside the region box are their own NE 10m provinces, dissolved and clipped;
 * - everything else is NE 110m with the region box cut out.
 * dissolve2 then joins each country's 10m and 110m pieces along the box edge.
 */
export async function shapeCountriesAndProvinces(
	input: { provinces: ArealFeature[]; neighbours: ArealFeature[]; context: ArealFeature[] },
	options: ShapeOptions
): Promise<{ countries: ArealFeature[]; provinces: ArealFeature[] }> {
	const box = options.regionBox.join(',');
	const commands = [
		'-i provinces.json neighbours.json context.json combine-files',
		`-clip target=neighbours bbox=${box}`,
		`-erase target=context bbox=${box}`,
		'-dissolve2 target=provinces fields=country + name=drawn',
		'-rename-fields target=drawn fid=country',
		'-merge-layers target=drawn,neighbours,context name=countries force',
		'-dissolve2 target=countries fields=fid',
		`-simplify interval=${options.intervalMetres} keep-shapes`,
		'-points target=countries inner + name=countryAnchors',
		'-points target=provinces inner + name=provinceAnchors',
		'-o target=countries,provinces,countryAnchors,provinceAnchors format=geojson precision=0.00001'
	].join(' ');
	const output = await mapshaper.applyCommands(commands, {
		'provinces.json': collection(input.provinces),
		'neighbours.json': collection(input.neighbours),
		'context.json': collection(input.context)
	});
	const read = (name: string) =>
		(JSON.parse(String(output[name])) as FeatureCollection).features as ArealFeature[];
	const countries = read('countries.json').map((f) => {
		const fid = String(f.properties.fid);
		const a3 = fid.replace('country:', '');
		const provinces = options.provinceCountries.includes(a3) ? { provinces: true } : {};
		return { ...f, properties: { fid, name: options.countryName(a3), ...provinces } };
	});
	return {
		countries: withLabelAnchors(countries, read('countryAnchors.json')),
		provinces: withLabelAnchors(read('provinces.json'), read('provinceAnchors.json'))
	};
}

/**
 * Adds label_lon/label_lat: a point well inside the largest part (mapshaper's `-points inner`).
 * MapLibre places a polygon's label in every tile the polygon crosses, so the style labels these
 * points instead, once per feature.
 */
function withLabelAnchors(polygons: ArealFeature[], anchors: readonly Feature[]): ArealFeature[] {
	return polygons.map((polygon, i) => {
		const anchor = anchors[i];
		if (anchor?.geometry.type !== 'Point' || anchor.properties?.fid !== polygon.properties.fid) {
			throw new Error(`no label anchor for ${String(polygon.properties.fid)}`);
		}
		// No label point, no label: both renderers name an area at its label point.
		if (UNNAMED_A3.has(String(polygon.properties.fid).replace(/^country:/, ''))) return polygon;
		const [lon = 0, lat = 0] = anchor.geometry.coordinates.map((c) => Math.round(c * 1000) / 1000);
		return { ...polygon, properties: { ...polygon.properties, label_lon: lon, label_lat: lat } };
	});
}

type Props = Record<string, string | number | boolean | undefined>;
type TopoObjects = {
	countries: GeometryCollection<Props>;
	admin1: GeometryCollection<Props>;
	lines: GeometryCollection<Props>;
	water: GeometryCollection<Props>;
};

/** A mesh made of arcs already in the topology: costs only arc indices, no coordinates. */
function meshGeometry(
	topology: Topology,
	object: GeometryCollection<Props>,
	filter: (a: GeometryObject<Props>, b: GeometryObject<Props>) => boolean,
	properties: Props
): GeometryObject<Props> {
	const mesh = meshArcs(topology, object, filter) as TopoMultiLineString;
	if (mesh.arcs.length === 1) {
		return { type: 'LineString', arcs: mesh.arcs[0] ?? [], properties };
	}
	return { type: 'MultiLineString', arcs: mesh.arcs, properties };
}

const propsOf = (g: GeometryObject<Props>) => (g.properties ?? {}) as Props;
const countryOf = (g: GeometryObject<Props>) => String(propsOf(g).country);
const fidOf = (g: GeometryObject<Props>) => String(propsOf(g).fid);

/**
 * The shipped topology, objects in a fixed order: countries, admin1, lines, water.
 * `lines` holds meshes of existing arcs: the region's borders of note (`line:<id>`, `noted: true`,
 * with the key's words in `key`), the other international borders, and the province borders
 * inside the countries whose provinces are drawn (borders are drawn from these, not from polygon
 * outlines, so coasts and the clip edge of the context get no border stroke).
 */
export function assembleTopology(
	layers: {
		countries: ArealFeature[];
		provinces: ArealFeature[];
		water: (ArealFeature | LinearFeature)[];
	},
	quantization: number,
	region: Pick<Region, 'borders' | 'provinces'>
): Topology<TopoObjects> {
	const base = buildTopology(
		{
			countries: collection(layers.countries) as FeatureCollection,
			admin1: collection(layers.provinces) as FeatureCollection,
			water: collection(layers.water) as FeatureCollection
		},
		quantization
	) as unknown as Topology<Omit<TopoObjects, 'lines'>>;
	const { countries, admin1, water } = base.objects;
	const pairs = region.borders.map(
		(border) => new Set(border.between.map((a3) => `country:${a3}`))
	);
	const between = (pair: Set<string>, a: string, b: string) =>
		a !== b && pair.has(a) && pair.has(b);
	const noted = region.borders.map((border, i) => {
		const pair = pairs[i] as Set<string>;
		const properties = {
			fid: `line:${border.id}`,
			name: border.name,
			kind: 'border',
			noted: true,
			key: border.key
		};
		// Between two countries whose provinces are drawn, the provinces' shared arcs (as the
		// province borders are made); else the countries'.
		return border.between.every((a3) => region.provinces.includes(a3))
			? meshGeometry(base, admin1, (a, b) => between(pair, countryOf(a), countryOf(b)), properties)
			: meshGeometry(base, countries, (a, b) => between(pair, fidOf(a), fidOf(b)), properties);
	});
	const lines: GeometryCollection<Props> = {
		type: 'GeometryCollection',
		geometries: [
			...noted,
			meshGeometry(
				base,
				countries,
				(a, b) => a !== b && !pairs.some((pair) => between(pair, fidOf(a), fidOf(b))),
				{ fid: 'line:borders', name: 'International borders', kind: 'border' }
			),
			meshGeometry(base, admin1, (a, b) => a !== b && countryOf(a) === countryOf(b), {
				fid: 'line:provinces',
				name: 'Province borders',
				kind: 'border'
			})
		]
	};
	return {
		type: 'Topology',
		transform: base.transform,
		objects: { countries, admin1, lines, water },
		arcs: base.arcs
	} as Topology<TopoObjects>;
}
