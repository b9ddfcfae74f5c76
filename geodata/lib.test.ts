// Unit tests of the pipeline's pure helpers (the shipped files are checked in shipped.test.ts).
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { roundGeometry, sortByFid, stringifyFeatureCollection, unwrapRing } from './lib/geometry';
import * as turf from '@turf/turf';
import { approximateArea } from './lib/areas';
import { admin1Feature, asciiName } from './lib/layers';
import { selectTowns } from './lib/towns';
import { withNativeNames } from './lib/native-names';

describe('unwrapRing', () => {
	it('keeps a ring that crosses the antimeridian continuous', () => {
		const ring = [
			[178, 60],
			[-179, 61],
			[-178, 62],
			[179, 63],
			[178, 60]
		];
		expect(unwrapRing(ring).map(([lon]) => lon)).toEqual([178, 181, 182, 179, 178]);
	});

	it('leaves an ordinary ring alone', () => {
		const ring = [
			[60, 30],
			[75, 30],
			[75, 38],
			[60, 30]
		];
		expect(unwrapRing(ring)).toEqual(ring);
	});
});

describe('output helpers', () => {
	it('rounds coordinates to the given decimals', () => {
		const polygon: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[69.123456, 34.987654],
					[70, 35],
					[69.5, 34],
					[69.123456, 34.987654]
				]
			]
		};
		expect(roundGeometry(polygon, 4).coordinates[0]?.[0]).toEqual([69.1235, 34.9877]);
	});

	it('sorts by fid and writes one feature per line', () => {
		const f = (fid: string): Feature => ({
			type: 'Feature',
			properties: { fid },
			geometry: { type: 'Point', coordinates: [0, 0] }
		});
		const text = stringifyFeatureCollection({
			type: 'FeatureCollection',
			features: sortByFid([f('place:b'), f('area:a'), f('place:a')])
		});
		expect(
			text
				.split('\n')
				.slice(1, 4)
				.map((line) => JSON.parse(line.replace(/,$/, '')).properties.fid)
		).toEqual(['area:a', 'place:a', 'place:b']);
		expect(JSON.parse(text).features).toHaveLength(3);
	});
});

describe('admin-1 naming', () => {
	const square: Polygon = {
		type: 'Polygon',
		coordinates: [
			[
				[69, 35],
				[70, 35],
				[70, 36],
				[69, 35]
			]
		]
	};
	const ne = (properties: Record<string, unknown>) => ({
		type: 'Feature' as const,
		properties: { adm0_a3: 'AFG', name_ur: 'صوبہ پروان', name_fa: 'ولایت پروان', ...properties },
		geometry: square
	});

	it('folds diacritics so the Latin font subset covers every name', () => {
		expect(asciiName('Ghōr')).toBe('Ghor');
	});

	const region = {
		nativeNames: { PAK: 'ur', AFG: 'fa' },
		fixes: {
			recode: [
				{ adm1_code: 'AFG-1769', gn_name: 'Panjshir', iso: 'AF-PAN', name: 'Panjshir' },
				{ adm1_code: 'AFG-1753', gn_name: 'Wilayat-e Daykundi', iso: 'AF-DAY', name: 'Daykundi' }
			],
			isoByName: { Paktia: 'AF-PIA', Paktika: 'AF-PKA' },
			countryOf: {}
		}
	};

	it('gives the second "Parwan" its own code and no copied native names', () => {
		const panjshir = admin1Feature(
			ne({ adm1_code: 'AFG-1769', gn_name: 'Panjshir', iso_3166_2: 'AF-PAR', name_en: 'Parwan' }),
			region
		);
		expect(panjshir.properties).toEqual({
			fid: 'admin1:AF-PAN',
			name: 'Panjshir',
			country: 'country:AFG'
		});
		const parwan = admin1Feature(
			ne({ adm1_code: 'AFG-1772', gn_name: 'Parwan', iso_3166_2: 'AF-PAR', name_en: 'Parwan' }),
			region
		);
		expect(parwan.properties.fid).toBe('admin1:AF-PAR');
		expect(parwan.properties.name_fa).toBe('ولایت پروان');
	});

	it('refuses a duplicate whose GeoNames name does not match', () => {
		expect(() =>
			admin1Feature(
				ne({ adm1_code: 'AFG-1753', gn_name: 'Uruzgan', iso_3166_2: 'AF-URU', name_en: 'Urozgan' }),
				region
			)
		).toThrow(/gn_name/);
	});
});

