import { json } from '@sveltejs/kit';
import { getStory } from '$lib/server/stories';
import { siteRoot } from '$lib/server/public-origin';
import { oembedResponse } from '$lib/embed/oembed';
import type { RequestHandler } from './$types';

export const prerender = true;

/** One static response for the site's story; a consumer's `url` and `maxwidth` change nothing. */
export const GET: RequestHandler = ({ url }) => json(oembedResponse(getStory(), siteRoot(url)));
