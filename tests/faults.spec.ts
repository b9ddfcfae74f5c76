import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { isMapLibre, storyPageFiles } from '../bench/site-files';
import {
	colourCount,
	engage,
	engageMap,
	failOnPageError,
	mapIsLive,
	recordSteps,
	settledOn,
	slugs,
	stepEvents
} from './helpers';

// What a reader sees when something the live map needs fails: the text stays, the step follows
// the keys, and a status region that was in the page from the start says what happened.

test.use({ contextOptions: { reducedMotion: 'reduce' } });

test.beforeEach(async ({ page }) => {
	await recordSteps(page);
	failOnPageError(page);
});

const status = (page: Page) => page.locator('.map-stage .map-message [role="status"]');
const next = (slug: string) => slugs[slugs.indexOf(slug) + 1] as string;

/** The reader presses j: the step after `slug` becomes active, its static map and heading shown. */
async function stepsOnFrom(page: Page, slug: string): Promise<string> {
	const to = next(slug);
	await page.keyboard.press('j');
	await expect(page.locator('html')).toHaveAttribute('data-step', to);
	await expect(page.locator(`#${to} img[data-static-map]`)).toBeVisible();
	await expect(page.locator(`#${to} h2`)).toBeVisible();
	return to;
}

test('every view has its map status region in the page from the start, empty', async ({
	request
}) => {
	for (const path of ['/', '/embed/', '/present/']) {
		const html = await (await request.get(path)).text();
		expect(html, path).toMatch(/<div class="map-message[^"]*"><p role="status"[^>]*><\/p>/);
	}
});

test('map data that never answers: after the time limit the reader is told, and can try again', async ({
	page
}) => {
	// The page's clock is Playwright's, so the test need not wait out the 20 s limit.
	await page.clock.install();
	let answering = false;
	await page.route('**/geodata/**', (route) => {
		// A server that accepts the request and never answers it.
		if (answering) return route.continue();
	});
	await page.goto('/#peshawar');
	await expect(status(page)).toBeAttached();
	await expect(status(page)).toHaveText('');
	await engage(page);
	await expect(page.locator('.map-stage')).toHaveAttribute('data-map-status', 'loading');
	// Meanwhile the reader reads on: the steps follow, each with its static map.
	const at = await stepsOnFrom(page, 'peshawar');
	await expect(status(page)).toHaveText('');
	await page.clock.fastForward('00:21');
	await expect(status(page)).toContainText('taking too long');
	await expect(status(page)).toContainText('Each step still shows a picture of its map.');
	await expect(page.locator('html')).toHaveAttribute('data-step', at);
	const after = await stepsOnFrom(page, at);

	answering = true;
	await page.getByRole('button', { name: 'Try again' }).click();
	await mapIsLive(page);
	await expect(status(page)).toHaveText('');
	expect((await settledOn(page, after)).camera.zoom).toBeGreaterThan(0);
});

test('map data cut off mid-file: the reader is told it could not be read, and reads on', async ({
	page
}) => {
	const whole = readFileSync('static/geodata/basemap.topo.json', 'utf8');
	await page.route('**/geodata/*.topo.json', (route) =>
		route.fulfill({ contentType: 'application/json', body: whole.slice(0, whole.length / 2) })
	);
	await page.goto('/#kabul');
	await engage(page);
	await expect(status(page)).toContainText('could not be read');
	await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
	await expect(page.locator('#kabul img[data-static-map]')).toBeVisible();
	await stepsOnFrom(page, 'kabul');
});

test.describe('when MapLibre’s code does not load', () => {
	const mapLibre = () =>
		storyPageFiles()
			.allJs.filter((f) => f.path.endsWith('.js') && isMapLibre(f))
			.map((f) => `/${f.path}`);

	test('for want of a connection, the reader is told so and can try again', async ({ page }) => {
		const chunks = mapLibre();
		expect(chunks.length).toBeGreaterThan(0);
		await page.route(
			(url) => chunks.includes(url.pathname),
			(route) => route.abort('internetdisconnected')
		);
		await page.goto('/#bannu');
		await engage(page);
		await expect(status(page)).toContainText('could not be loaded: check the connection');
		await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
		await stepsOnFrom(page, 'bannu');
	});

	test('because the site has a new version, the reader is asked to reload', async ({ page }) => {
		const chunks = mapLibre();
		// A deploy since the page was opened: its chunks are gone, and the version file is new.
		await page.route(
			(url) => chunks.includes(url.pathname),
			(route) => route.fulfill({ status: 404, body: 'gone' })
		);
		await page.route('**/_app/version.json', (route) =>
			route.fulfill({ contentType: 'application/json', body: '{"version":"a-later-one"}' })
		);
		await page.goto('/#kabul');
		await engage(page);
		await expect(status(page)).toContainText('A new version of this site has been published');
		await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
		await stepsOnFrom(page, 'kabul');
	});
});

/** Whether the step's static map is on screen: shown, fully opaque, and painted. */
const staticMapDrawn = (page: Page, slug: string) =>
	page.locator(`#${slug} .step-figure`).evaluate((el) => {
		const style = getComputedStyle(el);
		return style.display !== 'none' && style.opacity === '1' && style.visibility === 'visible';
	});

test('the WebGL context lost mid-story: the steps go on, the reader is told, the map comes back', async ({
	page
}) => {
	test.setTimeout(150_000);
	await page.goto('/#peshawar');
	await engageMap(page);
	await settledOn(page, 'peshawar');
	await expect(status(page)).toHaveText('');
	// Under the live map the step's static map is not drawn at all once the map has faded in.
	await expect.poll(() => staticMapDrawn(page, 'peshawar')).toBe(false);

	await page.evaluate(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('.map-stage canvas');
		const gl = canvas?.getContext('webgl2');
		const lose = gl?.getExtension('WEBGL_lose_context');
		if (!lose) throw new Error('no WEBGL_lose_context');
		(window as unknown as { lose: WEBGL_lose_context }).lose = lose;
		lose.loseContext();
	});
	await expect(status(page)).toContainText('The interactive map has paused');
	await expect(page.locator('.map-stage')).toHaveAttribute('data-map-status', 'lost');

	// Step after step while the map is away: data-step and the event follow, with target cameras.
	let at = 'peshawar';
	for (let i = 0; i < 2; i++) at = await stepsOnFrom(page, at);
	const whileLost = (await stepEvents(page)).at(-1);
	expect(whileLost).toMatchObject({ id: at, live: false });
	// The reader sees each step's static map meanwhile.
	await expect.poll(() => staticMapDrawn(page, at)).toBe(true);

	await page.evaluate(() =>
		(window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext()
	);
	await mapIsLive(page);
	await expect(status(page)).toHaveText('');
	const back = await settledOn(page, at);
	expect(back.dataStep).toBe(at);
	// The live camera is on the step: the reader's step, framed at a real zoom.
	expect(back.camera.zoom).toBeGreaterThan(2);

	// The map draws again, and keeps following the steps.
	await expect
		.poll(async () =>
			colourCount(
				await page.locator('.live-map').screenshot({
					style:
						'.story-column, .step-figure, .maplibregl-control-container, .reader-bar { visibility: hidden !important; }'
				})
			)
		)
		.toBeGreaterThan(5);
	const then = next(at);
	await page.keyboard.press('j');
	await settledOn(page, then);
});
