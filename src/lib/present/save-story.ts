import { STORY_CACHE, storyFiles } from './story-cache';

/**
 * Saves a story beyond the default one for offline use, once the site's service worker is active
 * (it precaches the default story, not the others): its pages in every mode, every step's static
 * map and its own geodata, fetched into the cache the worker answers from when the network is gone. Silent: a story
 * that could not be saved still reads online.
 */
export async function saveStoryForOffline(
	base: string,
	story: string,
	slugs: readonly string[],
	geodata?: string
): Promise<void> {
	if (!('serviceWorker' in navigator) || typeof caches === 'undefined') return;
	try {
		await navigator.serviceWorker.ready;
		const cache = await caches.open(STORY_CACHE);
		await cache.addAll(storyFiles(base, story, slugs, geodata));
	} catch {
		return;
	}
}

/**
 * Saves the story a `/<story>/…` page shows, from the page's data (its steps' slugs); `base` is the
 * site's base path.
 */
export function saveOpenedStory(base: string, story: string, data: unknown): Promise<void> {
	const shown = (data as { story?: { steps?: { slug: string }[]; geodata?: string } }).story;
	return saveStoryForOffline(
		base,
		story,
		(shown?.steps ?? []).map((step) => step.slug),
		shown?.geodata
	);
}
