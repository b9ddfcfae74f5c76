/**
 * `npx tsx scripts/screenshots.ts [url] [slug…]`: screenshots of steps at a phone and a desktop
 * width, in light and dark, into screenshots/ — for looking at what the map really shows.
 * Needs the site served (npm start).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { findBrowser } from '../tests/browser-path.mjs';

const [url = 'http://127.0.0.1:4173/', ...wanted] = process.argv.slice(2);
const slugs = wanted.length > 0 ? wanted : ['soviet-invasion', 'peshawar', 'nangarhar', 'bannu'];
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 800 } };
const schemes = (process.env.SCHEMES ?? 'light').split(',') as ('light' | 'dark')[];

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: findBrowser()?.path, args: CHROMIUM_ARGS });
for (const [name, viewport] of Object.entries(sizes)) {
	for (const colorScheme of schemes) {
		const page = await browser.newPage({ viewport, colorScheme, reducedMotion: 'reduce' });
		page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
		for (const slug of slugs) {
			await page.goto(`${url}#${slug}`);
			await page
				.waitForFunction(
					(s) =>
						document.documentElement.dataset.step === s &&
						document.querySelector('[data-map-status="live"]'),
					slug,
					{ timeout: 20_000 }
				)
				.catch(() => console.error(`${slug}: the live map did not settle`));
			await page.waitForTimeout(Number(process.env.SETTLE_MS ?? 800));
			const file = `screenshots/${name}-${colorScheme}-${slug}.png`;
			await page.screenshot({ path: file });
			console.log(file);
		}
		await page.close();
	}
}
await browser.close();
