// `npm run bench`: the story and embed pages against the bare-MapLibre floor, on the built site,
// in one run. Builds the site and the floor, serves both, measures (Lighthouse on all three; the
// story page's first engagement → live map idle, engaged at load and after sitting idle, against
// the floor's load, at 1× and 4× CPU and on slow 4G; a quick step walk; the heap over many step
// changes), writes bench/results.json and prints the tables that the README's "Performance"
// section quotes. Each figure is a median of several runs.
//
// Settings (environment): PORT (4330), BENCH_RUNS (page loads per case, 5), BENCH_LH_RUNS
// (Lighthouse runs per page, 5), BENCH_NO_BUILD=1 to measure build/ as it is.
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, NO_GPU_CHROMIUM_ARGS } from '../playwright.config';
import { findBrowser } from '../tests/browser-path.mjs';
import { getStory } from '../src/lib/server/stories';
import { buildFloor, FLOOR_BASE, FLOOR_OUT } from './floor/build';
import { lighthouseSample, startChrome, type LighthouseSample } from './lighthouse';
import {
	CONDITIONS,
	ENGAGE_CASES,
	engagementSample,
	heapSample,
	loadSample,
	warmUp,
	steppingSample,
	type EngageCase,
	type EngagementSample,
	type LoadSample,
	type SteppingSample
} from './measure';
import { serve } from './serve';
import {
	BUILD_DIR,
	filesUnder,
	isMapLibre,
	siteFile,
	storyPageFiles,
	total,
	type Bytes,
	type SiteFile
} from './site-files';
import { goalsOf, printTable, type Results } from './report';

const PORT = Number(process.env.PORT ?? 4330);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 5);
const STEP_WALK = { steps: 20, gapMs: 150, runs: 3 };
const HEAP_WALK = { changes: 200, gapMs: 60 };
/**
 * The boot again with the page composited in software (NO_GPU_CHROMIUM_ARGS, the browser tests'
 * flags), as a diagnostic: CHROMIUM_ARGS compose the page through SwiftShader's GL, on the GPU
 * thread the map's WebGL waits on, and the story page's boot (its text and static map composited
 * beside the canvas) waited there for up to two seconds. Composited in software, the canvas is
 * read back on the main thread instead, so the step walk is not measured that way.
 */
const SOFTWARE_RUNS = 3;
const SOFTWARE_CONDITIONS = CONDITIONS.filter((c) => !c.network);

const origin = `http://127.0.0.1:${PORT}`;
/** Lighthouse runs on all three; the embed page's map, like the story's, waits for a reader. */
const PAGES = {
	story: `${origin}/`,
	embed: `${origin}/embed/?step=bannu`,
	floor: `${origin}${FLOOR_BASE}`
} as const;
type PageName = keyof typeof PAGES;

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

