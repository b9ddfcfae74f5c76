import { describe, expect, it } from 'vitest';
import { channelName, parsePresentMessage, sameState } from './channel';

const slugs = ['peshawar', 'kabul'];
const state = {
	type: 'storymap:present-state',
	from: 'presenter',
	step: 'kabul',
	part: 1,
	blank: false,
	textSize: 0,
	breaks: [[], [120]]
};

describe('parsePresentMessage', () => {
	it('accepts a valid state and a hello', () => {
		expect(parsePresentMessage(state, slugs)).toEqual({ ok: true, message: state });
		expect(
			parsePresentMessage({ type: 'storymap:present-hello', from: 'audience' }, slugs)
		).toEqual({
			ok: true,
			message: { type: 'storymap:present-hello', from: 'audience' }
		});
	});

	it('accepts a bye, with nothing but who sends it', () => {
		expect(
			parsePresentMessage({ type: 'storymap:present-bye', from: 'audience', step: 'x' }, slugs)
		).toEqual({ ok: true, message: { type: 'storymap:present-bye', from: 'audience' } });
		expect(parsePresentMessage({ type: 'storymap:present-bye', from: 'someone' }, slugs).ok).toBe(
			false
		);
	});

	it('accepts a state from a window that does not know the split', () => {
		expect(parsePresentMessage({ ...state, breaks: [] }, slugs).ok).toBe(true);
	});

	it('drops extra fields', () => {
		const parsed = parsePresentMessage({ ...state, extra: '<script>' }, slugs);
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
		['too many breaks', { ...state, breaks: [[], Array.from({ length: 200 }, (_, i) => i + 1)] }]
	])('rejects %s', (_, data) => {
		const parsed = parsePresentMessage(data, slugs);
		expect(parsed.ok).toBe(false);
		expect(parsed.ok || parsed.reason).toBeTruthy();
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
