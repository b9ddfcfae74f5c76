import type { Component } from 'svelte';

/** The page being read, as the offline saving needs it. */
export interface SavedPage {
	/** The site's base path ('' at the root of an origin). */
	base: string;
	/** The `<story>` of a `/<story>/…` address; undefined on the default story's pages. */
	story: string | undefined;
	/** The page's data: a story beyond the default one is saved from its steps. */
	data: unknown;
}

/**
 * Saves the whole site for offline use (classroom mode), with the offline registration's code and
 * notices (offline-when-idle.ts runs it once the page is idle). `showStatus` puts the notices on
 * the page, before anything they announce happens.
 */
export async function saveSiteForOffline(
	page: SavedPage,
	showStatus: (status: Component) => void
): Promise<void> {
	const [status, { offline }] = await Promise.all([
		import('$lib/components/OfflineStatus.svelte'),
		import('$lib/present/offline.svelte')
	]);
	showStatus(status.default);
	await offline.start();
	// A story beyond the default one (the worker precaches only that) is saved once its reader has
	// opened it; the code for it loads only then.
	if (page.story) {
		await (
			await import('$lib/present/save-story')
		).saveOpenedStory(page.base, page.story, page.data);
	}
}
