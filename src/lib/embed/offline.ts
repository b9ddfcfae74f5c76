import { base } from '$app/paths';
import { idleQueue } from '$lib/reading/first-paint';

/** Built by vite.config.ts (embedWorker): it keeps only what the embed itself requests. */
const WORKER_URL = `${base}/embed-sw.js`;

/** Same-origin files this page fetched before the worker controlled it (workerStart 0). */
function fetchedBeforeWorker(entry: PerformanceResourceTiming): boolean {
	return entry.workerStart === 0 && new URL(entry.name).origin === location.origin;
}

/**
 * Saves this embed, and only it, for offline use: the site's own worker would download the whole
 * site (about 4 MB) for a reader of someone else's article. Once the embed's worker controls the
 * page, the files the page fetched before that are fetched once more through it (from the HTTP
 * cache) so that it keeps them too; later requests (the live map's) pass through it anyway.
 * Silent whatever happens: the host page's console is not ours.
 */
export async function saveEmbedForOffline(home = ''): Promise<void> {
	// `/embed/` or `/<story>/embed/`: each story's embed keeps its own files.
	const scope = `${base}/${home}embed/`;
	if (!('serviceWorker' in navigator)) return;
	try {
		// In a sandboxed frame (an opaque origin, as WordPress frames embeds) reading the property
		// itself throws a SecurityError: such a frame has no offline copy.
		const container = navigator.serviceWorker;
		// Where the whole site is saved already, its worker serves the embed too.
		if (await container.getRegistration(`${base}/`)) return;
		const controlled = new Promise((resolve) => {
			if (container.controller) resolve(undefined);
			else container.addEventListener('controllerchange', resolve, { once: true });
		});
		await container.register(WORKER_URL, { scope });
		await controlled;
	} catch {
		return;
	}
	// One file per idle moment: the page's forty files fetched again in one task were a 60 ms task
	// here (a quarter of a second on a phone), seconds after the embed had settled.
	const keep = idleQueue((url: string) => void fetch(url).catch(() => undefined));
	const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
	if (navigation?.workerStart === 0) keep.push(location.href);
	new PerformanceObserver((list) => {
		const entries = list.getEntries() as PerformanceResourceTiming[];
		keep.push(...entries.filter(fetchedBeforeWorker).map((entry) => entry.name));
	}).observe({ type: 'resource', buffered: true });
}
