/**
 * Many stories, one site: every published story is built under `/<story>/` in every mode, each
 * mode of each story loads, steps from the keyboard, announces its steps by the settle rule, and
 * draws its static maps, with no page error and nothing fetched from another origin. The
 * `/stories/` index lists them all; a story opened once reads offline afterwards.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtStoryIds, DEFAULT_STORY, getStory } from '../src/lib/server/stories';
import { scriptCode } from '../src/lib/embed/embed-code';
import { failOnPageError, recordSteps, stepEvents, watchOffOrigin } from './helpers';

const PORT = Number(process.env.PORT ?? 4173);
const SITE = `http://127.0.0.1:${PORT}/`;
const stories = builtStoryIds().map((id) => getStory(id));
/** Where a story's page is: the default story's is the site's root. */
const storyUrl = (id: string) => (id === DEFAULT_STORY ? SITE : `${SITE}${id}/`);

test('more than one story is published', () => {
	expect(stories.map((s) => s.id)).toEqual(
		expect.arrayContaining(['frontier', 'tashkent-to-kashgar'])
	);
});

/** The step announced last (`storymap:step`), and `data-step` when it was. */
async function announced(page: Page) {
	const last = (await stepEvents(page)).at(-1);
	return last && { id: last.id, index: last.index, dataStep: last.dataStep };
}

/** Every static map of a step the page shows has been drawn (its image decoded, not broken). */
async function staticMapDrawn(page: Page, storyId: string, slug: string) {
	const img = page.locator(`img[data-static-map][src$="/maps/${storyId}/${slug}.svg"]`).first();
	await img.scrollIntoViewIfNeeded();
	await expect
		.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), {
			message: `the static map of "${slug}" is drawn`
		})
		.toBeGreaterThan(0);
}

/** How each mode moves one step on from the keyboard. */
const NEXT: Record<'story' | 'embed' | 'present', (page: Page, to: number) => Promise<void>> = {
	story: (page) => page.keyboard.press('j'),
	// The embed's step keys are its own buttons: focused and pressed from the keyboard.
	embed: (page) => page.getByRole('button', { name: 'Next step' }).press('Enter'),
	// A number then Enter goes to that step (a long step's text may take several screens).
	present: async (page, to) => {
		await page.keyboard.type(String(to + 1));
		await page.keyboard.press('Enter');
	}
};

for (const story of stories) {
	const [first, second, third] = story.steps;
	const home = `/${story.id}/`;

	test.describe(`story "${story.id}"`, () => {
		for (const mode of ['story', 'embed', 'present'] as const) {
			test(`${mode}: loads, steps from the keyboard, settles, draws its static maps`, async ({
				page
			}) => {
				failOnPageError(page);
				const offOrigin = watchOffOrigin(page, SITE);
				await recordSteps(page);
				await page.goto(`${home}${mode === 'story' ? '' : `${mode}/`}`);
				await expect(page).toHaveTitle(new RegExp(story.title.slice(0, 20)));
				const firstWords = (first?.text ?? first?.caption ?? '').slice(0, 40);
				await expect(page.getByText(firstWords).first()).toBeVisible();
				await expect
					.poll(() => announced(page))
					.toEqual({ id: first?.slug, index: 0, dataStep: first?.slug });
				await staticMapDrawn(page, story.id, first?.slug as string);

				for (const [index, step] of [second, third].entries()) {
					if (!step) continue;
					await NEXT[mode](page, index + 1);
					await expect
						.poll(() => announced(page), { message: `settles on "${step.slug}"` })
						.toEqual({ id: step.slug, index: index + 1, dataStep: step.slug });
					await expect(page.locator('html')).toHaveAttribute('data-step', step.slug);
					await staticMapDrawn(page, story.id, step.slug);
				}
				expect(offOrigin()).toEqual([]);
			});
		}

		test('print: every step with its text and its static map', async ({ page }) => {
			failOnPageError(page);
			const offOrigin = watchOffOrigin(page, SITE);
			await page.goto(`${home}print/`);
			await expect(page.locator('[data-print-step]')).toHaveCount(story.steps.length);
			for (const step of story.steps) {
				const item = page.locator(`[data-print-step="${step.slug}"]`);
				if (step.text) await expect(item.locator('.step-text')).toHaveText(step.text);
				await staticMapDrawn(page, story.id, step.slug);
			}
			// Its printed links lead to the story's own page (the default story's is the site's root).
			await expect(page.locator('a.link').first()).toHaveAttribute(
				'href',
				`${storyUrl(story.id)}#${first?.slug}`
			);
			expect(offOrigin()).toEqual([]);
		});

		test('oEmbed, canonical and discovery links name this story', async ({ page, request }) => {
			const oembed = await (await request.get(`${home}oembed.json`)).json();
			expect(oembed.title).toBe(story.title);
			expect(oembed.html).toContain(`${SITE}${story.id}/embed/`);
			await page.goto(home);
			const canonical = page.locator('link[rel="canonical"]');
			// The default story's prefixed pages point at its unprefixed ones.
			await expect(canonical).toHaveAttribute('href', storyUrl(story.id));
			await expect(
				page.locator('link[rel="alternate"][type="application/json+oembed"]')
			).toHaveAttribute('href', `${SITE}${story.id}/oembed.json`);
		});
	});
}

