// Hostile input at run time: addresses built to break or inject, and floods of messages. What a
// reader would notice: the page opens on a valid step, shows no one's markup, stays responsive,
// and ends where the valid part of the input leads; the console quotes only a few words of it.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { iframeCode } from '../src/lib/embed/embed-code';
import { slideText } from '../src/lib/present/split-text';
import {
	addSiblingFrame,
	openEmbedFrame,
	startHostServer,
	type HostServer
} from './fixtures/host/server';
import { failOnPageError, slugs, story } from './helpers';

/** The longest console line any of this may cause: a sentence and a clipped quote or two. */
const MAX_CONSOLE_LINE = 400;
/** A very long value: in a hash, which never reaches the server. */
const KB100 = 'x'.repeat(100_000);
/** A long query value: servers refuse addresses much longer (Node's limit is 16 KB of headers). */
const KB4 = 'x'.repeat(4_000);
const MARKUP = '<img src=x onerror="window.__injected=1">';

test.use({ contextOptions: { reducedMotion: 'reduce' } });

/** Fails the test on any uncaught error; records console lines and anything injected. */
async function watch(page: Page): Promise<{ consoleLines: string[] }> {
	const consoleLines: string[] = [];
	failOnPageError(page);
	page.on('console', (message) => consoleLines.push(message.text()));
	await page.addInitScript(() => {
		window.alert = () => ((window as unknown as { __injected: number }).__injected = 1);
	});
	return { consoleLines };
}

/** Nothing from the address became markup or ran: no image `x`, no flag set by one. */
async function nothingInjected(target: Page | Frame): Promise<void> {
	expect(
		await target.evaluate(() => ({
			injected: (window as unknown as { __injected?: number }).__injected,
			images: document.querySelectorAll('img[src="x"], [onerror]').length
		}))
	).toEqual({ injected: undefined, images: 0 });
}

/** Hashes that name no step, or name one in a broken or hostile way: all open at the first. */
const HOSTILE_HASHES = [
	'#%E0%A4%A',
	'#%',
	`#${MARKUP}`,
	`#${encodeURIComponent(MARKUP)}`,
	`#${KB100}`,
	'#kabul#kabul',
	'#javascript:alert(1)',
	'#__proto__'
];

for (const path of ['/', '/present/']) {
	test(`${path} opens at the first step whatever the hash`, async ({ page }) => {
		test.setTimeout(180_000);
		const { consoleLines } = await watch(page);
		for (const [n, hash] of HOSTILE_HASHES.entries()) {
			// A new query each time: a new page load, not a jump within the last one.
			await page.goto(`${path}?n=${n}&${encodeURIComponent(MARKUP)}=1&step=${KB4}${hash}`);
			await expect(page.locator('html'), hash.slice(0, 40)).toHaveAttribute('data-step', slugs[0]!);
			await nothingInjected(page);
		}
		// A valid step after all that still opens where it says.
		await page.goto(`${path}#kabul`);
		await expect(page.locator('html')).toHaveAttribute('data-step', 'kabul');
		for (const line of consoleLines) expect(line.length).toBeLessThan(MAX_CONSOLE_LINE);
	});
}

test('/embed/ ignores or corrects hostile parameters, quoting a few words of each', async ({
	page
}) => {
	const { consoleLines } = await watch(page);
	const cases: [query: string, opensAt: string][] = [
		[`step=${encodeURIComponent(MARKUP)}`, slugs[0]!],
		['step=%E0%A4%A&theme=%ZZ', slugs[0]!],
		[`step=${KB4}&steps=${KB4},kabul&from=${KB4}`, 'kabul'],
		['origin=javascript:alert(1)&step=bannu', 'bannu'],
		['step=kabul&step=bannu&steps=kabul,bannu,kabul&autoplay=1e999', 'kabul'],
		[
			`${Array.from({ length: 300 }, (_, i) => `p${i}=1`).join('&')}&x${MARKUP}=1&step=bannu`,
			'bannu'
		],
		['__proto__[step]=kabul&constructor=1', slugs[0]!]
	];
	for (const [query, opensAt] of cases) {
		consoleLines.length = 0;
		await page.goto(`/embed/?${query}#${encodeURIComponent(MARKUP)}${KB100}`);
		await expect(page.locator('html'), query.slice(0, 60)).toHaveAttribute('data-step', opensAt);
		await expect(page.locator('.step-body.current h2')).toHaveText(
			story.steps[slugs.indexOf(opensAt)]!.title
		);
		await nothingInjected(page);
		const warnings = consoleLines.filter((line) => line.startsWith('Story map embed'));
		expect(warnings.length, query.slice(0, 60)).toBeGreaterThan(0);
		expect(warnings.length, 'a few warnings, not one per parameter').toBeLessThan(8);
		for (const line of consoleLines) expect(line.length).toBeLessThan(MAX_CONSOLE_LINE);
	}
});

