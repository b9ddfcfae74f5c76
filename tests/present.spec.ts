import { expect, test, type Page } from '@playwright/test';
import {
	failOnPageError,
	mapIsLive,
	recordSteps,
	settledOn,
	slugs,
	story,
	withoutWebGL
} from './helpers';

test.use({ viewport: { width: 1280, height: 720 }, contextOptions: { reducedMotion: 'reduce' } });

test.beforeEach(async ({ page }) => {
	await recordSteps(page);
	failOnPageError(page);
});

interface Screen {
	step: number;
	part: number;
	parts: number;
}

/** Where the present view stands: the step on screen (0-based), its part, its number of parts. */
const screen = (page: Page): Promise<Screen> =>
	page.locator('.present').evaluate((el: HTMLElement) => ({
		step: Number(el.dataset.index),
		part: Number(el.dataset.part),
		parts: Number(el.dataset.parts)
	}));

const after = (s: Screen, move: 'next' | 'prev', parts: (step: number) => number) => {
	if (move === 'next') {
		return s.part + 1 < s.parts
			? { step: s.step, part: s.part + 1 }
			: { step: s.step + 1, part: 0 };
	}
	return s.part > 0
		? { step: s.step, part: s.part - 1 }
		: { step: s.step - 1, part: parts(s.step - 1) - 1 };
};

/** Opens the present view (at a step, or with no step in the address), the live map settled. */
async function open(page: Page, slug?: string) {
	await page.goto(slug ? `/present/#${slug}` : '/present/');
	await mapIsLive(page);
	await settledOn(page, slug ?? (slugs[0] as string));
	// The slide has been measured and split for this screen.
	await expect(page.locator('.present[data-measured]')).toBeAttached();
}

/** Waits until the step on screen is `index` and the map has settled there (data-step, event, hash). */
async function onStep(page: Page, index: number) {
	const slug = slugs[index] as string;
	await expect.poll(async () => (await screen(page)).step).toBe(index);
	const event = await settledOn(page, slug);
	expect(event.index).toBe(index);
	expect(event.dataStep).toBe(slug);
	expect(new URL(page.url()).hash).toBe(`#${slug}`);
	await expect(page.locator('[data-present-number]')).toHaveText(String(index + 1));
	// The contract's static map, with the step's text alternative, in this mode too.
	await expect(page.locator('img[data-static-map]')).toHaveAttribute(
		'alt',
		story.steps[index]!.alt
	);
}

test('every "next" key and every "previous" key moves one screen, map and address following', async ({
	page
}) => {
	await open(page, 'soviet-withdrawal');
	const partsSeen = new Map<number, number>();
	const partsOf = (step: number) => partsSeen.get(step) ?? 1;
	for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter']) {
		const before = await screen(page);
		partsSeen.set(before.step, before.parts);
		await page.keyboard.press(key);
		const expected = after(before, 'next', partsOf);
		await expect.poll(() => screen(page), { message: key }).toMatchObject(expected);
		if (expected.step !== before.step) await onStep(page, expected.step);
	}
	for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) {
		const before = await screen(page);
		await page.keyboard.press(key);
		const expected = after(before, 'prev', partsOf);
		await expect.poll(() => screen(page), { message: key }).toMatchObject(expected);
		if (expected.step !== before.step) await onStep(page, expected.step);
	}
});

test('Home, End, and a number then Enter go to that step', async ({ page }) => {
	await open(page, 'kashmir');
	await page.keyboard.press('End');
	await onStep(page, slugs.length - 1);
	await page.keyboard.press('Home');
	await onStep(page, 0);

	// "12" then Enter: the twelfth step as numbered on screen, Kabul (index 11).
	await page.keyboard.press('1');
	await page.keyboard.press('2');
	await expect(page.getByRole('status').filter({ hasText: 'Go to step' })).toContainText('12');
	await page.keyboard.press('Enter');
	await onStep(page, slugs.indexOf('kabul'));
	expect(slugs.indexOf('kabul')).toBe(11);

	// A number past the end is dropped, and Enter alone is "next" again.
	await page.keyboard.press('9');
	await page.keyboard.press('9');
	await page.keyboard.press('Enter');
	const kabul = await screen(page);
	expect(kabul.step).toBe(11);
	await page.keyboard.press('Enter');
	await expect.poll(() => screen(page)).toMatchObject(after(kabul, 'next', () => 1));
});

