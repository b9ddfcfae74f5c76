// What the benchmark watches inside a page: user-timing marks (src/lib/perf-marks.ts), long tasks,
// paints and input events (Event Timing), recorded from the first script on, plus helpers to read
// them back.
import type { Page } from '@playwright/test';

export interface Entry {
	name: string;
	startTime: number;
	duration: number;
	detail?: unknown;
	/** Event Timing only: when the page began to handle the event (its input delay ends here). */
	processingStart?: number;
}

export interface Probe {
	marks: Entry[];
	longTasks: Entry[];
	/** Input events that took ≥ 16 ms from input to the next paint, and the page's first input. */
	events: Entry[];
	/** When the page's first static map was first on screen (Element Timing), or undefined. */
	firstMapPainted?: number;
}

/**
 * The recorder, as source text: functions handed to the page must not go through tsx's
 * transform, which adds helper calls the page does not have. Event Timing only reports events of
 * 16 ms or more; `first-input` reports the first one whatever its length, so a quick second
 * gesture still shows its input delay.
 *
 * The first static map is marked for Element Timing as the parser adds it, so that the page
 * itself carries no attribute for the benchmark: Largest Contentful Paint does not report it
 * (Chromium leaves out an image that fills the viewport, as it would a background).
 */
const PROBE_SCRIPT = `(() => {
	const probe = { marks: [], longTasks: [], events: [] };
	window.__probe = probe;
	const record = (list) => (entries) => {
		for (const e of entries.getEntries()) {
			list.push({
				name: e.name,
				startTime: e.startTime,
				duration: e.duration,
				detail: e.detail,
				processingStart: e.processingStart
			});
		}
	};
	new PerformanceObserver(record(probe.marks)).observe({ type: 'mark', buffered: true });
	new PerformanceObserver(record(probe.longTasks)).observe({ type: 'longtask', buffered: true });
	const events = record(probe.events);
	new PerformanceObserver(events).observe({ type: 'event', buffered: true, durationThreshold: 16 });
	new PerformanceObserver(events).observe({ type: 'first-input', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			if (e.identifier === 'first-map' && e.renderTime > 0) probe.firstMapPainted ??= e.renderTime;
		}
	}).observe({ type: 'element', buffered: true });
	const marker = new MutationObserver(() => {
		const map = document.querySelector('img[data-static-map]');
		if (!map) return;
		map.setAttribute('elementtiming', 'first-map');
		marker.disconnect();
	});
	marker.observe(document, { childList: true, subtree: true });
	// The first static map is in the prerendered HTML: a page without one by the parser's end (the
	// floor) has none, and is not watched while its own boot is measured.
	document.addEventListener('DOMContentLoaded', () => marker.disconnect(), { once: true });
})();`;

/** Installs the recorder; call before the page's first navigation. */
export async function installProbe(page: Page): Promise<void> {
	await page.addInitScript(PROBE_SCRIPT);
}

export const readProbe = (page: Page): Promise<Probe> =>
	page.evaluate(() => structuredClone((window as unknown as { __probe: Probe }).__probe));

/**
 * The time of the latest mark `storymap:<name>` made at or after `after` (page time), waiting
 * for it to be there: a mark from before a gesture does not answer for the gesture.
 */
export async function waitForMark(
	page: Page,
	name: string,
	after = 0,
	timeout = 120_000
): Promise<number> {
	const handle = await page.waitForFunction(
		({ full, after }) =>
			(window as unknown as { __probe: Probe }).__probe.marks.findLast(
				(m) => m.name === full && m.startTime >= after
			)?.startTime,
		{ full: `storymap:${name}`, after },
		{ timeout, polling: 50 }
	);
	return (await handle.jsonValue()) as number;
}

/** First contentful paint, or NaN when the page has not painted any content. */
export const firstContentfulPaint = (page: Page): Promise<number> =>
	page.evaluate(
		() =>
			performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime ?? Number.NaN
	);

export interface ResourceTiming {
	path: string;
	startTime: number;
	responseEnd: number;
	/**
	 * Who asked for it. In Chromium: `other` for the HTML's scripts and module preloads, `script`
	 * for dynamic imports, `link` for `<link rel=prefetch>` (and stylesheets), `fetch` for fetch().
	 */
	initiatorType: string;
}

/** Every resource the page fetched so far, by path, in the order they started. */
export const resources = (page: Page): Promise<ResourceTiming[]> =>
	page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => ({
				path: new URL(e.name).pathname,
				startTime: e.startTime,
				responseEnd: (e as PerformanceResourceTiming).responseEnd,
				initiatorType: (e as PerformanceResourceTiming).initiatorType
			}))
			.sort((a, b) => a.startTime - b.startTime)
	);

/**
 * Counts the page's requests in flight, from before its navigation: the Resource Timing list
 * shows a request only once it has finished, so a prefetch still downloading would look quiet.
 */
export function trackRequests(page: Page): { quietFor: () => number } {
	let inFlight = 0;
	let lastChange = Date.now();
	const change = (by: number) => () => {
		inFlight += by;
		lastChange = Date.now();
	};
	page.on('request', change(1));
	page.on('requestfinished', change(-1));
	page.on('requestfailed', change(-1));
	return { quietFor: () => (inFlight > 0 ? 0 : Date.now() - lastChange) };
}
