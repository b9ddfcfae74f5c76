// The name of an illustrative route stands where the reader can see it: inside the live map's
// frame, never under the text card (it used to follow the line, and MapLibre wrote it anywhere
// along it, under the card too). The map lists where each label written at a point stands
// (data-label-anchors); the label's box around it is estimated from its size and wrapping.
import { expect, test, type Page } from '@playwright/test';
import { engageMap, recordSteps, settledOn } from './helpers';

const SLUG = 'peshawar';
const ROUTE = 'route:foreign-fighters';

interface Anchor {
	layer: string;
	x: number;
	y: number;
}

const anchors = (page: Page) =>
	page
		.locator('.map-stage [data-labels]')
		.evaluate(
			(el: HTMLElement) => JSON.parse(el.dataset.labelAnchors ?? '{}') as Record<string, Anchor>
		);

/** What is wrong with where the route's name stands: '' when nothing is. */
async function routeLabelProblem(
	page: Page,
	viewport: { width: number; height: number }
): Promise<string> {
	const anchor = (await anchors(page))[ROUTE];
	if (anchor?.layer !== 'route-label') return 'no label at a point';
	const map = await page.locator('.map-stage [data-labels]').evaluate((el) => {
		const r = el.getBoundingClientRect();
		return { left: r.left, top: r.top };
	});
	// Two or three lines of 11 px text at most 11 ems wide, centred on its point or a line off it.
	const [halfWidth, halfHeight] = [11 * 11 * 0.55, 2 * 11 * 1.2];
	const label = {
		left: map.left + anchor.x - halfWidth,
		right: map.left + anchor.x + halfWidth,
		top: map.top + anchor.y - halfHeight,
		bottom: map.top + anchor.y + halfHeight
	};
	const card = await page.locator(`#${SLUG} .step-card`).evaluate((el) => {
		const r = el.getBoundingClientRect();
		return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
	});
	const under =
		label.left < card.right &&
		label.right > card.left &&
		label.top < card.bottom &&
		label.bottom > card.top;
	const off =
		label.left < 0 ||
		label.top < 0 ||
		label.right > viewport.width ||
		label.bottom > viewport.height;
	if (under) return `label ${JSON.stringify(label)} under the card ${JSON.stringify(card)}`;
	return off ? `label ${JSON.stringify(label)} off screen` : '';
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test(`${viewport.width}×${viewport.height}: the route's name is on screen, clear of the text card`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await recordSteps(page);
		await page.goto(`/#${SLUG}`);
		await engageMap(page);
		await settledOn(page, SLUG);
		// Once the map is still where the step puts it (an earlier pause may be listed first).
		await expect
			.poll(() => routeLabelProblem(page, viewport), {
				message: `the live map writes the name of ${ROUTE} on screen, clear of the text card`
			})
			.toBe('');
	});
}
