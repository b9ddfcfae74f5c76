import { describe, expect, it } from 'vitest';
import { MAX_FRAME_HEIGHT, parseCommand, parseResize } from './messages';

const shown = ['bannu', 'lakki-marwat'];

describe('parseCommand', () => {
	it.each([
		[{ type: 'storymap:next' }, { type: 'next' }],
		[{ type: 'storymap:prev' }, { type: 'prev' }],
		[
			{ type: 'storymap:goto', step: 'lakki-marwat' },
			{ type: 'goto', step: 'lakki-marwat' }
		]
	])('accepts %j', (data, command) => expect(parseCommand(data, shown)).toEqual(command));

	const huge = 'x'.repeat(5_000_000);
	const manyKeys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
	const hostile: [string, unknown][] = [
		['a string', 'storymap:next'],
		['null', null],
		['a number', 42],
		['an array', [{ type: 'storymap:next' }]],
		['a date', new Date()],
		['a map', new Map([['type', 'storymap:next']])],
		['no type', { step: 'bannu' }],
		['an unknown type', { type: 'storymap:explode' }],
		['a frame-to-parent type', { type: 'storymap:ready', steps: [] }],
		['a type of the wrong kind', { type: ['storymap:next'] }],
		['an extra field', { type: 'storymap:next', step: 'bannu' }],
		['goto without a step', { type: 'storymap:goto' }],
		['goto to an unknown slug', { type: 'storymap:goto', step: 'nowhere' }],
		['goto outside the range', { type: 'storymap:goto', step: 'kabul' }],
		['goto with a number', { type: 'storymap:goto', step: 3 }],
		['goto with a huge string', { type: 'storymap:goto', step: huge }],
		['a huge object', { type: 'storymap:next', ...manyKeys }],
		['an object without prototype', Object.assign(Object.create(null), { type: 'storymap:next' })],
		[
			'a class instance',
			new (class {
				type = 'storymap:next';
			})()
		],
		[
			'a proxy that throws',
			new Proxy(
				{},
				{
					ownKeys: () => {
						throw new Error('boom');
					},
					getPrototypeOf: () => {
						throw new Error('boom');
					}
				}
			)
		]
	];
	it.each(hostile)('ignores %s without throwing', (_, data) => {
		expect(parseCommand(data, shown)).toBeNull();
	});
});

describe('parseResize', () => {
	it('reads a height and rounds it up', () => {
		expect(parseResize({ type: 'storymap:resize', height: 512.2 })).toBe(513);
		expect(parseResize({ type: 'storymap:resize', height: 0 })).toBe(0);
	});

	it.each([
		[{ type: 'storymap:resize', height: -1 }],
		[{ type: 'storymap:resize', height: MAX_FRAME_HEIGHT + 1 }],
		[{ type: 'storymap:resize', height: Infinity }],
		[{ type: 'storymap:resize', height: NaN }],
		[{ type: 'storymap:resize', height: '500' }],
		[{ type: 'storymap:resize' }],
		[{ type: 'storymap:step', height: 500 }],
		[{ type: 'storymap:resize', height: 500, extra: 1, more: 2 }],
		[null],
		['storymap:resize']
	])('ignores %j', (data) => expect(parseResize(data)).toBeNull());
});
