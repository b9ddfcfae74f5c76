// Checks the committed output of the pipeline for the default story, the frontier
// (static/geodata/), as the site ships it; stories.test.ts checks every story's geodata.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { feature as topoFeature } from 'topojson-client';
import { parse } from 'yaml';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildStyle } from '../src/lib/map/style';

type Areal = Polygon | MultiPolygon;
type Props = Record<string, unknown>;

const ROOT = new URL('../', import.meta.url);
const GEODATA = new URL('static/geodata/', ROOT);
const read = (url: URL) => readFileSync(url, 'utf8');

const topology = JSON.parse(read(new URL('basemap.topo.json', GEODATA))) as Topology;
const layer = (name: string) =>
	(
		topoFeature(topology, topology.objects[name] as GeometryCollection) as FeatureCollection<
			Geometry,
			Props
		>
	).features;
const countries = layer('countries') as Feature<Areal, Props>[];
const admin1 = layer('admin1') as Feature<Areal, Props>[];
const lines = layer('lines');
const water = layer('water');
const features = (
	JSON.parse(read(new URL('features.geojson', GEODATA))) as FeatureCollection<Geometry, Props>
).features;

const byFid = <F extends Feature<Geometry, Props>>(list: readonly F[], fid: string): F => {
	const found = list.find((f) => f.properties.fid === fid);
	if (!found) throw new Error(`missing ${fid}`);
	return found;
};
const point = (fid: string) => byFid(features, fid) as Feature<Point, Props>;
describe('places lie in the right province or country (shipped, simplified polygons)', () => {
	const expectedProvince: Record<string, string> = {
		'place:peshawar': 'admin1:PK-KP',
		'place:bannu': 'admin1:PK-KP',
		'place:lakki-marwat': 'admin1:PK-KP',
		'place:wana': 'admin1:PK-TA',
		'place:torkham': 'admin1:PK-TA',
		'place:jalalabad': 'admin1:AF-NAN',
		'place:kabul': 'admin1:AF-KAB',
		'place:quetta': 'admin1:PK-BA',
		'place:chaman': 'admin1:PK-BA',
		'place:kandahar': 'admin1:AF-KAN',
		'place:islamabad': 'admin1:PK-IS',
		'place:panjshir': 'admin1:AF-PAN'
	};
	const expectedCountry: Record<string, string> = {
		'place:termez': 'country:UZB',
		'place:doha': 'country:QAT',
		'place:riyadh': 'country:SAU',
		'place:grozny': 'country:RUS',
		'place:sarajevo': 'country:BIH',
		'place:basilan': 'country:PHL',
		'place:tashkent': 'country:UZB',
		'place:kashgar': 'country:CHN'
	};

	it.each(Object.entries(expectedProvince))(
		'%s is declared in, and lies in, %s',
		(fid, province) => {
			const place = point(fid);
			expect(place.properties.admin1).toBe(province);
			const containing = admin1.filter((a) => turf.booleanPointInPolygon(place, a));
			expect(containing.map((a) => a.properties.fid)).toEqual([province]);
		}
	);

	it.each(Object.entries(expectedCountry))('%s is declared in, and lies in, %s', (fid, country) => {
		const place = point(fid);
		expect(place.properties.country).toBe(country);
		const containing = countries.filter((c) => turf.booleanPointInPolygon(place, c));
		expect(containing.map((c) => c.properties.fid)).toEqual([country]);
	});

	it('every place lies in the province or country it declares', () => {
		const places = features.filter((f) => String(f.properties.fid).startsWith('place:'));
		expect(places.length).toBeGreaterThanOrEqual(21);
		const wrong = places.filter((place) => {
			const admin = place.properties.admin1;
			const polygon =
				typeof admin === 'string'
					? byFid(admin1, admin)
					: byFid(countries, String(place.properties.country));
			return !turf.booleanPointInPolygon(place as Feature<Point>, polygon);
		});
		expect(wrong.map((p) => p.properties.fid)).toEqual([]);
	});
});

