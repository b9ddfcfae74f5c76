/**
 * One step body: the same step shows the same date, heading and caption in every mode that shows
 * them (StepBody.svelte), each mode in its own layout.
 */
import { expect, test, type Locator } from '@playwright/test';
import { failOnPageError, story } from './helpers';

const step = story.steps.find((s) => s.date && s.heading && s.caption && s.text);
if (!step) throw new Error('the story has no step with a date, a heading, a caption and text');
const { slug, date, heading, caption } = step as Required<typeof step>;

test.beforeEach(({ page }) => failOnPageError(page));

/** What a reader sees of the step's body in one mode. */
async function expectBody(body: Locator, level: number, parts: { caption: boolean }) {
	await expect(body.getByRole('heading', { level, name: heading })).toBeVisible();
	await expect(body.locator('.step-date')).toHaveText(date);
	if (parts.caption) await expect(body.locator('.step-caption')).toContainText(caption);
}

test('the story page, the embed and the handout show the step’s date, heading and caption', async ({
	page
}) => {
	await page.goto(`/#${slug}`);
	await expectBody(page.locator(`#${slug} .step-card`), 2, { caption: true });

	await page.goto(`/embed/?step=${slug}`);
	await expectBody(page.locator('.step-body.current'), 2, { caption: true });

	await page.goto('/print/');
	await expectBody(page.locator(`[data-print-step="${slug}"]`), 2, { caption: true });
});

test('the slide and the presenter view show its date and heading', async ({ page }) => {
	await page.goto(`/present/#${slug}`);
	await expectBody(page.locator('article.present-slide'), 2, { caption: false });

	await page.goto(`/present/presenter/#${slug}`);
	await expectBody(page.locator('main.now'), 1, { caption: false });
	// The presenter reads the caption in the notes.
	await expect(page.locator('[data-presenter-notes]')).toContainText(caption);
});
