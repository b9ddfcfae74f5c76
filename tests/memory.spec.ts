import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { engageMap, failOnPageError, mapIsLive, recordSteps, settledOn, slugs } from './helpers';

// A reader who stays on the page a whole lesson: what they do over and over must not pile up
// memory or event listeners. Measured through the Chrome DevTools Protocol after a forced
// garbage collection, against generous bounds (the machine is noisy, the heap is not exact).
// A listener or element left behind by each action shows within these counts, and a heap leak
// of about 150 KB an action (the heap is about 12 MB); more actions only made the suite slower
// (they were 1,000, then 200).

// A small window: the software-rendered map redraws faster, and the test stays short.
test.use({ viewport: { width: 900, height: 600 }, contextOptions: { reducedMotion: 'reduce' } });

test.beforeEach(async ({ page }) => {
	await recordSteps(page);
	failOnPageError(page);
});

interface Usage {
	/** JS heap in use, bytes. */
	heap: number;
	/** Event listeners on window. */
	onWindow: number;
	/** Event listeners on the document and every node in it. */
	inDocument: number;
	/** Elements in the document. */
	elements: number;
}

async function listenersOn(cdp: CDPSession, expression: string, depth: number): Promise<number> {
	const { result } = await cdp.send('Runtime.evaluate', { expression });
	const objectId = result.objectId as string;
	const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId, depth });
	await cdp.send('Runtime.releaseObject', { objectId });
	return listeners.length;
}

// Not Memory.getDOMCounters: it counts the documents of the static SVG maps too, which the
// browser's image cache keeps and drops as it likes.
async function usage(cdp: CDPSession): Promise<Usage> {
	for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	const { result } = await cdp.send('Runtime.evaluate', {
		expression: "document.getElementsByTagName('*').length",
		returnByValue: true
	});
	return {
		heap: usedSize,
		onWindow: await listenersOn(cdp, 'window', 0),
		inDocument: await listenersOn(cdp, 'document', -1),
		elements: result.value as number
	};
}

/** Nothing grew beyond what a page at rest varies by. */
function expectNoGrowth(before: Usage, after: Usage, what: string): void {
	const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
	console.log(
		`${what}: heap ${mb(before.heap)} → ${mb(after.heap)}, listeners on window ${before.onWindow} → ` +
			`${after.onWindow}, in the document ${before.inDocument} → ${after.inDocument}, ` +
			`elements ${before.elements} → ${after.elements}`
	);
	expect(after.heap, `${what}: heap`).toBeLessThanOrEqual(before.heap * 1.5 + 10 * 2 ** 20);
	expect(after.onWindow, `${what}: window listeners`).toBeLessThanOrEqual(before.onWindow + 2);
	expect(after.inDocument, `${what}: document listeners`).toBeLessThanOrEqual(
		before.inDocument + 5
	);
	expect(after.elements, `${what}: elements`).toBeLessThanOrEqual(before.elements + 20);
}

/** Presses j to the last step and k back to the first, `count` presses in all. */
async function walk(page: Page, count: number): Promise<void> {
	let at = Number(slugs.indexOf(await stepNow(page)));
	let direction = 1;
	for (let i = 0; i < count; i++) {
		if (at + direction < 0 || at + direction >= slugs.length) direction = -direction;
		await page.keyboard.press(direction > 0 ? 'j' : 'k');
		at += direction;
		// A modest pace: every tenth step, the page has caught up (the step is announced).
		if (i % 10 === 9 || i === count - 1) {
			await expect(page.locator('html')).toHaveAttribute('data-step', slugs[at] as string);
		}
	}
}

const stepNow = (page: Page) =>
	page.locator('html').evaluate((el) => el.dataset.step ?? '') as Promise<string>;

test('120 step changes and 12 explore cycles on the live map leave no growing heap or listeners', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto('/');
	await engageMap(page);
	await settledOn(page, slugs[0] as string);
	const cdp = await page.context().newCDPSession(page);
	// Once through the story first: what loads once (fonts, images, code) is not growth. The
	// walk measured below starts at the last step and passes every step again.
	await walk(page, slugs.length - 1);
	const explore = page.locator('.reader-bar button[aria-pressed]', { hasText: /Explore|Back/ });
	await explore.dispatchEvent('click');
	await expect(explore).toHaveText('Back to the story');
	await explore.dispatchEvent('click');
	await expect(explore).toHaveText('Explore the map');

	const start = await usage(cdp);
	await walk(page, 120);
	const afterSteps = await usage(cdp);
	expectNoGrowth(start, afterSteps, '120 step changes');

	// Clicked without waiting for the button to stand still: the map redraws under it.
	for (let i = 0; i < 12; i++) {
		await explore.dispatchEvent('click');
		await expect(explore).toHaveAttribute('aria-pressed', 'true');
		await explore.dispatchEvent('click');
		await expect(explore).toHaveAttribute('aria-pressed', 'false');
	}
	expectNoGrowth(afterSteps, await usage(cdp), '12 explore cycles');
});

test('12 presenter windows opened and closed leave the present view no heavier', async ({
	page: audience,
	context
}) => {
	// A presenter window takes one to four seconds to open here, software-rendered and shared.
	test.setTimeout(300_000);
	await audience.goto('/present/#kabul');
	await mapIsLive(audience);
	await settledOn(audience, 'kabul');
	await expect(audience.locator('.present[data-measured]')).toBeAttached();
	const cdp = await context.newCDPSession(audience);

	// The presenter view opened in a second window (what `p` does) and closed again; the projector's
	// page keeps running meanwhile.
	const cycle = async () => {
		const presenter = await context.newPage();
		await presenter.goto('/present/presenter/#kabul');
		await expect(presenter.locator('[data-audience="connected"]')).toBeVisible();
		await presenter.close();
	};
	await cycle();
	const start = await usage(cdp);
	for (let i = 0; i < 12; i++) await cycle();
	expectNoGrowth(start, await usage(cdp), '12 presenter windows');
	// The present view still answers: the next key moves it.
	await audience.keyboard.press('End');
	await expect(audience.locator('.present')).toHaveAttribute(
		'data-index',
		String(slugs.length - 1)
	);
});