describe('context towns (GeoNames)', () => {
	const towns = features.filter((f) => String(f.properties.fid).startsWith('town:')) as Feature<
		Point,
		Props
	>[];
	const places = features.filter((f) => String(f.properties.fid).startsWith('place:')) as Feature<
		Point,
		Props
	>[];

	it('are a small ranked set: ranks 1…n, at most 150', () => {
		expect(towns.length).toBeGreaterThan(50);
		expect(towns.length).toBeLessThanOrEqual(150);
		const ranks = towns.map((t) => t.properties.rank).sort((a, b) => Number(a) - Number(b));
		expect(ranks).toEqual(towns.map((_, i) => i + 1));
	});

	it('each lies in the province (Afghanistan, Pakistan) or country it declares', () => {
		const wrong = towns.filter((town) => {
			const admin = town.properties.admin1;
			const polygon =
				typeof admin === 'string'
					? byFid(admin1, admin)
					: byFid(countries, String(town.properties.country));
			return !turf.booleanPointInPolygon(town, polygon);
		});
		expect(wrong.map((t) => t.properties.fid)).toEqual([]);
		for (const town of towns) {
			const country = String(town.properties.country ?? town.properties.admin1);
			if (/^admin1:/.test(country)) expect(country).toMatch(/^admin1:(AF|PK)-/);
		}
	});

	it('none duplicates or crowds a story place', () => {
		const close = towns.flatMap((town) =>
			places
				.filter((place) => turf.distance(town, place, { units: 'kilometers' }) < 20)
				.map((place) => `${String(town.properties.fid)} near ${String(place.properties.fid)}`)
		);
		expect(close).toEqual([]);
	});
});

describe('approximate areas', () => {
	const areas = features.filter((f) => String(f.properties.fid).startsWith('area:')) as Feature<
		Areal,
		Props
	>[];

	it('include the three districts, marked approximate unless real polygons were plugged in', () => {
		expect(areas.map((a) => a.properties.fid).sort()).toEqual([
			'area:bannu',
			'area:lakki-marwat',
			'area:south-waziristan'
		]);
		for (const area of areas) expect(typeof area.properties.approximate).toBe('boolean');
	});

	it.each([
		['area:south-waziristan', 'admin1:PK-TA'],
		['area:bannu', 'admin1:PK-KP'],
		['area:lakki-marwat', 'admin1:PK-KP']
	])('%s lies (almost) entirely inside %s', (fid, province) => {
		const area = byFid(areas, fid);
		expect(area.properties.admin1).toBe(province);
		const inside = turf.intersect(turf.featureCollection([area, byFid(admin1, province)]));
		expect(inside).not.toBeNull();
		// Approximate areas are cut to the province (what sticks out is the rounding of their
		// coordinates to 4 decimals); real districts come from another survey.
		const share = area.properties.approximate === true ? 0.999 : 0.9;
		expect(turf.area(inside as Feature) / turf.area(area)).toBeGreaterThan(share);
	});

	it.each([
		['place:wana', 'area:south-waziristan'],
		['place:bannu', 'area:bannu'],
		['place:lakki-marwat', 'area:lakki-marwat']
	])('%s lies in %s', (place, area) => {
		expect(turf.booleanPointInPolygon(point(place), byFid(areas, area))).toBe(true);
	});

	it('do not overlap each other', () => {
		for (const [i, a] of areas.entries()) {
			for (const b of areas.slice(i + 1)) {
				const overlap = turf.intersect(turf.featureCollection([a, b]));
				expect(overlap ? turf.area(overlap) : 0).toBeLessThan(1e6);
			}
		}
	});
});

