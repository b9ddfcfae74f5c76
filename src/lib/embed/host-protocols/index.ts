import { ampProtocol } from './amp';
import { pymParent, pymProtocol } from './pym';
import type { HostProtocol } from './types';
import { wordpressProtocol, wordpressSecret } from './wordpress';

/** What the embed view needs of its window; a test passes a stand-in. */
export interface EmbedWindow {
	readonly parent: { postMessage(message: unknown, targetOrigin: string): void };
	readonly location: { readonly search: string; readonly hash: string };
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** The host protocols as one: the embed view tells it heights and asks it to open links. */
export interface HostProtocols {
	resize(height: number): void;
	/** Whether a host opens links for the frame, in its own page (WordPress). */
	readonly opensLinks: boolean;
	/** True when a host was asked to open `href`: the frame cannot (WordPress's sandbox). */
	openLink(href: string): boolean;
	stop(): void;
}

/** The protocols this frame's address and parent call for: none when the page is not framed. */
export function protocolsFor(win: EmbedWindow): HostProtocol[] {
	const parent = (win.parent as unknown) === win ? null : win.parent;
	if (!parent) return [];
	const send = (message: unknown) => parent.postMessage(message, '*');
	const protocols = [ampProtocol(send)];
	const pym = pymParent(new URLSearchParams(win.location.search));
	if (pym) protocols.push(pymProtocol(pym, send));
	const secret = wordpressSecret(win.location.hash);
	if (secret) protocols.push(wordpressProtocol(secret, send));
	return protocols;
}

/**
 * Speaks the resize protocols of Pym.js, AMP and WordPress hosts beside the embed's own
 * messages, and listens to the parent window only.
 */
export function connectHostProtocols(win: EmbedWindow = window): HostProtocols {
	const protocols = protocolsFor(win);
	const onMessage = (event: MessageEvent) => {
		if (event.source !== win.parent) return;
		for (const protocol of protocols) protocol.receive(event.data);
	};
	if (protocols.length > 0) win.addEventListener('message', onMessage);
	return {
		resize(height) {
			for (const protocol of protocols) protocol.resize(height);
		},
		opensLinks: protocols.some((protocol) => protocol.openLink !== undefined),
		openLink(href) {
			return protocols.some((protocol) => protocol.openLink?.(href) ?? false);
		},
		stop() {
			win.removeEventListener('message', onMessage);
		}
	};
}
