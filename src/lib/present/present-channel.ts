import { channelName, parsePresentMessage, type PresentMessage } from './channel';

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