test('the /stories/ index lists every story with its thumbnail and a link', async ({ page }) => {
	failOnPageError(page);
	const offOrigin = watchOffOrigin(page, SITE);
	await page.goto('/stories/');
	for (const story of stories) {
		const item = page.getByRole('listitem').filter({ hasText: story.title });
		await expect(item.getByRole('link', { name: story.title })).toHaveAttribute(
			'href',
			story.id === DEFAULT_STORY ? '/' : `/${story.id}/`
		);
		if (story.summary) await expect(item).toContainText(story.summary);
		await staticMapDrawn(page, story.id, story.steps[0]?.slug as string);
	}
	expect(offOrigin()).toEqual([]);
});

test('the embed code of a story names that story, and <story-map story=…> shows it', async ({
	page
}) => {
	failOnPageError(page);
	const story = stories.find((s) => s.id !== DEFAULT_STORY);
	test.skip(!story, 'one story only');
	// A page of the site itself stands in for the host article (its CSP allows the site's script).
	await page.goto('/stories/');
	await page.evaluate(
		([site, id, step]) => {
			const element = document.createElement('story-map');
			element.setAttribute('src', site as string);
			element.setAttribute('story', id as string);
			element.setAttribute('step', step as string);
			element.style.display = 'block';
			document.body.prepend(element);
			const script = document.createElement('script');
			script.src = `${site}embed.js`;
			document.head.append(script);
		},
		[SITE, story?.id, story?.steps[1]?.slug]
	);
	const frame = page.frameLocator('story-map iframe');
	await expect(frame.getByText((story?.steps[1]?.text ?? '').slice(0, 30))).toBeVisible();
	await expect(page.locator('story-map iframe')).toHaveAttribute(
		'src',
		new RegExp(`^${SITE}${story?.id}/embed/\\?step=`)
	);
});

test('the embed dialog of a story offers that story’s embed, and its preview shows it', async ({
	page
}) => {
	failOnPageError(page);
	const story = stories.find((s) => s.id !== DEFAULT_STORY);
	test.skip(!story, 'one story only');
	const step = story?.steps[1];
	await page.goto(`/${story?.id}/#${step?.slug}`);
	await expect(page.locator('html')).toHaveAttribute('data-step', step?.slug as string);
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this map in an article' });
	await expect(dialog.getByLabel('Embed code')).toHaveValue(
		scriptCode(SITE, { story: story?.id, step: step?.slug }, story?.title as string)
	);
	const preview = page.frameLocator('.embed-preview iframe');
	await expect(preview.locator('html')).toHaveAttribute('data-step', step?.slug as string);
	await expect(preview.getByText((step?.text ?? '').slice(0, 30))).toBeVisible();
});

test.describe('offline', () => {
	// The service worker is what is under test here (the other specs block it).
	test.use({ serviceWorkers: 'allow' });

	test('a story beyond the default one, opened once, reads offline afterwards', async ({
		page,
		context
	}) => {
		const story = stories.find((s) => s.id !== DEFAULT_STORY);
		test.skip(!story, 'one story only');
		const [first, last] = [story?.steps[0], story?.steps.at(-1)];
		failOnPageError(page);
		await page.goto(`/${story?.id}/`);
		await expect(page.locator('[data-offline="ready"]')).toBeAttached({ timeout: 30_000 });
		// The story's pages and maps are kept once the worker is there (save-story.ts).
		await expect
			.poll(() =>
				page.evaluate(async (id) => {
					const cache = await caches.open('story-pages');
					return (await cache.keys()).filter((r) => r.url.includes(`/maps/${id}/`)).length;
				}, story?.id)
			)
			.toBe(story?.steps.length);

		await context.setOffline(true);
		await page.reload();
		await expect(page.getByText((first?.text ?? '').slice(0, 40)).first()).toBeVisible();
		await staticMapDrawn(page, story?.id as string, first?.slug as string);
		// A map the reader never scrolled to was saved too.
		const lastMap = `/maps/${story?.id}/${last?.slug}.svg`;
		expect(await page.evaluate((url) => fetch(url).then((r) => r.status), lastMap)).toBe(200);
		// And the story's other modes, never opened.
		await page.goto(`/${story?.id}/print/`);
		await expect(page.locator('[data-print-step]')).toHaveCount(story?.steps.length ?? 0);
		await context.setOffline(false);
	});
});