test('b and . blank the screen to black and back', async ({ page }) => {
	await open(page);
	// Opened with no step in the address, the address takes the first step's.
	await expect.poll(() => new URL(page.url()).hash).toBe(`#${slugs[0]}`);
	const blank = page.locator('[data-present-blank]');
	for (const key of ['b', '.']) {
		await page.keyboard.press(key);
		await expect(blank).toBeVisible();
		await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
		expect(await blank.boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
		await page.keyboard.press(key);
		await expect(blank).toHaveCount(0);
	}
	// Escape also brings the picture back.
	await page.keyboard.press('b');
	await page.keyboard.press('Escape');
	await expect(blank).toHaveCount(0);
});

test('text is large, never scrolls and never overflows: long steps are split at sentences', async ({
	page
}) => {
	// About 80 screens, twice. How the text fits does not depend on the map: without WebGL the
	// view keeps its static maps, and the walk does not wait for a software-rendered live map at
	// every screen (40 s of the suite's time with it).
	test.setTimeout(240_000);
	await withoutWebGL(page);
	await page.goto('/present/');
	await expect(page.locator('.map-message')).toContainText('no WebGL');
	await expect(page.locator('.present[data-measured]')).toBeAttached();
	const text = page.locator('[data-present-text] .step-text');
	for (const size of [0, 2]) {
		await page.keyboard.press('Home');
		await expect(page.locator('.present')).toHaveAttribute('data-text-size', String(size));
		const shown = new Map<number, string[]>();
		for (;;) {
			const s = await screen(page);
			const fit = await text.evaluate((el) => {
				const box = (el.parentElement as HTMLElement).getBoundingClientRect();
				return {
					fontSize: parseFloat(getComputedStyle(el).fontSize),
					bottom: el.getBoundingClientRect().bottom,
					boxBottom: box.bottom,
					scrolls: (el.parentElement as HTMLElement).scrollTop
				};
			});
			expect(fit.fontSize, 'at least 28 px at 1280×720').toBeGreaterThanOrEqual(28);
			expect(fit.bottom, `step ${s.step + 1} part ${s.part + 1} fits`).toBeLessThanOrEqual(
				fit.boxBottom + 0.5
			);
			expect(fit.scrolls).toBe(0);
			shown.set(s.step, [...(shown.get(s.step) ?? []), (await text.textContent()) ?? '']);
			if (s.step === slugs.length - 1 && s.part === s.parts - 1) break;
			await page.keyboard.press('PageDown');
			// A key changes the screen within a frame: Playwright's default backoff between looks
			// (100 ms, then 250) was most of the walk's time.
			await expect.poll(() => screen(page), { intervals: [20, 50] }).not.toEqual(s);
		}
		// Every step was shown whole, in order, word for word.
		for (const step of story.steps) {
			const parts = shown.get(step.index) ?? [];
			expect(parts.join(' ')).toBe(step.text ?? step.caption);
			// At the normal size every part ends a sentence; a larger size may split a long one.
			if (size === 0) for (const part of parts) expect(part).toMatch(/[.!?…”’)]$/);
		}
		if (size === 0) expect([...shown.values()].some((p) => p.length > 1)).toBe(true);
		await page.keyboard.press('t');
		await page.keyboard.press('t');
	}
	expect(
		await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
	).toBeGreaterThanOrEqual(28);
});

test('clicks on the right and left halves and swipes move, ? shows every key', async ({ page }) => {
	await open(page, 'kabul');
	const start = await screen(page);
	await page.mouse.click(1000, 400);
	await expect.poll(() => screen(page)).not.toMatchObject({ step: start.step, part: start.part });
	await page.mouse.click(300, 400);
	await expect.poll(() => screen(page)).toMatchObject({ step: start.step, part: start.part });

	// A swipe to the left goes on.
	await page.mouse.move(900, 400);
	await page.mouse.down();
	await page.mouse.move(600, 410, { steps: 5 });
	await page.mouse.up();
	await expect.poll(() => screen(page)).not.toMatchObject({ step: start.step, part: start.part });

	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: 'Keys' });
	await expect(help).toBeVisible();
	for (const key of [
		'Page Down',
		'Page Up',
		'Backspace',
		'Home',
		'End',
		'number',
		'b',
		'f',
		't',
		'p'
	]) {
		await expect(help.locator('kbd').filter({ hasText: new RegExp(`^${key}$`) })).toHaveCount(1);
	}
	await page.keyboard.press('Escape');
	await expect(help).toHaveCount(0);
});

