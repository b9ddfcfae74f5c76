// One measurement each: the floor's page load (first paint, first map idle, the map's own cost),
// the story page's first engagement (the reader's first scroll → the live map's first idle), a
// quick walk through steps (long tasks, step request → camera moving), and the heap after many
// step changes. Each takes a fresh browser context, so nothing is cached between samples.
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import {
	firstContentfulPaint,
	installProbe,
	readProbe,
	resources,
	trackRequests,
	waitForMark,
	type Entry,
	type ResourceTiming
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
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession; quietFor: () => number }> {
	const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
	const page = await context.newPage();
	const { quietFor } = trackRequests(page);
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
	return { context, page, cdp, quietFor };
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
	/** Long tasks (> 50 ms) from navigation to the first idle: count, longest and summed duration. */
	longTasks: number;
	longestTask: number;
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
		return {
			firstPaint: await firstContentfulPaint(page),
			mapIdle,
			mapCost: mapIdle - mapLibre.startTime,
			mapLibreStart: mapLibre.startTime,
			mapLibreLoaded: mapLibre.responseEnd,
			fetchedBeforeIdle: fetched.filter((r) => r.startTime < mapIdle).map((r) => r.path),
			...longTasksBetween(probe.longTasks, 0, mapIdle, 'longTasks')
		};
	} finally {
		await context.close();
	}
}

const sum = (tasks: Entry[]) => tasks.reduce((s, t) => s + t.duration, 0);

/** Long tasks that ran (even in part) between two times: count, longest, summed duration. */
function longTasksBetween<K extends string>(tasks: Entry[], from: number, to: number, key: K) {
	const within = tasks.filter((t) => t.startTime + t.duration > from && t.startTime < to);
	return {
		[key]: within.length,
		longestTask: Math.max(0, ...within.map((t) => t.duration)),
		longTaskMs: sum(within)
	} as Record<K | 'longestTask' | 'longTaskMs', number>;
}

/**
 * When the story page is engaged. `atLoad`: as soon as the first view is whole, its text and its
 * static map on screen. `afterIdle`: after sitting idle (see below). `atFirstPaint`, reported
 * beside them and not a goal: as soon as the page has painted and hydrated, which on some loads
 * comes before the first static map is drawn. Where the GPU is software, drawing that SVG takes
 * half a second or more of the GPU thread, and a gesture made meanwhile waits for it: that is the
 * first view's cost, which the floor (no static map) does not have, rather than the live map's.
 * `goal`: whether the ratio to the floor is one of the benchmark's goals.
 */
export type EngageCase = 'atLoad' | 'afterIdle' | 'atFirstPaint';
export const ENGAGE_CASES: readonly { key: EngageCase; label: string; goal: boolean }[] = [
	{ key: 'atLoad', label: 'engaged at load, nothing prefetched', goal: true },
	{ key: 'afterIdle', label: 'engaged after 5 s idle', goal: true },
	{ key: 'atFirstPaint', label: 'engaged at first paint, nothing prefetched', goal: false }
];
/** How long a page sits untouched in the `afterIdle` case, and how quiet its network must be. */
const IDLE = { sinceLoadMs: 5000, quietMs: 1000, maxWaitMs: 60_000 };
/** When the second gesture comes, after the first: mid-boot at every CPU speed measured. */
const SECOND_GESTURE_MS = 300;

/**
 * Evaluates `expression` in the page without the user activation Playwright's own evaluate grants
 * (it calls CDP with `userGesture: true`): a page that reads `navigator.userActivation` at mount,
 * as the live map's start does, would take the probe for a reader's gesture and start early.
 */
async function evaluateUnseen<T>(cdp: CDPSession, expression: string): Promise<T> {
	const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
		expression,
		returnByValue: true,
		userGesture: false
	});
	if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
	return result.value as T;
}

/**
 * The page is loaded and hydrated (the client has announced the first step), and has painted;
 * with `wholeView`, its first static map is on screen too (page-probe.ts).
 */
