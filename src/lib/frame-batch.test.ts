import { describe, expect, it } from 'vitest';
import { BATCH_FALLBACK_MS, frameBatch, type Scheduler } from './frame-batch';

/** A scheduler run by hand: `frame()` and `timeout()` fire what is waiting. */
function manual() {
	const frames = new Set<() => void>();
	const timeouts = new Set<() => void>();
	const delays: number[] = [];
	const scheduler: Scheduler = {
		frame(run) {
			frames.add(run);
			return () => frames.delete(run);
		},
		timeout(run, ms) {
			delays.push(ms);
			timeouts.add(run);
			return () => timeouts.delete(run);
		}
	};
	const fire = (set: Set<() => void>) => () => {
		const waiting = [...set];
		set.clear();
		for (const run of waiting) run();
	};
	return { scheduler, frame: fire(frames), timeout: fire(timeouts), delays };
}

describe('frameBatch', () => {
	it('hands over everything pushed before a frame at once, in order', () => {
		const clock = manual();
		const batches: number[][] = [];
		const batch = frameBatch<number>((items) => batches.push(items), clock.scheduler);
		for (let i = 0; i < 20_000; i++) batch.push(i);
		expect(batches).toEqual([]);
		clock.frame();
		expect(batches).toHaveLength(1);
		expect(batches[0]).toHaveLength(20_000);
		expect(batches[0]?.at(-1)).toBe(19_999);
		clock.frame();
		expect(batches).toHaveLength(1);
	});

	it('runs on the fallback timeout when no frame comes, and only once', () => {
		const clock = manual();
		const batches: string[][] = [];
		const batch = frameBatch<string>((items) => batches.push(items), clock.scheduler);
		batch.push('a');
		expect(clock.delays).toEqual([BATCH_FALLBACK_MS]);
		clock.timeout();
		clock.frame();
		expect(batches).toEqual([['a']]);
	});

	it('starts a new batch after a flush', () => {
		const clock = manual();
		const batches: string[][] = [];
		const batch = frameBatch<string>((items) => batches.push(items), clock.scheduler);
		batch.push('a');
		clock.frame();
		batch.push('b');
		batch.push('c');
		clock.frame();
		expect(batches).toEqual([['a'], ['b', 'c']]);
	});

	it('drops what waits when cancelled', () => {
		const clock = manual();
		const batches: string[][] = [];
		const batch = frameBatch<string>((items) => batches.push(items), clock.scheduler);
		batch.push('a');
		batch.cancel();
		clock.frame();
		clock.timeout();
		expect(batches).toEqual([]);
	});
});
