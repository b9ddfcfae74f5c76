import { describe, expect, it } from 'vitest';
import { JumpGuard, type After } from './jump-guard';

/** A clock that runs timers only when told to. */
function fakeClock() {
	let now = 0;
	const timers = new Set<{ at: number; callback: () => void }>();
	const after: After = (ms, callback) => {
		const timer = { at: now + ms, callback };
		timers.add(timer);
		return () => timers.delete(timer);
	};
	const advance = (ms: number) => {
		now += ms;
		for (const timer of [...timers]) {
			if (timer.at <= now) {
				timers.delete(timer);
				timer.callback();
			}
		}
	};
	return { after, advance };
}

describe('JumpGuard', () => {
	it('holds from the jump until the scroll ends, then lets the reader check once', () => {
		const clock = fakeClock();
		let ends = 0;
		const guard = new JumpGuard(() => ends++, { after: clock.after, quietMs: 100 });
		expect(guard.jumping).toBe(false);
		guard.begin();
		expect(guard.jumping).toBe(true);
		guard.scrolled();
		clock.advance(60);
		guard.scrolled();
		clock.advance(60);
		expect(guard.jumping).toBe(true);
		guard.scrollEnded();
		expect(guard.jumping).toBe(false);
		expect(ends).toBe(1);
		clock.advance(500);
		expect(ends).toBe(1);
	});

	it('ends by itself when no scroll comes (the step was already in place)', () => {
		const clock = fakeClock();
		let ends = 0;
		const guard = new JumpGuard(() => ends++, { after: clock.after, quietMs: 100 });
		guard.begin();
		clock.advance(99);
		expect(guard.jumping).toBe(true);
		clock.advance(1);
		expect(guard.jumping).toBe(false);
		expect(ends).toBe(1);
	});

	it('ignores scrolls and scroll ends that belong to no jump', () => {
		const clock = fakeClock();
		let ends = 0;
		const guard = new JumpGuard(() => ends++, { after: clock.after, quietMs: 100 });
		guard.scrolled();
		guard.scrollEnded();
		clock.advance(1000);
		expect(guard.jumping).toBe(false);
		expect(ends).toBe(0);
	});

	it('a second jump during the first extends the hold; stop ends it without a check', () => {
		const clock = fakeClock();
		let ends = 0;
		const guard = new JumpGuard(() => ends++, { after: clock.after, quietMs: 100 });
		guard.begin();
		clock.advance(80);
		guard.begin();
		clock.advance(80);
		expect(guard.jumping).toBe(true);
		guard.stop();
		clock.advance(1000);
		expect(guard.jumping).toBe(false);
		expect(ends).toBe(0);
	});
});
