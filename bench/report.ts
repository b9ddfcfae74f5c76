// The benchmark's goals (issue "Performance") and the tables it prints for the README. Goals are
// reported, never asserted: a missed goal is a finding, not a failed run.
import type { LighthouseSample } from './lighthouse';
import { CONDITIONS, ENGAGE_CASES, type Condition, type EngageCase } from './measure';
import type { Bytes } from './site-files';

type Medians = Record<string, number>;
type LighthouseMedians = Omit<LighthouseSample, 'failed'> & { failed: string[] };
type ByCondition = Record<Condition['key'], Medians>;

/** The parts of bench/results.json the goals and the tables read. */
export interface Results {
	lighthouse: Record<'story' | 'embed' | 'floor', LighthouseMedians>;
	/** The floor's page load: MapLibre starts at once. */
	floor: ByCondition;
	/** The story page: the reader's first scroll → the live map's first idle. */
	engagement: Record<EngageCase, ByCondition>;
	/** The floor and the story engaged at load, the page composited in software. */
	softwareCompositing?: { floor: ByCondition; atLoad: ByCondition };
	bytes: Record<string, Bytes | number>;
	stepping: Medians;
	heap?: { afterFirst: number; afterMany: number; growth: number; changes: number };
}

export interface Goal {
	goal: string;
	value: string;
	met: boolean;
}

const FRAME_MS = 1000 / 60;
/** The most the live map's boot on engagement may cost over the floor's boot. */
const MAX_RATIO = 1.15;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number | undefined) => (Number.isFinite(n) ? `${Math.round(n as number)} ms` : '–');
const bytesOf = (results: Results, key: string) => results.bytes[key] as Bytes;

/** Engagement → first idle on the story page ÷ the floor's MapLibre load → first idle. */
const ratio = (results: Results, when: EngageCase, key: Condition['key']) =>
	(results.engagement[when]?.[key]?.engageToIdle ?? Number.NaN) /
	(results.floor[key]?.mapCost ?? Number.NaN);

function lighthouseGoals(lh: LighthouseMedians, page: string): Goal[] {
	const atLeast = (name: string, value: number, min: number): Goal => ({
		goal: `${page}: Lighthouse ${name} ≥ ${min}`,
		value: String(value),
		met: value >= min
	});
	const atMost = (name: string, value: number, max: number): Goal => ({
		goal: `${page}: Lighthouse ${name} ≤ ${max} ms`,
		value: ms(value),
		met: value <= max
	});
	return [
		atLeast('performance', lh.performance, 95),
		atLeast('accessibility', lh.accessibility, 100),
		atLeast('best practices', lh.bestPractices, 100),
		atLeast('SEO', lh.seo, 100),
		atMost('TBT', lh.tbt, 150),
		atMost('LCP', lh.lcp, 2500)
	];
}

export function goalsOf(results: Results): Goal[] {
	const goals: Goal[] = [
		...lighthouseGoals(results.lighthouse.story, 'story page'),
		...lighthouseGoals(results.lighthouse.embed, 'embed page')
	];
	// The policy: a page left alone runs no MapLibre (a prefetch of its bytes is allowed).
	const started = results.engagement.afterIdle.cpu1x?.startedBeforeEngaging ?? Number.NaN;
	goals.push({
		goal: 'story page left alone ≥ 5 s starts no MapLibre',
		value: started === 0 ? 'none started' : started > 0 ? 'started' : '–',
		met: started === 0
	});
	for (const { key: when, label: engaged } of ENGAGE_CASES.filter((c) => c.goal)) {
		for (const { key, label } of CONDITIONS) {
			const r = ratio(results, when, key);
			goals.push({
				goal: `engagement → map idle ÷ floor's boot ≤ ${MAX_RATIO} (${engaged}, ${label})`,
				value: r.toFixed(2),
				met: r <= MAX_RATIO
			});
		}
	}
	// Issue 13's goal: what a reader loads before engaging, the HTML's scripts. What loads once the
	// page is idle (the scroll follower, the offline registration) and on the first gesture is
	// reported in the bytes table, not counted here: the issue moves those to idle to meet it.
	const upfront = bytesOf(results, 'upfrontJs').gzip;
	goals.push({
		goal: 'app JS a reader loads before engaging (what the HTML loads) ≤ 40 KB gz',
		value: kb(upfront),
		met: upfront <= 40 * 1024
	});
	const geo = bytesOf(results, 'geodataAll').gzip;
	goals.push({ goal: 'geodata in all ≤ 60 KB gz', value: kb(geo), met: geo <= 60 * 1024 });
	const tasks = results.stepping.longTasks ?? Number.NaN;
	goals.push({
		goal: 'long tasks while stepping through 20 steps = 0',
		value: String(tasks),
		met: tasks === 0
	});
	const delay = results.stepping.requestToMoveMax ?? Number.NaN;
	goals.push({
		goal: 'step request → camera moving ≤ 1 frame (16.7 ms), worst case',
		value: `${delay.toFixed(1)} ms`,
		met: delay <= FRAME_MS
	});
	if (results.heap) {
		const growth = results.heap.growth;
		goals.push({
			goal: `JS heap growth over ${results.heap.changes} step changes < 5 MB`,
			value: `${(growth / 2 ** 20).toFixed(2)} MB`,
			met: growth < 5 * 2 ** 20
		});
	}
	return goals;
}

