/**
 * The region is content: no code of the site or the pipeline names a country, province code,
 * border or river of a story. The words come from every story's region.yaml (its countries'
 * codes, its provinces' ISO 3166-2 prefixes, its borders' and rivers' ids and names) and the
 * names of the stories' countries; a hit fails naming file:line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegion, type Region } from '../../src/lib/story/region-schema';
import { REGION_FILE } from '../../src/lib/geo/geodata-files';
import { storyFolderNames } from '../../src/build/story-folders';

const ROOTS = ['src/lib', 'src/build', 'src/routes', 'geodata/lib', 'geodata/build.ts'];
/**
 * Files that may name countries: a table for the whole world is no region's (world-atlas numeric
 * codes to alpha-3, for every country in its data).
 */
const ALLOWED = new Set(['geodata/lib/country-codes.ts']);
/** The stories' countries in words (a region.yaml names them in its `name` and `credits`). */
const COUNTRY_WORDS = ['Afghan', 'Pakistan', 'Uzbek'];

const regions: Region[] = storyFolderNames('src/content').flatMap((story) => {
	const file = join('src/content', story, REGION_FILE);
	try {
		return [parseRegion(file, readFileSync(file, 'utf8'))];
	} catch {
		return [];
	}
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What no code may say, each as a pattern that finds it as a word. */
function forbidden(): { word: string; pattern: RegExp }[] {
	const codes = new Set<string>();
	const prefixes = new Set<string>();
	const words = new Set<string>(COUNTRY_WORDS);
	for (const region of regions) {
		for (const a3 of [
			...region.provinces,
			...region.outline50m,
			...region.borders.flatMap((b) => b.between),
			...Object.keys(region.towns),
			...Object.keys(region.nativeNames),
			...Object.entries(region.fixes.countryOf).flat()
		]) {
			codes.add(a3);
		}
		for (const town of Object.values(region.towns)) prefixes.add(`${town.alpha2}-`);
		for (const { id, name } of [...region.borders, ...region.rivers]) {
			words.add(id);
			words.add(name);
		}
	}
	return [
		...[...codes].map((word) => ({ word, pattern: new RegExp(`\\b${word}\\b`) })),
		...[...prefixes].map((word) => ({ word, pattern: new RegExp(`\\b${escape(word)}[A-Z]`) })),
		...[...words].map((word) => ({ word, pattern: new RegExp(`\\b${escape(word)}`, 'i') }))
	];
}

function sourceFiles(path: string): string[] {
	if (statSync(path).isFile()) return [path];
	return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
		const child = join(path, entry.name);
		if (entry.isDirectory()) return sourceFiles(child);
		return /\.(ts|svelte|js)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [child] : [];
	});
}

describe('the region is content', () => {
	it('reads every story’s region', () => {
		expect(regions.length).toBeGreaterThanOrEqual(2);
	});

	it('no code names a story’s countries, provinces, borders or rivers', () => {
		const words = forbidden();
		expect(words.map((w) => w.word)).toEqual(
			expect.arrayContaining(['AFG', 'PAK', 'PK-', 'durand', 'Amu Darya', 'Syr Darya', 'UZB'])
		);
		const hits: string[] = [];
		for (const file of ROOTS.flatMap(sourceFiles)) {
			const shown = relative('.', file);
			if (ALLOWED.has(shown)) continue;
			readFileSync(file, 'utf8')
				.split('\n')
				.forEach((line, i) => {
					const found = words.filter(({ pattern }) => pattern.test(line)).map((w) => w.word);
					if (found.length > 0) hits.push(`${shown}:${i + 1}: ${found.join(', ')}`);
				});
		}
		expect(hits).toEqual([]);
	});
});
