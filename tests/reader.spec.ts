import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	announced,
	engage,
	engageMap,
	failOnPageError,
	mapIsShown,
	recordSteps,
	settledOn,
	slugs,
	stepEvents,
	stepInView,
	story,
	withoutWebGL
} from './helpers';

test.use({ contextOptions: { reducedMotion: 'reduce' } });

test.beforeEach(async ({ page }) => {
	await recordSteps(page);
	failOnPageError(page);
});

const moves = (page: Page) =>
	page.evaluate(() =>
		Number(document.querySelector<HTMLElement>('.live-map')?.dataset.cameraMoves ?? 0)
	);

test('the keyboard walks through every step and back', async ({ page }) => {
	// The keys, the focus and the step in view do not depend on the map: without WebGL the
	// static maps stand in, and the walk does not wait on a software-rendered live map at every
	// step (a minute of the suite's time). The live map's following of the steps is story.spec's.
	await withoutWebGL(page);
	await page.goto('/');
	await announced(page, slugs[0]!);
	for (const slug of slugs.slice(1)) {
		await page.keyboard.press('j');
		await announced(page, slug);
		await expect(page.locator(`#${slug} h2`)).toBeFocused();
		expect(await stepInView(page)).toBe(slug);
	}
	await expect(page.locator('.map-message')).toContainText('no WebGL');
	await page.keyboard.press('k');
	await announced(page, slugs.at(-2)!);
	await page.keyboard.press('Home');
	await announced(page, slugs[0]!);
	await page.keyboard.press('End');
	await announced(page, slugs.at(-1)!);
	await page.keyboard.press('PageUp');
	await announced(page, slugs.at(-2)!);
	await page.keyboard.press('ArrowDown');
	await announced(page, slugs.at(-1)!);
});

test('keys typed into a field do not move the story', async ({ page }) => {
	await page.goto('/#kabul');
	await expect(page.locator('html')).toHaveAttribute('data-step', 'kabul');
	// A field fixed in view, focused without scrolling: only the keys can move the story here.
	await page.evaluate(() => {
		const input = document.createElement('input');
		input.id = 'probe';
		input.setAttribute('aria-label', 'probe');
		input.style.cssText = 'position: fixed; top: 50%; left: 1rem; z-index: 10';
		document.body.append(input);
		input.focus({ preventScroll: true });
	});
	// The story's own keys, each of which moves it outside a field. Not PageDown: from a one-line
	// field the browser itself scrolls the page a screen (its own default, as on any page).
	await page.keyboard.press('j');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('End');
	await page.keyboard.press('k');
	await expect(page.locator('#probe')).toHaveValue('jk');
	await expect(page.locator('html')).toHaveAttribute('data-step', 'kabul');
	expect(await stepInView(page)).toBe('kabul');
	// Out of the field, a key moves the story one step from where it was: none of the keys
	// before it had (keys are handled in order; End would have left it at the last step).
	await page.locator('#probe').blur();
	await page.keyboard.press('j');
	const next = slugs[slugs.indexOf('kabul') + 1]!;
	await expect(page.locator('html')).toHaveAttribute('data-step', next);
	await expect.poll(() => stepInView(page)).toBe(next);
});

test('with reduced motion the camera jumps: one move per step, no flight in between', async ({
	page
}) => {
	await page.goto('/#peshawar');
	await engageMap(page);
	await settledOn(page, 'peshawar');
	const before = await moves(page);
	await page.keyboard.press('j');
	await settledOn(page, slugs[slugs.indexOf('peshawar') + 1]!);
	expect(await moves(page)).toBe(before + 1);
});