describe('approximateArea', () => {
	const province: Feature<Polygon> = turf.polygon([
		[
			[70, 32],
			[71, 32],
			[71, 33],
			[70, 33],
			[70, 32]
		]
	]);
	const km2 = (f: Feature) => turf.area(f) / 1e6;

	it("is the seat's cell cut to its province, with the district's area, never crossing it", () => {
		const seat: [number, number] = [70.2, 32.5];
		const area = approximateArea(seat, [seat, [70.8, 32.5]], province, 1500);
		expect(km2(area)).toBeCloseTo(1500, -1);
		expect(turf.booleanPointInPolygon(seat, area)).toBe(true);
		const outside = turf.difference(turf.featureCollection([area, province]));
		expect(outside ? km2(outside) : 0).toBeLessThan(0.01);
	});

	it('keeps neighbouring districts apart: each stays on its side of the seats’ bisector', () => {
		const a: [number, number] = [70.4, 32.5];
		const b: [number, number] = [70.6, 32.5];
		const areaA = approximateArea(a, [a, b], province, 3000);
		const areaB = approximateArea(b, [a, b], province, 3000);
		const overlap = turf.intersect(turf.featureCollection([areaA, areaB]));
		expect(overlap ? km2(overlap) : 0).toBeLessThan(0.01);
	});

	it('keeps only the piece around the seat where a winding province line cuts the cell in two', () => {
		// A U-shaped province: the seat's cell, cut to it, holds the seat's arm and a sliver of
		// the other arm, which would be drawn and labelled as a district of its own.
		const u: Feature<Polygon> = turf.polygon([
			[
				[70, 32],
				[71, 32],
				[71, 33],
				[70.9, 33],
				[70.9, 32.1],
				[70.1, 32.1],
				[70.1, 33],
				[70, 33],
				[70, 32]
			]
		]);
		const seat: [number, number] = [70.05, 32.6];
		const area = approximateArea(seat, [seat, [70.5, 31.6]], u, 1e6);
		expect(area.geometry.type).toBe('Polygon');
		expect(turf.booleanPointInPolygon(seat, area)).toBe(true);
		expect(turf.booleanPointInPolygon([70.95, 32.9], area)).toBe(false);
	});

	it('is the whole cut cell when that is smaller than the district', () => {
		const seat: [number, number] = [70.5, 32.5];
		const area = approximateArea(seat, [seat], province, 1e6);
		expect(km2(area)).toBeCloseTo(km2(province), -1);
	});
});

describe('selectTowns', () => {
	const city = (name: string, country: string, population: number, lon: number, lat: number) => ({
		name,
		country,
		population,
		lon,
		lat
	});
	const inPakistan = (lon: number) =>
		lon < 75
			? { country: 'country:PAK', admin1: lon < 71 ? 'admin1:PK-KP' : 'admin1:PK-PB' }
			: undefined;

	it('ranks by population, folds diacritics, and keeps away from story places and larger towns', () => {
		const towns = selectTowns(
			[
				city('Small', 'PK', 1000, 70.5, 33),
				city('Big', 'PK', 9000, 72, 31),
				city('Bīg Suburb', 'PK', 5000, 72.1, 31.1),
				city('Mardān', 'PK', 3000, 70.2, 34),
				city('Peshawar twin', 'PK', 8000, 71.52, 34.02),
				city('Nowhere', 'PK', 7000, 76, 30)
			],
			{
				box: [60, 25, 80, 40],
				quotas: { PAK: { alpha2: 'PK', quota: 42, perProvince: 7 } },
				places: [turf.point([71.5249, 34.0151])],
				locate: (lon) => inPakistan(lon)
			}
		);
		expect(towns.map((t) => [t.properties.fid, t.properties.name, t.properties.rank])).toEqual([
			['town:big', 'Big', 1],
			['town:mardan', 'Mardan', 2],
			['town:small', 'Small', 3]
		]);
		expect(towns[1]?.properties).toMatchObject({ admin1: 'admin1:PK-KP' });
	});

	it('leaves out places GeoNames names by their office', () => {
		const towns = selectTowns([city('Markaz-e Woluswali-ye Achin', 'AF', 5000, 70.7, 34.1)], {
			box: [60, 25, 80, 40],
			quotas: { AFG: { alpha2: 'AF', quota: 40, perProvince: 2 } },
			places: [],
			locate: () => ({ country: 'country:AFG', admin1: 'admin1:AF-NAN' })
		});
		expect(towns).toEqual([]);
	});
});

describe('withNativeNames', () => {
	const region = { nativeNames: { PAK: 'ur', AFG: 'fa' } };
	const place = (properties: Record<string, string>) => ({
		type: 'Feature' as const,
		properties: { fid: 'place:x', name: 'X', ...properties },
		geometry: { type: 'Point' as const, coordinates: [70, 34] }
	});
	const countryOf = (admin1: string) =>
		admin1.startsWith('admin1:PK-') ? 'country:PAK' : 'country:AFG';

	it('keeps one name: in the language its country’s region declares, else another declared one', () => {
		const both = { name_ur: 'اردو', name_fa: 'دری' };
		const [pk, af, onlyUrdu] = withNativeNames(
			[
				place({ ...both, admin1: 'admin1:PK-KP' }),
				place({ ...both, country: 'country:AFG' }),
				place({ name_ur: 'اردو', admin1: 'admin1:AF-KAB' })
			],
			region,
			countryOf
		);
		expect(pk?.properties).toEqual({
			fid: 'place:x',
			name: 'X',
			name_native: 'اردو',
			admin1: 'admin1:PK-KP'
		});
		expect(af?.properties.name_native).toBe('دری');
		expect(onlyUrdu?.properties.name_native).toBe('اردو');
	});

	it('drops the names of languages the region does not declare', () => {
		const [f] = withNativeNames(
			[place({ name_zh: '中文', country: 'country:CHN' })],
			region,
			countryOf
		);
		expect(f?.properties).toEqual({ fid: 'place:x', name: 'X', country: 'country:CHN' });
	});
});
