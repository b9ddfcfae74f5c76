import type { HostProtocol, Send } from './types';

// WordPress's embeds, child side, written from their public description: WordPress frames an
// oEmbed iframe with `sandbox="allow-scripts"`, adds `#?secret=<random letters and digits>` to its
// address and the same secret as `data-secret`; its host script (wp-embed) sends the frame
// `{ message: 'ready', secret }` and obeys `{ message: 'height', value, secret }` (clamped to
// 200–1000 px) and `{ message: 'link', value: url, secret }` (opens the url in the top window
// when it is on the frame's host and the frame has focus) from the frame holding that secret.

/** The heights WordPress's host script clamps a frame to. */
export const WORDPRESS_MIN_HEIGHT = 200;
export const WORDPRESS_MAX_HEIGHT = 1000;

const SECRET = /[#?&]secret=([a-zA-Z0-9]{1,64})(?:&|$)/;

/** The secret WordPress put into the frame's address (its hash), or null. */
export function wordpressSecret(hash: string): string | null {
	return SECRET.exec(hash)?.[1] ?? null;
}

/** A height as WordPress will apply it: whole pixels, between its minimum and maximum. */
export function wordpressHeight(height: number): number {
	return Math.min(WORDPRESS_MAX_HEIGHT, Math.max(WORDPRESS_MIN_HEIGHT, Math.ceil(height)));
}

export interface WordPressMessage {
	message: 'height' | 'link';
	value: number | string;
	secret: string;
}

/** Whether `data` is WordPress's `ready` for the frame holding `secret`. Never throws. */
export function isWordPressReady(data: unknown, secret: string): boolean {
	try {
		if (typeof data !== 'object' || data === null) return false;
		const { message, secret: theirs } = data as Record<string, unknown>;
		return message === 'ready' && theirs === secret;
	} catch {
		return false;
	}
}

/** The WordPress child: tells its height (again on `ready`), and asks the host to open links. */
export function wordpressProtocol(secret: string, send: Send): HostProtocol {
	let last: number | undefined;
	const post = (message: WordPressMessage) => send(message);
	const tell = () => {
		if (last !== undefined) post({ message: 'height', value: wordpressHeight(last), secret });
	};
	return {
		resize(height) {
			last = height;
			tell();
		},
		receive(data) {
			if (isWordPressReady(data, secret)) tell();
		},
		openLink(href) {
			post({ message: 'link', value: href, secret });
			return true;
		}
	};
}
