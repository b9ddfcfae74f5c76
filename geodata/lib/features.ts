// features.geojson: the hand-made places, approximate areas, illustrative routes and physical
// labels (a story folder's places.yaml, areas.yaml, routes.yaml, labels.yaml; each optional),
// checked as they are read so a typo fails the build with the file and fid in the message.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as turf from '@turf/turf';
import { parse } from 'yaml';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { approximateArea } from './areas';
import { roundGeometry } from './geometry';

type Areal = Polygon | MultiPolygon;
export type Props = Record<string, string | boolean>;
export type HandFeature = Feature<Geometry, Props>;

/** Coordinates are written with 4 decimals, about 11 m: far below a pixel at the story's zooms. */
const DIGITS = 4;

class Spec {
	constructor(
		private readonly file: string,
		private readonly raw: Record<string, unknown>
	) {}

	private fail(field: string, expected: string): never {
		throw new Error(`${this.file} · ${String(this.raw.fid)} · ${field}: expected ${expected}`);
	}

	string(field: string, pattern?: RegExp): string {
		const value = this.raw[field];
		if (typeof value !== 'string' || value === '' || (pattern && !pattern.test(value))) {
			this.fail(field, pattern ? `a string matching ${pattern}` : 'a non-empty string');
		}
		return value;
	}

	number(field: string): number {
		const value = this.raw[field];
		if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(field, 'a number');
		return value;
	}

	pair(field: string): [number, number] {
		const value = this.raw[field];
		if (!isPair(value)) this.fail(field, '[number, number]');
		return value;
	}

	list(field: string): unknown[] {
		const value = this.raw[field];
		if (!Array.isArray(value) || value.length < 2) this.fail(field, 'a list of two or more');
		return value;
	}

	has(field: string): boolean {
		return this.raw[field] !== undefined;
	}

	/** Native names (`name_ur`, `name_fa`…: `name_` and a language code), in key order. */
	nativeNames(): [string, string][] {
		return Object.keys(this.raw)
			.filter((key) => NATIVE_NAME.test(key))
			.sort()
			.map((key) => [key, this.string(key)]);
	}
}

/** A native name's property: `name_` and the language's code. */
export const NATIVE_NAME = /^name_[a-z]{2,3}$/;
/** An admin-1 feature id: `admin1:` and an ISO 3166-2 code. */
const ADMIN1_FID = /^admin1:[A-Z]{2}-[A-Z0-9]+$/;

function isPair(value: unknown): value is [number, number] {
	return Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number');
}

/** A story folder's list of hand-made features; a story without the file has none of them. */
function readSpecs(dir: string, name: string): Spec[] {
	const file = join(dir, name);
	if (!existsSync(file)) return [];
	const parsed: unknown = parse(readFileSync(file, 'utf8'));
	if (!Array.isArray(parsed)) throw new Error(`${file}: expected a list`);
	const shown = `${basename(dir)}/${name}`;
	return parsed.map((raw) => new Spec(shown, raw as Record<string, unknown>));
}

/** Only the defined optional properties, in a fixed order (stable output). */
function props(entries: (readonly [string, string | boolean | undefined])[]): Props {
	const out: Props = {};
	for (const [key, value] of entries) if (value !== undefined) out[key] = value;
	return out;
}

function point(spec: Spec): Feature<Geometry, Props>['geometry'] {
	return roundGeometry(turf.point([spec.number('lon'), spec.number('lat')]).geometry, DIGITS);
}

export function readPlaces(dir: string): HandFeature[] {
	return readSpecs(dir, 'places.yaml').map((spec) => {
		spec.string('source'); // not shipped, but every hand-set coordinate must say where it is from
		const admin1 = spec.has('admin1') ? spec.string('admin1', ADMIN1_FID) : undefined;
		const country = admin1 ? undefined : spec.string('country', /^country:[A-Z]{3}$/);
		return {
			type: 'Feature',
			properties: props([
				['fid', spec.string('fid', /^place:[a-z0-9-]+$/)],
				['name', spec.string('name')],
				...spec.nativeNames(),
				['kind', spec.string('kind', /^(capital|city|town|crossing|region)$/)],
				['admin1', admin1],
				['country', country]
			]),
			geometry: point(spec)
		};
	});
}

