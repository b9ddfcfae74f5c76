// The Content-Security-Policy: every built page carries one, strict for scripts, and every page
// works under it: nothing is refused while it loads, the live map draws, the workers register.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { colourCount, engage, failOnPageError, mapIsLive } from './helpers';

const BUILD = 'build';

/** Every prerendered page, as its path on the site ('/', '/embed/', …) and its HTML. */
function builtPages(dir = BUILD): { path: string; html: string }[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = join(dir, entry.name);
		if (entry.isDirectory()) return builtPages(file);
		if (!entry.name.endsWith('.html')) return [];
		const folder = relative(BUILD, dir).split(sep).filter(Boolean).join('/');
		const path = entry.name === 'index.html' ? `/${folder}${folder ? '/' : ''}` : `/${folder}`;
		return [{ path, html: readFileSync(file, 'utf8') }];
	});
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, by directive. */
function metaPolicy(html: string): Map<string, string[]> | undefined {
	const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
	if (content === undefined) return undefined;
	const decoded = content.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
	return new Map(
		decoded
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!.toLowerCase(), sources])
	);
}

/** The pages whose live map starts, and how a reader starts it. */
const LIVE: Record<string, (page: Page) => Promise<void>> = {
	'/': engage,
	'/embed/': engage,
	'/present/': async () => undefined
};

/** Records every policy violation the page reports, from its first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const w = window as unknown as { __violations: string[] };
		w.__violations = [];
		document.addEventListener(
			'securitypolicyviolation',
			(e) => w.__violations.push(`${e.effectiveDirective} refused ${e.blockedURI} ${e.sample}`),
			true
		);
	});
	const console: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text())) console.push(message.text());
	});
	return async () => [
		...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
		...console
	];
}

const pages = builtPages();

test('every built page has a policy that runs no script it did not name', () => {
	expect(pages.map((p) => p.path).sort()).toEqual(
		expect.arrayContaining(['/', '/embed/', '/present/', '/print/'])
	);
	for (const { path, html } of pages) {
		const policy = metaPolicy(html);
		expect(policy, `${path} has a Content-Security-Policy meta tag`).toBeDefined();
		const scripts = policy!.get('script-src') ?? policy!.get('default-src') ?? [];
		expect(scripts, `${path}: script-src`).toContain("'self'");
		for (const unsafe of ["'unsafe-inline'", "'unsafe-hashes'", "'unsafe-eval'", '*', 'data:']) {
			expect(scripts, `${path}: script-src allows ${unsafe}`).not.toContain(unsafe);
		}
		expect(policy!.get('object-src'), `${path}: object-src`).toEqual(["'none'"]);
		// The policy must come before anything it governs.
		expect(html.indexOf('http-equiv="content-security-policy"'), path).toBeLessThan(
			html.search(/<script|<style|<link rel="(?:stylesheet|modulepreload)"/)
		);
		// Inline event handlers would need 'unsafe-hashes': there are none.
		expect(html, `${path}: an inline event handler`).not.toMatch(/<[^>]+\son[a-z]+=/i);
	}
});

test.describe('each page under its policy', () => {
	// The workers' registration is part of what the policy must allow.
	test.use({ serviceWorkers: 'allow' });

	for (const { path } of pages) {
		test(`${path} loads with no violation${path in LIVE ? ', its live map drawn' : ''}`, async ({
			page
		}) => {
			const violations = await recordViolations(page);
			failOnPageError(page);
			await page.goto(path);
			const start = LIVE[path];
			if (start) {
				await start(page);
				await mapIsLive(page);
				const canvas = page.locator('.maplibregl-canvas').first();
				// Drawn: the canvas shows the map's land, water and borders, not one flat colour.
				await expect
					.poll(async () => colourCount(await canvas.screenshot()), {
						message: `${path}: the live map draws`
					})
					.toBeGreaterThan(5);
			}
			// Every page saves the site (an embed, itself) for offline use once it is idle.
			await expect
				.poll(
					() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())),
					{
						message: `${path}: its service worker registers`,
						timeout: 30_000
					}
				)
				.toBe(true);
			expect(await violations()).toEqual([]);
		});
	}
});

test('the recorder sees what the policy refuses', async ({ page }) => {
	const violations = await recordViolations(page);
	await page.goto('/print/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__ran = true';
		document.body.append(script);
	});
	// Reported twice: the page's event and the browser's console.
	await expect
		.poll(violations)
		.toEqual([
			expect.stringMatching(/^script-src-elem refused inline/),
			expect.stringMatching(/Content Security Policy/)
		]);
	expect(
		await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)
	).toBeUndefined();
});