test.describe('messages', () => {
	let host: HostServer;
	test.beforeAll(async () => {
		host = await startHostServer(0);
	});
	test.afterAll(() => host.close());

	test('20,000 next and prev from the parent: the embed ends where they lead and answers at once', async ({
		page,
		baseURL
	}) => {
		const { consoleLines } = await watch(page);
		const embed = iframeCode(`${baseURL}/`, {}, story.title);
		const frame = await openEmbedFrame(page, host, embed, slugs[0]!);
		const count = frame.locator('.embed-count');

		// Past the last step and back past the first, then three on: step 4, as if obeyed one by one.
		await page.evaluate(() => {
			const target = document.querySelector('iframe')!.contentWindow!;
			const send = (type: string, times: number) => {
				for (let i = 0; i < times; i++) target.postMessage({ type }, '*');
			};
			send('storymap:next', 12_000);
			send('storymap:prev', 7_997);
			send('storymap:next', 3);
		});
		await expect(count).toHaveText(`4 of ${slugs.length}`);
		await expect(frame.locator('html')).toHaveAttribute('data-step', slugs[3]!);

		// The frame answers its reader right away: the next click is handled.
		await frame.getByRole('button', { name: 'Next step' }).click();
		await expect(count).toHaveText(`5 of ${slugs.length}`);
		await expect(frame.locator('html')).toHaveAttribute('data-step', slugs[4]!);
		await nothingInjected(frame);
		for (const line of consoleLines) expect(line.length).toBeLessThan(MAX_CONSOLE_LINE);
	});

	test('oversized, prototype-shaped and sibling messages change nothing; a valid one still works', async ({
		page,
		baseURL
	}) => {
		const { consoleLines } = await watch(page);
		const embed = iframeCode(`${baseURL}/`, {}, story.title);
		const frame = await openEmbedFrame(page, host, embed, slugs[0]!);

		const hostile = () => {
			const target =
				parent === window
					? document.querySelector('iframe')!.contentWindow!
					: parent.document.querySelector('iframe')!.contentWindow!;
			const messages: unknown[] = [
				{ type: 'storymap:goto', step: 'x'.repeat(10_000_000) },
				'y'.repeat(10_000_000),
				JSON.parse('{"__proto__": {"type": "storymap:next"}}'),
				JSON.parse('{"type": "storymap:goto", "step": "kabul", "__proto__": {"polluted": 1}}'),
				JSON.parse('{"constructor": {"prototype": {"type": "storymap:next"}}}'),
				{ type: 'storymap:goto', step: '__proto__' },
				{ type: 'storymap:goto', step: 'constructor' }
			];
			for (const data of messages) target.postMessage(data, '*');
		};
		await page.evaluate(hostile);
		// The same, and valid commands too, from a sibling frame on the host page: not the parent.
		const sibling = await addSiblingFrame(page);
		await sibling.evaluate(hostile);
		await sibling.evaluate(() => {
			const story = parent.document.querySelector('iframe')!.contentWindow!;
			story.postMessage({ type: 'storymap:next' }, '*');
			story.postMessage({ type: 'storymap:goto', step: 'kabul' }, '*');
		});

		// A valid command last, from the parent: the first move the frame makes is the one it asks.
		await page.evaluate(() =>
			document
				.querySelector('iframe')!
				.contentWindow!.postMessage({ type: 'storymap:goto', step: 'bannu' }, '*')
		);
		await expect(frame.locator('html')).toHaveAttribute('data-step', 'bannu');
		// What the host heard: the first step, then only bannu (again once its live map settles).
		const heard = await page.evaluate(() =>
			(window as unknown as { __messages: { data: { type: string; id?: string } }[] }).__messages
				.filter((m) => m.data.type === 'storymap:step')
				.map((m) => m.data.id)
		);
		expect(heard[0]).toBe(slugs[0]);
		expect(new Set(heard.slice(1))).toEqual(new Set(['bannu']));
		expect(
			await frame.evaluate(() => {
				const plain = {} as { polluted?: unknown; type?: unknown };
				return [plain.polluted, plain.type];
			})
		).toEqual([undefined, undefined]);
		await nothingInjected(frame);
		for (const line of consoleLines) expect(line.length).toBeLessThan(MAX_CONSOLE_LINE);
	});

	test('2,000 states on the presenter channel: one address update a frame, the last state shown', async ({
		page
	}) => {
		const { consoleLines } = await watch(page);
		await page.addInitScript(() => {
			const w = window as unknown as { __replaced: number };
			w.__replaced = 0;
			const replace = history.replaceState.bind(history);
			history.replaceState = (...args: Parameters<History['replaceState']>) => {
				w.__replaced++;
				replace(...args);
			};
		});
		await page.goto('/present/presenter/');
		const title = page.locator('main.now h1.title');
		await expect(title).toHaveText(story.steps[0]!.title);
		// The view has started once the address names its step (a key before that reaches no one);
		// from here each change of address counts.
		await expect(page).toHaveURL(new RegExp(`#${slugs[0]}$`));
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(new RegExp(`#${slugs[1]}$`));
		const before = await page.evaluate(
			() => (window as unknown as { __replaced: number }).__replaced
		);

		await page.evaluate(
			([storyId, slugList]) => {
				const channel = new BroadcastChannel(`storymap-present:${storyId}`);
				// Each newer than the last (the presenter's key above was its first change).
				const state = (step: string, version: number) => ({
					type: 'storymap:present-state',
					from: 'audience',
					version,
					step,
					part: 0,
					blank: false,
					textSize: 0,
					breaks: []
				});
				for (let i = 0; i < 1999; i++) {
					channel.postMessage(state(slugList[i % slugList.length]!, i + 1));
				}
				channel.postMessage(state('kabul', 2000));
				channel.close();
			},
			[story.id, slugs] as const
		);
		await expect(title).toHaveText(story.steps[slugs.indexOf('kabul')]!.title);
		await expect(page).toHaveURL(/#kabul$/);
		const replaced =
			(await page.evaluate(() => (window as unknown as { __replaced: number }).__replaced)) -
			before;
		// One per frame the flood lasted: far fewer than the 2,000 states.
		expect(replaced).toBeLessThan(200);

		await page.keyboard.press('ArrowRight');
		await expect(title).toHaveText(story.steps[slugs.indexOf('kabul') + 1]!.title);
		for (const line of consoleLines) expect(line.length).toBeLessThan(MAX_CONSOLE_LINE);
	});

	test('a forged audience state with breaks outside the text is refused', async ({ page }) => {
		const { consoleLines } = await watch(page);
		await page.goto('/present/presenter/');
		const title = page.locator('main.now h1.title');
		await expect(title).toHaveText(story.steps[0]!.title);
		const lengths = story.steps.map((s) => slideText(s).length);
		await page.evaluate(
			([storyId, textLengths]) => {
				const channel = new BroadcastChannel(`storymap-present:${storyId}`);
				// Increasing and below the old fixed bound of 100,000, but past each step's text.
				const breaks = textLengths.map((length) => [length + 10, length + 500]);
				channel.postMessage({
					type: 'storymap:present-state',
					from: 'audience',
					version: 1,
					step: 'kabul',
					part: 1,
					blank: true,
					textSize: 0,
					breaks
				});
				channel.close();
			},
			[story.id, lengths] as const
		);
		await expect
			.poll(() => consoleLines.find((line) => line.includes('presenter channel')))
			.toMatch(/Ignored a message on the presenter channel; the last: breaks are not/);
		await expect(title).toHaveText(story.steps[0]!.title);
		await expect(page.locator('[data-presenter-text] p')).toHaveCount(1);
	});
});
