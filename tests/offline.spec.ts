import { expect, test } from '@playwright/test';
import { mapIsLive, recordSteps, scrollToStep, settledOn, slugs, stepEvents } from './helpers';

// The one test that lets the service worker run: it is what is under test here.
test.use({ serviceWorkers: 'allow', contextOptions: { reducedMotion: 'reduce' } });

test('after one visit the story, the present view and the rest work with the network off', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	page.on('pageerror', (error) => {
		throw error;
	});
	await recordSteps(page);

	// One visit, online: the worker installs and saves the whole site; the page says so.
	await page.goto('/');
	await expect(page.locator('[data-offline="ready"]')).toBeAttached({ timeout: 30_000 });
	await expect(page.getByRole('status').filter({ hasText: 'Saved for offline use' })).toBeVisible();
	const cached = await page.evaluate(async () => {
		const keys = await Promise.all(
			(await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).length)
		);
		return keys.reduce((a, b) => a + b, 0);
	});
	expect(cached, 'every built file is precached').toBeGreaterThan(60);

	await context.setOffline(true);
	// Nothing can come from the network now: not even the worker's own fetches.
	expect(
		await page.evaluate(() =>
			fetch('/offline-probe-not-cached.json').then(
				() => 'answered',
				() => 'failed'
			)
		)
	).toBe('failed');

	// The present view, never visited before, loads from the cache; its map draws and steps move.
	await page.goto('/present/#kabul');
	await mapIsLive(page);
	await settledOn(page, 'kabul');
	await page.keyboard.press('End');
	await settledOn(page, slugs.at(-1) as string);
	await page.keyboard.press('Home');
	await settledOn(page, slugs[0] as string);

	// The story page, reloaded offline: map, labels' fonts, scrolling from step to step.
	await page.goto('/');
	await page.reload();
	await mapIsLive(page);
	await settledOn(page, slugs[0] as string);
	await scrollToStep(page, 'peshawar');
	await settledOn(page, 'peshawar');
	await scrollToStep(page, 'bannu');
	await settledOn(page, 'bannu');
	expect((await stepEvents(page)).filter((e) => e.live).length).toBeGreaterThan(2);

	// The other pages, and a page with a query string (the same prerendered file).
	for (const [path, text] of [
		['/print/', 'The story map as a handout'],
		['/present/presenter/', 'Notes'],
		['/present/?from=offline', '1 / ']
	] as const) {
		await page.goto(path);
		await expect(page.locator('body')).toContainText(text);
	}
	const img = page.locator('img[data-static-map]').first();
	await expect
		.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth))
		.toBeGreaterThan(0);
});