describe('feature ids and names', () => {
	const all = [
		...countries.map((f) => ['countries', f] as const),
		...admin1.map((f) => ['admin1', f] as const),
		...lines.map((f) => ['lines', f] as const),
		...water.map((f) => ['water', f] as const),
		...features.map((f) => ['features', f] as const)
	];
	const patterns: Record<string, RegExp> = {
		countries: /^country:[A-Z]{3}$/,
		admin1: /^admin1:(AF|PK)-[A-Z]{2,3}$/,
		lines: /^line:[a-z-]+$/,
		water: /^(river|lake):[a-z0-9-]+$/,
		features: /^(place|area|route|label|town|land):[a-z0-9-]+$/
	};

	it('are unique across every file', () => {
		const fids = all.map(([, f]) => f.properties.fid);
		const duplicates = fids.filter((fid, i) => fids.indexOf(fid) !== i);
		expect(duplicates).toEqual([]);
	});

	it('follow the pattern of their layer', () => {
		const wrong = all.filter(([name, f]) => !patterns[name]?.test(String(f.properties.fid)));
		expect(wrong.map(([name, f]) => `${name}: ${String(f.properties.fid)}`)).toEqual([]);
	});

	it('every feature has an English name', () => {
		const unnamed = all.filter(
			([, f]) => typeof f.properties.name !== 'string' || f.properties.name === ''
		);
		expect(unnamed.map(([, f]) => f.properties.fid)).toEqual([]);
	});

	it('include the ids the brief and the story need', () => {
		const story = parse(read(new URL('src/content/frontier/story.yaml', ROOT))) as {
			steps: { map?: { features?: string[]; context?: string[] } }[];
		};
		const fromStory = story.steps.flatMap((s) => [
			...(s.map?.features ?? []),
			...(s.map?.context ?? [])
		]);
		const required = [
			...fromStory,
			'admin1:PK-JK',
			'admin1:PK-GB',
			'admin1:AF-PAN',
			'admin1:AF-DAY',
			'admin1:AF-PAR',
			'admin1:AF-URU',
			'river:indus',
			'river:amu-darya',
			'label:hindu-kush',
			'label:spin-ghar',
			'label:khyber-pass'
		];
		const known = new Set(all.map(([, f]) => f.properties.fid));
		expect([...new Set(required)].filter((fid) => !known.has(fid))).toEqual([]);
	});

	it('provinces carry the native name their region declares: Urdu in Pakistan, Dari in Afghanistan', () => {
		const kp = byFid(admin1, 'admin1:PK-KP').properties;
		expect(kp.name).toBe('Khyber Pakhtunkhwa');
		expect(kp.name_native).toBe('خیبر پختونخوا');
		expect(byFid(admin1, 'admin1:AF-NAN').properties.name_native).toBe('ولایت ننگرهار');
		expect(byFid(features, 'place:peshawar').properties.name_native).toBe('پشاور');
		expect(byFid(features, 'place:kabul').properties.name_native).toBe('کابل');
		// The duplicates Natural Earth codes as Parwan and Uruzgan keep no copied native name.
		expect(byFid(admin1, 'admin1:AF-PAN').properties).not.toHaveProperty('name_native');
		// One native name per feature: the pipeline chose it.
		const all = [...admin1, ...features].flatMap((f) => Object.keys(f.properties));
		expect(all.filter((key) => /^name_(?!native$)/.test(key))).toEqual([]);
	});

	it('mark what the region names: its provinces’ countries, its border of note, its rivers', () => {
		const drawn = countries.filter((c) => c.properties.provinces === true);
		expect(drawn.map((c) => c.properties.fid)).toEqual(['country:AFG', 'country:PAK']);
		expect(byFid(lines, 'line:durand').properties).toMatchObject({
			noted: true,
			name: 'Durand Line',
			key: 'Afghanistan–Pakistan border (Durand Line)'
		});
		const labelled = water.filter((w) => w.properties.label === true);
		expect(labelled.map((w) => w.properties.fid).sort()).toEqual([
			'river:amu-darya',
			'river:indus'
		]);
	});
});

