import { expect, test, type Frame, type Page } from '@playwright/test';
import { countReadyEmbeds, startHostServer, type HostServer } from './fixtures/host/server';
import { startStaticHost, type StaticHost } from './fixtures/static-host/server';
import {
	ampParent,
	asWordPressEmbeds,
	pymParent,
	secret,
	wordpressHost,
	type HostRecord
} from './fixtures/cms-hosts/parents';
import { countWebGL, slugs, story, webglContexts, withoutGesture } from './helpers';

/**
 * The embed in the hosts editors publish in: a Pym.js parent, an AMP page's amp-iframe, WordPress
 * (which sandboxes the frame), and an article with many embeds. Host pages are on another origin;
 * the sandboxed embed is served by a static host with and without hosting/_headers.
 */

interface HostMessage {
	frame: number;
	origin: string;
	data: unknown;
}

let host: HostServer;
let site: string;
/** The built site served with hosting/_headers, and without any of them. */
let withHeaders: StaticHost;
let withoutHeaders: StaticHost;

test.beforeAll(async ({ baseURL }) => {
	host = await startHostServer(0);
	withHeaders = await startStaticHost(0, true);
	withoutHeaders = await startStaticHost(0, false);
	site = `${baseURL}/`;
});
test.afterAll(() => Promise.all([host.close(), withHeaders.close(), withoutHeaders.close()]));

test.use({ contextOptions: { reducedMotion: 'reduce' } });

let embedsReady: () => Promise<number>;

/** Uncaught errors in any frame of the page, by frame (the init script runs in every frame). */
test.beforeEach(async ({ page }) => {
	embedsReady = await countReadyEmbeds(page);
	await page.addInitScript(() => {
		const w = window as unknown as { __errors: string[] };
		w.__errors = [];
		addEventListener('error', (e) => w.__errors.push(String(e.message)));
		addEventListener('unhandledrejection', (e) => w.__errors.push(String(e.reason)));
	});
});

const TITLE = story.title;
const stepTitle = (slug: string) => story.steps[slugs.indexOf(slug)]!.title;

const hostMessages = (page: Page) =>
	page.evaluate(() => (window as unknown as { __messages: HostMessage[] }).__messages);
const hostRecord = (page: Page) =>
	page.evaluate(() => (window as unknown as { __host: HostRecord }).__host);
const frameErrors = (frame: Frame) =>
	frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors);

/** The last height the embed asked for with its own storymap:resize (what the content needs). */
async function lastResize(page: Page): Promise<number | undefined> {
	const resizes = (await hostMessages(page)).filter(
		(m) => (m.data as { type?: string })?.type === 'storymap:resize'
	);
	return (resizes.at(-1)?.data as { height: number } | undefined)?.height;
}

