/** A run of step text: plain, or a place name that has a map feature. */
export type TextSegment = { text: string; fid?: undefined } | { text: string; fid: string };

export interface NamedFeature {
	fid: string;
	name: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits text into segments so that each mention of a named feature can become a link that
 * shows it on the map. Longer names win ("Lakki Marwat" before "Marwat"); the segments joined
 * are the text, unchanged.
 */
export function linkPlaces(text: string, features: readonly NamedFeature[]): TextSegment[] {
	const byName = new Map(features.map((f) => [f.name, f.fid]));
	const names = [...byName.keys()].sort((a, b) => b.length - a.length);
	if (names.length === 0) return [{ text }];
	const pattern = new RegExp(`\\b(${names.map(escapeRegExp).join('|')})\\b`, 'g');
	const segments: TextSegment[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const at = match.index;
		if (at > last) segments.push({ text: text.slice(last, at) });
		segments.push({ text: match[0], fid: byName.get(match[0]) as string });
		last = at + match[0].length;
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments;
}