test.describe('with motion allowed', () => {
	test.use({ contextOptions: { reducedMotion: 'no-preference' } });

	test('the camera flies between steps, and the animation switch makes it jump', async ({
		page
	}) => {
		await page.goto('/#peshawar');
		await engageMap(page);
		await settledOn(page, 'peshawar');
		let before = await moves(page);
		// A flight takes its time: the map settles on the next step (data-step) well after the key
		// (a jump settles within the key's own handler). Timed in the page, from the key to the
		// change: a check right after the key raced the flight on a loaded machine, whose stalls
		// can outlast it.
		await page.evaluate(() => {
			const w = window as unknown as { keyAt?: number; stepAt?: number };
			addEventListener('keydown', () => (w.keyAt = performance.now()), { once: true });
			new MutationObserver((_, observer) => {
				w.stepAt = performance.now();
				observer.disconnect();
			}).observe(document.documentElement, { attributeFilter: ['data-step'] });
		});
		await page.keyboard.press('j');
		await settledOn(page, slugs[slugs.indexOf('peshawar') + 1]!);
		const took = await page.evaluate(() => {
			const w = window as unknown as { keyAt: number; stepAt: number };
			return w.stepAt - w.keyAt;
		});
		expect(took, 'ms from the key to the settled step').toBeGreaterThan(1000);
		expect(await moves(page)).toBeGreaterThan(before);

		await page.getByRole('button', { name: 'Animation off' }).click();
		await expect(page.getByRole('button', { name: 'Animation off' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		before = await moves(page);
		await page.keyboard.press('j');
		const next = slugs[slugs.indexOf('peshawar') + 2]!;
		expect(await page.evaluate(() => document.documentElement.dataset.step)).toBe(next);
		await settledOn(page, next);
		expect(await moves(page)).toBe(before + 1);
	});

	test('step keys pressed in quick succession end where they lead, the page and the step agreeing', async ({
		page
	}) => {
		// A clicker's double press: the second key comes while the page still scrolls to the first
		// one's step. Two smooth scrolls at once race, and the first used to carry the page on.
		await page.goto('/#kabul');
		await expect(page.locator('html')).toHaveAttribute('data-step', 'kabul');
		// The page follows its scroll once idle: from then on a key's scroll is its own.
		await page.waitForTimeout(1_500);
		const at = slugs.indexOf('kabul');
		for (const [keys, slug] of [
			[['j', 'k'], 'kabul'],
			[['j', 'j'], slugs[at + 2]!]
		] as const) {
			for (const key of keys) await page.keyboard.press(key);
			await expect(page.locator('html')).toHaveAttribute('data-step', slug);
			await expect.poll(() => stepInView(page), { timeout: 10_000 }).toBe(slug);
			// Still there once every scroll has ended.
			await page.waitForTimeout(2_000);
			expect(await stepInView(page)).toBe(slug);
			await expect(page.locator('html')).toHaveAttribute('data-step', slug);
		}
	});

	test('Home and End go straight to the ends: no step on the way is announced or flown to', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto('/#peshawar');
		await engageMap(page);
		await settledOn(page, 'peshawar');
		// The take-over may still announce peshawar once more: count from a quiet page.
		await page.waitForTimeout(1_500);
		let from = 'peshawar';
		for (const [key, slug] of [
			['End', slugs.at(-1)!],
			['Home', slugs[0]!]
		] as const) {
			const before = (await stepEvents(page)).length;
			await page.keyboard.press(key);
			await settledOn(page, slug);
			// The smooth scroll has ended and nothing else is on its way.
			await expect.poll(() => stepInView(page)).toBe(slug);
			await page.waitForTimeout(1_500);
			const after = (await stepEvents(page)).slice(before).map((e) => e.id);
			expect(
				after.filter((id) => id !== slug && id !== from),
				`steps on the way announced after ${key}`
			).toEqual([]);
			expect(
				after.filter((id) => id === slug),
				`${key} announces its step once`
			).toEqual([slug]);
			expect(after.at(-1)).toBe(slug);
			await expect(page.locator('html')).toHaveAttribute('data-step', slug);
			from = slug;
		}
	});
});

/** Enters explore mode, then drags and wheels at the map's centre as a reader would. */
async function dragAndWheelMoveTheMap(page: Page) {
	await page.getByRole('button', { name: 'Explore the map' }).click();
	const map = page.getByRole('region', { name: /^Map:/ });
	await expect(map).toBeVisible();
	const viewport = page.viewportSize()!;
	const centre = { x: viewport.width / 2, y: viewport.height / 2 };
	// The map's middle, where a reader grabs it: nothing over the map may take the pointer.
	const hit = await page.evaluate(
		({ x, y }) => document.elementFromPoint(x, y)?.className ?? '',
		centre
	);
	expect(hit, 'what the pointer lands on at the map’s centre').toContain('maplibregl-canvas');
	let before = await moves(page);
	await page.mouse.move(centre.x, centre.y);
	await page.mouse.down();
	await page.mouse.move(centre.x - 120, centre.y + 60, { steps: 6 });
	await page.mouse.up();
	await expect.poll(() => moves(page), { message: 'a drag pans the map' }).toBeGreaterThan(before);
	before = await moves(page);
	const pageScroll = await page.evaluate(() => window.scrollY);
	await page.mouse.wheel(0, -400);
	await expect
		.poll(() => moves(page), { message: 'the wheel zooms the map' })
		.toBeGreaterThan(before);
	expect(await page.evaluate(() => window.scrollY), 'the wheel does not scroll the page').toBe(
		pageScroll
	);
}

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
]) {
	test(`in explore mode the map moves under drag and wheel at its centre (${viewport.width}px)`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/#bannu');
		await engageMap(page);
		const settled = await settledOn(page, 'bannu');
		await dragAndWheelMoveTheMap(page);
		await page.getByRole('button', { name: 'Back to the story' }).click();
		const back = await settledOn(page, 'bannu');
		expect(back.camera.center[0]).toBeCloseTo(settled.camera.center[0], 3);
		expect(back.camera.center[1]).toBeCloseTo(settled.camera.center[1], 3);
		expect(back.camera.zoom).toBeCloseTo(settled.camera.zoom, 3);
	});
}

