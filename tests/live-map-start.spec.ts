// The contract's "When the live map starts": the static maps are the map until the reader
// engages; MapLibre is evaluated only then (the present view starts it at once: present.spec.ts;
// an embed only on engagement inside the frame: embed.spec.ts).
import { expect, test, type Page } from '@playwright/test';
import {
	countWebGL,
	failOnPageError,
	holdRequests,
	mapIsLive,
	recordSteps,
	settledOn,
	slugs,
	stepEvents,
	story,
	webglContexts,
	withoutGesture
} from './helpers';

test.use({ contextOptions: { reducedMotion: 'reduce' } });

/** MapLibre's code as the page ran it: requested as a script or a worker, not only prefetched. */
const mapLibreRun = (page: Page) =>
	page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.filter((e) => (e as PerformanceResourceTiming).initiatorType !== 'link')
			.map((e) => new URL(e.name).pathname)
			.filter((path) => /maplibre-gl-worker|\/chunks\//.test(path))
	);

const mapStarted = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('storymap:map-start').length > 0);

const staticMapShown = (page: Page, slug: string) =>
	page.locator(`#${slug} .step-figure`).evaluate((el) => getComputedStyle(el).opacity === '1');

/** Turns Chromium's Data Saver on (navigator.connection.saveData); not in Playwright's CDP types. */
async function saveData(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send(
		'Emulation.setDataSaverOverride' as 'Emulation.setCPUThrottlingRate',
		{ dataSaverEnabled: true } as never
	);
}

test.beforeEach(async ({ page }) => {
	await recordSteps(page);
	await countWebGL(page);
	failOnPageError(page);
});

test('a story page left alone shows its static maps and never starts MapLibre', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto('/#kabul');
	await page.waitForLoadState('networkidle');
	// Idle a while longer: an idle-time prefetch must not become a start.
	await page.waitForTimeout(2_000);
	await expect(page.locator('.map-stage')).toHaveAttribute('data-map-status', 'static');
	expect(await mapStarted(page)).toBe(false);
	expect(await webglContexts(page)).toBe(0);
	const chunksBefore = scripts.length;
	expect(chunksBefore).toBeGreaterThan(0);
	// The deep link's step is there, on its static map, announced with its target camera.
	expect(await staticMapShown(page, 'kabul')).toBe(true);
	await expect(page.locator('html')).toHaveAttribute('data-step', 'kabul');
	const events = await stepEvents(page);
	expect(events.map((e) => [e.id, e.live])).toEqual([['kabul', false]]);
	const kabul = story.steps.find((s) => s.slug === 'kabul')!;
	expect(events[0]!.camera.center[0]).toBeCloseTo(kabul.camera.center[0], 3);
	// MapLibre's bytes may have been prefetched, but nothing of it was run as a script.
	expect(await mapLibreRun(page)).toEqual(
		(await mapLibreRun(page)).filter((path) => scripts.includes(path) && !path.includes('worker'))
	);
	expect(scripts.filter((path) => path.includes('maplibre-gl-worker'))).toEqual([]);
});

test('a step key moves the static map at once, then the live map takes over on the same step', async ({
	page
}) => {
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	expect(await mapStarted(page)).toBe(false);
	await page.keyboard.press('j');
	// The gesture's own work comes first: the step, its static map and its announcement.
	await expect(page.locator('html')).toHaveAttribute('data-step', slugs[1]!);
	expect(await staticMapShown(page, slugs[1]!)).toBe(true);
	await mapIsLive(page);
	const live = await settledOn(page, slugs[1]!);
	expect(await webglContexts(page)).toBeGreaterThan(0);
	// The live map drew: the canvas holds more than a background.
	const canvasColours = await page
		.locator('.map-stage canvas')
		.evaluate((canvas: HTMLCanvasElement) => canvas.width * canvas.height);
	expect(canvasColours).toBeGreaterThan(0);
	const target = await stepEvents(page);
	// The same step was announced twice: with its target camera, then with the live camera.
	expect(target.filter((e) => e.id === slugs[1]).map((e) => e.live)).toEqual([false, true]);
	expect(live.camera.zoom).toBeGreaterThan(0);
});

