import { describe, expect, it } from 'vitest';
import {
	ENGAGING_EVENTS,
	mayPrefetch,
	onFirstEngagement,
	shouldStart,
	type StartPolicy
} from './live-map-start';

describe('shouldStart', () => {
	const cases: [StartPolicy, boolean, boolean, boolean][] = [
		// policy, engaged, visible → start
		['engagement', false, true, false],
		['engagement', true, true, true],
		['engagement', true, false, false],
		['now', false, true, true],
		['now', false, false, false]
	];
	it.each(cases)('%s, engaged %s, visible %s → %s', (policy, engaged, visible, start) => {
		expect(shouldStart({ policy, engaged, visible })).toBe(start);
	});
});

describe('onFirstEngagement', () => {
	it('calls back once, on the first engaging event of any kind, then stops listening', () => {
		const target = new EventTarget();
		let calls = 0;
		onFirstEngagement(target, () => calls++);
		target.dispatchEvent(new Event('scroll'));
		expect(calls).toBe(0);
		target.dispatchEvent(new Event('keydown'));
		expect(calls).toBe(1);
		for (const type of ENGAGING_EVENTS) target.dispatchEvent(new Event(type));
		expect(calls).toBe(1);
	});

	it('a key typed into a field does not count; the next gesture does', () => {
		const target = new EventTarget();
		let calls = 0;
		onFirstEngagement(target, () => calls++);
		const field = { tagName: 'INPUT', isContentEditable: false, getAttribute: () => null };
		const typed = new Event('keydown');
		Object.defineProperty(typed, 'target', { value: field });
		target.dispatchEvent(typed);
		expect(calls).toBe(0);
		target.dispatchEvent(new Event('pointerdown'));
		expect(calls).toBe(1);
	});

	it('each gesture counts: pointer, touch, key, wheel', () => {
		for (const type of ['pointerdown', 'touchstart', 'keydown', 'wheel']) {
			const target = new EventTarget();
			let calls = 0;
			onFirstEngagement(target, () => calls++);
			target.dispatchEvent(new Event(type));
			expect(calls, type).toBe(1);
		}
	});

	it('stopped before any gesture, it never calls back', () => {
		const target = new EventTarget();
		let calls = 0;
		const stop = onFirstEngagement(target, () => calls++);
		stop();
		target.dispatchEvent(new Event('pointerdown'));
		expect(calls).toBe(0);
	});
});

describe('mayPrefetch', () => {
	it('prefetches only for a map that waits for engagement, and never to a reader saving data', () => {
		expect(mayPrefetch('engagement', {})).toBe(true);
		expect(mayPrefetch('engagement', { saveData: true })).toBe(false);
		expect(mayPrefetch('engagement', { reducedData: true })).toBe(false);
		expect(mayPrefetch('now', {})).toBe(false);
	});
});