const markdown = (head: readonly string[], rows: readonly string[][]) =>
	[
		`| ${head.join(' | ')} |`,
		`| ${head.map(() => '---').join(' | ')} |`,
		...rows.map((r) => `| ${r.join(' | ')} |`)
	].join('\n');

/** Lighthouse, mobile preset: the story and embed pages beside the floor. */
function lighthouseTable(results: Results): string {
	const pages = [results.lighthouse.story, results.lighthouse.embed, results.lighthouse.floor];
	const row = (label: string, cell: (lh: LighthouseMedians) => string) => [
		label,
		...pages.map(cell)
	];
	return markdown(
		['Lighthouse (mobile)', 'story page', 'embed page', 'floor'],
		[
			row('performance', (lh) => String(lh.performance)),
			row(
				'accessibility / best practices / SEO',
				(lh) => `${lh.accessibility} / ${lh.bestPractices} / ${lh.seo}`
			),
			row('FCP', (lh) => ms(lh.fcp)),
			row('LCP', (lh) => ms(lh.lcp)),
			row('TBT', (lh) => ms(lh.tbt)),
			row('CLS', (lh) => lh.cls.toFixed(3)),
			row('speed index', (lh) => ms(lh.speedIndex))
		]
	);
}

/**
 * The live map's boot: on the story page from the reader's first scroll, in each engagement case
 * (ENGAGE_CASES); on the floor from the request for MapLibre's chunk, which it makes at once.
 */
function bootTable(results: Results): string {
	const rows: string[][] = [];
	for (const { key, label } of CONDITIONS) {
		const floor = results.floor[key] ?? {};
		const tag = `(${label})`;
		const story = (cell: (m: Medians, when: EngageCase) => string) =>
			ENGAGE_CASES.map((c) => cell(results.engagement[c.key]?.[key] ?? {}, c.key));
		const tasks = (m: Medians, count: string) =>
			`${m[count] ?? '–'} / ${ms(m.longestTask)} / ${ms(m.longTaskMs)}`;
		rows.push(
			[
				`navigation → first contentful paint ${tag}`,
				...story((m) => ms(m.firstPaint)),
				ms(floor.firstPaint)
			],
			[
				`navigation → first static map on screen ${tag}`,
				...story((m) => ms(m.firstMapPainted)),
				''
			],
			[
				`JS files prefetched (not run) when the reader engaged ${tag}`,
				...story((m) => String(m.prefetchedFiles ?? '–')),
				''
			],
			[
				`start: engagement → MapLibre starts; floor: navigation → its chunk requested ${tag}`,
				...story((m) => ms(m.engageToStart)),
				ms(floor.mapLibreStart)
			],
			[
				`boot: engagement → live map's first idle; floor: MapLibre load → first idle ${tag}`,
				...story(
					(m, when) => `${ms(m.engageToIdle)} (÷ floor ${ratio(results, when, key).toFixed(2)})`
				),
				ms(floor.mapCost)
			],
			[
				`long tasks during the boot: count / longest / total ${tag}`,
				...story((m) => tasks(m, 'bootLongTasks')),
				tasks(floor, 'longTasks')
			],
			[
				`key press ~300 ms into the boot: input delay / duration, worst ${tag}`,
				...story((m) => `${ms(m.secondInputDelay)} / ${ms(m.secondInputDuration)}`),
				''
			]
		);
	}
	return markdown(
		[
			'live map boot',
			...ENGAGE_CASES.map((c) => `story, ${c.label}${c.goal ? '' : ' (not a goal)'}`),
			'floor'
		],
		rows
	);
}

