// Unit tests of the pipeline's pure helpers (the shipped files are checked in shipped.test.ts).
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { roundGeometry, sortByFid, stringifyFeatureCollection, unwrapRing } from './lib/geometry';
import { admin1Feature, asciiName } from './lib/layers';

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

	it('gives the second "Parwan" its own code and no copied native names', () => {
		const panjshir = admin1Feature(
			ne({ adm1_code: 'AFG-1769', gn_name: 'Panjshir', iso_3166_2: 'AF-PAR', name_en: 'Parwan' })
		);
		expect(panjshir.properties).toEqual({
			fid: 'admin1:AF-PAN',
			name: 'Panjshir',
			country: 'country:AFG'
		});
		const parwan = admin1Feature(
			ne({ adm1_code: 'AFG-1772', gn_name: 'Parwan', iso_3166_2: 'AF-PAR', name_en: 'Parwan' })
		);
		expect(parwan.properties.fid).toBe('admin1:AF-PAR');
		expect(parwan.properties.name_fa).toBe('ولایت پروان');
	});

	it('refuses a duplicate whose GeoNames name does not match', () => {
		expect(() =>
			admin1Feature(
				ne({ adm1_code: 'AFG-1753', gn_name: 'Uruzgan', iso_3166_2: 'AF-URU', name_en: 'Urozgan' })
			)
		).toThrow(/gn_name/);
	});
});
