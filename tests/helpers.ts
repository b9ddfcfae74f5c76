import { expect, type Frame, type Page } from '@playwright/test';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { PNG } from 'pngjs';
import { getStory, readBasemap } from '../src/lib/server/stories';

export const story = getStory('frontier');
export const slugs = story.steps.map((s) => s.slug);
const { index } = readBasemap();

/**
 * Evaluates expressions in the page's main frame without a user gesture. Playwright's evaluate
 * and its locators act with one, which a page still mounting takes for its reader's
 * (`navigator.userActivation`, which LiveMap reads), and so, in Chromium, does a frame of another
 * origin mounting in it meanwhile (the embeds of an article).
 */
export async function withoutGesture(page: Page): Promise<<T>(expression: string) => Promise<T>> {
	const cdp = await page.context().newCDPSession(page);
	return async <T>(expression: string) =>
		(await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value as T;
}

/**
 * Holds the page's requests matching `url` (a slow phone: the prerendered page is on screen, its
 * scripts not yet run) until the returned function is called.
 */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(url, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

export interface StepEvent {
	index: number;
	id: string;
	camera: { center: [number, number]; zoom: number; bearing: number; pitch: number };
	/** `data-step` on the root element when the event fired. */
	dataStep: string | undefined;
	live: boolean;
}

/** Records every `storymap:step` event from page start, with the root's `data-step` at that moment. */
export async function recordSteps(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __steps: unknown[] };
		w.__steps = [];
		addEventListener('storymap:step', (e) => {
			const detail = (e as CustomEvent).detail;
			w.__steps.push({
				...detail,
				dataStep: document.documentElement.dataset.step,
				live: document.querySelector('[data-map-status="live"]') !== null
			});
		});
	});
}

export const stepEvents = (page: Page) =>
	page.evaluate(() => (window as unknown as { __steps: StepEvent[] }).__steps);

/** Waits until the live map has settled on `slug` (its event fired with the map there). */
export async function settledOn(page: Page, slug: string): Promise<StepEvent> {
	await expect
		.poll(async () => (await stepEvents(page)).filter((e) => e.live).at(-1)?.id, {
			message: `the live map settles on "${slug}"`
		})
		.toBe(slug);
	return (await stepEvents(page)).filter((e) => e.live).at(-1) as StepEvent;
}

/** Waits until the page has announced `slug` (its event fired), whichever map shows it. */
export async function announced(page: Page, slug: string): Promise<void> {
	await expect
		.poll(async () => (await stepEvents(page)).at(-1)?.id, { message: `"${slug}" is announced` })
		.toBe(slug);
}

export async function mapIsLive(page: Page): Promise<void> {
	await expect(page.locator('[data-map-status="live"]')).toBeAttached({ timeout: 45_000 });
}

/**
 * The reader's first gesture on a page that waits for one (the story page, an embed): a key
 * press that moves nothing (Shift). The live map starts then; this waits until it has taken over.
 */
export async function engageMap(page: Page): Promise<void> {
	await engage(page);
	await mapIsLive(page);
}

/** The reader's first gesture (see engageMap), without waiting for the map. */
export async function engage(page: Page): Promise<void> {
	// Once the page has started (it announces its first step): a key before that reaches no one.
	await expect(page.locator('html')).toHaveAttribute('data-step', /./);
	await page.keyboard.press('Shift');
}

/**
 * The live map has taken over and finished fading in over the static map: what the reader sees
 * once the page is still (during the fade, text over the map is briefly lower in contrast).
 */
export async function mapIsShown(page: Page): Promise<void> {
	await engageMap(page);
	await expect
		.poll(() => page.locator('.map-stage .live-map').evaluate((el) => getComputedStyle(el).opacity))
		.toBe('1');
}

/** Scrolls a step to the reading position the way a hash or key would. */
export async function scrollToStep(page: Page, slug: string): Promise<void> {
	await page.evaluate((id) => {
		const el = document.getElementById(id);
		(el?.querySelector('[data-reading-anchor]') ?? el)?.scrollIntoView({ block: 'start' });
	}, slug);
}

/**
 * The slug of the step at the reading position, read from the page's layout: the step whose box
 * crosses the viewport's vertical middle, else the nearest one (the contract's rule).
 */
export const stepInView = (page: Page) =>
	page.evaluate(() => {
		const line = innerHeight / 2;
		const boxes = [...document.querySelectorAll<HTMLElement>('.step')].map((el) => {
			const r = el.getBoundingClientRect();
			const distance =
				r.top <= line && line < r.bottom
					? 0
					: Math.min(Math.abs(r.top - line), Math.abs(r.bottom - line));
			return { id: el.id, distance };
		});
		return boxes.reduce((a, b) => (b.distance < a.distance ? b : a)).id;
	});

export function inProvince(center: [number, number], fid: string): boolean {
	const area = index.get(fid);
	if (!area) throw new Error(`no feature ${fid}`);
	return booleanPointInPolygon(center, area as Feature<Polygon | MultiPolygon>);
}

/** How many distinct colours a screenshot has (coarsely binned): a blank map has one or two. */
export function colourCount(png: Buffer): number {
	const { data } = PNG.sync.read(png);
	const colours = new Set<number>();
	for (let i = 0; i < data.length; i += 4 * 7) {
		colours.add(((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4));
	}
	return colours.size;
}

/** The mean brightness of a screenshot, 0 (black) to 255 (white). */
export function meanBrightness(png: Buffer): number {
	const { data } = PNG.sync.read(png);
	let sum = 0;
	for (let i = 0; i < data.length; i += 4) sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
	return sum / (data.length / 4);
}

/**
 * Takes WebGL away from the page, as a browser without it would: the views keep their static
 * maps and say so. For walks that test the text and the steps, not the map, so that they do not
 * wait on a software-rendered live map at every step. Call before the first navigation.
 */
export async function withoutWebGL(page: Page): Promise<void> {
	await page.addInitScript(() => {
		delete (window as { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext;
	});
}

/**
 * Counts the WebGL contexts each frame of the page asks for: a page that never starts MapLibre
 * asks for none. Call before the first navigation; read with webglContexts.
 */
export async function countWebGL(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { webglContexts: number };
		w.webglContexts = 0;
		const getContext = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			...args: Parameters<typeof getContext>
		) {
			if (String(args[0]).startsWith('webgl')) w.webglContexts++;
			return getContext.apply(this, args);
		} as typeof getContext;
	});
}

export const webglContexts = (target: Page | Frame) =>
	target.evaluate(() => (window as unknown as { webglContexts: number }).webglContexts);

/** Fails the test on any uncaught error in the page: a reader would meet a broken page. */
export function failOnPageError(page: Page): void {
	page.on('pageerror', (error) => {
		throw error;
	});
}

/**
 * Every request the page makes to another origin than the site's (a story's page must load
 * nothing from elsewhere): read the list at the end of the test and expect it empty.
 */
export function watchOffOrigin(page: Page, site: string): () => string[] {
	const origin = new URL(site).origin;
	const seen: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob|about):/.test(url)) return;
		if (new URL(url).origin !== origin) seen.push(url);
	});
	return () => seen;
}