/** The embed's frame in the host page, once it has started. */
async function embedFrame(page: Page): Promise<Frame> {
	await expect.poll(() => embedsReady(), { timeout: 30_000 }).toBeGreaterThan(0);
	await expect.poll(() => page.frame({ url: /\/embed\// }) !== null).toBe(true);
	const frame = page.frame({ url: /\/embed\// }) as Frame;
	await expect(frame.locator('html')).toHaveAttribute('data-step', /./, { timeout: 30_000 });
	return frame;
}

/** The height of the iframe's content box, in CSS pixels (WordPress's frame keeps its border). */
const frameHeight = (page: Page) =>
	page
		.locator('iframe')
		.first()
		.evaluate((el) => el.clientHeight);

/**
 * Waits until the host has applied a height to the frame and that height is `expected(the
 * content's)`: the frame's box, the host's last applied height and the content agree.
 */
async function followsContent(page: Page, expected = (height: number) => height) {
	await expect
		.poll(async () => {
			const content = await lastResize(page);
			const applied = (await hostRecord(page)).applied.at(-1);
			const box = await frameHeight(page);
			return content !== undefined && applied === expected(content) && box === applied;
		})
		.toBe(true);
	return (await hostRecord(page)).applied.at(-1)!;
}

/** A wide column, then a phone: the content's height changes, and the frame must follow. */
async function resizeTwice(page: Page, expected?: (height: number) => number) {
	await followsContent(page, expected);
	const wide = await lastResize(page);
	await page.setViewportSize({ width: 390, height: 844 });
	// A phone stacks the map over the text: the content needs another height.
	await expect.poll(() => lastResize(page)).not.toBe(wide);
	await followsContent(page, expected);
}

const shot = (page: Page, name: string) =>
	page.screenshot({ path: test.info().outputPath(`${name}.png`) });

test.describe('hosts that already run a resize protocol', () => {
	test.beforeEach(({ page }) => page.setViewportSize({ width: 1280, height: 800 }));

	test('a Pym.js parent sees the frame follow the content, with no warning about its parameters', async ({
		page
	}) => {
		const warnings: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning') warnings.push(m.text());
		});
		await page.goto(host.article(pymParent(`${site}embed/?step=peshawar`)));
		const frame = await embedFrame(page);
		await expect(frame.locator('.step-body.current h2')).toHaveText(stepTitle('peshawar'));
		await resizeTwice(page);
		await shot(page, 'pym-parent');
		expect(warnings.filter((w) => w.startsWith('Story map embed'))).toEqual([]);
		expect(await frameErrors(frame)).toEqual([]);
	});

	test('an AMP-style parent (amp-iframe resizable) sees the frame follow the content', async ({
		page
	}) => {
		await page.goto(host.article(ampParent(`${site}embed/?step=peshawar`)));
		const frame = await embedFrame(page);
		await resizeTwice(page);
		await shot(page, 'amp-parent');
		expect(await frameErrors(frame)).toEqual([]);
	});
});

test.describe('WordPress: the story URL pasted into the editor', () => {
	test.beforeEach(({ page }) => page.setViewportSize({ width: 1280, height: 800 }));

	/**
	 * What WordPress does with a pasted URL: it reads the page's first 150 KB for the discovery
	 * link, fetches the oEmbed response, and keeps only its iframe (sandboxed, with a secret). The
	 * site is served by a static host configured with hosting/_headers.
	 */
	async function wordpressEmbed(page: Page, hostSecret?: (frame: string) => string) {
		const html = (await (await page.request.get(site)).body()).subarray(0, 150_000).toString();
		const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
			html
		)?.[1];
		expect(href, 'the discovery link, within the first 150 KB').toBe(`${site}oembed.json`);
		const oembed = await (await page.request.get(href!)).json();
		expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: TITLE });
		const deployed = (oembed.html as string).replaceAll(site, `${withHeaders.origin}/`);
		const frameSecret = secret();
		return asWordPressEmbeds(deployed, frameSecret, hostSecret?.(frameSecret)) + wordpressHost();
	}

	const clamp = (height: number) => Math.min(1000, Math.max(200, height));

	test('the frame shows, follows the content within WordPress’s limits, and opens the story', async ({
		page
	}) => {
		await page.goto(host.article(await wordpressEmbed(page)));
		const frame = await embedFrame(page);
		await expect(frame.locator('.step-body.current h2')).toHaveText(stepTitle(slugs[0]!));
		await resizeTwice(page, clamp);
		await shot(page, 'wordpress-parent');
		expect(await frameErrors(frame)).toEqual([]);

		// The frame may not open a tab (sandbox): the host opens the story in its place.
		await frame.getByRole('button', { name: 'Next step' }).click();
		await expect(frame.locator('.step-body.current h2')).toHaveText(stepTitle(slugs[1]!));
		await frame.getByRole('link', { name: /Open the full story/ }).click();
		await expect(page).toHaveURL(`${withHeaders.origin}/#${slugs[1]}`);
		await expect(page.locator('html')).toHaveAttribute('data-step', slugs[1]!);
	});

	test('a parent with the wrong secret gets nothing', async ({ page }) => {
		await page.goto(host.article(await wordpressEmbed(page, () => 'WrongSecret0')));
		const frame = await embedFrame(page);
		await expect.poll(() => lastResize(page)).not.toBe(undefined);
		// The host says ready with its (wrong) secret, again and again: the frame does not answer.
		const answers = async () =>
			(await hostMessages(page)).filter(
				(m) => (m.data as { message?: string })?.message === 'height'
			);
		const before = (await answers()).length;
		for (let i = 0; i < 3; i++) {
			await page.evaluate(() =>
				document
					.querySelector('iframe')
					?.contentWindow?.postMessage({ message: 'ready', secret: 'WrongSecret0' }, '*')
			);
		}
		await frame.evaluate(() => new Promise((done) => setTimeout(done, 500)));
		expect((await answers()).length).toBe(before);
		expect(
			(await answers()).every((m) => (m.data as { secret: string }).secret !== 'WrongSecret0')
		).toBe(true);
		expect((await hostRecord(page)).applied).toEqual([]);
		expect(await frameHeight(page)).toBe(640);
	});
});

