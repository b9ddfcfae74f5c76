import { FIELDS } from './story-schema';

/** Which object a path inside a story leads to: the story, a step, a step's map or its camera. */
function objectAt(parent: readonly (string | number)[]): keyof typeof FIELDS {
	const last = parent.at(-1);
	if (last === 'map' || last === 'camera') return last;
	return parent.length === 0 ? 'story' : 'step';
}

/**
 * `unknown field (a step may have: slug, paragraph, …)` for the path of a key no schema knows,
 * usually a typo; the report names the key as its field, so the editor sees the name they wrote
 * beside the names they may use.
 */
export function unknownFieldMessage(keys: readonly (string | number)[]): string {
	const what = objectAt(keys.slice(0, -1));
	const article =
		what === 'story' ? 'the story' : `a ${what === 'step' ? 'step' : `step's ${what}`}`;
	return `unknown field (${article} may have: ${FIELDS[what].join(', ')})`;
}
