import { describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, afterImage, idleQueue, inNextTask, type PaintClock } from './first-paint';

/** A paint clock driven by hand: paint() reports the first paint, elapse() runs the timers. */
function fakeClock(alreadyPainted = false) {
	let painted = alreadyPainted;
	const paintListeners = new Set<() => void>();
	const timers = new Set<{ ms: number; callback: () => void }>();
	const clock: PaintClock = {
		painted: () => painted,
		onPaint(callback) {
			paintListeners.add(callback);
			return () => paintListeners.delete(callback);
		},
		after(ms, callback) {
			const timer = { ms, callback };
			timers.add(timer);
			return () => timers.delete(timer);
		}
	};
	return {
		clock,
		paint() {
			painted = true;
			[...paintListeners].forEach((l) => l());
		},
		elapse(ms: number) {
			for (const t of [...timers]) {
				if (t.ms <= ms) {
					timers.delete(t);
					t.callback();
				}
			}
		},
		pending: () => paintListeners.size + timers.size
	};
}

describe('afterFirstPaint', () => {
	it('waits for the first contentful paint, then runs once', () => {
		const fake = fakeClock();
		const callback = vi.fn();
		afterFirstPaint(callback, fake.clock);
		fake.elapse(100);
		expect(callback).not.toHaveBeenCalled();
		fake.paint();
		expect(callback).toHaveBeenCalledOnce();
		fake.elapse(10_000);
		expect(callback).toHaveBeenCalledOnce();
		expect(fake.pending()).toBe(0);
	});

	it('runs in the next task when the page has already painted', () => {
		const fake = fakeClock(true);
		const callback = vi.fn();
		afterFirstPaint(callback, fake.clock);
		expect(callback).not.toHaveBeenCalled();
		fake.elapse(0);
		expect(callback).toHaveBeenCalledOnce();
	});

	it('runs after the safety delay when no paint is ever reported', () => {
		const fake = fakeClock();
		const callback = vi.fn();
		afterFirstPaint(callback, fake.clock, 5000);
		fake.elapse(4999);
		expect(callback).not.toHaveBeenCalled();
		fake.elapse(5000);
		expect(callback).toHaveBeenCalledOnce();
		expect(fake.pending()).toBe(0);
	});

	it('never runs once cancelled', () => {
		const fake = fakeClock();
		const callback = vi.fn();
		const cancel = afterFirstPaint(callback, fake.clock);
		cancel();
		fake.paint();
		fake.elapse(10_000);
		expect(callback).not.toHaveBeenCalled();
		expect(fake.pending()).toBe(0);
	});
});

describe('afterImage', () => {
	/** An image whose decoding the test settles by hand. */
	function fakeImage() {
		let settle: (ok: boolean) => void = () => {};
		const image = {
			decode: () =>
				new Promise<void>((resolve, reject) => (settle = (ok) => (ok ? resolve() : reject())))
		} as unknown as HTMLImageElement;
		return { image, settle: (ok: boolean) => settle(ok) };
	}

	function withFrames() {
		vi.useFakeTimers();
		vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 16));
		vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
		return () => {
			vi.unstubAllGlobals();
			vi.useRealTimers();
		};
	}

	it('runs a frame after the image has decoded, once', async () => {
		const restore = withFrames();
		const { image, settle } = fakeImage();
		const callback = vi.fn();
		afterImage(image, callback);
		await vi.advanceTimersByTimeAsync(500);
		expect(callback).not.toHaveBeenCalled();
		settle(true);
		await vi.advanceTimersByTimeAsync(20);
		expect(callback).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(5000);
		expect(callback).toHaveBeenCalledTimes(1);
		restore();
	});

	it('runs when the image fails, or when it takes too long', async () => {
		const restore = withFrames();
		const failed = fakeImage();
		const afterFailure = vi.fn();
		afterImage(failed.image, afterFailure);
		failed.settle(false);
		await vi.advanceTimersByTimeAsync(20);
		expect(afterFailure).toHaveBeenCalledTimes(1);

		const slow = vi.fn();
		afterImage(fakeImage().image, slow, 1000);
		await vi.advanceTimersByTimeAsync(1020);
		expect(slow).toHaveBeenCalledTimes(1);
		restore();
	});

	it('does not run once cancelled', async () => {
		const restore = withFrames();
		const { image, settle } = fakeImage();
		const callback = vi.fn();
		const cancel = afterImage(image, callback);
		cancel();
		settle(true);
		await vi.advanceTimersByTimeAsync(5000);
		expect(callback).not.toHaveBeenCalled();
		restore();
	});
});

describe('afterImage out of view', () => {
	it('runs soon after the decoding when no frame comes', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('requestAnimationFrame', () => 0);
		vi.stubGlobal('cancelAnimationFrame', () => {});
		const image = { decode: () => Promise.resolve() } as unknown as HTMLImageElement;
		const callback = vi.fn();
		afterImage(image, callback, 3000, 250);
		await vi.advanceTimersByTimeAsync(260);
		expect(callback).toHaveBeenCalledTimes(1);
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});
});

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

describe('inNextTask', () => {
	it('runs the setup in a later task, and its cleanup when cleaned up', () => {
		vi.useFakeTimers();
		const cleanup = vi.fn();
		const setup = vi.fn(() => cleanup);
		const stop = inNextTask(setup);
		expect(setup).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(setup).toHaveBeenCalledTimes(1);
		expect(cleanup).not.toHaveBeenCalled();
		stop();
		expect(cleanup).toHaveBeenCalledTimes(1);
		vi.useRealTimers();
	});

	it('cleaned up before it has run, it never runs', () => {
		vi.useFakeTimers();
		const setup = vi.fn();
		inNextTask(setup)();
		vi.runAllTimers();
		expect(setup).not.toHaveBeenCalled();
		vi.useRealTimers();
	});
});
