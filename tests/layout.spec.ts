// Layout checks a reader would notice: nothing cut off or left blank at common screen sizes.
import { expect, test, type Page } from '@playwright/test';
import { NO_GPU_CHROMIUM_ARGS } from '../playwright.config';
import { findBrowser } from './browser-path.mjs';
import { colourCount, failOnPageError, slugs } from './helpers';
import { FIT_PX } from '../src/lib/story/camera';
import { STATIC_MAP_PX, STATIC_MAP_REACH } from '../src/lib/map/static-map-path';

// No WebGL: the live map never starts, so what shows is the static map (as before the live map
// takes over, and always on a machine without WebGL).
test.use({
	contextOptions: { reducedMotion: 'reduce' },
	launchOptions: {
		executablePath: findBrowser()?.path,
		args: [...NO_GPU_CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis']
	}
});

test.beforeEach(({ page }) => {
	failOnPageError(page);
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
	width: number;
	height: number;
}

test('the embed dialog fits a phone once a range of steps is chosen', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-step', slugs[0]!);
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('radio', { name: 'A range of steps' }).check();
	await expect(dialog.getByRole('combobox')).toHaveCount(2);

	const { box, view, wide } = await dialog.evaluate((el) => {
		const box = el.getBoundingClientRect();
		const wide = [...el.querySelectorAll<HTMLElement>('*')]
			.map((child) => ({ child, r: child.getBoundingClientRect() }))
			.filter(
				({ r }) => r.width > 0 && (r.width > el.clientWidth + 0.5 || r.right > box.right + 0.5)
			)
			.map(({ child, r }) => `${child.tagName.toLowerCase()}.${child.className}: ${r.width} px`);
		return { box: box.toJSON() as Box, view: { w: innerWidth, h: innerHeight }, wide };
	});
	expect(wide, 'elements wider than the dialog or past its right edge').toEqual([]);
	expect(box.left).toBeGreaterThanOrEqual(0);
	expect(box.top).toBeGreaterThanOrEqual(0);
	expect(box.right).toBeLessThanOrEqual(view.w);
	expect(box.bottom).toBeLessThanOrEqual(view.h);
	await page.screenshot({ path: 'test-results/layout-embed-dialog-phone.png' });
});

/**
 * Year labels the timeline's visible edge cuts through, and whether a cue ("there is more") is
 * shown over each of them; and the marked year's box against the timeline's.
 */
const timelineState = (page: Page) =>
	page.locator('.timeline').evaluate((ol) => {
		const box = ol.getBoundingClientRect();
		const cue = (side: string) => {
			const el = ol.parentElement?.querySelector<HTMLElement>(`.timeline-more.${side}`);
			return el && el.offsetWidth > 0 ? el.getBoundingClientRect() : undefined;
		};
		const before = cue('before');
		const after = cue('after');
		const cut: { year: string; side: string; cued: boolean }[] = [];
		for (const a of ol.querySelectorAll('a')) {
			const r = a.getBoundingClientRect();
			if (r.left < box.left - 0.5 && r.right > box.left + 0.5) {
				cut.push({
					year: a.textContent!,
					side: 'before',
					cued: !!before && before.right > box.left
				});
			}
			if (r.right > box.right + 0.5 && r.left < box.right - 0.5) {
				cut.push({ year: a.textContent!, side: 'after', cued: !!after && after.left < r.right });
			}
		}
		const marked = ol.querySelector('[aria-current="true"]')!.getBoundingClientRect();
		const overlaps = (c: DOMRect | undefined) =>
			!!c && c.left < marked.right && marked.left < c.right;
		return {
			overflows: ol.scrollWidth > ol.clientWidth,
			cued: !!before || !!after,
			cut,
			markedYear: ol.querySelector('[aria-current="true"]')!.textContent,
			markedInside: marked.left >= box.left - 0.5 && marked.right <= box.right + 0.5,
			markedUnderCue: overlaps(before) || overlaps(after),
			pageScrollX: scrollX
		};
	});

for (const size of [DESKTOP, PHONE]) {
	test(`the timeline shows where it goes on, and the marked year, at ${size.width}×${size.height}`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('data-step', slugs[0]!);
		const start = await timelineState(page);
		// The years do not all fit the bar at these sizes: that is the case to get right.
		expect(start.overflows).toBe(true);
		expect(start.cued, 'a cue says the timeline goes on').toBe(true);
		expect(start.cut.filter((c) => !c.cued)).toEqual([]);
		await page.screenshot({
			path: `test-results/layout-timeline-start-${size.width}.png`,
			clip: { x: 0, y: 0, width: size.width, height: 120 }
		});

		await page.keyboard.press('End');
		await expect
			.poll(() => page.evaluate(() => document.documentElement.dataset.step))
			.toBe(slugs.at(-1));
		await expect.poll(async () => (await timelineState(page)).markedInside).toBe(true);
		const end = await timelineState(page);
		expect(end.markedYear).toBe('2020');
		expect(end.markedUnderCue, 'the marked year is not under a cue').toBe(false);
		expect(end.cut.filter((c) => !c.cued)).toEqual([]);
		expect(end.pageScrollX).toBe(0);
		await page.screenshot({
			path: `test-results/layout-timeline-end-${size.width}.png`,
			clip: { x: 0, y: 0, width: size.width, height: 120 }
		});
	});
}

