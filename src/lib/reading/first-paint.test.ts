import { describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, type PaintClock } from './first-paint';

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
