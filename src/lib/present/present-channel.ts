import { frameBatch } from '$lib/frame-batch';
import {
	channelName,
	coalescePresentMessages,
	parsePresentMessage,
	type PresentMessage
} from './channel';
import type { PresentDeck } from './present-deck.svelte';

export interface PresentChannel {
	send(message: PresentMessage): void;
	close(): void;
}

/**
 * Opens the presenter channel between this story's present windows. Messages are taken a frame's
 * worth at a time: each is validated against the story (its slugs, the length of each step's
 * slide text), the valid ones are coalesced (`coalescePresentMessages`) and handed on, and the
 * invalid ones make one console warning per frame however many there are (the reasons quote
 * at most a few words of what was sent). A window flooded with
 * thousands of states updates once a frame. Without BroadcastChannel the window works alone.
 */
export function openPresentChannel(
	storyId: string,
	slugs: readonly string[],
	textLengths: readonly number[],
	onMessage: (message: PresentMessage) => void
): PresentChannel {
	if (typeof BroadcastChannel === 'undefined') {
		console.warn('This browser has no BroadcastChannel: the presenter view cannot follow along.');
		return { send: () => {}, close: () => {} };
	}
	const channel = new BroadcastChannel(channelName(storyId));
	const incoming = frameBatch<unknown>((batch) => {
		const valid: PresentMessage[] = [];
		let ignored = 0;
		let reason = '';
		for (const data of batch) {
			const parsed = parsePresentMessage(data, slugs, textLengths);
			if (parsed.ok) valid.push(parsed.message);
			else [ignored, reason] = [ignored + 1, parsed.reason];
		}
		if (ignored > 0) {
			const what = ignored === 1 ? 'a message' : `${ignored} messages`;
			console.warn(`Ignored ${what} on the presenter channel; the last: ${reason}.`);
		}
		for (const message of coalescePresentMessages(valid)) onMessage(message);
	});
	channel.onmessage = (event: MessageEvent) => incoming.push(event.data);
	return {
		send: (message) => channel.postMessage(message),
		close: () => {
			incoming.cancel();
			channel.close();
		}
	};
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
