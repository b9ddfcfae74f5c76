import { idleQueue, whenIdle } from '$lib/reading/first-paint';
import { MAP_CODE_MANIFEST } from './map-code-manifest';
import { mapFileUrls } from './map-files';

/** Asks the browser to fetch `url` at low priority into its cache, without evaluating it. */
function prefetchLink(url: string): void {
	if (document.querySelector(`link[rel="prefetch"][href="${CSS.escape(url)}"]`)) return;
	const link = document.createElement('link');
	link.rel = 'prefetch';
	link.href = url;
	document.head.append(link);
}

/**
 * Fetches what the live map will need — MapLibre's code, its worker and stylesheet, the story's
 * geodata (`geodata`: its folder under the site's root) — into the HTTP cache without
 * evaluating any of it, so that the reader's first gesture waits for the CPU only. Best effort: a
 * failure here is the map's own to report when it really loads. One file per idle moment
 * (`idleQueue`). Returns a function that stops.
 */
export function prefetchMapCode(base: string, geodata: string, idle = whenIdle): () => void {
	const queue = idleQueue(prefetchLink, idle);
	void fetch(`${base}${MAP_CODE_MANIFEST}`)
		.then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
		.catch(() => [])
		.then((code) =>
			queue.push(...code.map((file) => `${base}${file}`), ...mapFileUrls(base, geodata))
		);
	return () => queue.stop();
}
