/**
 * User-timing marks for the benchmark (`npm run bench`, bench/run.ts): where the live map starts
 * loading and first goes idle, and when a step is requested and its camera move starts. They
 * cost a few microseconds each; every name keeps only its latest entry, so a long reading
 * session never grows the performance timeline (the benchmark observes them as they come).
 */
export type PerfMark = 'map-start' | 'map-idle' | 'step-request' | 'movestart';

export const PERF_MARK_PREFIX = 'storymap:';

export function perfMark(name: PerfMark, detail?: number): void {
	const full = `${PERF_MARK_PREFIX}${name}`;
	performance.clearMarks(full);
	performance.mark(full, { detail });
}
