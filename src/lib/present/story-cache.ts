import { GEODATA_FILES, storyGeodataDir } from '../geo/geodata-files.ts';

/**
 * The cache that keeps each story a reader has opened beyond the default one (whose files the
 * service worker precaches): the worker's runtime route (vite.config.ts) reads and fills it, and
 * save-story.ts puts a whole story into it when the story is opened.
 */
export const STORY_CACHE = 'story-pages';

/**
 * The site's own paths that make up one story offline: its pages in every mode, its static maps,
 * and its geodata when it has its own (`geodata`: its folder, `Story.geodata`; the default
 * geodata is precached with the site).
 */
export function storyFiles(
	base: string,
	story: string,
	slugs: readonly string[],
	geodata?: string
): string[] {
	const pages = ['', 'embed/', 'present/', 'present/presenter/', 'print/'].map(
		(mode) => `${base}/${story}/${mode}`
	);
	return [
		...pages,
		...pages.map((page) => `${page}__data.json`),
		...slugs.map((slug) => `${base}/maps/${story}/${encodeURIComponent(slug)}.svg`),
		...(geodata === storyGeodataDir(story)
			? Object.values(GEODATA_FILES).map((file) => `${base}/${geodata}${file}`)
			: [])
	];
}
