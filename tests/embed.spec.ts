import { expect, test, type Frame, type Page } from '@playwright/test';
import { iframeCode, scriptCode } from '../src/lib/embed/embed-code';
import { addSiblingFrame, startHostServer, type HostServer } from './fixtures/host/server';
import { storyPageFiles } from '../bench/site-files';
import { countWebGL, failOnPageError, holdRequests, slugs, story, withoutWebGL } from './helpers';

/**
 * The embed, seen from an article on another site: the host page is served from another origin
 * (a second loopback port, started here) and embeds the story from the site under test.
 */

interface HostMessage {
	/** Which iframe or <story-map> of the host page sent it (document order), -1 if none. */
	frame: number;
	origin: string;
	data: { type: string; [field: string]: unknown };
}

interface FrameStep {
	index: number;
	id: string;
	dataStep: string | undefined;
}

let host: HostServer;
let site: string;

test.beforeAll(async ({ baseURL }) => {
	// Port 0: any free port, so parallel workers and other checkouts never collide.
	host = await startHostServer(0);
	site = `${baseURL}/`;
});
test.afterAll(() => host.close());

test.use({ contextOptions: { reducedMotion: 'reduce' } });

test.beforeEach(async ({ page }) => {
	// In every frame: uncaught errors, and the page's own settle events with data-step.
	await page.addInitScript(() => {
		const w = window as unknown as { __errors: string[]; __steps: unknown[] };
		w.__errors = [];
		w.__steps = [];
		addEventListener('error', (e) => w.__errors.push(String(e.message)));
		addEventListener('unhandledrejection', (e) => w.__errors.push(String(e.reason)));
		addEventListener('storymap:step', (e) => {
			const { index, id } = (e as CustomEvent).detail;
			w.__steps.push({ index, id, dataStep: document.documentElement.dataset.step });
		});
	});
	failOnPageError(page);
});

const TITLE = story.title;
const indexOf = (slug: string) => slugs.indexOf(slug);

const hostMessages = (page: Page) =>
	page.evaluate(() => (window as unknown as { __messages: HostMessage[] }).__messages);
const fromStory = async (page: Page) => (await hostMessages(page)).filter((m) => m.frame === 0);
const stepMessages = async (page: Page) =>
	(await fromStory(page)).filter((m) => m.data.type === 'storymap:step');

