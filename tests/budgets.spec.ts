// Byte budgets of the built story page, and the loading order that keeps its text first.
//
// A Playwright spec rather than a unit test: Playwright's webServer has just built the site
// (`npm run build && npm run preview`), so this reads the very build/ the browser tests use, and
// the test command builds once. The budgets are on bytes, which do not depend on the machine;
// timings are the benchmark's job (`npm run bench`, README "Performance").
//
// Each budget sits a little above what the page weighs today (tests/budgets.baseline.json). When
// one breaks, the message names the files that grew and by how much. After an intended change,
// refresh the baseline with `BUDGETS=write npx playwright test tests/budgets.spec.ts` and raise
// the budget here in the same commit, saying why.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
	filesUnder,
	isMapLibre,
	siteFile,
	storyPageFiles,
	total,
	type SiteFile
} from '../bench/site-files';
import { installProbe, readProbe, resources, waitForMark } from '../bench/page-probe';
import { DEFAULT_STORY } from '../src/lib/server/stories';

const KB = 1024;
const BASELINE_FILE = 'tests/budgets.baseline.json';

type Measure = 'gzip' | 'raw';

interface Budget {
	what: string;
	files: () => SiteFile[];
	measure: Measure;
	max: number;
}

const page = () => storyPageFiles();

