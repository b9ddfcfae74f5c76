import { expect, test } from '@playwright/test';
import { failOnPageError, meanBrightness, story } from './helpers';

test.beforeEach(async ({ page }) => {
	failOnPageError(page);
});

/** Pages in a PDF as Chromium writes it (one `/Type /Page` object per page). */
const pageCount = (pdf: Buffer) =>
	pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;

test('the handout holds every step: text, date, title and its static map, and the sources', async ({
	page
}) => {
	await page.goto('/print/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
	await expect(page.locator('[data-print-step]')).toHaveCount(story.steps.length);
	for (const step of story.steps) {
		const item = page.locator(`[data-print-step="${step.slug}"]`);
		await expect(item.getByRole('heading', { level: 2 })).toHaveText(step.title);
		if (step.text) await expect(item.locator('.step-text')).toHaveText(step.text);
		if (step.date) await expect(item).toContainText(step.date);
		const map = item.locator('img[data-static-map]');
		await expect(map).toHaveAttribute('alt', step.alt);
		expect(await map.evaluate((img: HTMLImageElement) => new URL(img.src).pathname)).toBe(
			`/maps/${story.id}/${step.slug}.svg`
		);
		// Eager, so printing never waits on (or misses) a picture that was never scrolled to.
		await expect(map).toHaveAttribute('loading', 'eager');
	}
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(page.locator('.sources')).toContainText('Natural Earth');

	// QR codes come from PUBLIC_ORIGIN at build time; without it the handout has none.
	const origin = process.env.PUBLIC_ORIGIN;
	const codes = page.locator('[data-print-step] svg[data-qr]');
	if (origin) {
		await expect(codes).toHaveCount(story.steps.length);
		const base = origin.endsWith('/') ? origin : `${origin}/`;
		await expect(page.locator('[data-print-step="kabul"] a.link')).toHaveAttribute(
			'href',
			`${base}#kabul`
		);
	} else {
		await expect(codes).toHaveCount(0);
	}
});

test('printed on A4 and on Letter, the handout renders every map', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/print/');
	// Every static map has loaded: they are in the page before printing starts.
	const maps = page.locator('img[data-static-map]');
	await expect(maps).toHaveCount(story.steps.length);
	await expect
		.poll(() =>
			maps.evaluateAll(
				(imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length
			)
		)
		.toBe(story.steps.length);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print this handout' })).toBeHidden();
	// In print every map is drawn at a useful size, side by side with its step's text.
	const boxes = await maps.evaluateAll((imgs) =>
		imgs.map((i) => (i.parentElement as HTMLElement).getBoundingClientRect().width)
	);
	for (const width of boxes) expect(width).toBeGreaterThan(150);

	for (const format of ['A4', 'Letter'] as const) {
		const pdf = await page.pdf({ format, printBackground: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		// 34 steps with a map each: several pages, and far more than a page of text weighs.
		const pages = pageCount(pdf);
		expect(pages, `${format} pages`).toBeGreaterThanOrEqual(6);
		expect(pages, `${format} pages`).toBeLessThanOrEqual(20);
		expect(pdf.length, `${format} bytes`).toBeGreaterThan(300_000);
	}
});

test('printing the story page gives the text with its maps, no sticky map over it', async ({
	page
}) => {
	await page.goto('/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.map-stage')).toBeHidden();
	const figures = page.locator('.step-figure');
	await expect(figures).toHaveCount(story.steps.length);
	for (const i of [0, 10, story.steps.length - 1]) {
		await expect(figures.nth(i)).toBeVisible();
		await expect(figures.nth(i)).toHaveCSS('position', 'relative');
	}
	// Each map sits above its own step's text, not over it.
	const overlap = await page.evaluate(
		() =>
			[...document.querySelectorAll('.step')].filter((step) => {
				const figure = step.querySelector('.step-figure')?.getBoundingClientRect();
				const card = step.querySelector('.step-card')?.getBoundingClientRect();
				return !figure || !card || figure.bottom > card.top + 1;
			}).length
	);
	expect(overlap).toBe(0);
	const pdf = await page.pdf({ format: 'A4' });
	expect(pageCount(pdf)).toBeLessThan(story.steps.length);
});

test('printed from a screen in dark mode, the handout and its maps are light', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/print/');
	const map = page.locator('[data-print-step="kabul"] img[data-static-map]');
	await expect
		.poll(() => map.evaluate((img: HTMLImageElement) => img.naturalWidth))
		.toBeGreaterThan(0);
	// On screen the handout follows the dark setting, its maps too: the test can tell them apart.
	expect(meanBrightness(await map.screenshot())).toBeLessThan(100);
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	expect(meanBrightness(await map.screenshot())).toBeGreaterThan(180);
	const paper = await page.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(paper).toBe('rgb(255, 255, 255)');
});
