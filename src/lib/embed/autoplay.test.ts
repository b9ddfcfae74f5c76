import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Autoplay } from './autoplay';

describe('Autoplay', () => {
	let step: number;
	let changes: boolean[];
	let autoplay: Autoplay;
	const LAST = 2;

	beforeEach(() => {
		vi.useFakeTimers();
		step = 0;
		changes = [];
		autoplay = new Autoplay(
			5,
			() => {
				if (step === LAST) return false;
				step += 1;
				return true;
			},
			(playing) => changes.push(playing)
		);
	});

	it('gives each step its time from when it settles, and stops at the last', () => {
		autoplay.play();
		vi.advanceTimersByTime(10_000);
		expect(step, 'nothing moves before the first step settles').toBe(0);
		autoplay.settled();
		vi.advanceTimersByTime(4_999);
		expect(step).toBe(0);
		vi.advanceTimersByTime(1);
		expect(step).toBe(1);
		vi.advanceTimersByTime(3_000); // a slow flight: the step has not settled yet
		autoplay.settled();
		vi.advanceTimersByTime(4_999);
		expect(step).toBe(1);
		vi.advanceTimersByTime(1);
		expect(step).toBe(2);
		autoplay.settled();
		vi.advanceTimersByTime(5_000);
		expect(step).toBe(2);
		expect(autoplay.playing).toBe(false);
		expect(changes).toEqual([true, false]);
	});

	it('stops when paused and waits while off screen', () => {
		autoplay.play();
		autoplay.settled();
		autoplay.setVisible(false);
		vi.advanceTimersByTime(20_000);
		expect(step).toBe(0);
		autoplay.setVisible(true);
		vi.advanceTimersByTime(5_000);
		expect(step).toBe(1);
		autoplay.settled();
		autoplay.pause();
		vi.advanceTimersByTime(20_000);
		expect(step).toBe(1);
		expect(changes).toEqual([true, false]);
	});

	it('restarts from where it is told when played again', () => {
		const restart = vi.fn(() => {
			step = 0;
		});
		step = LAST;
		autoplay.play(restart);
		expect(restart).toHaveBeenCalledOnce();
		autoplay.settled();
		vi.advanceTimersByTime(5_000);
		expect(step).toBe(1);
	});

	it('does not count down for a step the reader has left', () => {
		autoplay.play();
		autoplay.settled();
		vi.advanceTimersByTime(4_000);
		autoplay.moving();
		vi.advanceTimersByTime(4_000);
		expect(step).toBe(0);
	});
});
