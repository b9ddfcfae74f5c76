// Relative: /embed.js bundles this file with esbuild, which knows no $lib.
import { clipForConsole } from '../clip-text';
import type { Theme } from '$lib/map/style';
import { PYM_PARAMS } from './host-protocols/pym';

/** The query parameters `/embed/` understands (public contract). */
export const EMBED_PARAMS = [
	'step',
	'steps',
	'from',
	'to',
	'theme',
	'autoplay',
	'controls',
	'origin'
] as const;

/** Autoplay below this leaves no time to read a step; above it, nobody would notice it playing. */
export const AUTOPLAY_MIN_SECONDS = 2;
export const AUTOPLAY_MAX_SECONDS = 600;

/** What an embed shows and how, read from its query parameters. */
export interface EmbedSettings {
	/** Full-story indices of the steps the embed shows, in story order. */
	shown: number[];
	/** The full-story index the embed opens at; always one of `shown`. */
	start: number;
	/** A colour theme forced by the embedder; undefined follows the reader's setting. */
	theme?: Theme;
	/** Seconds each step stays before the next one; undefined for no autoplay. */
	autoplay?: number;
	/** Whether the previous / next buttons and the "n of m" counter show. */
	controls: boolean;
	/** The host page's origin, when the embedder named it: messages go only there. */
	origin?: string;
}

export interface ParsedEmbedParams {
	settings: EmbedSettings;
	/** One sentence per ignored or corrected parameter, for the console. */
	warnings: string[];
}

/** What the embed does with no parameters: the whole story from its first step. */
export function defaultSettings(stepCount: number): EmbedSettings {
	return { shown: Array.from({ length: stepCount }, (_, i) => i), start: 0, controls: true };
}

const quote = (value: string) => clipForConsole(value);

/** How many unknown parameter names one warning quotes; the rest are counted. */
const UNKNOWN_QUOTED = 3;

/**
 * Reads the embed's query parameters against the story's slugs. Nothing here throws: a parameter
 * that is unknown, repeated or malformed is ignored (or corrected) and named in a warning.
 */
export function parseEmbedParams(
	params: URLSearchParams,
	slugs: readonly string[]
): ParsedEmbedParams {
	const warnings: string[] = [];
	const warn = (message: string) => warnings.push(`Story map embed: ${message}`);
	// One warning for all the unknown names and one per repeated known name, however many an
	// address holds. A Pym.js parent adds its own parameters to the frame's address: they are
	// expected, not errors.
	const known = new Set<string>([...EMBED_PARAMS, ...PYM_PARAMS]);
	const unknown = new Set<string>();
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const name of params.keys()) {
		if (!known.has(name)) unknown.add(name);
		else if (seen.has(name)) repeated.add(name);
		seen.add(name);
	}
	if (unknown.size > 0) {
		const names = [...unknown].slice(0, UNKNOWN_QUOTED).map(quote);
		const more = unknown.size - names.length;
		const list = more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
		warn(`unknown parameter${unknown.size > 1 ? 's' : ''} ${list} ignored.`);
	}
	for (const name of repeated) warn(`"${name}" is given more than once; the first one is used.`);
	const value = (name: (typeof EMBED_PARAMS)[number]): string | undefined => {
		const raw = params.get(name);
		if (raw === null) return undefined;
		if (raw.trim() === '') {
			warn(`"${name}" is empty and is ignored.`);
			return undefined;
		}
		return raw.trim();
	};
	const indexOf = (name: string, slug: string): number | undefined => {
		const index = slugs.indexOf(slug);
		if (index >= 0) return index;
		warn(`${name}: no step ${quote(slug)} in this story; it is ignored.`);
		return undefined;
	};

	const settings = defaultSettings(slugs.length);

	const steps = value('steps');
	const from = value('from');
	const to = value('to');
	let listed: number[] = [];
	if (steps !== undefined) {
		const indices = steps
			.split(',')
			.map((slug) => slug.trim())
			.filter(Boolean)
			.flatMap((slug) => indexOf('steps', slug) ?? []);
		listed = [...new Set(indices)].sort((a, b) => a - b);
		if (listed.length === 0) warn('steps names no step of this story; the whole story is shown.');
	}
	if (listed.length > 0) {
		settings.shown = listed;
		if (from !== undefined || to !== undefined) warn('"from" and "to" are ignored: "steps" wins.');
	} else if (from !== undefined || to !== undefined) {
		let first = (from !== undefined ? indexOf('from', from) : undefined) ?? 0;
		let last = (to !== undefined ? indexOf('to', to) : undefined) ?? slugs.length - 1;
		if (first > last) {
			warn('"from" comes after "to" in the story; the two are swapped.');
			[first, last] = [last, first];
		}
		settings.shown = settings.shown.slice(first, last + 1);
	}
	settings.start = settings.shown[0] ?? 0;

	const step = value('step');
	if (step !== undefined) {
		const index = indexOf('step', step);
		if (index !== undefined && settings.shown.includes(index)) settings.start = index;
		else if (index !== undefined) {
			warn(`step ${quote(step)} is not among the steps shown; the embed opens at the first.`);
		}
	}

	const theme = value('theme');
	if (theme === 'light' || theme === 'dark') settings.theme = theme;
	else if (theme !== undefined) {
		warn(`theme ${quote(theme)} is not "light" or "dark"; the reader's setting is used.`);
	}

	const autoplay = value('autoplay');
	if (autoplay !== undefined) {
		const seconds = /^\d+(\.\d+)?$/.test(autoplay) ? Number(autoplay) : NaN;
		if (Number.isNaN(seconds)) {
			warn(`autoplay ${quote(autoplay)} is not a number of seconds; autoplay is off.`);
		} else if (seconds > 0) {
			const clamped = Math.min(AUTOPLAY_MAX_SECONDS, Math.max(AUTOPLAY_MIN_SECONDS, seconds));
			if (clamped !== seconds) warn(`autoplay ${seconds} is out of range; ${clamped} s is used.`);
			settings.autoplay = clamped;
		}
	}

	const controls = value('controls');
	if (controls === '0') settings.controls = false;
	else if (controls !== undefined && controls !== '1') {
		warn(`controls ${quote(controls)} is not 0 or 1; the controls are shown.`);
	}

	const origin = value('origin');
	if (origin !== undefined) {
		const parsed = originOf(origin);
		if (parsed) settings.origin = parsed;
		else warn(`origin ${quote(origin)} is not an http(s) address; messages go to any parent.`);
	}

	return { settings, warnings };
}

/** The origin of an http(s) URL, or undefined when it is not one. */
export function originOf(url: string): string | undefined {
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
	} catch {
		return undefined;
	}
}
