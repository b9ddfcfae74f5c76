import { describe, expect, it } from 'vitest';
import { idleQueue } from './idle-queue';

/** An idle scheduler run by hand. */
function manualIdle() {
	const waiting: (() => void)[] = [];
	const idle = (callback: () => void) => {
		waiting.push(callback);
		return () => {
			const at = waiting.indexOf(callback);
			if (at >= 0) waiting.splice(at, 1);
		};
	};
	return { idle, runIdle: () => waiting.shift()?.(), pending: () => waiting.length };
}

describe('idleQueue', () => {
	it('runs one item per idle moment, in order, none before the first', () => {
		const clock = manualIdle();
		const done: string[] = [];
		const queue = idleQueue((item: string) => done.push(item), clock.idle);
		queue.push('a', 'b');
		queue.push('c');
		expect(done).toEqual([]);
		expect(clock.pending()).toBe(1);
		clock.runIdle();
		expect(done).toEqual(['a']);
		expect(clock.pending()).toBe(1);
		while (clock.pending()) clock.runIdle();
		expect(done).toEqual(['a', 'b', 'c']);
	});

	it('starts again for items pushed after it ran dry', () => {
		const clock = manualIdle();
		const done: number[] = [];
		const queue = idleQueue((item: number) => done.push(item), clock.idle);
		queue.push(1);
		clock.runIdle();
		expect(clock.pending()).toBe(0);
		queue.push(2);
		expect(clock.pending()).toBe(1);
		clock.runIdle();
		expect(done).toEqual([1, 2]);
	});

	it('runs nothing more once stopped, and takes nothing new', () => {
		const clock = manualIdle();
		const done: number[] = [];
		const queue = idleQueue((item: number) => done.push(item), clock.idle);
		queue.push(1, 2, 3);
		clock.runIdle();
		queue.stop();
		expect(clock.pending()).toBe(0);
		queue.push(4);
		expect(clock.pending()).toBe(0);
		expect(done).toEqual([1]);
	});
});