test('a scroll that moves the reading position starts the map; one that does not, does not', async ({
	page
}) => {
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	// The text has its fonts: nothing reflows under the reading line from here on.
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	// A few pixels: the reading position stays on the first step.
	await page.evaluate(() => scrollBy(0, 4));
	await page.waitForTimeout(1_000);
	expect(await mapStarted(page)).toBe(false);
	// A scroll from script, as a scrollbar drag would be: no pointer or key event at all.
	await page.evaluate(() => {
		const next = document.querySelectorAll('.step')[2] as HTMLElement;
		next.querySelector<HTMLElement>('[data-reading-anchor]')?.scrollIntoView({ block: 'start' });
	});
	await expect(page.locator('html')).toHaveAttribute('data-step', slugs[2]!);
	await mapIsLive(page);
	await settledOn(page, slugs[2]!);
});

test('a scroll made before the scripts have run starts the map once they do', async ({ page }) => {
	// A slow phone: the prerendered page is read and scrolled before its scripts arrive.
	const release = await holdRequests(page, '**/_app/immutable/entry/**');
	// Until the map has started, the page is read without a user gesture (withoutGesture).
	const read = await withoutGesture(page);
	// The page's script is a module script, which holds its DOMContentLoaded until it has run.
	await page.goto('/', { waitUntil: 'commit' });
	await expect.poll(() => read("document.querySelectorAll('.step').length")).toBeGreaterThan(20);
	// The mouse wheel: a scroll, and no user activation.
	await page.mouse.move(200, 300);
	await page.mouse.wheel(0, 2_500);
	// The wheel's smooth scroll has ended: nothing scrolls once the scripts run.
	const scrolled = async () => {
		const before = await read<number>('scrollY');
		await page.waitForTimeout(300);
		return before === (await read('scrollY')) ? before : 0;
	};
	await expect.poll(scrolled).toBeGreaterThan(2_000);
	expect(await read('document.documentElement.dataset.step ?? null')).toBeNull();
	release();
	await expect
		.poll(() => read("performance.getEntriesByName('storymap:map-start').length"), {
			timeout: 20_000
		})
		.toBe(1);
	const step = await read<string>('document.documentElement.dataset.step');
	expect(step).not.toBe(slugs[0]);
	await mapIsLive(page);
	await settledOn(page, step);
});

test('a scroll made while the page loads its scroll follower starts the map', async ({ page }) => {
	// The follower (scrollama) loads once the page is idle; it is held on its way, a moment a slow
	// network stretches, while the reader scrolls on to another step.
	let requested = false;
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		if ((await response.text()).includes('scrollama__')) {
			requested = true;
			await held;
		}
		await route.fulfill({ response });
	});
	const read = await withoutGesture(page);
	await page.goto('/');
	await expect.poll(() => requested, { timeout: 20_000 }).toBe(true);
	expect(await read("document.documentElement.dataset.step ?? ''")).toBe(slugs[0]);
	// A scroll from script, as a scrollbar drag would be: no pointer or key event at all.
	await read(
		"document.querySelectorAll('.step')[2].querySelector('[data-reading-anchor]').scrollIntoView({ block: 'start' })"
	);
	release();
	await expect.poll(() => read('document.documentElement.dataset.step')).toBe(slugs[2]);
	await expect
		.poll(() => read("performance.getEntriesByName('storymap:map-start').length"), {
			timeout: 20_000
		})
		.toBe(1);
	await mapIsLive(page);
	await settledOn(page, slugs[2]!);
});

test('a pointer on the page starts the map without changing the step', async ({ page }) => {
	await page.goto('/#bannu');
	await page.waitForLoadState('networkidle');
	// The step's own heading, already at the reading position: the click scrolls nothing.
	await page.locator('#bannu h2').click();
	await mapIsLive(page);
	await settledOn(page, 'bannu');
	expect((await stepEvents(page)).map((e) => e.id)).toEqual(['bannu', 'bannu']);
});