test('the live region announces each step’s text alternative', async ({ page }) => {
	await page.goto('/#bannu');
	const region = page.locator('[aria-live="polite"]');
	await expect(region).toHaveText(story.steps.find((s) => s.slug === 'bannu')!.alt);
	await page.keyboard.press('j');
	await expect(region).toHaveText(story.steps.find((s) => s.slug === 'lakki-marwat')!.alt);
});

test('progress, timeline and contents follow the story and lead into it', async ({ page }) => {
	await page.goto('/#nangarhar');
	const n = slugs.indexOf('nangarhar') + 1;
	await expect(page.locator('.progress')).toHaveText(`Step ${n} of ${slugs.length}`);
	await expect(page.locator('.timeline [aria-current="true"]')).toHaveText('1998');
	await page.locator('.timeline a', { hasText: '2007' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-step', 'south-waziristan');
	await page.locator('.contents summary').click();
	await page
		.locator('.contents a', { hasText: story.steps.find((s) => s.slug === 'kabul')!.title })
		.click();
	await expect(page.locator('html')).toHaveAttribute('data-step', 'kabul');
	await expect(page).toHaveURL(/#kabul$/);
});

test('a place named in the text shows on the map, with the steps that mention it', async ({
	page
}) => {
	await page.goto('/#bannu');
	await engageMap(page);
	await settledOn(page, 'bannu');
	await page.locator('#bannu .place-link', { hasText: 'Lakki Marwat' }).click();
	const panel = page.getByRole('region', { name: 'Place: Lakki Marwat' });
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('link')).toContainText([
		story.steps.find((s) => s.slug === 'lakki-marwat')!.title
	]);
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await settledOn(page, 'bannu');
});

test('explore mode unlocks the map and one action returns to the story', async ({ page }) => {
	await page.goto('/#kabul');
	await engageMap(page);
	await settledOn(page, 'kabul');
	await page.getByRole('button', { name: 'Explore the map' }).click();
	const map = page.getByRole('region', { name: /^Map:/ });
	await expect(map).toBeVisible();
	await expect(map.locator('canvas')).toHaveAttribute('tabindex', '0');
	const box = (await map.boundingBox())!;
	const before = await moves(page);
	await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();
	await expect
		.poll(() => moves(page), { message: 'the drag moved the map' })
		.toBeGreaterThan(before);
	await page.getByRole('button', { name: 'Back to the story' }).click();
	await settledOn(page, 'kabul');
	const event = (await stepEvents(page)).at(-1)!;
	const kabul = story.steps.find((s) => s.slug === 'kabul')!;
	expect(event.camera.center[0]).toBeCloseTo(kabul.camera.center[0], 3);
	await expect(page.locator('.live-map canvas')).toHaveAttribute('tabindex', '-1');
});

test('the legend lists only the symbols the step uses', async ({ page }) => {
	await page.goto('/#bannu');
	const legend = (slug: string) => page.locator(`#${slug} .map-legend`);
	await expect(legend('bannu')).toContainText('Approximate district area');
	await expect(legend('bannu')).not.toContainText('Illustrative route');
	await expect(legend('soviet-withdrawal')).toContainText('Illustrative route');
});

test('resizing (a phone turned) and going back keep the reader on the step', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/#south-waziristan');
	await engageMap(page);
	await settledOn(page, 'south-waziristan');
	await page.setViewportSize({ width: 390, height: 844 });
	await expect.poll(() => stepInView(page)).toBe('south-waziristan');
	await page.setViewportSize({ width: 844, height: 390 });
	await expect.poll(() => stepInView(page)).toBe('south-waziristan');
	await expect(page.locator('html')).toHaveAttribute('data-step', 'south-waziristan');

	await page.goto('about:blank');
	await page.goBack();
	await expect.poll(() => stepInView(page)).toBe('south-waziristan');
	await expect(page.locator('html')).toHaveAttribute('data-step', 'south-waziristan');
});

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test(`axe finds no violations, light and dark (${viewport.width}px)`, async ({ page }) => {
		// The page holds every step at once: the first step and the last (reached from the
		// keyboard, as a reader would) differ in which step is current and what the live map
		// shows. Both colour schemes in one page load: switching restyles the same page. Slow on a
		// loaded machine's software WebGL.
		test.setTimeout(180_000);
		await page.setViewportSize(viewport);
		await page.goto(`/#${slugs[0]!}`);
		await mapIsShown(page);
		for (const [key, slug] of [
			['', slugs[0]!],
			['End', slugs.at(-1)!]
		] as const) {
			if (key) await page.keyboard.press(key);
			await settledOn(page, slug);
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				const { violations } = await new AxeBuilder({ page }).analyze();
				expect(
					violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
					`${colorScheme}, at ${slug}`
				).toEqual([]);
			}
		}
	});
}

test('without a connection to the map, the reader is told so in words', async ({ page }) => {
	await page.route('**/geodata/**', (route) => route.abort('internetdisconnected'));
	await page.goto('/#kabul');
	// The reader's gesture starts the live map, which then finds no connection.
	await engage(page);
	await expect(page.locator('.map-message')).toContainText(
		'The interactive map could not be loaded: check the connection.'
	);
	await expect(page.locator('.map-message')).not.toContainText('Failed to fetch');
	await expect(page.locator('#kabul img[data-static-map]')).toBeVisible();
});

test('when the map data cannot load, the story stays readable and says so', async ({ page }) => {
	await page.route('**/geodata/**', (route) => route.fulfill({ status: 404, body: 'missing' }));
	await page.goto('/#peshawar');
	await engage(page);
	await expect(page.locator('.map-message')).toContainText('could not be loaded');
	await expect(page.locator('#peshawar img[data-static-map]')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-step', 'peshawar');
	await page.keyboard.press('j');
	await expect(page.locator('html')).toHaveAttribute(
		'data-step',
		slugs[slugs.indexOf('peshawar') + 1]!
	);
});
