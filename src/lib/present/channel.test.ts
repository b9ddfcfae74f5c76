import { describe, expect, it } from 'vitest';
import {
	channelName,
	coalescePresentMessages,
	parsePresentMessage,
	sameState,
	type PresentMessage
} from './channel';

const slugs = ['peshawar', 'kabul'];
/** The length of each step's slide text. */
const lengths = [80, 300];
const state = {
	type: 'storymap:present-state',
	from: 'presenter',
	version: 3,
	step: 'kabul',
	part: 1,
	blank: false,
	textSize: 0,
	breaks: [[], [120]]
};

describe('parsePresentMessage', () => {
	it('accepts a valid state and a hello', () => {
		expect(parsePresentMessage(state, slugs, lengths)).toEqual({ ok: true, message: state });
		expect(
			parsePresentMessage({ type: 'storymap:present-hello', from: 'audience' }, slugs, lengths)
		).toEqual({
			ok: true,
			message: { type: 'storymap:present-hello', from: 'audience' }
		});
	});

	it('accepts a bye, with nothing but who sends it', () => {
		expect(
			parsePresentMessage(
				{ type: 'storymap:present-bye', from: 'audience', step: 'x' },
				slugs,
				lengths
			)
		).toEqual({ ok: true, message: { type: 'storymap:present-bye', from: 'audience' } });
		expect(
			parsePresentMessage({ type: 'storymap:present-bye', from: 'someone' }, slugs, lengths).ok
		).toBe(false);
	});

	it('accepts a state from a window that does not know the split', () => {
		expect(parsePresentMessage({ ...state, breaks: [] }, slugs, lengths).ok).toBe(true);
	});

	it('drops extra fields', () => {
		const parsed = parsePresentMessage({ ...state, extra: '<script>' }, slugs, lengths);
		expect(parsed.ok && 'extra' in parsed.message).toBe(false);
	});

	it.each([
		['null', null],
		['a string', 'next'],
		['an array', [state]],
		['an unknown type', { ...state, type: 'storymap:goto' }],
		['no sender', { ...state, from: 'someone' }],
		['an unknown step', { ...state, step: 'lahore' }],
		['a step index instead of a slug', { ...state, step: 1 }],
		['no version', { ...state, version: undefined }],
		['a negative version', { ...state, version: -1 }],
		['a fractional version', { ...state, version: 1.5 }],
		['a version beyond safe integers', { ...state, version: 2 ** 60 }],
		['a fractional part', { ...state, part: 0.5 }],
		['a negative part', { ...state, part: -1 }],
		['a huge part', { ...state, part: 1e9 }],
		['blank as a string', { ...state, blank: 'yes' }],
		['a text size out of range', { ...state, textSize: 3 }],
		['breaks not a list', { ...state, breaks: '120' }],
		['breaks not per step', { ...state, breaks: [120] }],
		['breaks for another story', { ...state, breaks: [[], [], []] }],
		['breaks out of order', { ...state, breaks: [[], [120, 40]] }],
		['a break at 0', { ...state, breaks: [[0], []] }],
		['too many breaks', { ...state, breaks: [[], Array.from({ length: 200 }, (_, i) => i + 1)] }],
		['a break past the end of its text', { ...state, breaks: [[80], [120]] }],
		['a break at the very end of its text', { ...state, breaks: [[], [120, 300]] }],
		['a break far beyond any text', { ...state, breaks: [[], [99_999]] }]
	])('rejects %s', (_, data) => {
		const parsed = parsePresentMessage(data, slugs, lengths);
		expect(parsed.ok).toBe(false);
		expect(parsed.ok || parsed.reason).toBeTruthy();
	});
});

describe('parsePresentMessage, given hostile data', () => {
	it('quotes at most a few words of what it rejects, and never throws', () => {
		const long = '<img src=x onerror=alert(1)>'.repeat(10_000);
		for (const data of [
			{ ...state, step: long },
			{ ...state, type: long },
			{ ...state, step: { toString: () => long } },
			{ ...state, breaks: [[], Array(1e6).fill(1)] }
		]) {
			const parsed = parsePresentMessage(data, slugs, lengths);
			expect(parsed.ok).toBe(false);
			expect(parsed.ok || parsed.reason.length).toBeLessThan(200);
		}
	});

	it('ignores an inherited field (a polluted prototype is not a message)', () => {
		const forged = Object.assign(Object.create({ from: 'presenter' }), {
			type: 'storymap:present-hello'
		});
		expect(parsePresentMessage(forged, slugs, lengths).ok).toBe(false);
		const own = JSON.parse(
			'{"__proto__": {"from": "presenter"}, "type": "storymap:present-hello"}'
		);
		expect(parsePresentMessage(own, slugs, lengths).ok).toBe(false);
	});
});

describe('coalescePresentMessages', () => {
	const at = (step: string, from: 'audience' | 'presenter' = 'presenter'): PresentMessage => ({
		...(state as Extract<PresentMessage, { type: 'storymap:present-state' }>),
		from,
		step
	});
	const hello: PresentMessage = { type: 'storymap:present-hello', from: 'presenter' };
	const bye: PresentMessage = { type: 'storymap:present-bye', from: 'audience' };

	it('keeps only the last state from each role', () => {
		const flood = Array.from({ length: 2000 }, (_, i) => at(i % 2 ? 'kabul' : 'peshawar'));
		expect(coalescePresentMessages(flood)).toEqual([at('kabul')]);
		expect(
			coalescePresentMessages([at('kabul', 'audience'), at('peshawar'), at('peshawar', 'audience')])
		).toEqual([at('peshawar'), at('peshawar', 'audience')]);
	});

	it('keeps every hello and bye, in order', () => {
		expect(coalescePresentMessages([hello, at('kabul'), bye, at('peshawar'), hello])).toEqual([
			hello,
			bye,
			at('peshawar'),
			hello
		]);
		expect(coalescePresentMessages([])).toEqual([]);
	});
});

describe('channel helpers', () => {
	it('names one channel per story', () => {
		expect(channelName('frontier')).not.toBe(channelName('mini'));
	});

	it('compares what two states show', () => {
		const a = { step: 'kabul', part: 0, blank: false, textSize: 0 };
		expect(sameState(a, { ...a })).toBe(true);
		expect(sameState(a, { ...a, part: 1 })).toBe(false);
		expect(sameState(a, { ...a, blank: true })).toBe(false);
	});
});
