import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashWriter, slugFromHash, type Schedule } from './hash';

/** A schedule the test runs by hand. */
function manual() {
	const queued: (() => void)[] = [];
	const schedule: Schedule = (write) => {
		queued.push(write);
		return () => queued.splice(queued.indexOf(write), 1);
	};
	return { schedule, run: () => queued.splice(0).forEach((w) => w()), queued };
}

describe('slugFromHash', () => {
	it('names a known step, decoded, and nothing for an unknown or malformed hash', () => {
		expect(slugFromHash('#bannu', ['peshawar', 'bannu'])).toBe('bannu');
		expect(slugFromHash('#caf%C3%A9', ['café'])).toBe('café');
		expect(slugFromHash('#nowhere', ['bannu'])).toBeUndefined();
		expect(slugFromHash('#%E0%A4%A', ['bannu'])).toBeUndefined();
	});
});

describe('hashWriter', () => {
	afterEach(() => vi.unstubAllGlobals());

	const page = (href: string) => {
		const url = new URL(href);
		vi.stubGlobal('location', {
			get href() {
				return url.href;
			},
			get hash() {
				return url.hash;
			}
		});
		const written: string[] = [];
		const replaceUrl = (next: URL) => {
			written.push(next.href);
			url.hash = next.hash;
		};
		return { written, replaceUrl };
	};

	it('writes nothing in the task that asks, then only the latest step', () => {
		const { written, replaceUrl } = page('https://example.test/story/?x=1#peshawar');
		const clock = manual();
		const writer = hashWriter(replaceUrl, clock.schedule);
		writer.write('nangarhar');
		writer.write('kabul');
		writer.write('bannu');
		expect(written).toEqual([]);
		expect(clock.queued).toHaveLength(1);
		clock.run();
		expect(written).toEqual(['https://example.test/story/?x=1#bannu']);
	});

	it('writes again for a step asked after the last write, and not for the one already shown', () => {
		const { written, replaceUrl } = page('https://example.test/#peshawar');
		const clock = manual();
		const writer = hashWriter(replaceUrl, clock.schedule);
		writer.write('kabul');
		clock.run();
		writer.write('kabul');
		clock.run();
		writer.write('bannu');
		clock.run();
		expect(written).toEqual(['https://example.test/#kabul', 'https://example.test/#bannu']);
	});

	it('drops a write that has not happened when stopped', () => {
		const { written, replaceUrl } = page('https://example.test/#peshawar');
		const clock = manual();
		const writer = hashWriter(replaceUrl, clock.schedule);
		writer.write('kabul');
		writer.stop();
		clock.run();
		expect(written).toEqual([]);
	});
});
