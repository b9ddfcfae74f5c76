// Lighthouse (12.8, mobile preset: simulated slow 4G and 4× CPU) against a page, with Debian's
// Chromium started by chrome-launcher with the tests' offline flags.
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseSample {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	fcp: number;
	lcp: number;
	tbt: number;
	cls: number;
	speedIndex: number;
	/** Audits of the four categories that did not pass, for the report. */
	failed: string[];
}

export function startChrome(chromePath: string, flags: readonly string[]): Promise<LaunchedChrome> {
	return launch({ chromePath, chromeFlags: [...flags, '--headless=new', '--no-sandbox'] });
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseSample(
	chrome: LaunchedChrome,
	url: string
): Promise<LighthouseSample> {
	const result = await lighthouse(url, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: CATEGORIES
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { categories, audits, runtimeError } = result.lhr;
	if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
	const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
	const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
	const failed = CATEGORIES.flatMap((id) =>
		(categories[id]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
			.map((ref) => `${id}: ${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`)
	);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		fcp: value('first-contentful-paint'),
		lcp: value('largest-contentful-paint'),
		tbt: value('total-blocking-time'),
		cls: value('cumulative-layout-shift'),
		speedIndex: value('speed-index'),
		failed
	};
}