/** The story's frame inside the host page, once it is there. */
async function storyFrame(page: Page): Promise<Frame> {
	await expect.poll(() => page.frame({ url: /\/embed\// }) !== null).toBe(true);
	return page.frame({ url: /\/embed\// }) as Frame;
}

/** Posts a message to the story frame from the host page (its parent). */
const post = (page: Page, message: unknown) =>
	page.evaluate(
		([data, target]) => {
			const el = document.querySelector('story-map') as { frame?: HTMLIFrameElement } | null;
			const frame = el?.frame ?? document.querySelector('iframe');
			frame?.contentWindow?.postMessage(data, target);
		},
		[message, new URL(site).origin] as const
	);

/** Waits for the frame to tell its parent that `slug` has settled; returns that message. */
async function settles(page: Page, slug: string, after = 0): Promise<HostMessage> {
	await expect
		.poll(async () => (await stepMessages(page)).slice(after).at(-1)?.data.id, {
			message: `the frame announces "${slug}"`
		})
		.toBe(slug);
	return (await stepMessages(page)).slice(after).at(-1) as HostMessage;
}

/**
 * A reader's first gesture inside the frame (a press on its title, which does nothing else): the
 * live map starts then. Waits until it has taken over.
 */
async function engageFrame(frame: Frame): Promise<void> {
	// Once the frame's scripts run (its first step announced): an earlier tap counts too (tested
	// below), but these tests are about what follows the start.
	await expect(frame.locator('html')).toHaveAttribute('data-step', /./);
	await frame.locator('.embed-story').click();
	await expect(frame.locator('[data-map-status="live"]')).toBeAttached({ timeout: 30_000 });
}

const embeds = {
	'plain iframe': (choice: Parameters<typeof iframeCode>[1]) => iframeCode(site, choice, TITLE),
	'script element': (choice: Parameters<typeof scriptCode>[1]) => scriptCode(site, choice, TITLE)
};

for (const [kind, code] of Object.entries(embeds)) {
	test.describe(`embedded with the ${kind}`, () => {
		test('ready comes first and lists only the range; the frame shows only its steps', async ({
			page
		}) => {
			await page.goto(host.article(code({ steps: ['bannu', 'lakki-marwat'] })));
			const frame = await storyFrame(page);
			const first = await settles(page, 'bannu');
			expect(first.data.index).toBe(indexOf('bannu'));
			const messages = await fromStory(page);
			expect(messages[0]?.data).toEqual({
				type: 'storymap:ready',
				steps: ['bannu', 'lakki-marwat'].map((id) => ({
					id,
					title: story.steps[indexOf(id)]!.title
				}))
			});
			expect(messages.filter((m) => m.data.type === 'storymap:ready')).toHaveLength(1);
			expect(messages.every((m) => m.origin === new URL(site).origin)).toBe(true);
			await expect(frame.locator('.embed-count')).toHaveText('1 of 2');
			await expect(frame.getByRole('heading', { level: 2, name: 'Bannu' })).toBeVisible();
			await expect(frame.locator('html')).toHaveAttribute('data-step', 'bannu');
			await expect(frame.getByRole('link', { name: /Open the full story/ })).toHaveAttribute(
				'href',
				/\/#bannu$/
			);
			await expect
				.poll(async () => (await fromStory(page)).some((m) => m.data.type === 'storymap:resize'))
				.toBe(true);
		});

		test('goto, next and prev drive the frame; steps come back with full-story indices', async ({
			page
		}) => {
			await page.goto(host.article(code({ step: 'kabul' })));
			const frame = await storyFrame(page);
			await settles(page, 'kabul');
			const kabul = indexOf('kabul');

			await post(page, { type: 'storymap:next' });
			const next = await settles(page, slugs[kabul + 1]!);
			expect(next.data.index).toBe(kabul + 1);
			await post(page, { type: 'storymap:prev' });
			expect((await settles(page, 'kabul')).data.index).toBe(kabul);
			await post(page, { type: 'storymap:goto', step: 'lakki-marwat' });
			expect((await settles(page, 'lakki-marwat')).data.index).toBe(indexOf('lakki-marwat'));
			await expect(frame.locator('.embed-count')).toHaveText(
				`${indexOf('lakki-marwat') + 1} of ${slugs.length}`
			);

			// Inside the frame the contract holds as on the story page: data-step, then the event.
			const inFrame = await frame.evaluate(
				() => (window as unknown as { __steps: FrameStep[] }).__steps
			);
			expect(inFrame.length).toBeGreaterThan(0);
			for (const event of inFrame) expect(event.dataStep).toBe(event.id);
			expect(inFrame.at(-1)).toMatchObject({ id: 'lakki-marwat', index: indexOf('lakki-marwat') });
		});

		test('a range stops at its ends and ignores steps outside it', async ({ page }) => {
			await page.goto(host.article(code({ steps: ['bannu', 'lakki-marwat'] })));
			const frame = await storyFrame(page);
			await engageFrame(frame);
			await settles(page, 'bannu');
			const before = (await stepMessages(page)).length;
			await post(page, { type: 'storymap:prev' });
			await post(page, { type: 'storymap:goto', step: 'kabul' });
			await post(page, { type: 'storymap:next' });
			// Messages are handled in order: the first step announced after the two ignored ones
			// is the one `next` asked for.
			await settles(page, 'lakki-marwat', before);
			const after = (await stepMessages(page)).slice(before).map((m) => m.data.id);
			expect(new Set(after)).toEqual(new Set(['lakki-marwat']));
			await post(page, { type: 'storymap:next' });
			await post(page, { type: 'storymap:goto', step: 'bannu' });
			await settles(page, 'bannu');
			await expect(frame.locator('.embed-count')).toHaveText('1 of 2');
		});

		test('wheeling over the frame scrolls the host page', async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(host.article(code({ steps: ['bannu', 'lakki-marwat'] })));
			const frame = await storyFrame(page);
			await engageFrame(frame);
			await settles(page, 'bannu');
			const embed = page.locator('figure.embed > :first-child');
			await embed.evaluate((el) => el.scrollIntoView({ block: 'start' }));
			for (const part of ['.embed-map', '.embed-text']) {
				const box = (await frame.locator(part).boundingBox())!;
				const before = await page.evaluate(() => scrollY);
				await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 80));
				await page.mouse.wheel(0, 240);
				await expect
					.poll(() => page.evaluate(() => scrollY), { message: `wheel over ${part}` })
					.toBeGreaterThan(before + 100);
			}
		});

		test('no request leaves the two origins', async ({ page }) => {
			const outside: string[] = [];
			page.on('request', (request) => {
				const url = request.url();
				const ok = [site, `${host.origin}/`, 'data:', 'blob:', 'about:'];
				if (!ok.some((prefix) => url.startsWith(prefix))) outside.push(url);
			});
			await page.goto(host.article(code({ from: 'peshawar', to: 'kabul' })));
			const frame = await storyFrame(page);
			await engageFrame(frame);
			await post(page, { type: 'storymap:goto', step: 'kabul' });
			await settles(page, 'kabul');
			expect(outside).toEqual([]);
		});
	});
}

test.describe('when the embed starts its live map', () => {
	// In every frame: the WebGL contexts asked for (an untouched embed asks for none).
	test.beforeEach(({ page }) => countWebGL(page));

	const state = (frame: Frame) =>
		frame.evaluate(() => ({
			status: document.querySelector('[data-map-status]')?.getAttribute('data-map-status'),
			webgl: (window as unknown as { webglContexts: number }).webglContexts,
			started: performance.getEntriesByName('storymap:map-start').length > 0
		}));

	test('an untouched embed shows its static map and never starts WebGL; a host command does', async ({
		page
	}) => {
		await page.goto(host.article(embeds['script element']({ steps: ['bannu', 'lakki-marwat'] })));
		const frame = await storyFrame(page);
		await settles(page, 'bannu');
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(2_000);
		expect(await state(frame)).toEqual({ status: 'static', webgl: 0, started: false });
		await expect(frame.locator('img[data-static-map]')).toBeVisible();

		await post(page, { type: 'storymap:goto', step: 'lakki-marwat' });
		await settles(page, 'lakki-marwat');
		await expect(frame.locator('[data-map-status="live"]')).toBeAttached({ timeout: 30_000 });
		expect((await state(frame)).webgl).toBeGreaterThan(0);
	});

	test('a tap on the frame before its scripts have run starts the live map once they do', async ({
		page
	}) => {
		// A slow phone: the frame's prerendered step is on screen, its scripts not yet run.
		const release = await holdRequests(page, `${site}_app/immutable/**`);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(host.article(embeds['plain iframe']({ steps: ['bannu', 'lakki-marwat'] })));
		// Until the frame has mounted, nothing here runs in it: Playwright's locators and evaluate
		// act with a user gesture, which the frame would take for its reader's.
		await expect.poll(() => page.frame({ url: /\/embed\// }) !== null).toBe(true);
		const frame = page.frame({ url: /\/embed\// }) as Frame;
		await frame.waitForLoadState('domcontentloaded');
		const box = (await page.locator('iframe').boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + 40);
		release();
		await expect
			.poll(async () => (await fromStory(page)).some((m) => m.data.type === 'storymap:ready'))
			.toBe(true);
		await expect(frame.locator('[data-map-status="live"]')).toBeAttached({ timeout: 30_000 });
		expect(await state(frame)).toMatchObject({ status: 'live', started: true });
	});

	test('an embed engaged out of its host’s view waits until it is in view', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		// Loaded at once (not loading="lazy"), far below the first screen.
		const below = `<div style="height: 3000px"></div><iframe src="${site}embed/?step=kabul" title="Story map" width="100%" height="640"></iframe>`;
		await page.goto(host.article(below));
		const frame = await storyFrame(page);
		await settles(page, 'kabul');
		// A host command engages it, but nobody can see it yet.
		await post(page, { type: 'storymap:next' });
		await settles(page, slugs[indexOf('kabul') + 1]!);
		await page.waitForTimeout(2_000);
		expect(await state(frame)).toEqual({ status: 'static', webgl: 0, started: false });
		await page.locator('iframe').scrollIntoViewIfNeeded();
		await expect(frame.locator('[data-map-status="live"]')).toBeAttached({ timeout: 30_000 });
	});
});

test('the script element is as tall as the content, and follows it', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(host.article(embeds['script element']({ step: 'peshawar' })));
	const frame = await storyFrame(page);
	await settles(page, 'peshawar');
	const lastResize = async () =>
		(await fromStory(page)).filter((m) => m.data.type === 'storymap:resize').at(-1)?.data.height as
			number | undefined;
	const elementHeight = () =>
		page.locator('story-map').evaluate((el) => el.getBoundingClientRect().height);
	/** Nothing in the frame is cut off or scrolls: the frame shows all of its content. */
	const fits = () =>
		frame.evaluate(() => {
			const text = document.querySelector('.embed-text') as HTMLElement;
			return (
				document.documentElement.scrollHeight <= innerHeight &&
				text.scrollHeight <= text.clientHeight + 1
			);
		});

	await expect.poll(lastResize).toBeGreaterThan(300);
	await expect.poll(elementHeight).toBe(await lastResize());
	expect(await fits()).toBe(true);

	// A narrow column makes the text taller: the frame says so and the element grows.
	const wide = (await lastResize()) as number;
	await page.setViewportSize({ width: 390, height: 844 });
	await expect.poll(lastResize).not.toBe(wide);
	await expect.poll(elementHeight).toBe(await lastResize());
	await expect.poll(fits).toBe(true);

	// Another step of the story changes neither the frame nor the host page's layout.
	const height = await elementHeight();
	await frame.getByRole('button', { name: 'Next step' }).click();
	await settles(page, slugs[indexOf('peshawar') + 1]!);
	expect(await elementHeight()).toBe(height);
});

test('hostile messages change nothing and throw nothing', async ({ page }) => {
	await page.goto(
		host.article(embeds['script element']({ steps: ['peshawar', 'bannu', 'lakki-marwat'] }))
	);
	const frame = await storyFrame(page);
	await settles(page, 'peshawar');
	await engageFrame(frame);
	await settles(page, 'peshawar');
	const stepsBefore = (await stepMessages(page)).length;

	// From the parent: every wrong shape, huge payloads, unknown and out-of-range slugs.
	await page.evaluate(() => {
		const target = (document.querySelector('story-map') as unknown as { frame: HTMLIFrameElement })
			.frame.contentWindow!;
		const huge = 'x'.repeat(8_000_000);
		const manyKeys = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));
		const hostile: unknown[] = [
			'storymap:next',
			null,
			42,
			[{ type: 'storymap:next' }],
			{ type: 'storymap:next', extra: true },
			{ type: 'storymap:goto' },
			{ type: 'storymap:goto', step: 'nowhere' },
			{ type: 'storymap:goto', step: 'kabul' },
			{ type: 'storymap:goto', step: { toString: null } },
			{ type: 'storymap:goto', step: huge },
			{ type: 'storymap:next', ...manyKeys },
			{ type: huge },
			{ type: 'storymap:ready', steps: [] },
			{ type: 'storymap:resize', height: 1e9 },
			new Blob(['storymap:next']),
			new ArrayBuffer(16_000_000),
			new Map([['type', 'storymap:next']])
		];
		for (const data of hostile) target.postMessage(data, '*');
	});

	// From windows that are not the parent: a sibling frame on the host page, and the frame itself.
	const sibling = await addSiblingFrame(page);
	await sibling.evaluate(() => {
		const story = (
			parent.document.querySelector('story-map') as unknown as { frame: HTMLIFrameElement }
		).frame.contentWindow!;
		story.postMessage({ type: 'storymap:next' }, '*');
		story.postMessage({ type: 'storymap:goto', step: 'lakki-marwat' }, '*');
	});
	await frame.evaluate(() => {
		postMessage({ type: 'storymap:next' }, '*');
		postMessage({ type: 'storymap:goto', step: 'lakki-marwat' }, '*');
	});

	// A valid message last: the first step announced after all of the above is the one it asks for.
	await post(page, { type: 'storymap:goto', step: 'bannu' });
	await settles(page, 'bannu', stepsBefore);
	const after = (await stepMessages(page)).slice(stepsBefore).map((m) => m.data.id);
	expect(new Set(after)).toEqual(new Set(['bannu']));
	expect(
		await frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors)
	).toEqual([]);
	await expect(frame.locator('.embed-count')).toHaveText('2 of 3');
	await expect(page.locator('story-map')).toBeVisible();
});

test('the oEmbed html, pasted into a host page, works like the hand-written embed', async ({
	page,
	request
}) => {
	const response = await request.get('/oembed.json');
	expect(response.headers()['content-type']).toMatch(/application\/json/);
	const oembed = await response.json();
	expect(oembed).toMatchObject({
		version: '1.0',
		type: 'rich',
		title: story.title,
		provider_url: site,
		width: expect.any(Number),
		height: expect.any(Number)
	});
	expect(oembed.provider_name).toEqual(expect.any(String));

	await page.goto(host.article(oembed.html));
	const frame = await storyFrame(page);
	await settles(page, slugs[0]!);
	const ready = (await fromStory(page))[0]!;
	expect(ready.data.type).toBe('storymap:ready');
	expect((ready.data.steps as unknown[]).length).toBe(slugs.length);
	// The plain iframe (what WordPress keeps of an oEmbed html; tests/cms.spec.ts resizes it there).
	await expect(page.locator('iframe')).toHaveAttribute('title', story.title);
	await post(page, { type: 'storymap:next' });
	expect((await settles(page, slugs[1]!)).data.index).toBe(1);
	await expect(frame.locator('.embed-count')).toHaveText(`2 of ${slugs.length}`);
});

test.describe('with the script blocked', () => {
	test.use({ javaScriptEnabled: false });

	test('the script embed shows its link to the story', async ({ page }) => {
		await page.goto(host.article(embeds['script element']({ step: 'kabul' })));
		const link = page.locator('story-map a');
		await expect(link).toBeVisible();
		await expect(link).toHaveAttribute('href', `${site}#kabul`);
	});

	test('/embed/ shows the first step with its static map and a link to the story', async ({
		page
	}) => {
		await page.goto('/embed/');
		const first = story.steps[0]!;
		const img = page.locator('img[data-static-map]');
		await expect(img).toBeVisible();
		await expect(img).toHaveAttribute('alt', first.alt);
		expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
		await expect(page.locator('.step-body:visible h2')).toHaveText(first.title);
		await expect(page.getByRole('link', { name: /Open the full story/ })).toHaveAttribute(
			'href',
			new RegExp(`#${first.slug}$`)
		);
		await expect(page.getByRole('button', { name: 'Next step' })).toBeHidden();
	});
});

test('the frame’s page carries each step’s text once in its data, as the markup it shows', async ({
	request
}) => {
	const html = await (await request.get('/embed/')).text();
	// A run of plain words from every step's text: in the markup once, in the hydration data once.
	for (const step of story.steps) {
		const words = step.text?.match(/[A-Za-z ,]{30,}/)?.[0];
		if (!words) continue;
		expect(html.split(words).length - 1, step.slug).toBe(2);
	}
	// Neither the text's place segments nor the story's place index: the frame uses neither.
	expect(html).not.toMatch(/\bsegments:/);
	expect(html).not.toMatch(/\bplaces:/);
});

test('the story page links its oEmbed endpoint', async ({ page }) => {
	await page.goto('/');
	await expect(
		page.locator('link[rel="alternate"][type="application/json+oembed"]')
	).toHaveAttribute('href', `${site}oembed.json`);
});

test('bad parameters warn in the console and the embed still works', async ({ page }) => {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning') warnings.push(message.text());
	});
	await page.goto('/embed/?steps=nowhere&theme=blue&autoplay=soon&controls=maybe&zoom=3');
	await expect(page.locator('html')).toHaveAttribute('data-step', slugs[0]!);
	await expect(page.locator('.embed-count')).toHaveText(`1 of ${slugs.length}`);
	for (const word of ['nowhere', 'blue', 'soon', 'maybe', 'zoom']) {
		expect(
			warnings.some((w) => w.includes(word)),
			`a warning names "${word}"`
		).toBe(true);
	}
});