test.describe('in <iframe sandbox="allow-scripts"> (an opaque origin)', () => {
	const sandboxed = (origin: string, query = '') =>
		`<iframe sandbox="allow-scripts" src="${origin}/embed/${query}" title="Story map" width="100%" height="640"></iframe>`;

	test('served with hosting/_headers: text, static map and steps work, the live map draws after a gesture, no error', async ({
		page
	}) => {
		await countWebGL(page);
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(host.article(sandboxed(withHeaders.origin, '?step=kabul')));
		const frame = await embedFrame(page);
		expect(await frame.evaluate(() => origin)).toBe('null');
		await expect(frame.locator('.step-body.current h2')).toHaveText(stepTitle('kabul'));
		const map = frame.locator('img[data-static-map]');
		await expect(map).toBeVisible();
		await expect
			.poll(() => map.evaluate((el: HTMLImageElement) => el.naturalWidth))
			.toBeGreaterThan(0);
		expect(await webglContexts(frame), 'untouched: no WebGL').toBe(0);

		// The step has settled: the frame's app runs (its scripts came from another origin).
		await expect(frame.locator('html')).toHaveAttribute('data-step', 'kabul');
		const next = slugs[slugs.indexOf('kabul') + 1]!;
		// Pressed from the keyboard: a click aimed at a cross-origin frame's button missed it now
		// and then while the host page was still laying out.
		await frame.getByRole('button', { name: 'Next step' }).focus();
		await page.keyboard.press('Enter');
		await expect(frame.locator('.step-body.current h2')).toHaveText(stepTitle(next));
		await expect(frame.locator('[data-map-status="live"]')).toBeAttached({ timeout: 45_000 });
		await expect(frame.locator('html')).toHaveAttribute('data-step', next);
		await shot(page, 'sandboxed-with-headers');
		expect(await webglContexts(frame)).toBeGreaterThan(0);
		expect(await frameErrors(frame)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('served without them: the text and static map still show', async ({ page }) => {
		await page.goto(host.article(sandboxed(withoutHeaders.origin)));
		await expect.poll(() => page.frame({ url: /\/embed\// }) !== null).toBe(true);
		const frame = page.frame({ url: /\/embed\// }) as Frame;
		await expect(frame.locator('.step-body.current h2')).toHaveText(story.steps[0]!.title);
		const map = frame.locator('img[data-static-map]');
		await expect(map).toBeVisible();
		await expect
			.poll(() => map.evaluate((el: HTMLImageElement) => el.naturalWidth))
			.toBeGreaterThan(0);
		await shot(page, 'sandboxed-without-headers');
	});
});

test('the oEmbed discovery link lies within the first 150 KB of /, /embed/ and /present/', async ({
	request
}) => {
	for (const path of ['', 'embed/', 'present/']) {
		const body = await (await request.get(`${site}${path}`)).body();
		const start = body.indexOf('<link rel="alternate" type="application/json+oembed"');
		expect(start, `/${path}`).toBeGreaterThan(0);
		const end = body.indexOf('>', start);
		expect(end, `/${path} (${body.length} bytes)`).toBeLessThan(150_000);
		expect(body.subarray(start, end).toString()).toContain(`href="${site}oembed.json"`);
		test.info().annotations.push({
			type: `/${path}`,
			description: `${body.length} bytes, link ends at ${end}`
		});
	}
});

test('six embeds on one long article: frames come only near the viewport, WebGL only for the one engaged', async ({
	page
}) => {
	await countWebGL(page);
	await page.setViewportSize({ width: 1280, height: 800 });
	const places = ['peshawar', 'nangarhar', 'south-waziristan', 'kabul', 'bannu', 'lakki-marwat'];
	const article = places
		.map(
			(step) =>
				`<story-map src="${site}" step="${step}"><a href="${site}#${step}">${TITLE}</a></story-map>` +
				`<p style="height:1600px">The article goes on.</p>`
		)
		.join('');
	await page.goto(host.article(`${article}<script src="${site}embed.js" async></script>`));
	// The host page is read and scrolled without a user gesture: the frames mounting meanwhile
	// would take one for their reader's (withoutGesture).
	const inArticle = await withoutGesture(page);
	const created = () =>
		inArticle<boolean[]>(
			"[...document.querySelectorAll('story-map')].map((el) => Boolean(el.shadowRoot?.querySelector('iframe')))"
		);
	await expect.poll(async () => (await created())[0]).toBe(true);
	expect(await created(), 'only the first is near the first screen').toEqual([
		true,
		false,
		false,
		false,
		false,
		false
	]);
	// The reader clicks in the article's text (a gesture in the host page, at no embed: the frames
	// made after it start without it), then scrolls down it: each frame appears before its embed
	// comes into view.
	await page.locator('p').first().click();
	const embed = (i: number) => `document.querySelectorAll('story-map')[${i}]`;
	for (let i = 1; i < places.length; i++) {
		// Scrolled by script: a wheel over a frame would engage that embed (as a reader's does).
		await inArticle(`${embed(i - 1)}.scrollIntoView(), scrollBy(0, 900)`);
		await expect.poll(async () => (await created())[i], `embed ${i + 1}`).toBe(true);
		const top = await inArticle<number>(`${embed(i)}.getBoundingClientRect().top - innerHeight`);
		expect(top, `embed ${i + 1} is still below the screen`).toBeGreaterThan(0);
	}
	const frames = () => page.frames().filter((f) => /\/embed\//.test(f.url()));
	await expect.poll(() => frames().length).toBe(6);
	await expect.poll(() => embedsReady(), { timeout: 30_000 }).toBe(6);
	for (const frame of frames()) {
		await expect(frame.locator('html')).toHaveAttribute('data-step', /./, { timeout: 30_000 });
	}
	// Time for anything that would start by itself (as in embed.spec.ts's untouched embed).
	await page.waitForTimeout(2_000);
	const contexts = () => Promise.all(frames().map((f) => webglContexts(f)));
	expect(await contexts()).toEqual([0, 0, 0, 0, 0, 0]);

	const engaged = frames().find((f) => f.url().includes('step=kabul'))!;
	await page.locator('story-map[step="kabul"]').scrollIntoViewIfNeeded();
	await engaged.locator('.embed-story').click();
	await expect(engaged.locator('[data-map-status="live"]')).toBeAttached({ timeout: 45_000 });
	await shot(page, 'six-embeds');
	const after = await contexts();
	expect(after.filter((n) => n > 0)).toHaveLength(1);
	expect(await webglContexts(engaged)).toBeGreaterThan(0);
});

test('a <story-map> whose src is not a web address keeps its link, with one warning and no error', async ({
	page
}) => {
	const warnings: string[] = [];
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning') warnings.push(m.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	const bad = ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'http://[::1'];
	const elements = bad
		.map(
			(src) =>
				`<story-map src="${src}" step="kabul"><a href="${site}#kabul">${TITLE}</a></story-map>`
		)
		.join('');
	await page.goto(host.article(`${elements}<script src="${site}embed.js" async></script>`));
	await expect
		.poll(() => page.evaluate(() => customElements.get('story-map') !== undefined))
		.toBe(true);
	// A bad src set later is refused too, and warns once however often it is set.
	await page.evaluate(() => {
		const el = document.querySelector('story-map')!;
		el.setAttribute('src', 'javascript:void 0');
		el.setAttribute('theme', 'dark');
	});
	await expect(page.locator('story-map a')).toHaveCount(3);
	for (const link of await page.locator('story-map a').all()) await expect(link).toBeVisible();
	expect(await page.locator('iframe').count()).toBe(0);
	expect(warnings.filter((w) => w.startsWith('<story-map>'))).toHaveLength(4);
	expect(errors).toEqual([]);
});
