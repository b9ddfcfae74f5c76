// One symbol system, as a reader sees it: at the handoff from the static map to the live one a
// step's symbols keep their colours, and the map key shows those colours, light and dark.
// (Which symbols each step draws, in all three, is checked for every step by
// src/lib/map/symbols.test.ts; this samples the pixels.)
import { expect, test, type Page } from '@playwright/test';
import type { Point } from 'geojson';
import { PNG } from 'pngjs';
import { engageMap, recordSteps, settledOn, story } from './helpers';
import { TILE_PX } from '../src/lib/story/camera';
import { STATIC_MAP_PX } from '../src/lib/map/static-map-path';
import { palettes, type Theme } from '../src/lib/map/palette';
import { symbolPaint, type SymbolKey } from '../src/lib/map/symbols';
import { readBasemap } from '../src/lib/server/stories';

const { index } = readBasemap();

type Rgb = [number, number, number];

interface Probe {
	/** A point on the map inside one symbol of the step, clear of others, or a place's fid. */
	at: [number, number] | string;
	symbol: SymbolKey;
}

const STEPS: { slug: string; probes: Probe[] }[] = [
	// Afghanistan's highlight fill, in the south-west, away from its label.
	{ slug: 'soviet-invasion', probes: [{ at: [63.2, 31.6], symbol: 'highlight-area' }] },
	{
		slug: 'south-waziristan',
		probes: [
			// The approximate area, north of its label; and Wana, the place the step names.
			{ at: [69.8, 32.5], symbol: 'approximate' },
			{ at: 'place:wana', symbol: 'place' }
		]
	},
	{ slug: 'bannu', probes: [{ at: 'place:bannu', symbol: 'place' }] }
];

/** Everything over the map hidden, and (for the live map) the static map under it. */
const MAP_ONLY = `
	.story-header, .step-card, .story-footer, .reader-bar, .map-message, .map-legend, .locator,
	.place-panel { visibility: hidden !important; }
`;
const LIVE_ONLY = `${MAP_ONLY} img[data-static-map] { visibility: hidden !important; }`;

const hex = (colour: string): Rgb =>
	[1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as Rgb;

/** What a symbol looks like on the map at its sample point: its fill, over land if see-through. */
function expected(symbol: SymbolKey, theme: Theme): Rgb {
	const fill = symbolPaint(symbol, theme).fill!;
	const land = hex(palettes[theme].land);
	return hex(fill.color).map((c, i) =>
		Math.round(c * fill.opacity + land[i]! * (1 - fill.opacity))
	) as Rgb;
}

/** Where a lon/lat lies on screen: the static map is centred on the step's camera. */
async function screenPoint(page: Page, slug: string, at: Probe['at']) {
	const [lon, lat] =
		typeof at === 'string'
			? ((index.get(at)?.geometry as Point).coordinates as [number, number])
			: at;
	const { center, zoom } = story.steps.find((s) => s.slug === slug)!.camera;
	const box = (await page.locator(`#${slug} img[data-static-map]`).boundingBox())!;
	const k = ((box.width / STATIC_MAP_PX) * TILE_PX * 2 ** zoom) / (2 * Math.PI);
	const rad = (d: number) => (d * Math.PI) / 180;
	const y = (phi: number) => Math.log(Math.tan(Math.PI / 4 + rad(phi) / 2));
	return {
		x: box.x + box.width / 2 + k * rad(lon - center[0]),
		y: box.y + box.height / 2 - k * (y(lat) - y(center[1]))
	};
}

/** The median colour of the 5 × 5 pixels around a point (a thin line crossing it is ignored). */
async function colourAt(page: Page, point: { x: number; y: number }, style: string): Promise<Rgb> {
	const png = await page.screenshot({
		clip: { x: Math.round(point.x) - 2, y: Math.round(point.y) - 2, width: 5, height: 5 },
		style
	});
	const { data } = PNG.sync.read(png);
	const channel = (c: number) => {
		const values: number[] = [];
		for (let i = c; i < data.length; i += 4) values.push(data[i]!);
		return values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
	};
	return [channel(0), channel(1), channel(2)];
}

const near = (a: Rgb, b: Rgb) => a.every((c, i) => Math.abs(c - b[i]!) <= 12);

/** The key swatch's colour for a symbol, as the page computes it. */
async function swatchFill(page: Page, slug: string, symbol: SymbolKey) {
	return page.locator(`#${slug} .swatch-${symbol} > *`).evaluate((el) => {
		const style = getComputedStyle(el);
		return { fill: style.fill, opacity: style.fillOpacity };
	});
}

const rgb = ([r, g, b]: Rgb) => `rgb(${r}, ${g}, ${b})`;

test.use({ viewport: { width: 1280, height: 800 } });

for (const theme of ['light', 'dark'] as const) {
	for (const { slug, probes } of STEPS) {
		const symbols = probes.map((p) => p.symbol).join(', ');
		test(`${slug} (${theme}): ${symbols} in the key's colours, static and live`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: theme });
			await recordSteps(page);
			await page.goto(`/#${slug}`);
			const img = page.locator(`#${slug} img[data-static-map]`);
			await expect(img).toBeVisible();
			await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete)).toBe(true);
			const points = await Promise.all(probes.map((p) => screenPoint(page, slug, p.at)));

			for (const [i, { symbol }] of probes.entries()) {
				const paint = symbolPaint(symbol, theme).fill!;
				expect(await swatchFill(page, slug, symbol), `${symbol} in the key`).toEqual({
					fill: rgb(hex(paint.color)),
					opacity: String(paint.opacity)
				});
				const want = expected(symbol, theme);
				const colour = await colourAt(page, points[i]!, MAP_ONLY);
				expect(near(colour, want), `static ${symbol}: ${colour} ≈ ${want}`).toBe(true);
			}

			await engageMap(page);
			await settledOn(page, slug);
			for (const [i, { symbol }] of probes.entries()) {
				const want = expected(symbol, theme);
				await expect
					.poll(async () => {
						const live = await colourAt(page, points[i]!, LIVE_ONLY);
						return near(live, want) ? 'same' : `live ${symbol}: ${live} ≠ ${want}`;
					})
					.toBe('same');
			}
		});
	}
}