describe('lines, routes and the antimeridian', () => {
	// 2,640 km on the ground; a generalised line is shorter, a wrong mesh far shorter or longer.
	it('the Durand Line is one line of 2,000 to 3,000 km', () => {
		const durand = byFid(lines, 'line:durand');
		expect(durand.geometry.type).toBe('LineString');
		const km = turf.length(durand as Feature<Geometry>, { units: 'kilometers' });
		expect(km).toBeGreaterThan(2000);
		expect(km).toBeLessThan(3000);
	});

	it('routes are illustrative and join the places they name', () => {
		const near = (a: Position | undefined, fid: string) =>
			turf.distance(a as Position, point(fid), { units: 'kilometers' }) < 1;
		const fighters = byFid(features, 'route:foreign-fighters');
		const withdrawal = byFid(features, 'route:soviet-withdrawal');
		for (const route of [fighters, withdrawal]) expect(route.properties.illustrative).toBe(true);
		const coords = (f: Feature) => (f.geometry as { coordinates: Position[] }).coordinates;
		expect(near(coords(fighters)[0], 'place:riyadh')).toBe(true);
		expect(near(coords(fighters).at(-1), 'place:peshawar')).toBe(true);
		expect(near(coords(withdrawal)[0], 'place:kabul')).toBe(true);
		expect(near(coords(withdrawal).at(-1), 'place:termez')).toBe(true);
		const amuDarya = byFid(water, 'river:amu-darya') as Feature<Geometry>;
		expect(turf.booleanIntersects(withdrawal as Feature<Geometry>, amuDarya)).toBe(true);
	});

	it('no country ring jumps across the antimeridian, and all stay in the context extent', () => {
		const jumps: string[] = [];
		for (const country of countries) {
			const polygons =
				country.geometry.type === 'Polygon'
					? [country.geometry.coordinates]
					: country.geometry.coordinates;
			for (const ring of polygons.flat()) {
				for (const [i, [lon = 0, lat = 0]] of ring.entries()) {
					const previous = ring[i - 1]?.[0] ?? lon;
					if (
						Math.abs(lon - previous) > 90 ||
						lon < 9.9 ||
						lon > 130.1 ||
						lat < -5.1 ||
						lat > 55.1
					) {
						jumps.push(`${String(country.properties.fid)} at ${lon},${lat}`);
					}
				}
			}
		}
		expect(jumps).toEqual([]);
	});
});

describe('size budget', () => {
	// Each story's page loads its own geodata: the default's (static/geodata/) or its own folder's.
	const folders = [
		GEODATA,
		...readdirSync(GEODATA, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => new URL(`${entry.name}/`, GEODATA))
	];

	it.each(folders.map((url) => [url.pathname.replace(/.*static\//, ''), url] as const))(
		'%s: geodata plus the style stay within 60 KB gzip',
		(_, folder) => {
			const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
			// The style's own weight: the geodata goes into it after loading, and is counted as files.
			const style = buildStyle({
				theme: 'light',
				fontBase: '/fonts/',
				data: { countries: empty, admin1: empty, lines: empty, water: empty, features: empty }
			});
			const sizes = Object.fromEntries([
				...['basemap.topo.json', 'features.geojson'].map((file) => [
					file,
					gzipSync(readFileSync(new URL(file, folder))).length
				]),
				['style', gzipSync(JSON.stringify(style)).length]
			]) as Record<string, number>;
			const total = Object.values(sizes).reduce((a, b) => a + b, 0);
			const report = Object.entries(sizes)
				.map(([file, bytes]) => `${file} ${(bytes / 1024).toFixed(1)} KB`)
				.join(', ');
			expect(
				total,
				`gzip sizes: ${report}; total ${(total / 1024).toFixed(1)} KB`
			).toBeLessThanOrEqual(60 * 1024);
		}
	);
});
