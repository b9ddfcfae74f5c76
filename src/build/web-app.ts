import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What the web app manifest says of the site: the default story's words. */
export interface WebAppText {
	name: string;
	short_name: string;
	description: string;
	lang: string;
}

/** A home screen shows about this many characters of a short name. */
const SHORT = 12;

const field = (record: Record<string, unknown>, key: string): string | undefined => {
	const value = record[key];
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/**
 * The web app manifest's words, read from the default story's story.yaml (its title, shortTitle,
 * summary or subtitle, lang), so a site whose default story is another names that one. Read at
 * config time, before the story check runs: a story.yaml that is missing or does not parse gets
 * neutral words here, and the story check (story-check-plugin.ts) reports it by file and field.
 */
export function webAppText(folder: string): WebAppText {
	const file = join(folder, 'story.yaml');
	let story: Record<string, unknown> = {};
	try {
		const parsed: unknown = existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
		if (parsed !== null && typeof parsed === 'object') story = parsed as Record<string, unknown>;
	} catch {
		// Reported by the story check, with the file and line.
	}
	const name = field(story, 'title') ?? 'Story map';
	const short = field(story, 'shortTitle') ?? (name.length <= SHORT ? name : 'Story map');
	return {
		name,
		short_name: short,
		description: field(story, 'summary') ?? field(story, 'subtitle') ?? name,
		lang: field(story, 'lang') ?? 'en'
	};
}
