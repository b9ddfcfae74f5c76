import { isStoryId, storyHome } from '../lib/story/story-id';

/**
 * The embed view's address under `site` (absolute, or relative to this page), or null when it is
 * not an http(s) address: a `javascript:` or `data:` src, or one that does not parse. With a
 * `story`, that story's embed (`<site><story>/embed/`); a story that is no story id is null too.
 */
export function embedAddress(site: string, page: string, story?: string | null): URL | null {
	if (story && !isStoryId(story)) return null;
	try {
		const base = new URL(site.endsWith('/') ? site : `${site}/`, page);
		if (base.protocol !== 'http:' && base.protocol !== 'https:') return null;
		return new URL(`${storyHome(story ?? undefined)}embed/`, base);
	} catch {
		return null;
	}
}
