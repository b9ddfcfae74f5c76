import { expect, test } from '@playwright/test';
import {
	colourCount,
	engageMap,
	failOnPageError,
	holdRequests,
	inProvince,
	recordSteps,
	scrollToStep,
	settledOn,
	slugs,
	stepEvents,
	stepInView,
	story,
	withoutGesture
} from './helpers';

test.use({ contextOptions: { reducedMotion: 'reduce' } });

test.beforeEach(async ({ page }) => {
	await recordSteps(page);
	failOnPageError(page);
});

test('the scripts take over the page as it was read before they ran: nothing is rebuilt, focus stays', async ({
	page
}) => {
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
	});
	// A slow phone: the reader tabs to a step's place name before the page's scripts arrive.
	const release = await holdRequests(page, '**/_app/immutable/entry/**');
	const read = await withoutGesture(page);
	await page.goto('/', { waitUntil: 'commit' });
	await expect
		.poll(() => read("document.querySelectorAll('.step').length"))
		.toBe(story.steps.length);
	const mark = `const link = document.querySelectorAll('.step')[3].querySelector('a, button');
		link.focus(); link.prerendered = true; document.activeElement === link`;
	expect(await read(`{ ${mark} }`)).toBe(true);
	release();
	// Focus scrolled the page to the link's step: the scripts follow the reader there.
	await expect.poll(() => read('document.documentElement.dataset.step ?? null')).toBe(slugs[3]);
	// The same element, still focused: hydrated, not drawn again (which would lose the focus).
	expect(await read('document.activeElement?.prerendered === true')).toBe(true);
	expect(warnings.filter((text) => /hydrat|svelte/i.test(text))).toEqual([]);
});

test('the page shows the title and all 18 paragraphs with a static map per step', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
	await expect(page.locator('.step-text')).toHaveCount(story.steps.filter((s) => s.text).length);
	const imgs = page.locator('img[data-static-map]');
	await expect(imgs).toHaveCount(story.steps.length);
	await expect(imgs.first()).toHaveAttribute('loading', 'eager');
	await expect(imgs.nth(1)).toHaveAttribute('loading', 'lazy');
	for (const step of story.steps) {
		await expect(page.locator(`#${step.slug} img[data-static-map]`)).toHaveAttribute(
			'alt',
			step.alt
		);
	}
});

test('scrolling through every step moves the map, then data-step, then the event', async ({
	page
}) => {
	test.setTimeout(120_000);
	// Counts the WebGL programs linked: a shader compiled mid-story blocks the page (most of a
	// second with a software GPU), so every program the story needs is compiled for the first view.
	await page.addInitScript(() => {
		const link = WebGL2RenderingContext.prototype.linkProgram;
		const w = window as unknown as { programsLinked: number };
		w.programsLinked = 0;
		WebGL2RenderingContext.prototype.linkProgram = function (program) {
			w.programsLinked++;
			link.call(this, program);
		};
	});
	const programsLinked = () =>
		page.evaluate(() => (window as unknown as { programsLinked: number }).programsLinked);
	await page.goto('/');
	await engageMap(page);
	await settledOn(page, slugs[0]!);
	const programsAtStart = await programsLinked();
	expect(programsAtStart).toBeGreaterThan(0);
	for (const [i, slug] of slugs.entries()) {
		await scrollToStep(page, slug);
		const event = await settledOn(page, slug);
		expect(event.index).toBe(i);
		expect(event.dataStep, 'data-step is set before the event fires').toBe(slug);
		expect(event.camera.zoom).toBeGreaterThan(0);
	}
	const place: Record<string, string> = {
		peshawar: 'admin1:PK-KP',
		bannu: 'admin1:PK-KP',
		'lakki-marwat': 'admin1:PK-KP',
		'south-waziristan': 'admin1:PK-TA',
		nangarhar: 'admin1:AF-NAN',
		kabul: 'admin1:AF-KAB'
	};
	const events = (await stepEvents(page)).filter((e) => e.live);
	for (const [slug, province] of Object.entries(place)) {
		const event = events.findLast((e) => e.id === slug);
		expect(event, `an event for ${slug}`).toBeDefined();
		expect(inProvince(event!.camera.center, province), `${slug} camera in ${province}`).toBe(true);
	}
	expect(await programsLinked(), 'shader programs compiled while stepping').toBe(programsAtStart);
	// Scrolling back moves the map back.
	await scrollToStep(page, 'peshawar');
	await settledOn(page, 'peshawar');
});