/**
 * The boot engaged at load with the page composited in software, beside the same measure
 * composited through SwiftShader's GL (the rest of the benchmark).
 */
function softwareTable(results: Results): string {
	const sw = results.softwareCompositing;
	if (!sw) return '';
	const rows = CONDITIONS.filter((c) => Number.isFinite(sw.floor[c.key]?.mapCost)).map(
		({ key, label }) => {
			const boot = sw.atLoad[key]?.engageToIdle ?? Number.NaN;
			const floor = sw.floor[key]?.mapCost ?? Number.NaN;
			return [
				label,
				ms(floor),
				`${ms(boot)} (÷ floor ${(boot / floor).toFixed(2)})`,
				ratio(results, 'atLoad', key).toFixed(2)
			];
		}
	);
	return markdown(
		[
			'boot, page composited in software',
			'floor',
			'story, engaged at load',
			'÷ floor, composited in GL (above)'
		],
		rows
	);
}

/** Bytes, the step walk and the heap: the story page alone. */
function storyTable(results: Results): string {
	const rows: string[][] = [];
	const row = (label: string, value: string) => rows.push([label, value]);
	const b = (key: string) => {
		const { raw, gzip } = bytesOf(results, key);
		return `${kb(raw)} / ${kb(gzip)} gz`;
	};
	row('JS before first paint (loaded by the HTML)', b('upfrontJs'));
	row('app JS a reader loads, without maplibre-gl', b('appJs'));
	row(
		'app JS run before engagement (page left alone until its network is quiet)',
		b('appJsBeforeEngaging')
	);
	row('JS prefetched before engagement, not run', b('prefetchedBeforeEngaging'));
	row(
		'maplibre-gl and its worker run before engagement (should be none)',
		b('mapLibreBeforeEngaging')
	);
	row('app JS fetched on engagement, without maplibre-gl', b('appJsAfterEngaging'));
	row('maplibre-gl and its worker fetched on engagement', b('mapLibreAfterEngaging'));
	row('app JS loaded on demand (the embed dialog)', b('onDemandJs'));
	row('all JS (with maplibre-gl and its worker)', b('allJs'));
	row('render-blocking CSS', b('upfrontCss'));
	row('HTML of the story page', b('html'));
	row('geodata, first view / in all', `${b('geodataFirstView')} / ${b('geodataAll')}`);
	row('map fonts, first view / in all', `${b('fontsFirstView')} / ${b('fontsAll')}`);
	row('static map SVGs: first view / all 34', `${b('staticMapFirst')} / ${b('staticMapsAll')}`);
	const s = results.stepping;
	row(
		'long tasks while stepping through 20 steps (longest)',
		`${s.longTasks} (${ms(s.longestTask)})`
	);
	row(
		'step request → movestart, median / worst',
		`${(s.requestToMoveMedian ?? NaN).toFixed(1)} / ${(s.requestToMoveMax ?? NaN).toFixed(1)} ms`
	);
	row(
		'scroll → movestart, median / worst',
		`${(s.scrollToMoveMedian ?? NaN).toFixed(1)} / ${(s.scrollToMoveMax ?? NaN).toFixed(1)} ms`
	);
	if (results.heap) {
		const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
		row(
			`JS heap after the first step change → after ${results.heap.changes} more`,
			`${mb(results.heap.afterFirst)} → ${mb(results.heap.afterMany)}`
		);
	}
	return markdown(['measure', 'story page'], rows);
}

/** The Markdown tables of the README's "Performance" section. */
export function formatTable(results: Results, goals: readonly Goal[]): string {
	const goalTable = markdown(
		['goal', 'now', 'met'],
		goals.map((g) => [g.goal, g.value, g.met ? 'yes' : '**no**'])
	);
	return `${[lighthouseTable(results), bootTable(results), softwareTable(results), storyTable(results), goalTable].filter(Boolean).join('\n\n')}\n`;
}

export function printTable(results: Results, goals: readonly Goal[]): void {
	console.log(formatTable(results, goals));
	for (const page of ['story', 'embed'] as const) {
		const failed = results.lighthouse[page].failed;
		if (failed.length)
			console.log(`Lighthouse audits the ${page} page fails:\n- ${failed.join('\n- ')}`);
	}
}
