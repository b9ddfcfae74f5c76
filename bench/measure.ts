// One measurement each: a page load (first text paint, first map idle, the map's own cost), a
// quick walk through steps (long tasks, step request → camera moving), and the heap after many
// step changes. Each takes a fresh browser context, so nothing is cached between samples.
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import {
	firstContentfulPaint,
	installProbe,
	readProbe,
	resources,
	waitForMark,
	type Entry
} from './page-probe';

/** Lighthouse's mobile screen, so the timings and the Lighthouse runs see the same layout. */
const PHONE = {
	viewport: { width: 412, height: 823 },
	deviceScaleFactor: 1.75,
	isMobile: true,
	hasTouch: true
};

/** How a page load is slowed down: CPU throttling, and optionally a slow network. */
export interface Condition {
	/** Key in bench/results.json and label in the table. */
	key: 'cpu1x' | 'cpu4x' | 'slow4g';
	label: string;
	cpu: number;
	/** Round-trip latency (ms) and throughput (bytes per second) of the emulated network. */
	network?: { latency: number; download: number; upload: number };
}

export const CONDITIONS: readonly Condition[] = [
	{ key: 'cpu1x', label: 'CPU 1×', cpu: 1 },
	{ key: 'cpu4x', label: 'CPU 4×', cpu: 4 },
	{
		key: 'slow4g',
		// Lighthouse's mobile profile, applied to the real page load rather than simulated.
		label: 'CPU 4×, slow 4G',
		cpu: 4,
		network: { latency: 150, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8 }
	}
];

async function open(
	browser: Browser,
	condition: Condition = CONDITIONS[0] as Condition
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
	const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
	if (condition.network) {
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: condition.network.latency,
			downloadThroughput: condition.network.download,
			uploadThroughput: condition.network.upload
		});
	}
	await installProbe(page);
	return { context, page, cdp };
}

/** Paints some text in a throwaway page, so that the browser's GPU process is up. */
export async function warmUp(browser: Browser): Promise<void> {
	const { context, page } = await open(browser);
	try {
		await page.setContent('<p>Warming up.</p>');
		await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
	} finally {
		await context.close();
	}
}

export interface LoadSample {
	/** Navigation → first contentful paint (the story's text; the floor's map). */
	firstPaint: number;
	/** Navigation → the WebGL map's first `idle`. */
	mapIdle: number;
	/** MapLibre's chunk starts loading → first idle: the map's own cost on this page. */
	mapCost: number;
	/** When MapLibre's chunk started loading and arrived, after navigation. */
	mapLibreStart: number;
	mapLibreLoaded: number;
	/** Paths fetched before the first idle. */
	fetchedBeforeIdle: string[];
	/** Long tasks (> 50 ms) from navigation to the first idle: count and summed duration. */
	longTasks: number;
	longTaskMs: number;
}

/** Loads a page and waits for its map's first idle. `mapLibrePaths` name MapLibre's main chunk. */
export async function loadSample(
	browser: Browser,
	url: string,
	condition: Condition,
	mapLibrePaths: readonly string[]
): Promise<LoadSample> {
	const { context, page } = await open(browser, condition);
	try {
		await page.goto(url);
		const mapIdle = await waitForMark(page, 'map-idle');
		const fetched = await resources(page);
		const mapLibre = fetched.find((r) => mapLibrePaths.some((p) => r.path.endsWith(p)));
		if (!mapLibre) throw new Error(`${url}: MapLibre's chunk was not fetched`);
		const probe = await readProbe(page);
		const longTasks = probe.longTasks.filter((t) => t.startTime < mapIdle);
		return {
			firstPaint: await firstContentfulPaint(page),
			mapIdle,
			mapCost: mapIdle - mapLibre.startTime,
			mapLibreStart: mapLibre.startTime,
			mapLibreLoaded: mapLibre.responseEnd,
			fetchedBeforeIdle: fetched.filter((r) => r.startTime < mapIdle).map((r) => r.path),
			longTasks: longTasks.length,
			longTaskMs: sum(longTasks)
		};
	} finally {
		await context.close();
	}
}

const sum = (tasks: Entry[]) => tasks.reduce((s, t) => s + t.duration, 0);