export function median(values: readonly number[]): number {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	const mid = sorted.length >> 1;
	return sorted.length % 2
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The median of each numeric field over several samples (other fields are left out). */
function medians<T extends object>(samples: readonly T[]): Record<string, number> {
	const keys = Object.keys(samples[0] ?? {}) as (keyof T)[];
	const numeric = keys.filter((k) => typeof samples[0]?.[k] === 'number');
	return Object.fromEntries(numeric.map((k) => [k, median(samples.map((s) => s[k] as number))]));
}

/** Median scores and timings; the failed audits of the last run. */
function lighthouseMedians(samples: readonly LighthouseSample[]) {
	const failed = samples.at(-1)?.failed ?? [];
	return { ...(medians(samples) as unknown as Omit<LighthouseSample, 'failed'>), failed };
}

/** Medians per condition. */
const byCondition = (samples: Record<string, readonly object[]>) =>
	Object.fromEntries(
		CONDITIONS.map((c) => [c.key, medians(samples[c.key] ?? [])])
	) as Results['floor'];

function floorMapLibrePaths(): string[] {
	const dir = join(FLOOR_OUT, 'assets');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.js'))
		.filter((f) => readFileSync(join(dir, f), 'utf8').includes('Style is not done loading'))
		.map((f) => `${FLOOR_BASE}assets/${f}`);
}

function bytesOfPaths(paths: readonly string[], prefix: string): Bytes {
	const files = [...new Set(paths)]
		.filter((p) => p.startsWith(prefix))
		.map((p) => siteFile(p.slice(1)));
	return total(files);
}

function describeFiles(files: readonly SiteFile[]) {
	return files.map(({ name, raw, gzip }) => ({ name, raw, gzip }));
}

async function main() {
	const started = Date.now();
	const loadBefore = loadavg()[0];
	const browserPath = findBrowser()?.path;
	if (!browserPath) throw new Error('no Chromium: run `node scripts/ensure-browser.mjs`');
	if (!process.env.BENCH_NO_BUILD) {
		log('building the site (its log: bench/runs/build.log)');
		mkdirSync('bench/runs', { recursive: true });
		execSync('npm run build > bench/runs/build.log 2>&1');
	}
	log('building the floor');
	await buildFloor();
	const server = await serve(
		[
			{ prefix: FLOOR_BASE, dir: FLOOR_OUT },
			{ prefix: '/', dir: BUILD_DIR }
		],
		PORT
	);
	const slugs = getStory().steps.map((s) => s.slug);
	const page = storyPageFiles();
	const storyMapLibre = page.allJs.filter(isMapLibre);
	const mapLibrePaths = { floor: floorMapLibrePaths() };

	try {
		// Lighthouse too gets a fresh, warmed-up browser per run (see `fresh` below).
		log(`Lighthouse, ${LH_RUNS} runs per page`);
		const lighthouse: Record<PageName, LighthouseSample[]> = { story: [], embed: [], floor: [] };
		for (let run = 0; run < LH_RUNS; run++) {
			for (const name of Object.keys(PAGES) as PageName[]) {
				const chrome = await startChrome(browserPath, CHROMIUM_ARGS);
				try {
					const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
					await warmUp(browser);
					await browser.close();
					lighthouse[name].push(await lighthouseSample(chrome, PAGES[name]));
				} finally {
					chrome.kill();
				}
			}
		}

		/**
		 * Runs one sample in a browser of its own: Chromium's GPU process keeps the shaders it
		 * compiled, so a page measured after another in the same browser would find the map's
		 * shaders ready (seconds of work with software WebGL) and look cheaper than it is. The
		 * browser first paints a blank page, as a reader's browser is already running: the GPU
		 * process's start-up is not the page's cost.
		 */
		const fresh = async <T>(
			sample: (browser: Browser) => Promise<T>,
			args: readonly string[] = CHROMIUM_ARGS
		): Promise<T> => {
			const browser = await chromium.launch({ executablePath: browserPath, args: [...args] });
			try {
				await warmUp(browser);
				return await sample(browser);
			} finally {
				await browser.close();
			}
		};
		/**
		 * The floor's loads and the story's engagements, interleaved (each run goes through every
		 * condition, the floor first), so that a slow spell on the machine falls on both alike.
		 */
		const bootSamples = async (
			runs: number,
			conditions: typeof CONDITIONS,
			cases: readonly EngageCase[],
			args: readonly string[]
		) => {
			const floor: Record<string, LoadSample[]> = {};
			const story = Object.fromEntries(cases.map((key) => [key, {}])) as Record<
				EngageCase,
				Record<string, EngagementSample[]>
			>;
			for (let run = 0; run < runs; run++) {
				for (const condition of conditions) {
					(floor[condition.key] ??= []).push(
						await fresh((b) => loadSample(b, PAGES.floor, condition, mapLibrePaths.floor), args)
					);
					for (const key of cases) {
						(story[key][condition.key] ??= []).push(
							await fresh(
								(b) => engagementSample(b, PAGES.story, condition, key, slugs[1] as string),
								args
							)
						);
					}
				}
			}
			return { floor, story };
		};
		log(`floor loads and story engagements, ${RUNS} per case and condition`);
		const boot = await bootSamples(
			RUNS,
			CONDITIONS,
			ENGAGE_CASES.map((c) => c.key),
			CHROMIUM_ARGS
		);
		log(`the boot composited in software, ${SOFTWARE_RUNS} per condition`);
		const software = await bootSamples(
			SOFTWARE_RUNS,
			SOFTWARE_CONDITIONS,
			['atLoad'],
			NO_GPU_CHROMIUM_ARGS
		);
		log(`stepping through ${STEP_WALK.steps} steps, ${STEP_WALK.runs} runs`);
		const stepping: SteppingSample[] = [];
		for (let run = 0; run < STEP_WALK.runs; run++) {
			stepping.push(
				await fresh((b) => steppingSample(b, PAGES.story, slugs, STEP_WALK.steps, STEP_WALK.gapMs))
			);
		}
		log(`heap over ${HEAP_WALK.changes} step changes`);
		const heap = await fresh((b) =>
			heapSample(b, PAGES.story, slugs, HEAP_WALK.changes, HEAP_WALK.gapMs)
		);

		// Which files come when: the first sample at CPU 1× of each case (paths do not vary).
		const atLoad = boot.story.atLoad.cpu1x?.[0];
		const afterIdle = boot.story.afterIdle.cpu1x?.[0];
		const firstViewPaths = atLoad?.fetchedBeforeIdle ?? [];
		const mapLibreOf = (paths: readonly string[]) =>
			paths.filter((p) => storyMapLibre.some((f) => `/${f.path}` === p));
		const appOf = (paths: readonly string[]) =>
			paths.filter((p) => /\.m?js$/.test(p) && !mapLibreOf([p]).length);
		const fetchedAfter = atLoad?.fetchedAfter ?? [];
		// The default story's geodata (static/geodata/); each other story's is in a folder of its own.
		const geodata = filesUnder('geodata').filter((f) => !f.name.includes('/'));
		const staticMaps = filesUnder('maps', '.svg');
		// What a reader downloads; the embed dialog's code loads only when an editor opens it.
		const appJs = page.readerJs.filter((f) => !isMapLibre(f));
		const bytes = {
			html: total([page.html]),
			upfrontJs: total(page.upfrontJs),
			appJs: total(appJs),
			// Measured: a page left alone until its network is quiet (≥ 5 s), then engaged.
			appJsBeforeEngaging: bytesOfPaths(appOf(afterIdle?.ranBefore ?? []), '/'),
			prefetchedBeforeEngaging: bytesOfPaths(afterIdle?.prefetchedBefore ?? [], '/'),
			// The policy says none: MapLibre's code runs only once a reader engages.
			mapLibreBeforeEngaging: bytesOfPaths(mapLibreOf(afterIdle?.ranBefore ?? []), '/'),
			// Measured: a page engaged at load, from the scroll to the map's first idle.
			appJsAfterEngaging: bytesOfPaths(appOf(fetchedAfter), '/'),
			mapLibreAfterEngaging: bytesOfPaths(mapLibreOf(fetchedAfter), '/'),
			onDemandJs: total(page.onDemandJs),
			allJs: total(page.allJs),
			mapLibreJs: total(storyMapLibre),
			upfrontCss: total(page.upfrontCss),
			allCss: total(page.allCss),
			geodataFirstView: bytesOfPaths(firstViewPaths, '/geodata/'),
			geodataAll: total(geodata),
			fontsFirstView: bytesOfPaths(firstViewPaths, '/fonts/'),
			fontsAll: total(filesUnder('fonts', '.woff2')),
			staticMapFirst: bytesOfPaths(firstViewPaths, '/maps/'),
			staticMapsAll: total(staticMaps),
			staticMapLargest: Math.max(...staticMaps.map((f) => f.raw))
		};
		const pooled = (key: 'requestToMove' | 'scrollToMove') => stepping.flatMap((s) => s[key]);
		const results = {
			date: new Date().toISOString(),
			machine: {
				cpus: cpus().length,
				cpu: cpus()[0]?.model,
				node: process.version,
				// Other work on the machine slows every timing: the 1-minute load average, before and after.
				load: [loadBefore, loadavg()[0]].map((l) => Number(l?.toFixed(1))),
				chromium: execSync(`${browserPath} --version 2>/dev/null`).toString().trim()
			},
			runs: { lighthouse: LH_RUNS, loads: RUNS, stepping: STEP_WALK, heap: HEAP_WALK },
			lighthouse: Object.fromEntries(
				(Object.keys(PAGES) as PageName[]).map((name) => [
					name,
					lighthouseMedians(lighthouse[name])
				])
			) as Results['lighthouse'],
			floor: byCondition(boot.floor),
			engagement: {
				atLoad: byCondition(boot.story.atLoad),
				afterIdle: byCondition(boot.story.afterIdle),
				atFirstPaint: byCondition(boot.story.atFirstPaint)
			},
			softwareCompositing: {
				floor: byCondition(software.floor),
				atLoad: byCondition(software.story.atLoad)
			},
			firstViewFetches: firstViewPaths,
			beforeEngaging: {
				ran: afterIdle?.ranBefore ?? [],
				prefetched: afterIdle?.prefetchedBefore ?? []
			},
			afterEngaging: fetchedAfter,
			bytes,
			files: {
				upfrontJs: describeFiles(page.upfrontJs),
				appJs: describeFiles(appJs),
				onDemandJs: describeFiles(page.onDemandJs),
				mapLibre: describeFiles(storyMapLibre),
				css: describeFiles(page.allCss),
				geodata: describeFiles(geodata)
			},
			stepping: {
				...medians(stepping),
				requestToMoveMedian: median(pooled('requestToMove')),
				requestToMoveMax: Math.max(...pooled('requestToMove')),
				scrollToMoveMedian: median(pooled('scrollToMove')),
				scrollToMoveMax: Math.max(...pooled('scrollToMove')),
				samples: pooled('requestToMove').length
			},
			heap: heap && { ...heap, growth: heap.afterMany - heap.afterFirst },
			benchSeconds: 0
		};
		results.benchSeconds = Math.round((Date.now() - started) / 1000);
		const goals = goalsOf(results);
		writeFileSync('bench/results.json', `${JSON.stringify({ ...results, goals }, null, '\t')}\n`);
		printTable(results, goals);
		log(`done in ${results.benchSeconds} s; wrote bench/results.json`);
	} finally {
		server.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