test('theme, controls and step: a dark embed of one step without controls', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/embed/?step=kabul&theme=dark&controls=0');
	await expect(page.locator('html')).toHaveAttribute('data-step', 'kabul');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const background = await page.evaluate(
		() => getComputedStyle(document.documentElement).backgroundColor
	);
	expect(background).toBe('rgb(21, 25, 29)');
	await expect(page.getByRole('button')).toHaveCount(0);
	await expect(page.getByRole('link', { name: /Open the full story/ })).toHaveAttribute(
		'href',
		/\/#kabul$/
	);
});

test.describe('autoplay', () => {
	test.use({ contextOptions: { reducedMotion: 'no-preference' } });

	test('plays through the range once, and a click pauses it', async ({ page }) => {
		await page.goto('/embed/?steps=bannu,lakki-marwat&autoplay=2');
		const toggle = page.getByRole('button', { name: 'Pause' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('html')).toHaveAttribute('data-step', 'lakki-marwat', {
			timeout: 20_000
		});
		// At the end of the range it stops; Play starts it again from the first step.
		await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		await page.getByRole('button', { name: 'Play' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-step', 'bannu');
		await page.getByRole('button', { name: 'Previous step' }).click();
		await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
	});
});

test('autoplay waits for Play when the reader prefers reduced motion', async ({ page }) => {
	await page.goto('/embed/?steps=bannu,lakki-marwat&autoplay=2');
	await expect(page.locator('html')).toHaveAttribute('data-step', 'bannu');
	const play = page.getByRole('button', { name: 'Play' });
	await expect(play).toHaveAttribute('aria-pressed', 'false');
	await play.click();
	await expect(page.locator('html')).toHaveAttribute('data-step', 'lakki-marwat', {
		timeout: 20_000
	});
});

test('the embed dialog builds the code for this step or a range, with a preview', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/#bannu');
	await expect(page.locator('html')).toHaveAttribute('data-step', 'bannu');
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this map in an article' });
	await expect(dialog).toBeVisible();
	const code = dialog.getByLabel('Embed code');
	await expect(code).toHaveValue(scriptCode(site, { step: 'bannu' }, story.title));

	await dialog.getByLabel('A range of steps').check();
	await dialog.getByRole('combobox', { name: /^To\b/ }).selectOption('lakki-marwat');
	await dialog.getByLabel(/Plain iframe/).check();
	const expected = iframeCode(site, { from: 'bannu', to: 'lakki-marwat' }, story.title);
	await expect(code).toHaveValue(expected);

	const preview = page.frameLocator('.embed-preview iframe');
	await expect(preview.locator('.embed-count')).toHaveText('1 of 2');
	await expect(preview.locator('html')).toHaveAttribute('data-step', 'bannu');

	await dialog.getByRole('button', { name: 'Copy code' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('the embed dialog loads when asked for; if it cannot, the button says so and tries again', async ({
	page
}) => {
	const onDemand = storyPageFiles().onDemandJs.map((f) => `/${f.path}`);
	let blocked = true;
	await page.route(
		(url) => onDemand.includes(url.pathname),
		(route) => (blocked ? route.abort('internetdisconnected') : route.continue())
	);
	await page.goto('/#kabul');
	await expect(page.locator('html')).toHaveAttribute('data-step', 'kabul');
	const button = page.getByRole('button', { name: 'Embed' });
	await button.click();
	await expect(page.getByRole('status').filter({ hasText: 'could not load' })).toBeVisible();
	await expect(page.getByRole('dialog')).toHaveCount(0);

	blocked = false;
	await button.click();
	const dialog = page.getByRole('dialog', { name: 'Embed this map in an article' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByLabel('Embed code')).toHaveValue(
		scriptCode(site, { step: 'kabul' }, story.title)
	);
	await expect(page.getByText('could not load')).toHaveCount(0);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(button).toBeFocused();
});

for (const viewport of [
	{ width: 390, height: 640 },
	{ width: 1000, height: 600 }
]) {
	test(`stepping through every step moves neither the map nor the text box (${viewport.width}px)`, async ({
		page
	}) => {
		// The stack lays out the current step over the longest (embed-story.ts): a step change must
		// not resize the map under the reader, nor the frame in the host's page. The boxes do not
		// depend on what draws the map: without WebGL the static maps stand in, and the walk does
		// not wait on a software-rendered live map at every step (37 s of the suite's time).
		await withoutWebGL(page);
		await page.setViewportSize(viewport);
		await page.goto('/embed/');
		await expect(page.locator('html')).toHaveAttribute('data-step', slugs[0]!);
		const boxes = async () =>
			page.evaluate(() =>
				['.step-stack', '.map-sizer'].map((selector) => {
					const box = document.querySelector(selector)!.getBoundingClientRect();
					return `${selector} ${Math.round(box.width)}×${Math.round(box.height)}`;
				})
			);
		const first = await boxes();
		for (const slug of slugs.slice(1)) {
			await page.getByRole('button', { name: 'Next step' }).press('Enter');
			await expect(page.locator('html')).toHaveAttribute('data-step', slug);
			expect(await boxes(), slug).toEqual(first);
		}
	});
}
