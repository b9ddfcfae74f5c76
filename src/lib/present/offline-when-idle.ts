import { whenIdle } from '$lib/reading/first-paint';

/**
 * Runs `save` (saving the site, or an embed, for offline use) once the page is idle: the reader's
 * first view neither waits for it nor downloads its code. Best effort, like the saving itself: its
 * code gone (a new version deployed since the page loaded) leaves the page as it is.
 */
export const saveOfflineWhenIdle = (save: () => Promise<void>) =>
	whenIdle(() => {
		save().catch((error: unknown) =>
			console.warn('Offline use is not available: its code did not load.', error)
		);
	});
