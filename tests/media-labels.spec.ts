/**
 * Labels and map furniture sized and placed for the medium: the scale bar and the attribution
 * stay clear of the text card, and a printed map's labels are at least 6 pt.
 */
import { expect, test, type Page } from '@playwright/test';
import { mapIsLive, mapIsShown } from './helpers';

const SIZES = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
];

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const boxOf = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const r = el.getBoundingClientRect();
			return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
		});

for (const viewport of SIZES) {
	test(`at ${viewport.width}×${viewport.height} the scale bar and attribution are clear of the text card`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/#peshawar');
		await mapIsShown(page);
		const card = await boxOf(page, '.step.active .step-card');
		for (const control of ['.maplibregl-ctrl-scale', '.maplibregl-ctrl-attrib']) {
			await expect(page.locator(control).first()).toBeVisible();
			const box = await boxOf(page, control);
			expect(overlaps(box, card), `${control} ${JSON.stringify(box)} vs card`).toBe(false);
			expect(box.top).toBeGreaterThanOrEqual(0);
			expect(box.bottom).toBeLessThanOrEqual(viewport.height);
		}
	});
}

test('on a portrait projector the scale bar and attribution are clear of the slide', async ({
	page
}) => {
	await page.setViewportSize({ width: 768, height: 1024 });
	await page.goto('/present/#peshawar');
	await mapIsLive(page);
	const slide = await boxOf(page, '.present-slide');
	for (const control of ['.maplibregl-ctrl-scale', '.maplibregl-ctrl-attrib']) {
		await expect(page.locator(control).first()).toBeVisible();
		const box = await boxOf(page, control);
		expect(overlaps(box, slide), `${control} ${JSON.stringify(box)} vs slide`).toBe(false);
	}
});

test('a printed map labels its places at 6 pt or more', async ({ page }) => {
	await page.goto('/print/');
	await page.emulateMedia({ media: 'print' });
	const map = page.locator('[data-print-step="peshawar"] img[data-static-map]');
	await expect(map).toBeVisible();
	const { width, src } = await map.evaluate((img: HTMLImageElement) => ({
		width: img.getBoundingClientRect().width,
		src: img.currentSrc
	}));
	// The SVG's own media queries see the width it is shown at: open it at that width to read
	// the label size they give, then scale by that width over the SVG's own.
	await page.setContent(
		`<iframe src="${src}" style="width:${width}px;height:${width}px;border:0"></iframe>`
	);
	const frame = page.frameLocator('iframe');
	const label = frame.locator('text', { hasText: 'Peshawar' }).first();
	await expect(label).toBeAttached();
	const rendered = await label.evaluate((text, shownWidth) => {
		const svg = (text as SVGTextElement).ownerSVGElement as SVGSVGElement;
		const ownWidth = svg.viewBox.baseVal.width;
		return (parseFloat(getComputedStyle(text).fontSize) * shownWidth) / ownWidth;
	}, width);
	expect(
		rendered,
		`label ${rendered.toFixed(1)} CSS px at ${width.toFixed(0)} px wide`
	).toBeGreaterThanOrEqual(8);
});
