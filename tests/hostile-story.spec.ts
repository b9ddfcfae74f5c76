/**
 * Story text stays text in every mode, and a draft never blocks. The site is built once, into a
 * folder of its own (BUILD_DIR), served on PORT + 100 beside the default site the other specs
 * use, from a content folder of its own (CONTENT_DIR, tests/fixtures/content-drafts: a published
 * story and a broken draft) with the hostile fixture story as the one it opens on (STORY_DIR,
 * tests/fixtures/hostile: valid, full of markup). Each mode must show the markup as the
 * characters it is, with no element of it in the page; the build must pass, report the draft's
 * problem and ship nothing of it. (The other half, a broken published story stopping the build,
 * is in tests/unit/broken-stories.test.ts: it stops before anything is built.)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { failOnPageError } from './helpers';

const PORT = Number(process.env.PORT ?? 4173) + 100;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const FIXTURE = 'tests/fixtures/hostile';
const env = {
	...process.env,
	STORY_DIR: FIXTURE,
	CONTENT_DIR: 'tests/fixtures/content-drafts',
	BUILD_DIR: '.hostile-build',
	PUBLIC_ORIGIN: ORIGIN
};

interface FixtureStep {
	slug: string;
	heading: string;
	date?: string;
	text: string;
	caption: string;
	alt: string;
	speakerNotes?: string;
}
const story = parse(readFileSync(resolve(FIXTURE, 'story.yaml'), 'utf8')) as {
	title: string;
	steps: FixtureStep[];
};
const [first, second] = story.steps as [FixtureStep, FixtureStep];

let server: ChildProcess | undefined;
/** What the build printed. */
let buildOutput = '';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
	test.setTimeout(600_000);
	const vite = resolve('node_modules/vite/bin/vite.js');
	const build = spawnSync(process.execPath, [vite, 'build'], { env, encoding: 'utf8' });
	buildOutput = build.stdout + build.stderr;
	expect(build.status, buildOutput.slice(-2000)).toBe(0);
	server = spawn(
		process.execPath,
		[vite, 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
		{ env, stdio: 'ignore' }
	);
	await expect
		.poll(
			() =>
				fetch(`${ORIGIN}/`).then(
					(r) => r.status,
					() => 0
				),
			{ timeout: 60_000 }
		)
		.toBe(200);
});

test.afterAll(() => {
	server?.kill();
});

/** Elements only the fixture's markup could have made, were it parsed. */
const INJECTED =
	'b, iframe, textarea, template, style:not(head style), img[src="x"], a[href="https://example.invalid/"], circle[r="9"]';

async function open(page: Page, path: string): Promise<void> {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	failOnPageError(page);
	await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
	expect(dialogs).toEqual([]);
}

async function nothingInjected(page: Page): Promise<void> {
	expect(await page.locator(INJECTED).count()).toBe(0);
	const headings = await page.locator('h1, h2, h3').allTextContents();
	expect(headings.map((h) => h.trim())).not.toContain('Injected');
	expect(headings.map((h) => h.trim())).not.toContain('not a heading');
}

test('the story page shows every text field as text', async ({ page }) => {
	await open(page, '/');
	await expect(page).toHaveTitle(story.title);
	const card = page.locator(`#${first.slug}`);
	await expect(card.getByRole('heading', { name: first.heading })).toBeVisible();
	await expect(card.getByText(first.text)).toBeVisible();
	await expect(card.getByText(first.caption)).toBeVisible();
	await expect(card.getByText(first.date as string)).toBeVisible();
	await expect(page.locator('img[data-static-map]').first()).toHaveAttribute('alt', first.alt);
	// The live region announces the active step's map by its text alternative.
	await expect(page.locator('p[aria-live="polite"]').first()).toHaveText(first.alt);
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('p[aria-live="polite"]').first()).toHaveText(second.alt);
	await nothingInjected(page);
});

test('the embed, present and presenter views show it as text', async ({ page }) => {
	await open(page, '/embed/?step=second');
	await expect(page.getByText(second.text).first()).toBeVisible();
	await nothingInjected(page);

	await open(page, '/present/');
	await expect(page.getByText(first.heading).first()).toBeVisible();
	await nothingInjected(page);

	await open(page, '/present/presenter/');
	await expect(page.getByText(first.speakerNotes as string).first()).toBeVisible();
	await nothingInjected(page);
});

test('the handout and the oEmbed response keep it as text', async ({ page, request }) => {
	await open(page, '/print/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
	for (const step of story.steps) await expect(page.getByText(step.caption).first()).toBeVisible();
	await nothingInjected(page);

	const oembed = (await (await request.get(`${ORIGIN}/oembed.json`)).json()) as {
		title: string;
		html: string;
	};
	expect(oembed.title).toBe(story.title);
	expect(oembed.html).not.toContain('<b>');
});

test('a broken draft leaves the build green, reported and unbuilt', () => {
	const out = resolve('.hostile-build/site');
	expect(buildOutput).toContain('broken-draft (draft: checked, not built)');
	expect(buildOutput).toContain('map.features[0]: unknown feature "place:nowhere"');
	expect(buildOutput).not.toMatch(/^\s+at /m);
	for (const page of ['index.html', 'two-crossings/index.html', 'two-crossings/print/index.html']) {
		expect(existsSync(resolve(out, page)), page).toBe(true);
	}
	expect(existsSync(resolve(out, 'maps/two-crossings/torkham.svg'))).toBe(true);
	expect(existsSync(resolve(out, 'broken-draft'))).toBe(false);
	expect(existsSync(resolve(out, 'maps/broken-draft'))).toBe(false);
	const index = readFileSync(resolve(out, 'stories/index.html'), 'utf8');
	expect(index).toContain('Two crossings');
	expect(index).not.toContain('Work in progress');
});
