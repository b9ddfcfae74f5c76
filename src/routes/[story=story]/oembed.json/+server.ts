import { json } from '@sveltejs/kit';
import { publishedStory, storyEntries } from '$lib/server/pages';
import { siteRoot } from '$lib/server/public-origin';
import { oembedResponse } from '$lib/embed/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = storyEntries;

/** The story's own oEmbed response: its html frames `/<story>/embed/`. */
export const GET: RequestHandler = ({ params, url }) =>
	json(oembedResponse(publishedStory(params.story), siteRoot(url), params.story));
