import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withDeadline } from './deadline';

const late = () => new Error('too late');

describe('withDeadline', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('settles as the work does when it answers in time', async () => {
		const result = withDeadline(() => Promise.resolve('map'), 1000, late);
		await expect(result).resolves.toBe('map');
		const failed = withDeadline(() => Promise.reject(new Error('404')), 1000, late);
		await expect(failed).rejects.toThrow('404');
		expect(vi.getTimerCount()).toBe(0);
	});

	it('rejects with the timeout error and aborts the work when it never answers', async () => {
		let signal: AbortSignal | undefined;
		const result = withDeadline(
			(s) => {
				signal = s;
				return new Promise<never>(() => {});
			},
			1000,
			late
		);
		const outcome = expect(result).rejects.toThrow('too late');
		await vi.advanceTimersByTimeAsync(999);
		expect(signal?.aborted).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		await outcome;
		expect(signal?.aborted).toBe(true);
		expect(signal?.reason).toBeInstanceOf(Error);
	});

	it('ignores an answer that comes after the deadline', async () => {
		let answer: (value: string) => void = () => {};
		const result = withDeadline(() => new Promise<string>((r) => (answer = r)), 1000, late);
		const outcome = expect(result).rejects.toThrow('too late');
		await vi.advanceTimersByTimeAsync(1000);
		answer('map');
		await outcome;
	});
});