test('a single-place step centres the map on the place', async ({ page }) => {
	await page.goto('/#bannu');
	await engageMap(page);
	const event = await settledOn(page, 'bannu');
	const bannu = story.steps.find((s) => s.slug === 'bannu')!;
	expect(event.camera.center[0]).toBeCloseTo(bannu.camera.center[0], 3);
	expect(event.camera.center[1]).toBeCloseTo(bannu.camera.center[1], 3);
});

test('a fast fling and a reload mid-page end on the step in view', async ({ page }) => {
	await page.goto('/');
	await engageMap(page);
	// A fling: 10 frames of 1750 px each, faster than any step can settle.
	await page.evaluate(async () => {
		for (let i = 0; i < 10; i++) {
			scrollBy(0, 1750);
			await new Promise(requestAnimationFrame);
		}
	});
	// The fling is over once the page stands still; the step in view then is where it ended.
	await expect
		.poll(async () => {
			const at = await page.evaluate(() => scrollY);
			await page.waitForTimeout(250);
			return at === (await page.evaluate(() => scrollY));
		})
		.toBe(true);
	const inView = await stepInView(page);
	expect(inView, 'the fling carried the reader past the first steps').not.toBe(slugs[0]);
	await expect(page.locator('html')).toHaveAttribute('data-step', inView!);
	await settledOn(page, inView!);

	// After a reload the page opens where it was, its static map on that step (the live map waits
	// for a gesture, and its taking over at a step is the walk's test above).
	await page.reload();
	await expect.poll(() => stepInView(page)).toBe(inView);
	await expect(page.locator('html')).toHaveAttribute('data-step', inView!);
	await expect(page.locator(`#${inView} img[data-static-map]`)).toBeVisible();
	// And it stays there: the cards around it taking their real heights do not move it off.
	await page.waitForTimeout(1_000);
	expect(await stepInView(page)).toBe(inView);
});

test('a deep link opens at its step with the map already there', async ({ page }) => {
	await page.goto('/#nangarhar');
	expect(await stepInView(page)).toBe('nangarhar');
	await engageMap(page);
	const event = await settledOn(page, 'nangarhar');
	expect(inProvince(event.camera.center, 'admin1:AF-NAN')).toBe(true);
	expect((await stepEvents(page)).every((e) => e.id === 'nangarhar')).toBe(true);
});

test('the hash follows the step without adding history entries', async ({ page }) => {
	await page.goto('/');
	await engageMap(page);
	const before = await page.evaluate(() => history.length);
	await scrollToStep(page, 'kabul');
	await settledOn(page, 'kabul');
	await expect(page).toHaveURL(/#kabul$/);
	expect(await page.evaluate(() => history.length)).toBe(before);
});

test('the live map is really drawn', async ({ page }) => {
	await page.goto('/#peshawar');
	await engageMap(page);
	await settledOn(page, 'peshawar');
	await page.waitForTimeout(500);
	const shot = await page.locator('.live-map').screenshot({
		style:
			'.story-column, .step-figure, .maplibregl-control-container { visibility: hidden !important; }'
	});
	expect(colourCount(shot)).toBeGreaterThan(5);
});

test('no request leaves the site', async ({ page, baseURL }) => {
	const outside: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) {
			outside.push(url);
		}
	});
	await page.goto('/');
	await engageMap(page);
	await scrollToStep(page, 'doha');
	await settledOn(page, 'doha');
	expect(outside).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every paragraph and every static map is there', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.step-text')).toHaveCount(story.steps.filter((s) => s.text).length);
		await expect(page.locator('img[data-static-map]')).toHaveCount(story.steps.length);
		const first = page.locator('img[data-static-map]').first();
		await expect(first).toBeVisible();
		expect(await first.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	});
});
