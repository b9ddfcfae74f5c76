import { expect, test } from '@playwright/test';
import { NO_GPU_CHROMIUM_ARGS } from '../playwright.config';
import { findBrowser } from './browser-path.mjs';
import { failOnPageError, recordSteps, slugs, stepEvents, story } from './helpers';

// A browser that cannot give the map a WebGL context, like old school laptops whose GPU fails.
test.use({
	contextOptions: { reducedMotion: 'reduce' },
	launchOptions: {
		executablePath: findBrowser()?.path,
		args: [...NO_GPU_CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis']
	}
});

test.beforeEach(async ({ page }) => {
	await recordSteps(page);
	failOnPageError(page);
});

test('the story stays readable with its static maps and a clear message', async ({ page }) => {
	await page.goto('/#kabul');
	expect(
		await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))
	).toBeNull();
	await expect(page.locator('.step-text')).toHaveCount(story.steps.filter((s) => s.text).length);
	await expect(page.locator('#kabul img[data-static-map]')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-step', 'kabul');
	// The reader's first gesture would start the live map: they are told why there is none.
	await page.keyboard.press('j');
	await expect(page.locator('html')).toHaveAttribute(
		'data-step',
		slugs[slugs.indexOf('kabul') + 1]!
	);
	await expect(page.locator('.map-message')).toContainText('WebGL');
	await expect(
		page.locator(`#${slugs[slugs.indexOf('kabul') + 1]!} img[data-static-map]`)
	).toBeVisible();
	const events = await stepEvents(page);
	expect(events.at(-1)?.camera.zoom).toBeGreaterThan(0);
});
