import { describe, expect, it } from 'vitest';
import { connectHostProtocols, type EmbedWindow } from './index';

/** A frame's window with a parent that records what it is sent. */
function framed(search: string, hash: string, top = false) {
	const sent: unknown[] = [];
	const listeners = new Set<(event: MessageEvent) => void>();
	const parent = { postMessage: (message: unknown) => sent.push(message) };
	const win: EmbedWindow & { deliver(data: unknown, source: unknown): void } = {
		parent,
		location: { search, hash },
		addEventListener: (_type, listener) => listeners.add(listener),
		removeEventListener: (_type, listener) => listeners.delete(listener),
		deliver(data, source) {
			for (const listener of listeners) listener({ data, source } as MessageEvent);
		}
	};
	if (top) (win as { parent: unknown }).parent = win;
	return { win, sent, parent, listeners };
}

describe('connectHostProtocols', () => {
	it('sends nothing and listens to nothing when the page is not framed', () => {
		const { win, sent, listeners } = framed('?childId=m', '#?secret=abc', true);
		const hosts = connectHostProtocols(win);
		hosts.resize(600);
		expect(hosts.openLink('https://x.example/')).toBe(false);
		expect(sent).toEqual([]);
		expect(listeners.size).toBe(0);
	});

	it('speaks AMP in any frame, Pym when a Pym parent made it, WordPress with a secret', () => {
		const { win, sent, parent } = framed('?childId=m', '#?secret=abc');
		const hosts = connectHostProtocols(win);
		hosts.resize(600);
		expect(sent).toEqual([
			{ sentinel: 'amp', type: 'embed-size', height: 600 },
			'pymxPYMxmxPYMxheightxPYMx600',
			{ message: 'height', value: 600, secret: 'abc' }
		]);
		sent.length = 0;
		win.deliver({ message: 'ready', secret: 'abc' }, parent);
		win.deliver('pymxPYMxmxPYMxwidthxPYMx400', parent);
		expect(sent).toEqual([
			{ message: 'height', value: 600, secret: 'abc' },
			'pymxPYMxmxPYMxheightxPYMx600'
		]);
	});

	it('obeys the parent window only', () => {
		const { win, sent } = framed('?childId=m', '#?secret=abc');
		const hosts = connectHostProtocols(win);
		hosts.resize(600);
		sent.length = 0;
		win.deliver({ message: 'ready', secret: 'abc' }, {});
		win.deliver('pymxPYMxmxPYMxwidthxPYMx400', null);
		expect(sent).toEqual([]);
		hosts.stop();
	});

	it('leaves links to the frame unless WordPress sandboxed it', () => {
		expect(connectHostProtocols(framed('', '').win).opensLinks).toBe(false);
		expect(connectHostProtocols(framed('', '#?secret=abc').win).opensLinks).toBe(true);
		expect(connectHostProtocols(framed('', '').win).openLink('https://x.example/')).toBe(false);
		expect(
			connectHostProtocols(framed('', '#?secret=abc').win).openLink('https://x.example/')
		).toBe(true);
	});
});
