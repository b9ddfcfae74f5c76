import type { ParamMatcher } from '@sveltejs/kit';
import { isStoryId } from '$lib/story/story-id';

/**
 * `/<story>/…`: a kebab-case name that is none of the site's own paths, so `/embed/`, `/present/`,
 * `/print/`, `/stories/` and `/maps/` are never taken for a story (oembed.json and embed.js are
 * not kebab-case).
 */
export const match: ParamMatcher = (param) => isStoryId(param);