async function readyToRead(page: Page, cdp: CDPSession, wholeView = false): Promise<void> {
	await page.waitForLoadState('load');
	const ready = `document.documentElement.dataset.step !== undefined &&
		performance.getEntriesByName('first-contentful-paint', 'paint').length > 0 &&
		(${!wholeView} || window.__probe.firstMapPainted !== undefined)`;
	const giveUp = Date.now() + 60_000;
	while (!(await evaluateUnseen<boolean>(cdp, ready))) {
		if (Date.now() > giveUp) {
			throw new Error(
				wholeView
					? 'the page did not show its first step and its static map in 60 s'
					: 'the page did not show its first step in 60 s'
			);
		}
		await page.waitForTimeout(50);
	}
}

/** Turns Chromium's Data Saver on (navigator.connection.saveData); not in Playwright's CDP types. */
const saveData = (cdp: CDPSession) =>
	cdp.send(
		'Emulation.setDataSaverOverride' as 'Emulation.setCPUThrottlingRate',
		{
			dataSaverEnabled: true
		} as never
	);

/** Waits until the page has been loaded `IDLE.sinceLoadMs` and its network quiet `IDLE.quietMs`. */
async function sitIdle(page: Page, cdp: CDPSession, quietFor: () => number): Promise<void> {
	const sinceLoad = await evaluateUnseen<number>(
		cdp,
		`performance.now() - performance.getEntriesByType('navigation')[0].loadEventEnd`
	);
	await page.waitForTimeout(Math.max(0, IDLE.sinceLoadMs - sinceLoad));
	// A request that never ends (none today) would keep the network busy: stop waiting after a while.
	const giveUp = Date.now() + IDLE.maxWaitMs;
	while (quietFor() < IDLE.quietMs && Date.now() < giveUp) await page.waitForTimeout(100);
}

/**
 * The reader's first engagement: a scroll that brings step `slug` to the reading position, made
 * inside the page so that its time is the page's own clock (no pointer, wheel or key event: the
 * step change alone engages). A fixed distance would not do: a scroll that leaves the reading
 * position on the same step does not engage. Returns `performance.now()` just before it.
 */
export const engage = (page: Page, slug: string): Promise<number> =>
	page.evaluate((id) => {
		const step = document.getElementById(id);
		const now = performance.now();
		(step?.querySelector('[data-reading-anchor]') ?? step)?.scrollIntoView({ block: 'start' });
		return now;
	}, slug);

/**
 * Requests that do not run what they fetch: `<link rel=prefetch>` (`link`) and fetch(). A file
 * the page also loaded as a script or module (the HTML's module preloads are `other`, imports
 * `script`, workers ``) counts as run: the map's prefetch names shared chunks the page already ran.
 */
const NOT_RUN = new Set(['link', 'fetch', 'xmlhttprequest']);
const isJs = (path: string) => /\.m?js$/.test(path);

/** The JS paths among `fetched`, split into files the page ran and files it only downloaded. */
function splitJs(fetched: readonly ResourceTiming[]) {
	const js = fetched.filter((r) => isJs(r.path));
	const ran = new Set(js.filter((r) => !NOT_RUN.has(r.initiatorType)).map((r) => r.path));
	const downloaded = new Set(js.map((r) => r.path).filter((p) => !ran.has(p)));
	return { ran: [...ran], downloaded: [...downloaded] };
}

export interface EngagementSample {
	firstPaint: number;
	/** Navigation → the first static map on screen. */
	firstMapPainted: number;
	/** When the reader engaged, after navigation. */
	engagedAt: number;
	/** Engagement → `map-start` (MapLibre starts loading) and → the live map's first `idle`. */
	engageToStart: number;
	engageToIdle: number;
	/** 1 when MapLibre had started before the reader engaged (the policy says it must not). */
	startedBeforeEngaging: number;
	/** Long tasks from engagement to first idle. */
	bootLongTasks: number;
	longestTask: number;
	longTaskMs: number;
	/** A key press ~300 ms after the scroll: worst input delay and worst duration (Event Timing). */
	secondInputDelay: number;
	secondInputDuration: number;
	/** When that key press reached the page, after the scroll. */
	secondGestureAt: number;
	/** How many JS files had been prefetched (downloaded, not run) when the reader engaged. */
	prefetchedFiles: number;
	/** JS the page ran before engagement, JS it downloaded without running (prefetches). */
	ranBefore: string[];
	prefetchedBefore: string[];
	/** Paths fetched from engagement to first idle, and from navigation to first idle. */
	fetchedAfter: string[];
	fetchedBeforeIdle: string[];
}

