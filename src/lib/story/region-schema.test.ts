import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegion } from './region-schema';
import { StoryError } from './story-error';

const MINIMAL = `
name: Somewhere
provinces: [UZB]
detail: [55, 29, 80, 46]
water: [55, 29, 80, 47]
context: [30, 10, 110, 60]
locator: [56, 37, 73, 46]
credits: Natural Earth (public domain)
`;

/** The problems a broken region file is refused with, as `field: message`. */
function problems(yaml: string): string[] {
	try {
		parseRegion('story/region.yaml', yaml);
	} catch (error) {
		if (!(error instanceof StoryError)) throw error;
		return error.problems.map((p) => `${p.file} · ${p.field ?? ''}: ${p.message}`);
	}
	return [];
}

describe('parseRegion', () => {
	it.each(['frontier', 'tashkent-to-kashgar'])('reads the %s story’s region', (story) => {
		const file = `src/content/${story}/region.yaml`;
		const region = parseRegion(file, readFileSync(file, 'utf8'));
		expect(region.provinces.length).toBeGreaterThan(0);
		expect(region.borders.length).toBeGreaterThan(0);
		expect(region.rivers.length).toBeGreaterThan(0);
	});

	it('fills what a region may leave out', () => {
		const region = parseRegion('story/region.yaml', MINIMAL);
		expect(region).toMatchObject({
			borders: [],
			rivers: [],
			nativeNames: {},
			towns: {},
			outline50m: [],
			fixes: { recode: [], isoByName: {}, countryOf: {} }
		});
	});

	it('names the file and the field of each problem', () => {
		expect(problems(MINIMAL.replace('provinces: [UZB]', 'provinces: [Uzbekistan]'))).toEqual([
			'story/region.yaml · provinces.0: must be an ISO alpha-3 code such as FRA'
		]);
		expect(
			problems(MINIMAL.replace('detail: [55, 29, 80, 46]', 'detail: [80, 29, 55, 46]'))
		).toEqual([
			'story/region.yaml · detail: must be [west, south, east, north], west < east and south < north'
		]);
		expect(problems(MINIMAL.replace('credits: Natural Earth (public domain)', ''))[0]).toMatch(
			/^story\/region\.yaml · credits: /
		);
		expect(problems(`${MINIMAL}colour: red\n`)[0]).toMatch(/^story\/region\.yaml · colour: /);
	});

	it('refuses a border between a country and itself, and a river listed twice', () => {
		const broken = `${MINIMAL}
borders:
  - { id: one, between: [UZB, UZB], name: One, key: One border }
rivers:
  - { id: amu-darya, name: Amu Darya, probes: [[67.43, 37.23], [65.21, 37.84]] }
  - { id: amu-darya, name: Amu Darya, probes: [[67.43, 37.23], [65.21, 37.84]] }
`;
		expect(problems(broken)).toEqual([
			'story/region.yaml · borders.0.between: must be two different countries',
			'story/region.yaml · rivers.1.id: "amu-darya" is listed twice'
		]);
	});

	it('refuses a file that is not YAML, naming it', () => {
		expect(problems('name: [unclosed')[0]).toMatch(/^story\/region\.yaml · : is not valid YAML/);
	});
});
