// What the benchmark watches inside a page: user-timing marks (src/lib/perf-marks.ts), long tasks
// and paints, recorded from the first script on, plus helpers to read them back.
import type { Page } from '@playwright/test';

export interface Entry {
	name: string;
	startTime: number;
	duration: number;
	detail?: unknown;
}

export interface Probe {
	marks: Entry[];
	longTasks: Entry[];
}

/**
 * The recorder, as source text: functions handed to the page must not go through tsx's
 * transform, which adds helper calls the page does not have.
 */
const PROBE_SCRIPT = `(() => {
	const probe = { marks: [], longTasks: [] };
	window.__probe = probe;
	const record = (list) => (entries) => {
		for (const e of entries.getEntries()) {
			list.push({ name: e.name, startTime: e.startTime, duration: e.duration, detail: e.detail });
		}
	};
	new PerformanceObserver(record(probe.marks)).observe({ type: 'mark', buffered: true });
	new PerformanceObserver(record(probe.longTasks)).observe({ type: 'longtask', buffered: true });
})();`;

/** Installs the recorder; call before the page's first navigation. */
export async function installProbe(page: Page): Promise<void> {
	await page.addInitScript(PROBE_SCRIPT);
}

export const readProbe = (page: Page): Promise<Probe> =>
	page.evaluate(() => structuredClone((window as unknown as { __probe: Probe }).__probe));

/** The time of the latest mark `storymap:<name>`, waiting for it to be there. */
export async function waitForMark(page: Page, name: string, timeout = 120_000): Promise<number> {
	const handle = await page.waitForFunction(
		(full) =>
			(window as unknown as { __probe: Probe }).__probe.marks.findLast((m) => m.name === full)
				?.startTime,
		`storymap:${name}`,
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
}

/** Every resource the page fetched so far, by path, in the order they started. */
export const resources = (page: Page): Promise<ResourceTiming[]> =>
	page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => ({
				path: new URL(e.name).pathname,
				startTime: e.startTime,
				responseEnd: (e as PerformanceResourceTiming).responseEnd
			}))
			.sort((a, b) => a.startTime - b.startTime)
	);