/**
 * Loads the story page, engages it with one scroll to the next step (at once, or after sitting
 * idle), presses a key mid-boot, and waits for the live map's first idle.
 */
export async function engagementSample(
	browser: Browser,
	url: string,
	condition: Condition,
	when: EngageCase,
	nextSlug: string
): Promise<EngagementSample> {
	const { context, page, cdp, quietFor } = await open(browser, condition);
	try {
		// Engaged at load or at first paint means nothing prefetched; the page prefetches when loaded
		// and idle, which can come before the scroll. Data Saver is what turns its prefetch off
		// (mayPrefetch), and nothing else: with it on, the page loads as it does for everyone until
		// the gesture.
		if (when !== 'afterIdle') await saveData(cdp);
		await page.goto(url);
		await readyToRead(page, cdp, when === 'atLoad');
		if (when === 'afterIdle') await sitIdle(page, cdp, quietFor);
		const before = splitJs(await resources(page));
		const engagedAt = await engage(page, nextSlug);
		await page.waitForTimeout(SECOND_GESTURE_MS);
		// Shift does nothing on the page, so the key press measures the wait without adding work.
		await page.keyboard.press('Shift');
		// The idle that follows MapLibre's start (a page that started it before the gesture, against
		// the policy, is still measured; `startedBeforeEngaging` tells).
		const mapIdle = await waitForMark(page, 'map-idle', await waitForMark(page, 'map-start'));
		const probe = await readProbe(page);
		const starts = probe.marks.filter((m) => m.name === 'storymap:map-start');
		const mapStart = starts.find((m) => m.startTime >= engagedAt)?.startTime ?? Number.NaN;
		const inputs = probe.events.filter((e) => e.startTime >= engagedAt);
		const fetched = await resources(page);
		const until = fetched.filter((r) => r.startTime < mapIdle);
		return {
			firstPaint: await firstContentfulPaint(page),
			firstMapPainted: probe.firstMapPainted ?? Number.NaN,
			engagedAt,
			engageToStart: mapStart - engagedAt,
			engageToIdle: mapIdle - engagedAt,
			startedBeforeEngaging: starts.some((m) => m.startTime < engagedAt) ? 1 : 0,
			...longTasksBetween(probe.longTasks, engagedAt, mapIdle, 'bootLongTasks'),
			secondInputDelay: worst(inputs.map((e) => (e.processingStart ?? NaN) - e.startTime)),
			secondInputDuration: worst(inputs.map((e) => e.duration)),
			secondGestureAt: inputs.length
				? Math.min(...inputs.map((e) => e.startTime)) - engagedAt
				: Number.NaN,
			prefetchedFiles: before.downloaded.length,
			ranBefore: before.ran,
			prefetchedBefore: before.downloaded,
			fetchedAfter: until.filter((r) => r.startTime >= engagedAt).map((r) => r.path),
			fetchedBeforeIdle: until.map((r) => r.path)
		};
	} finally {
		await context.close();
	}
}

/** The largest value, or NaN when there is none (the event was under Event Timing's 16 ms). */
const worst = (values: number[]) => (values.length ? Math.max(...values) : Number.NaN);

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

/**
 * Engages the page (the map starts only then), waits for the live map's first idle, and comes
 * back to the first step, so that walks start where a reader does, with the map already live.
 */
async function liveOnFirstStep(
	page: Page,
	cdp: CDPSession,
	slugs: readonly string[]
): Promise<void> {
	await readyToRead(page, cdp);
	await engage(page, slugs[1] as string);
	await waitForMark(page, 'map-idle');
	await scrollThrough(page, [slugs[0] as string], 0);
	await settledOn(page, slugs[0] as string);
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
	const { context, page, cdp } = await open(browser);
	try {
		await page.goto(url);
		await liveOnFirstStep(page, cdp, slugs);
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
		await liveOnFirstStep(page, cdp, slugs);
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