test('the presenter view and the present view stay in step, either way', async ({ context }) => {
	const audience = await context.newPage();
	await recordSteps(audience);
	await open(audience, 'peshawar');

	// `p` opens the presenter view in a second window, at the same step.
	const [presenter] = await Promise.all([
		context.waitForEvent('page'),
		audience.keyboard.press('p')
	]);
	await presenter.waitForLoadState();
	expect(new URL(presenter.url()).pathname).toBe('/present/presenter/');
	const presenterStep = () =>
		presenter.locator('.presenter').evaluate((el: HTMLElement) => Number(el.dataset.index));
	await expect.poll(presenterStep).toBe(slugs.indexOf('peshawar'));
	await expect(presenter.locator('[data-audience="connected"]')).toBeVisible();

	// Presenter → audience: keys in the presenter window move the projector.
	await presenter.keyboard.press('End');
	await onStep(audience, slugs.length - 1);
	await presenter.keyboard.press('Home');
	await onStep(audience, 0);
	await presenter.keyboard.press('b');
	await expect(audience.locator('[data-present-blank]')).toBeVisible();
	await presenter.keyboard.press('b');
	await expect(audience.locator('[data-present-blank]')).toHaveCount(0);

	// Audience → presenter: a clicker on the projector's machine moves the presenter view.
	await audience.keyboard.press('1');
	await audience.keyboard.press('7');
	await audience.keyboard.press('Enter');
	await onStep(audience, 16);
	await expect.poll(presenterStep).toBe(16);
	await expect(presenter.locator('[data-presenter-number]')).toHaveText('17');
	const step = story.steps[16]!;
	await expect(presenter.locator('h1')).toHaveText(step.title);
	await expect(presenter.locator('[data-presenter-next]')).toContainText(story.steps[17]!.title);
	await expect(presenter.locator('[data-presenter-notes]')).toContainText(step.caption!);

	// A part of a long step shows in the projector and is marked in the presenter's text.
	const long = story.steps.findIndex((s) => (s.text?.length ?? 0) > 600);
	for (const digit of String(long + 1)) await presenter.keyboard.press(digit);
	await presenter.keyboard.press('Enter');
	await onStep(audience, long);
	await presenter.keyboard.press('ArrowRight');
	await expect.poll(() => screen(audience)).toMatchObject({ step: long, part: 1 });
	await expect(presenter.locator('[data-presenter-text] p.current')).toHaveText(
		(await audience.locator('[data-present-text]').textContent()) ?? ''
	);

	// A malformed message on the channel is ignored with a warning, not obeyed.
	const warnings: string[] = [];
	audience.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
	await presenter.evaluate(() => {
		const channel = new BroadcastChannel('storymap-present:frontier');
		channel.postMessage({
			type: 'storymap:present-state',
			from: 'presenter',
			step: 'nowhere',
			part: 0
		});
		channel.postMessage('<img src=x onerror=alert(1)>');
		channel.close();
	});
	// One warning a frame, counting the messages it ignored.
	const ignored = () =>
		warnings.reduce((sum, w) => {
			const count = /Ignored (a|\d+) messages? on the presenter channel/.exec(w)?.[1];
			return sum + (count === undefined ? 0 : count === 'a' ? 1 : Number(count));
		}, 0);
	await expect.poll(ignored).toBe(2);
	expect((await screen(audience)).step).toBe(long);

	// Closing the projector window: the presenter says so, and offers to open it again.
	await audience.close({ runBeforeUnload: true });
	await expect(presenter.locator('[data-audience="none"]')).toBeVisible();
	await expect(presenter.getByRole('link', { name: 'open it' })).toBeVisible();
});