/** Waits until the live map has settled on step `slug` (the public contract's `data-step`). */
async function settledOn(page: Page, slug: string): Promise<void> {
	await page.waitForFunction(
		(id) =>
			document.documentElement.dataset.step === id &&
			document.querySelector('[data-map-status="live"]') !== null,
		slug,
		{ timeout: 60_000, polling: 50 }
	);
}

/** Scrolls steps to the reading line one after another, `gapMs` apart, inside the page. */
function scrollThrough(page: Page, slugs: readonly string[], gapMs: number): Promise<number[]> {
	return page.evaluate(
		async ({ slugs, gapMs }) => {
			const times: number[] = [];
			for (const slug of slugs) {
				const step = document.getElementById(slug);
				const anchor = step?.querySelector('[data-reading-anchor]') ?? step;
				times.push(performance.now());
				anchor?.scrollIntoView({ block: 'start' });
				await new Promise((resolve) => setTimeout(resolve, gapMs));
			}
			return times;
		},
		{ slugs: [...slugs], gapMs }
	);
}

export interface SteppingSample {
	steps: number;
	longTasks: number;
	longestTask: number;
	/** Per step change: step request → MapLibre's `movestart` for it (ms). */
	requestToMove: number[];
	/** Per step change: the scroll that brought the step in → its `movestart` (ms). */
	scrollToMove: number[];
}

/** Walks `count` steps quickly (one every `gapMs`) once the live map is up. */
export async function steppingSample(
	browser: Browser,
	url: string,
	slugs: readonly string[],
	count: number,
	gapMs: number
): Promise<SteppingSample> {
	const { context, page } = await open(browser);
	try {
		await page.goto(url);
		await settledOn(page, slugs[0] as string);
		await waitForMark(page, 'map-idle');
		const walk = slugs.slice(1, count + 1);
		const from = await page.evaluate(() => performance.now());
		const scrolls = await scrollThrough(page, walk, gapMs);
		await settledOn(page, walk.at(-1) as string);
		const probe = await readProbe(page);
		const after = (e: Entry) => e.startTime >= from;
		const requests = probe.marks.filter((m) => m.name === 'storymap:step-request' && after(m));
		const moves = probe.marks.filter((m) => m.name === 'storymap:movestart' && after(m));
		const moveFor = (r: Entry) =>
			moves.find((m) => m.detail === r.detail && m.startTime >= r.startTime);
		const requestToMove = requests.flatMap((r) => {
			const move = moveFor(r);
			return move ? [move.startTime - r.startTime] : [];
		});
		const scrollToMove = scrolls.flatMap((t, i) => {
			const index = slugs.indexOf(walk[i] as string);
			const move = moves.find((m) => m.detail === index && m.startTime >= t);
			return move ? [move.startTime - t] : [];
		});
		const longTasks = probe.longTasks.filter(after);
		return {
			steps: walk.length,
			longTasks: longTasks.length,
			longestTask: Math.max(0, ...longTasks.map((t) => t.duration)),
			requestToMove,
			scrollToMove
		};
	} finally {
		await context.close();
	}
}

export interface HeapSample {
	/** Used JS heap (main thread) after a full GC, once the first step change has settled. */
	afterFirst: number;
	/** The same after `changes` more step changes back and forth. */
	afterMany: number;
	changes: number;
}

async function usedHeap(cdp: CDPSession): Promise<number> {
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	return usedSize;
}

/** Steps back and forth `changes` times, `gapMs` apart, and compares the heap before and after. */
export async function heapSample(
	browser: Browser,
	url: string,
	slugs: readonly string[],
	changes: number,
	gapMs: number
): Promise<HeapSample> {
	const { context, page, cdp } = await open(browser);
	try {
		await page.goto(url);
		await settledOn(page, slugs[0] as string);
		await scrollThrough(page, [slugs[1] as string], 0);
		await settledOn(page, slugs[1] as string);
		const afterFirst = await usedHeap(cdp);
		// 1, 2 … last, last-1 … 0, 1 … : every change moves to a neighbouring step.
		const walk: string[] = [];
		let index = 1;
		let direction = 1;
		while (walk.length < changes) {
			if (index + direction < 0 || index + direction >= slugs.length) direction = -direction;
			index += direction;
			walk.push(slugs[index] as string);
		}
		await scrollThrough(page, walk, gapMs);
		await settledOn(page, walk.at(-1) as string);
		return { afterFirst, afterMany: await usedHeap(cdp), changes };
	} finally {
		await context.close();
	}
}
