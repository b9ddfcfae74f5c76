import { IFRAME_HEIGHT, iframeCode } from './embed-code';

/** The oEmbed 1.0 response for a rich embed (https://oembed.com, section 2.3.4). */
export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
}

/** The width the embed is designed for in an article column; it fills any narrower one. */
export const OEMBED_WIDTH = 720;

/**
 * The story's oEmbed response. `site` is the site's base URL: absolute when the build knows the
 * public origin, else root-relative (then the html only works on the site's own pages).
 *
 * The html is the plain iframe: WordPress (and most CMSs) keep nothing else of a provider's html
 * (no script, no custom element). WordPress then sandboxes the frame, adds its secret, and resizes
 * it from the frame's own messages (src/lib/embed/host-protocols/wordpress.ts).
 */
export function oembedResponse(
	story: { title: string },
	site: string,
	/** The story's path segment, for a story other than the one the unprefixed routes show. */
	path?: string
): OEmbedRich {
	const absolute = /^https?:\/\//.test(site);
	return {
		version: '1.0',
		type: 'rich',
		title: story.title,
		provider_name: absolute ? new URL(site).host : story.title,
		provider_url: site,
		html: iframeCode(site, { story: path }, story.title),
		width: OEMBED_WIDTH,
		height: IFRAME_HEIGHT
	};
}