export function readLabels(dir: string): HandFeature[] {
	return readSpecs(dir, 'labels.yaml').map((spec) => {
		spec.string('source');
		return {
			type: 'Feature',
			properties: props([
				['fid', spec.string('fid', /^label:[a-z0-9-]+$/)],
				['name', spec.string('name')],
				['kind', spec.string('kind', /^physical$/)]
			]),
			geometry: point(spec)
		};
	});
}

/** Replacement district polygons by fid (GEODATA_DISTRICTS), already simplified. */
export type DistrictPolygons = ReadonlyMap<string, Areal>;

/**
 * Approximate areas (lib/areas.ts): the seat's Voronoi cell among every seat the file lists, cut
 * to the province and to the district's known area around the seat. A real polygon from
 * `districts` replaces it and the feature is then not approximate.
 */
export function readAreas(
	dir: string,
	province: (fid: string) => Feature<Areal>,
	districts: DistrictPolygons
): HandFeature[] {
	const specs = readSpecs(dir, 'areas.yaml');
	const known = new Set(specs.map((spec) => spec.string('fid')));
	const unknown = [...districts.keys()].filter((fid) => !known.has(fid));
	if (unknown.length > 0) {
		throw new Error(`GEODATA_DISTRICTS: no area in areas.yaml for ${unknown.join(', ')}`);
	}
	const seats = specs.flatMap((spec) => [spec.pair('seat'), ...neighbourSeats(spec)]);
	return specs.map((spec) => {
		const fid = spec.string('fid', /^area:[a-z0-9-]+$/);
		const admin1 = spec.string('admin1', ADMIN1_FID);
		const real = districts.get(fid);
		const shape = real
			? turf.feature(real)
			: approximateArea(spec.pair('seat'), seats, province(admin1), spec.number('areaKm2'));
		return {
			type: 'Feature',
			properties: props([
				['fid', fid],
				['name', spec.string('name')],
				...spec.nativeNames(),
				['kind', 'area'],
				['admin1', admin1],
				['approximate', !real]
			]),
			geometry: roundGeometry(shape.geometry, DIGITS)
		};
	});
}

function neighbourSeats(spec: Spec): [number, number][] {
	return spec.list('neighbours').map((value) => {
		if (!isPair(value)) throw new Error(`areas.yaml · neighbours: expected [lon, lat] pairs`);
		return value;
	});
}

/** Illustrative routes: a great circle between two places, or hand-set waypoints. */
export function readRoutes(dir: string, places: readonly HandFeature[]): HandFeature[] {
	const placeAt = (fid: string): Position => {
		const found = places.find((p) => p.properties.fid === fid);
		if (!found || found.geometry.type !== 'Point') throw new Error(`routes.yaml: unknown ${fid}`);
		return found.geometry.coordinates;
	};
	const waypoint = (value: unknown): Position => (isPair(value) ? value : placeAt(String(value)));
	const line = (spec: Spec) => {
		if (!spec.has('greatCircle')) return turf.lineString(spec.list('waypoints').map(waypoint));
		const [from, to, ...rest] = spec.list('greatCircle').map(waypoint);
		if (!from || !to || rest.length > 0)
			throw new Error('routes.yaml: greatCircle takes two places');
		return turf.greatCircle(from, to, { npoints: 48 });
	};
	return readSpecs(dir, 'routes.yaml').map((spec) => {
		return {
			type: 'Feature',
			properties: props([
				['fid', spec.string('fid', /^route:[a-z0-9-]+$/)],
				['name', spec.string('name')],
				['kind', 'route'],
				['illustrative', true]
			]),
			geometry: roundGeometry(line(spec).geometry, DIGITS)
		};
	});
}