/** Everything over the map (text, bars, messages) hidden, so a screenshot shows the map alone. */
const MAP_ONLY = `
	.story-header, .step-card, .story-footer, .reader-bar, .map-message, .map-legend, .locator, .place-panel,
	.embed-text, .embed-bar, .slide, .present-bar, .present-help { visibility: hidden !important; }
`;

interface View {
	name: string;
	url: string;
	size: { width: number; height: number };
	/** The map's whole box on screen. */
	stage: string;
	/** The step's static map. */
	image: string;
	/** The box the step's features are framed in (the padded area; its largest square). */
	frame: string;
}

const VIEWS: View[] = [
	...[DESKTOP, { width: 1920, height: 1080 }, PHONE, { width: 844, height: 390 }].map((size) => ({
		name: 'story',
		url: '/#kabul',
		size,
		stage: '.map-stage',
		image: '#kabul img[data-static-map]',
		frame: '.map-frame'
	})),
	...[
		{ width: 1200, height: 400 },
		{ width: 400, height: 1200 }
	].map((size) => ({
		name: 'embed',
		url: '/embed/?step=kabul',
		size,
		stage: '.embed-map',
		image: '.embed-map img[data-static-map]',
		frame: '.embed-map'
	})),
	{
		name: 'present',
		url: '/present/#kabul',
		size: DESKTOP,
		stage: '.present .map',
		image: '.present .map img[data-static-map]',
		frame: '.present .frame'
	}
];

for (const view of VIEWS) {
	const at = `${view.name} at ${view.size.width}×${view.size.height}`;
	test(`the static map covers the whole map area, framed as the live map frames it: ${at}`, async ({
		page
	}) => {
		await page.setViewportSize(view.size);
		await page.goto(view.url);
		const img = page.locator(view.image);
		await expect(img).toBeVisible();
		await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete)).toBe(true);
		await page.evaluate(() => document.fonts.ready);

		const { stage, image, frame, pad } = await img.evaluate(
			(el, sel) => {
				const box = (e: Element | null) => e!.getBoundingClientRect().toJSON() as Box;
				const frameEl = document.querySelector(sel.frame)!;
				const style = getComputedStyle(frameEl);
				// The embed frames into its box less --pad; the others' frame box is the padded area.
				const pad = sel.frame === sel.stage ? parseFloat(style.getPropertyValue('--pad')) || 0 : 0;
				return {
					stage: box(document.querySelector(sel.stage)),
					image: box(el),
					frame: box(frameEl),
					pad
				};
			},
			{ stage: view.stage, frame: view.frame }
		);
		expect(image.left, 'left edge').toBeLessThanOrEqual(stage.left + 0.5);
		expect(image.top, 'top edge').toBeLessThanOrEqual(stage.top + 0.5);
		expect(image.right, 'right edge').toBeGreaterThanOrEqual(stage.right - 0.5);
		expect(image.bottom, 'bottom edge').toBeGreaterThanOrEqual(stage.bottom - 0.5);

		// The framing: the picture's centre (the step camera's centre) at the frame's centre, and its
		// reference square (FIT_PX of its STATIC_MAP_PX) as wide as the frame's largest square.
		const side = Math.min(frame.width - 2 * pad, frame.height - 2 * pad);
		expect(image.left + image.width / 2).toBeCloseTo(frame.left + frame.width / 2, 0);
		expect(image.top + image.height / 2).toBeCloseTo(frame.top + frame.height / 2, 0);
		expect((image.width * FIT_PX) / STATIC_MAP_PX).toBeCloseTo(side, 0);
		expect(image.width).toBeCloseTo(2 * STATIC_MAP_REACH * side, 0);

		// Map, not blank background, in the outermost columns of the map area.
		for (const x of [stage.left, stage.right - 40]) {
			const png = await page.screenshot({
				clip: { x, y: stage.top, width: 40, height: stage.height },
				style: MAP_ONLY
			});
			expect(colourCount(png), `colours in the 40 px column at x = ${x}`).toBeGreaterThan(2);
		}
		await page.screenshot({
			path: `test-results/layout-static-${view.name}-${view.size.width}x${view.size.height}.png`,
			style: MAP_ONLY
		});
	});
}

test('a single place on the static map is where the live map centres it', async ({ page }) => {
	await page.setViewportSize(DESKTOP);
	await page.goto('/#bannu');
	const img = page.locator('#bannu img[data-static-map]');
	await expect(img).toBeVisible();
	const svg = await (await page.request.get((await img.getAttribute('src'))!)).text();
	const point = /<circle class="place" cx="([\d.]+)" cy="([\d.]+)"/.exec(svg);
	expect(point, 'the place is drawn').not.toBeNull();
	const [cx, cy] = [Number(point![1]), Number(point![2])];
	const { image, frame } = await img.evaluate((el) => ({
		image: el.getBoundingClientRect().toJSON() as Box,
		frame: document.querySelector('.map-frame')!.getBoundingClientRect().toJSON() as Box
	}));
	// The live map puts the step camera's centre (here the place) at the frame's centre.
	expect(image.left + (cx / STATIC_MAP_PX) * image.width).toBeCloseTo(
		frame.left + frame.width / 2,
		0
	);
	expect(image.top + (cy / STATIC_MAP_PX) * image.height).toBeCloseTo(
		frame.top + frame.height / 2,
		0
	);
});
