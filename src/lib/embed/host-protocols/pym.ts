import type { HostProtocol, Send } from './types';

// Pym.js (NPR's responsive-iframe library), child side, written from its public description: the
// parent adds `initialWidth`, `childId`, `parentTitle` and `parentUrl` to the frame's query string;
// both sides exchange strings made of `pym`, the frame's id, a message type and a value, joined
// by `xPYMx`. The child tells its height (`height`); the parent tells its width (`width`) when
// it changes, and expects the height again in answer.

/** The query parameters a Pym parent adds to the frame's address. */
export const PYM_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'] as const;

const SEPARATOR = 'xPYMx';
/** Longer than any Pym message worth reading; longer strings are dropped unread. */
const MAX_MESSAGE = 1000;
const MAX_ID = 200;

/** What the Pym parent said about itself in the frame's query string. */
export interface PymParent {
	/** The id that names this frame in every message. */
	id: string;
	/** The host page's address and title, as the parent gave them (not trusted for anything). */
	url?: string;
	title?: string;
}

/** The Pym parent's settings in a query string, or null when no Pym parent made this frame. */
export function pymParent(search: URLSearchParams): PymParent | null {
	const id = search.get('childId');
	if (!id || id.length > MAX_ID || id.includes(SEPARATOR)) return null;
	return {
		id,
		url: search.get('parentUrl') ?? undefined,
		title: search.get('parentTitle') ?? undefined
	};
}

/** One Pym message string. */
export function pymMessage(id: string, type: string, value: string): string {
	return ['pym', id, type, value].join(SEPARATOR);
}

/** A Pym message for frame `id` as its type and value, or null for anything else. */
export function parsePymMessage(data: unknown, id: string): { type: string; value: string } | null {
	if (typeof data !== 'string' || data.length > MAX_MESSAGE) return null;
	const prefix = `pym${SEPARATOR}${id}${SEPARATOR}`;
	if (!data.startsWith(prefix)) return null;
	const rest = data.slice(prefix.length);
	const split = rest.indexOf(SEPARATOR);
	if (split <= 0) return null;
	return { type: rest.slice(0, split), value: rest.slice(split + SEPARATOR.length) };
}

/** The Pym child: tells its height, and tells it again when the parent reports a new width. */
export function pymProtocol(parent: PymParent, send: Send): HostProtocol {
	let last: number | undefined;
	const tell = () => {
		if (last !== undefined) send(pymMessage(parent.id, 'height', String(last)));
	};
	return {
		resize(height) {
			last = height;
			tell();
		},
		receive(data) {
			if (parsePymMessage(data, parent.id)?.type === 'width') tell();
		}
	};
}