test('to a reader saving data, nothing of the map is fetched before their gesture', async ({
	page
}) => {
	await saveData(page);
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto('/');
	// Nothing is evaluated in the page until it has mounted: Playwright evaluates with a user
	// gesture, which a page still mounting would take for its reader's (navigator.userActivation).
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(2_000);
	expect(fetched.filter((path) => /geodata|fonts|maplibre|map-code/.test(path))).toEqual([]);
	expect(
		await page.evaluate(
			() => (navigator as { connection?: { saveData?: boolean } }).connection?.saveData
		)
	).toBe(true);
	// Their gesture still starts it.
	await page.keyboard.press('j');
	await mapIsLive(page);
});

test('the live map takes over with its label fonts in the page, however late they come', async ({
	page
}) => {
	// Saving data, so nothing is fetched before the gesture; the label fonts then come last.
	await saveData(page);
	const releaseFonts = await holdRequests(page, '**/fonts/*.woff2');
	// What the page had of the map's fonts when its live map appeared.
	await page.addInitScript(() => {
		const w = window as unknown as { __fontsWhenLive?: string[] };
		new MutationObserver(() => {
			if (w.__fontsWhenLive || !document.querySelector('[data-map-status="live"]')) return;
			w.__fontsWhenLive = [...document.fonts]
				.filter((face) => face.family.includes('Noto Sans') && face.status === 'loaded')
				.map((face) => face.family.replaceAll('"', ''));
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-status'] });
	});
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	await page.keyboard.press('j');
	// MapLibre and the geodata arrive; the map waits for the fonts.
	await expect.poll(() => mapLibreRun(page)).not.toEqual([]);
	await page.waitForTimeout(2_000);
	await expect(page.locator('.map-stage')).toHaveAttribute('data-map-status', 'loading');
	releaseFonts();
	await mapIsLive(page);
	const fonts = await page.evaluate(
		() => (window as unknown as { __fontsWhenLive?: string[] }).__fontsWhenLive
	);
	expect(new Set(fonts)).toEqual(
		new Set(['Noto Sans Regular', 'Noto Sans SemiBold', 'Noto Sans Italic'])
	);
});

test.describe('with motion', () => {
	test.use({ contextOptions: { reducedMotion: 'no-preference' } });

	/** Presses the next-step key; at the next frame, how the new step's static map is shown. */
	async function nextStepMap(page: Page): Promise<{ opacity: number; fading: boolean }> {
		// Watching before the key is sent: the key may reach the page before a pending evaluate.
		await page.evaluate(() => {
			const w = window as unknown as { __nextStepMap?: Promise<unknown> };
			const root = document.documentElement;
			w.__nextStepMap = new Promise((resolve) => {
				const stepChange = new MutationObserver(() => {
					stepChange.disconnect();
					requestAnimationFrame(() => {
						const figure = document.querySelector(`#${root.dataset.step} .step-figure`);
						resolve({
							opacity: Number(figure && getComputedStyle(figure).opacity),
							fading: (figure?.getAnimations().length ?? 0) > 0
						});
					});
				});
				stepChange.observe(root, { attributes: true, attributeFilter: ['data-step'] });
			});
		});
		await page.keyboard.press('j');
		return page.evaluate(
			() =>
				(window as unknown as { __nextStepMap: Promise<{ opacity: number; fading: boolean }> })
					.__nextStepMap
		);
	}

	test('while the live map is on its way a step’s static map comes at once; without it, they cross-fade', async ({
		page
	}) => {
		// Saving data, so the map's data is first asked for by the live map; held back, then
		// refused: the map loads, then fails.
		await saveData(page);
		let refuse = () => {};
		const refused = new Promise<void>((resolve) => (refuse = resolve));
		await page.route('**/geodata/**', async (route) => {
			await refused;
			await route.abort('internetdisconnected');
		});
		await page.goto('/#peshawar');
		await page.waitForLoadState('networkidle');
		// The engaging key: the next step's map is there in the next frame, whole.
		expect(await nextStepMap(page)).toEqual({ opacity: 1, fading: false });
		await expect(page.locator('.map-stage')).toHaveAttribute('data-map-status', 'loading');
		expect(await nextStepMap(page)).toEqual({ opacity: 1, fading: false });
		refuse();
		await expect(page.locator('.map-stage')).toHaveAttribute('data-map-status', 'failed');
		// The static maps are the map again: a step change fades one into the next.
		const fade = await nextStepMap(page);
		expect(fade.fading).toBe(true);
		expect(fade.opacity).toBeLessThan(1);
	});
});
