/**
 * Characters authored text may not hold. Control characters (other than tab and line breaks) are
 * invisible and can corrupt a terminal or a feed; bidirectional overrides and isolates make text
 * display in another order than it reads (a heading could show something other than what was
 * reviewed); U+FFFD is what a file saved in another encoding than UTF-8 turns into.
 */
const FORBIDDEN: readonly [RegExp, string, string?][] = [
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	[/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u, 'a control character'],
	[
		/[\u202A-\u202E\u2066-\u2069]/u,
		'a bidirectional override or isolate character',
		'; it can make text display in another order than it reads'
	],
	[
		/\uFFFD/u,
		'the replacement character',
		'; it is a sign the text was saved in another encoding than UTF-8'
	]
];

/**
 * Script in story text. Text is always shown as text (escaped), so markup would appear
 * literally; but a `<script>`, an event handler or a `javascript:` address in a story is never
 * prose: it is a pasted fragment or an attempt, and an editor should hear about it before a
 * reader sees it. Other markup (`<b>`, `a < b`) is left to show as the characters it is.
 */
const SCRIPT_LIKE: readonly [RegExp, string][] = [
	[/<\/?\s*script\b/i, '<script>'],
	[/<[^<>]{0,200}\son[a-z]+\s*=/i, 'an event handler attribute (on…=)'],
	[/\b(?:java|vb)script\s*:/i, 'a javascript: address']
];

/** `U+202E` for a character. */
export function codePoint(char: string): string {
	return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * What is wrong with a piece of text, e.g. `contains a control character (U+0000) at character
 * 3`; undefined when nothing is.
 */
export function forbiddenCharacter(text: string): string | undefined {
	for (const [pattern, what, why = ''] of FORBIDDEN) {
		const match = pattern.exec(text);
		if (match) {
			return `contains ${what} (${codePoint(match[0])}) at character ${match.index + 1}${why}`;
		}
	}
	for (const [pattern, what] of SCRIPT_LIKE) {
		const match = pattern.exec(text);
		if (match) {
			return `contains ${what} at character ${match.index + 1}: story text is shown as plain text, never run as code; remove it`;
		}
	}
	return undefined;
}

const UNPRINTABLE =
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Text from a story made safe to print in a terminal or a page: unprintable characters become
 * `\u{…}` so an escape sequence in a story can neither recolour a terminal nor reorder a line.
 */
export function printable(text: string): string {
	return text.replace(UNPRINTABLE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

/** A value quoted in a message: printable, and cut short so a huge value does not flood it. */
export function quote(text: string, max = 40): string {
	const cut = [...text];
	const shown = cut.length > max ? `${cut.slice(0, max).join('')}…` : text;
	return `"${printable(shown)}"`;
}
