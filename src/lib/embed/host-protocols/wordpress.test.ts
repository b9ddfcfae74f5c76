import { describe, expect, it } from 'vitest';
import { isWordPressReady, wordpressHeight, wordpressProtocol, wordpressSecret } from './wordpress';

describe('wordpressSecret', () => {
	it.each([
		['#?secret=Ab3dE6gH9k', 'Ab3dE6gH9k'],
		['#?secret=Ab3dE6gH9k&x=1', 'Ab3dE6gH9k'],
		['#secret=abc', 'abc'],
		['', null],
		['#kabul', null],
		['#?secret=', null],
		['#?secret=a<b', null],
		['#?notsecret=abc', null]
	])('%j → %j', (hash, secret) => expect(wordpressSecret(hash)).toBe(secret));
});

describe('wordpressHeight', () => {
	it('is clamped to 200–1000 px in whole pixels, as WordPress applies it', () => {
		expect(wordpressHeight(612.2)).toBe(613);
		expect(wordpressHeight(80)).toBe(200);
		expect(wordpressHeight(4000)).toBe(1000);
	});
});

describe('wordpressProtocol', () => {
	const secret = 'Ab3dE6gH9k';

	it('tells each height with its secret, again on the host’s ready', () => {
		const sent: unknown[] = [];
		const wp = wordpressProtocol(secret, (message) => sent.push(message));
		wp.receive({ message: 'ready', secret });
		expect(sent, 'no height known yet').toEqual([]);
		wp.resize(1400);
		wp.receive({ message: 'ready', secret });
		const height = { message: 'height', value: 1000, secret };
		expect(sent).toEqual([height, height]);
	});

	it('ignores a ready with another secret, or of another shape', () => {
		expect(isWordPressReady({ message: 'ready', secret: 'other' }, secret)).toBe(false);
		expect(isWordPressReady({ message: 'ready' }, secret)).toBe(false);
		expect(isWordPressReady('ready', secret)).toBe(false);
		expect(isWordPressReady(null, secret)).toBe(false);
		expect(isWordPressReady({ message: 'ready', secret }, secret)).toBe(true);
	});

	it('asks the host to open a link', () => {
		const sent: unknown[] = [];
		const wp = wordpressProtocol(secret, (message) => sent.push(message));
		expect(wp.openLink?.('https://maps.example.org/#kabul')).toBe(true);
		expect(sent).toEqual([{ message: 'link', value: 'https://maps.example.org/#kabul', secret }]);
	});
});