/** The stories with geodata of their own (static/geodata/<story>/, from their region.yaml). */
const ownGeodata = readdirSync('static/geodata', { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);

const BUDGETS: Budget[] = [
	{
		// Everything a reader's browser runs before they engage: the HTML's scripts. The issue's goal
		// is 40 KB (README "Performance"). Svelte's runtime is 18 KB of it. Many stories (issue 16)
		// cost 0.8 KB once, whatever the number of stories. The offline registration's notices and
		// state moved to idle: 50.2 → 49.1 KB. The embed dialog's choices without
		// `bind:group`/`bind:value`, whose runtime sat in the Svelte chunk every page loads: 48.6 KB.
		// The story page hydrated by its own entry, without SvelteKit's client (13 KB), its route
		// table and its layout's node (src/islands/story-page.ts): 48.8 → 34.3 KB.
		what: 'app JS before the reader engages (what the HTML loads)',
		files: () => page().upfrontJs,
		measure: 'gzip',
		max: 40 * KB
	},
	{
		// The scroll follower and the offline registration (at idle or the first scroll), and the
		// live map's own code (on the first gesture): its downloads and the geodata's decoder
		// moved here from the first JS (1.1 KB), and the map's time limits came with issue 15.
		// Issue 14 added the labels moved into each step's view (labels.ts: a clip, a grid search
		// and the label source, 0.9 KB; turf's versions weighed 3 KB more): 11.5 → 12.5 KB. The
		// present view's label scale and the land beyond the data's box, 0.3 KB: 13 KB. Labels kept
		// in the frame (route points, river sections, the frame filter) and country outlines
		// without the clip box's sides, computed in the browser rather than shipped: 1.1 KB. The
		// offline registration's state and notices came from the first JS (1.2 KB), with the
		// embed's own saver, which only an embed loads but the count reaches from the layout
		// (0.4 KB): 16.5 KB. Places' names tried inside the frame first (label-anchors.ts), 0.6 KB:
		// 17 KB. The story page's own entry loads neither SvelteKit's error page nor the embed's
		// saver, and the offline saving's own code waits for idle with the rest: 16.2 KB.
		what: 'app JS loaded at idle and on engagement, without maplibre-gl',
		files: () => {
			const upfront = new Set(page().upfrontJs.map((f) => f.path));
			return page().readerJs.filter((f) => !upfront.has(f.path) && !isMapLibre(f));
		},
		measure: 'gzip',
		max: 17 * KB
	},
	{
		// The embed dialog and the place panel, loaded when someone opens them (ON_DEMAND_SOURCES
		// in bench/site-files.ts).
		what: 'app JS the story page loads on demand',
		files: () => page().onDemandJs,
		measure: 'gzip',
		max: 4.5 * KB
	},
	{
		what: 'maplibre-gl and its worker',
		files: () => page().allJs.filter(isMapLibre),
		measure: 'gzip',
		max: 445 * KB
	},
	{
		what: 'CSS of the story page (its own, inlined, and MapLibre’s, loaded with the map)',
		files: () => page().allCss,
		measure: 'gzip',
		max: 15 * KB
	},
	{
		what: 'render-blocking stylesheets (the page’s own CSS is inlined into the HTML)',
		files: () => page().upfrontCss,
		measure: 'gzip',
		max: 0
	},
	{
		// The prerendered essay, its contents list, per-step map keys and locators, and the page
		// data. (The locators' outline once weighed 13 KB a card: 32 KB gz for the page.)
		what: 'HTML of the story page',
		files: () => [page().html],
		measure: 'gzip',
		max: 30 * KB
	},
	{
		// Raw, as the browser parses it: every step's body as markup, and the page data with what
		// the frame needs (embed-story.ts). It was 88.6 KB with the whole story in the data (its
		// text, its place segments, the place index): 20.4 KB gz then, 20.2 now, as the copies
		// compressed well, but each was parsed.
		what: 'HTML of the embed page',
		files: () => [siteFile('embed/index.html')],
		measure: 'raw',
		max: 84 * KB
	},
	{
		// 50 KB until the land beyond the countries' clip box (6.3 KB, geodata/README.md). The
		// default story's page loads these (static/geodata/); another story's page loads its own.
		what: 'geodata',
		files: () => filesUnder('geodata').filter((f) => !f.name.includes('/')),
		measure: 'gzip',
		max: 55 * KB
	},
	// Each other story's page loads only its own geodata, within the same budget.
	...ownGeodata.map((story): Budget => ({
		what: `geodata of ${story}`,
		files: () => filesUnder(`geodata/${story}`),
		measure: 'gzip',
		max: 55 * KB
	})),
	{ what: 'map fonts', files: () => filesUnder('fonts', '.woff2'), measure: 'raw', max: 100 * KB },
	{
		// Each map reaches 2.25 framed squares' sides around its square (was 1), so it covers any
		// screen's map area (1.5 MB for 34; a reader fetches a few at a time); outside the old
		// area it is drawn coarser, which keeps the growth to half instead of five times. Issue 14
		// labelled every map (countries, provinces, towns: about 80 KB of <text> for 34) and drew
		// the land beyond the data's box, with label sizes for small images: 1650 → 1750 KB.
		what: 'static map SVGs, all steps',
		files: () => filesUnder('maps', '.svg').filter((f) => f.name.startsWith(`${DEFAULT_STORY}/`)),
		measure: 'raw',
		max: 1750 * KB
	},
	{
		// Each other published story ships its own maps under /maps/<story>/ (tashkent-to-kashgar: 6
		// steps, 250 KB); none of them is precached or loaded by the default story's pages.
		what: 'static map SVGs of the other stories',
		files: () => filesUnder('maps', '.svg').filter((f) => !f.name.startsWith(`${DEFAULT_STORY}/`)),
		measure: 'raw',
		max: 300 * KB
	}
];

/** Sizes by file name when the budgets were last set. */
type Baseline = Record<string, Record<string, number>>;
const baseline: Baseline = existsSync(BASELINE_FILE)
	? (JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline)
	: {};

function writeBaseline(): void {
	const now: Baseline = Object.fromEntries(
		BUDGETS.map((b) => [b.what, Object.fromEntries(b.files().map((f) => [f.name, f[b.measure]]))])
	);
	writeFileSync(BASELINE_FILE, `${JSON.stringify(now, null, '\t')}\n`);
	Object.assign(baseline, now);
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const change = (bytes: number) =>
	`${bytes > 0 ? '+' : '−'}${Math.abs(bytes) < KB ? `${Math.abs(bytes)} B` : kb(Math.abs(bytes))}`;

/** Every file of a budget, the ones that grew most first, with their change since the baseline. */
function report(budget: Budget, files: SiteFile[]): string {
	const before = baseline[budget.what] ?? {};
	const rows = files.map((f) => {
		const now = f[budget.measure];
		const was = before[f.name];
		return {
			name: f.name,
			now,
			growth: was === undefined ? now : now - was,
			isNew: was === undefined
		};
	});
	const gone = Object.keys(before).filter((name) => !files.some((f) => f.name === name));
	rows.sort((a, b) => b.growth - a.growth);
	const note = (r: (typeof rows)[number]) =>
		r.isNew ? ' (new file)' : r.growth === 0 ? '' : ` (${change(r.growth)})`;
	const lines = rows.map((r) => `  ${r.name}: ${kb(r.now)}${note(r)}`);
	return [...lines, ...gone.map((name) => `  ${name}: gone`)].join('\n');
}

test.describe('byte budgets of the built site', () => {
	test.beforeAll(() => {
		expect(existsSync('build/index.html'), 'build/ is missing: run `npm run build`').toBe(true);
		if (process.env.BUDGETS === 'write') writeBaseline();
	});

	for (const budget of BUDGETS) {
		test(`${budget.what}: at most ${kb(budget.max)}${budget.measure === 'gzip' ? ' gzip' : ''}`, () => {
			const files = budget.files();
			const size = total(files)[budget.measure];
			expect(
				size,
				`${budget.what} weighs ${kb(size)}${budget.measure === 'gzip' ? ' gzipped' : ''}, over its ` +
					`budget of ${kb(budget.max)}. By file, with the change since ${BASELINE_FILE}:\n` +
					report(budget, files)
			).toBeLessThanOrEqual(budget.max);
		});
	}
});

test.describe('text first', () => {
	test('the HTML links nothing of MapLibre: no script, module preload or stylesheet', () => {
		const html = readFileSync('build/index.html', 'utf8');
		const mapLibre = page().allJs.filter(isMapLibre);
		const mapLibreCss = page().allCss.filter((f) => f.name.startsWith('maplibre-gl'));
		for (const file of [...mapLibre, ...mapLibreCss]) {
			expect(html, `build/index.html references ${file.path}`).not.toContain(file.path);
		}
	});

	test('MapLibre runs only after the reader’s first gesture, and takes over at its first idle', async ({
		page: browserPage
	}) => {
		// A page load to network quiet, then a whole live map's start, on a software GPU.
		test.setTimeout(240_000);
		const mapLibre = page()
			.allJs.filter(isMapLibre)
			.map((f) => f.path);
		await installProbe(browserPage);
		// When the live map takes over: only once its first view is whole (its first idle).
		await browserPage.addInitScript(() => {
			const w = window as unknown as { liveAt?: number };
			new MutationObserver((_, observer) => {
				if (!document.querySelector('[data-map-status="live"]')) return;
				w.liveAt = performance.now();
				observer.disconnect();
			}).observe(document, {
				subtree: true,
				attributeFilter: ['data-map-status'],
				childList: true
			});
		});
		/** MapLibre's files the page fetched for running, not as an idle-time prefetch. */
		const mapLibreRun = () =>
			browserPage.evaluate(
				(paths) =>
					performance
						.getEntriesByType('resource')
						.filter((e) => (e as PerformanceResourceTiming).initiatorType !== 'link')
						.filter((e) => paths.some((p) => e.name.endsWith(p)))
						.map((e) => e.startTime),
				mapLibre
			);
		await browserPage.goto('/');
		await browserPage.waitForLoadState('networkidle');
		expect(await mapLibreRun(), 'MapLibre ran before the reader engaged').toEqual([]);
		const engagedAt = await browserPage.evaluate(() => performance.now());
		await browserPage.keyboard.press('j');
		const idleAt = await waitForMark(browserPage, 'map-idle', engagedAt);
		await expect(browserPage.locator('[data-map-status="live"]')).toBeAttached();
		const liveAt = await browserPage.evaluate(
			() => (window as unknown as { liveAt?: number }).liveAt
		);
		expect(liveAt, 'the live map took over before its first view was drawn').toBeGreaterThanOrEqual(
			idleAt
		);
		expect(Math.min(...(await mapLibreRun()))).toBeGreaterThanOrEqual(engagedAt);
		const { marks } = await readProbe(browserPage);
		const mapStart = marks.find((m) => m.name === 'storymap:map-start');
		expect(mapStart?.startTime).toBeGreaterThanOrEqual(engagedAt);

		// The budgets' model of a reader's visit is what the browser really fetched.
		const fetchedJs = (await resources(browserPage))
			.map((r) => r.path.slice(1))
			.filter((path) => /\.m?js$/.test(path));
		const readerJs = page().readerJs.map((f) => f.path);
		expect(fetchedJs.filter((path) => !readerJs.includes(path))).toEqual([]);
		const onDemand = page().onDemandJs.map((f) => f.path);
		expect(onDemand.length).toBeGreaterThan(0);
		expect(fetchedJs.filter((path) => onDemand.includes(path))).toEqual([]);
	});
});
