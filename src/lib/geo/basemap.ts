import { feature } from 'topojson-client';
import { GEODATA_FILES } from './geodata-files';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties every shipped feature carries (docs/architecture.md). */
export interface FeatureProps {
	fid: string;
	name: string;
	/** The name in the language of its country, as its region declares (geodata/lib/native-names.ts). */
	name_native?: string;
	kind?: string;
	[key: string]: unknown;
}

export type GeoFeature = Feature<Geometry, FeatureProps>;
export type GeoCollection = FeatureCollection<Geometry, FeatureProps>;

/** The decoded basemap: one collection per TopoJSON object, plus the hand-made features. */
export interface BasemapData {
	countries: GeoCollection;
	admin1: GeoCollection;
	lines: GeoCollection;
	water: GeoCollection;
	features: GeoCollection;
}

export const BASEMAP_OBJECTS = ['countries', 'admin1', 'lines', 'water'] as const;

/** The files under `static/geodata/` that make up the basemap, relative to that folder. */
export { GEODATA_FILES };

/** Decodes the shipped files into GeoJSON; throws naming the object that is missing. */
export function decodeBasemap(topology: Topology, features: GeoCollection): BasemapData {
	const decode = (name: (typeof BASEMAP_OBJECTS)[number]): GeoCollection => {
		const object = topology.objects[name];
		if (!object) throw new Error(`${GEODATA_FILES.topology}: no object "${name}"`);
		return feature(topology, object as GeometryCollection<FeatureProps>) as GeoCollection;
	};
	return {
		countries: decode('countries'),
		admin1: decode('admin1'),
		lines: decode('lines'),
		water: decode('water'),
		features
	};
}

/** Every feature by its `fid`, the ids stories refer to. */
export function featureIndex(data: BasemapData): Map<string, GeoFeature> {
	const index = new Map<string, GeoFeature>();
	for (const collection of Object.values(data)) {
		for (const f of collection.features) index.set(f.properties.fid, f);
	}
	return index;
}
