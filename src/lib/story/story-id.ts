/** Kebab-case: lowercase words joined by single hyphens. Slugs become element ids and URL hashes. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The site's own top-level paths: a story's pages live at `/<story>/`, so no story may take one
 * of these names (its pages would hide the site's, or the site's its).
 */
export const RESERVED_STORY_IDS: ReadonlySet<string> = new Set([
	'embed',
	'present',
	'print',
	'stories',
	'maps',
	'geodata',
	'fonts',
	'icons',
	'_app'
]);

/** Why a folder name cannot be a story id, or undefined when it can. */
export function storyIdProblem(id: string): string | undefined {
	if (RESERVED_STORY_IDS.has(id)) {
		return `the folder name "${id}" cannot be a story id: /${id}/ is one of the site’s own addresses (${[...RESERVED_STORY_IDS].join(', ')})`;
	}
	if (!SLUG.test(id)) {
		return `the folder name "${id.slice(0, 80)}" cannot be a story id: it becomes the story’s address (/${id.slice(0, 80)}/), so it must be kebab-case, e.g. "central-asia"`;
	}
	return undefined;
}

/**
 * Whether a path segment can name a story (the `[story=story]` route matcher): the rule of
 * storyIdProblem without its messages, which the reader's browser has no use for.
 */
export const isStoryId = (segment: string) =>
	SLUG.test(segment) && !RESERVED_STORY_IDS.has(segment);

/**
 * Where a story's pages are, relative to the site's base: `''` for the default story's
 * unprefixed pages (`/`, `/embed/`…), `<id>/` for `/<id>/…`.
 */
export const storyHome = (story: string | undefined) => (story ? `${story}/` : '');
