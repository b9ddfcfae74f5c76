// The benchmark's goals (issue "Performance") and the table it prints for the README.
import type { LighthouseSample } from './lighthouse';
import { CONDITIONS, type Condition } from './measure';
import type { Bytes } from './site-files';

type Medians = Record<string, number>;
type LighthouseMedians = Omit<LighthouseSample, 'failed'> & { failed: string[] };

/** The parts of bench/results.json the goals and the table read. */
export interface Results {
	lighthouse: Record<'story' | 'floor', LighthouseMedians>;
	loads: Record<'story' | 'floor', Record<Condition['key'], Medians>>;
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
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '–');
const bytesOf = (results: Results, key: string) => results.bytes[key] as Bytes;
const ratio = (results: Results, key: Condition['key']) =>
	(results.loads.story[key]?.mapCost ?? Number.NaN) /
	(results.loads.floor[key]?.mapCost ?? Number.NaN);

export function goalsOf(results: Results): Goal[] {
	const lh = results.lighthouse.story;
	const score = (name: string, key: keyof LighthouseSample, min: number): Goal => ({
		goal: `Lighthouse ${name} ≥ ${min}`,
		value: String(lh[key]),
		met: Number(lh[key]) >= min
	});
	const goals: Goal[] = [
		score('performance', 'performance', 95),
		score('accessibility', 'accessibility', 100),
		score('best practices', 'bestPractices', 100),
		score('SEO', 'seo', 100)
	];
	for (const { key, label } of CONDITIONS) {
		const r = ratio(results, key);
		goals.push({
			goal: `map's own cost, story ÷ floor ≤ 1.15 (${label})`,
			value: r.toFixed(2),
			met: r <= 1.15
		});
	}
	const app = bytesOf(results, 'appJs').gzip;
	goals.push({
		goal: 'app JS a reader loads, without maplibre-gl ≤ 40 KB gz',
		value: kb(app),
		met: app <= 40 * 1024
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

/** The Markdown table of the README's "Performance" section. */
export function formatTable(results: Results, goals: readonly Goal[]): string {
	const rows: string[][] = [];
	const lh = results.lighthouse;
	const row = (label: string, story: string, floor = '') => rows.push([label, story, floor]);
	row('Lighthouse performance', String(lh.story.performance), String(lh.floor.performance));
	row(
		'Lighthouse accessibility / best practices / SEO',
		`${lh.story.accessibility} / ${lh.story.bestPractices} / ${lh.story.seo}`,
		`${lh.floor.accessibility} / ${lh.floor.bestPractices} / ${lh.floor.seo}`
	);
	for (const [label, key] of [
		['Lighthouse FCP', 'fcp'],
		['Lighthouse LCP', 'lcp'],
		['Lighthouse TBT', 'tbt']
	] as const) {
		row(label, ms(lh.story[key]), ms(lh.floor[key]));
	}
	row('Lighthouse CLS', lh.story.cls.toFixed(3), lh.floor.cls.toFixed(3));
	for (const { key, label } of CONDITIONS) {
		const story = results.loads.story[key] ?? {};
		const floor = results.loads.floor[key] ?? {};
		const tag = `(${label})`;
		const both = (field: string) => [ms(story[field] ?? NaN), ms(floor[field] ?? NaN)] as const;
		row(`navigation → first text paint ${tag}`, ...both('firstPaint'));
		row(`navigation → first map idle ${tag}`, ...both('mapIdle'));
		row(`MapLibre starts loading ${tag}`, ...both('mapLibreStart'));
		const [storyCost, floorCost] = both('mapCost');
		row(
			`map's own cost: MapLibre load → first idle ${tag}`,
			storyCost,
			`${floorCost} (ratio ${ratio(results, key).toFixed(2)})`
		);
		row(
			`long tasks until map idle ${tag}`,
			`${story.longTasks} (${ms(story.longTaskMs ?? NaN)})`,
			`${floor.longTasks} (${ms(floor.longTaskMs ?? NaN)})`
		);
	}
	const b = (key: string) => {
		const { raw, gzip } = bytesOf(results, key);
		return `${kb(raw)} / ${kb(gzip)} gz`;
	};
	row('JS before first paint (loaded by the HTML)', b('upfrontJs'));
	row('app JS a reader loads, without maplibre-gl', b('appJs'));
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
		`${s.longTasks} (${ms(s.longestTask ?? NaN)})`
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
	const table = [
		'| measure | story page | floor |',
		'| --- | --- | --- |',
		...rows.map((r) => `| ${r.join(' | ')} |`)
	];
	const goalTable = [
		'| goal | now | met |',
		'| --- | --- | --- |',
		...goals.map((g) => `| ${g.goal} | ${g.value} | ${g.met ? 'yes' : '**no**'} |`)
	];
	return `${table.join('\n')}\n\n${goalTable.join('\n')}\n`;
}

export function printTable(results: Results, goals: readonly Goal[]): void {
	console.log(formatTable(results, goals));
	const failed = results.lighthouse.story.failed;
	if (failed.length)
		console.log(`Lighthouse audits the story page fails:\n- ${failed.join('\n- ')}`);
}
