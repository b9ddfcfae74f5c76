import type { Topology } from 'topojson-specification';
import type { GeoCollection } from '$lib/geo/basemap';
import { REQUEST_TIMEOUT_MS, withDeadline } from './deadline';
import { MapUnavailable, NO_CONNECTION, tooSlow } from './map-error';
import { GEODATA_FILES, geodataUrl, stylesheetUrl, workerUrl } from './map-files';
import { loadMapFonts } from './map-fonts';

/** What the live map needs besides MapLibre's own code, requested at the same time as it. */
export interface MapDownloads {
	workerUrl: string;
	topology: Promise<Topology>;
	features: Promise<GeoCollection>;
	/** Resolves once MapLibre's stylesheet applies (or failed: the map still draws without it). */
	stylesheet: Promise<void>;
}

/** Fetches and parses a JSON file; a request, or a body, that never ends is cut off at the deadline. */
function fetchJson<T>(url: string): Promise<T> {
	return withDeadline(
		async (signal) => {
			const response = await fetch(url, { signal }).catch(() => {
				throw new MapUnavailable(NO_CONNECTION, 'network');
			});
			if (!response.ok) {
				throw new MapUnavailable(
					`The map data ${url} could not be loaded (${response.status}).`,
					'network'
				);
			}
			return (await response.json().catch(() => {
				throw new MapUnavailable(`The map data ${url} could not be read.`, 'network');
			})) as T;
		},
		REQUEST_TIMEOUT_MS,
		tooSlow
	);
}

const warmed = new Set<string>();

/**
 * Fetches a file MapLibre will ask for later (its worker) so that it is in the HTTP cache by
 * then; each file once. A failure is left for MapLibre's own request to report.
 */
function warm(url: string): void {
	if (warmed.has(url)) return;
	warmed.add(url);
	fetch(url)
		.then((response) => response.arrayBuffer())
		.catch(() => undefined);
}

/**
 * MapLibre's stylesheet, linked only when the map loads so that it never blocks the first paint.
 * The map draws without it, so one that fails or never arrives is waited for no longer.
 */
function linkStylesheet(href: string): Promise<void> {
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = href;
	const applied = new Promise<void>((resolve) => {
		link.onload = link.onerror = () => resolve();
	});
	document.head.append(link);
	return withDeadline(() => applied, REQUEST_TIMEOUT_MS, tooSlow).catch(() => undefined);
}

/**
 * Starts every download the first live view needs, in parallel with MapLibre's code instead of
 * one after another: the worker script, the stylesheet, the story's geodata (`geodata`, its
 * folder under the site's root), and the label fonts, added to the page's fonts (map-fonts.ts;
 * the Arabic-script one only when the step shows Urdu or Dari names).
 *
 * The fonts start here rather than with the gesture: the page is painted again when they arrive,
 * and side by side that repaint cost the boot more at once (2.0 s against 1.5, medians of 10)
 * than a moment later.
 */
export function startMapDownloads(
	base: string,
	geodata: string,
	nativeNames: boolean
): MapDownloads {
	warm(workerUrl);
	void loadMapFonts(base, nativeNames);
	const topology = fetchJson<Topology>(geodataUrl(base, geodata, GEODATA_FILES.topology));
	const features = fetchJson<GeoCollection>(geodataUrl(base, geodata, GEODATA_FILES.features));
	// Handled here so that a failure is not reported as unhandled before the map awaits it.
	topology.catch(() => undefined);
	features.catch(() => undefined);
	return { workerUrl, topology, features, stylesheet: linkStylesheet(stylesheetUrl) };
}
