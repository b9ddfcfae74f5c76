/**
 * `npm run contact-sheet [-- --steps=slug,slug --widths=desktop,phone --themes=light,dark
 * --workers=1]`: every step as a reader first sees it (the static map, before engaging) beside the
 * live map once it has settled, at desktop (1280×800) and phone (390×844) widths, light and dark,
 * on one page: contact-sheet/index.html and its PNGs. For looking at every map at once.
 *
 * Reuses a site already served on PORT (default 4173); otherwise builds it, serves it and stops
 * it again. Each shot has its own browser context and file name, so `--workers` may run several.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { findBrowser } from '../tests/browser-path.mjs';
import { getStory } from '../src/lib/server/stories';
import { SHEET_SIZES, sheetHtml, sheetShots, type Shot } from './contact-sheet-plan';

const OUT = 'contact-sheet';
const PORT = Number(process.env.PORT ?? 4173);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Labels fade in after the camera settles (MapLibre's fadeDuration, 150 ms), then the map fades over the static one (0.45 s). */
const FADE_MS = 900;

function option(name: string): string[] | undefined {
	const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
	return arg
		?.slice(name.length + 3)
		.split(',')
		.filter(Boolean);
}

async function serving(): Promise<boolean> {
	try {
		return (await fetch(`${ORIGIN}/`)).ok;
	} catch {
		return false;
	}
}

/** Builds and serves the site on PORT; resolves with the server once it answers. */
async function serve(): Promise<ChildProcess> {
	const env = { ...process.env, PUBLIC_ORIGIN: ORIGIN, PORT: String(PORT) };
	const server = spawn('sh', ['-c', 'npm run build && npm run preview'], {
		env,
		stdio: 'inherit',
		detached: true
	});
	for (let i = 0; i < 600; i++) {
		if (await serving()) return server;
		if (server.exitCode !== null) throw new Error('the site could not be built or served');
		await new Promise((r) => setTimeout(r, 1000));
	}
	throw new Error(`nothing answered on ${ORIGIN} after 10 minutes`);
}

async function take(browser: Browser, shot: Shot): Promise<string | undefined> {
	const context = await browser.newContext({
		viewport: SHEET_SIZES[shot.width],
		colorScheme: shot.theme,
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	page.on('pageerror', (e) => console.error(`${shot.file}: page error: ${e.message}`));
	try {
		await page.addInitScript(() => {
			const w = window as unknown as { __live: string[] };
			w.__live = [];
			addEventListener('storymap:step', (e) => {
				if (document.querySelector('[data-map-status="live"]'))
					w.__live.push((e as CustomEvent<{ id: string }>).detail.id);
			});
		});
		await page.goto(`${ORIGIN}/#${shot.slug}`);
		await page.waitForFunction((s) => document.documentElement.dataset.step === s, shot.slug);
		if (shot.renderer === 'static') {
			// The step's own static map has loaded (lazy images below the fold load on approach).
			await page.waitForFunction(
				(s) =>
					document.querySelector<HTMLImageElement>(`[id="${s}"] img[data-static-map]`)?.complete,
				shot.slug
			);
		} else {
			await page.keyboard.press('Shift');
			await page.waitForFunction(
				(s) => (window as unknown as { __live: string[] }).__live.at(-1) === s,
				shot.slug,
				{ timeout: 60_000 }
			);
		}
		await page.waitForTimeout(FADE_MS);
		await page.screenshot({ path: `${OUT}/${shot.file}` });
		return undefined;
	} catch (error) {
		return `${shot.file}: ${(error as Error).message.split('\n')[0]}`;
	} finally {
		await context.close();
	}
}

const story = getStory('frontier');
const shots = sheetShots(story.steps, {
	steps: option('steps'),
	widths: option('widths'),
	themes: option('themes')
});
const workers = Math.max(1, Number(option('workers')?.[0] ?? 1));

mkdirSync(OUT, { recursive: true });
const server = (await serving()) ? undefined : await serve();
const browser = await chromium.launch({ executablePath: findBrowser()?.path, args: CHROMIUM_ARGS });
const failures: string[] = [];
const queue = [...shots];
await Promise.all(
	Array.from({ length: workers }, async () => {
		for (let shot = queue.shift(); shot; shot = queue.shift()) {
			const failure = await take(browser, shot);
			console.log(failure ?? `${OUT}/${shot.file}`);
			if (failure) failures.push(failure);
		}
	})
);
await browser.close();
if (server?.pid) process.kill(-server.pid);

writeFileSync(`${OUT}/index.html`, sheetHtml(story.steps, shots, failures));
console.log(`${OUT}/index.html: ${shots.length - failures.length} of ${shots.length} shots`);
if (failures.length > 0) process.exitCode = 1;
