import { channelName, parsePresentMessage, type PresentMessage } from './channel';
import type { PresentDeck } from './present-deck.svelte';

export interface PresentChannel {
	send(message: PresentMessage): void;
	close(): void;
}

/**
 * Opens the presenter channel between this story's present windows. Every message that arrives
 * is validated; one that is not valid is ignored with a console warning. Without
 * BroadcastChannel the window works alone.
 */
export function openPresentChannel(
	storyId: string,
	slugs: readonly string[],
	onMessage: (message: PresentMessage) => void
): PresentChannel {
	if (typeof BroadcastChannel === 'undefined') {
		console.warn('This browser has no BroadcastChannel: the presenter view cannot follow along.');
		return { send: () => {}, close: () => {} };
	}
	const channel = new BroadcastChannel(channelName(storyId));
	channel.onmessage = (event: MessageEvent) => {
		const parsed = parsePresentMessage(event.data, slugs);
		if (parsed.ok) onMessage(parsed.message);
		else console.warn(`Ignored a message on the presenter channel: ${parsed.reason}.`);
	};
	return { send: (message) => channel.postMessage(message), close: () => channel.close() };
}

/**
 * Keeps a window's deck in touch with the others while it shows: it says hello now (a window
 * already open answers with where the talk is), bye when the page is hidden (the presenter then
 * shows whether a projector is still open), and hello again when the back-forward cache brings it
 * back. Returns the function that leaves: bye, and the channel closes.
 */
export function joinPresentChannel(deck: PresentDeck, channel: PresentChannel): () => void {
	const onHide = () => deck.bye();
	const onShow = (event: PageTransitionEvent) => {
		if (event.persisted) deck.hello();
	};
	addEventListener('pagehide', onHide);
	addEventListener('pageshow', onShow);
	deck.hello();
	return () => {
		removeEventListener('pagehide', onHide);
		removeEventListener('pageshow', onShow);
		deck.bye();
		channel.close();
	};
}
