/** How much of a value from outside (an address, a message) a console warning quotes. */
export const CLIP_LENGTH = 80;

/**
 * A value from outside — a query parameter, a hash, a message field — quoted for a console
 * warning: cut to `max` characters with an ellipsis, then JSON-quoted so that control and
 * direction characters show as escapes rather than act. Never throws, whatever it is given.
 */
export function clipForConsole(value: unknown, max = CLIP_LENGTH): string {
	let text: string;
	try {
		text = typeof value === 'string' ? value : String(value);
	} catch {
		return '(a value that cannot be shown)';
	}
	const cut = text.length > max ? `${text.slice(0, max)}…` : text;
	return JSON.stringify(cut).replace(
		/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}
