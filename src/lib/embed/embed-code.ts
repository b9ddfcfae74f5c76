import type { Theme } from '$lib/map/style';
import { storyHome } from '$lib/story/story-id';

/**
 * What an editor chose to embed; every field but `story` maps to one `/embed/` query parameter.
 * `story` is a path: the embed of a story other than the site's default is `/<story>/embed/`.
 */
export interface EmbedChoice {
	story?: string;
	step?: string;
	steps?: readonly string[];
	from?: string;
	to?: string;
	theme?: Theme;
	autoplay?: number;
	controls?: boolean;
	origin?: string;
}

/** A fixed height for the plain iframe: the map and a long step's text fit at article widths. */
export const IFRAME_HEIGHT = 640;

/** The site's base URL with exactly one trailing slash, so relative paths resolve under it. */
export function siteBase(url: string): string {
	return url.endsWith('/') ? url : `${url}/`;
}

/** The choice as query parameters, in the order people read them; commas stay readable. */
export function embedParams(choice: EmbedChoice): [string, string][] {
	const params: [string, string][] = [];
	if (choice.steps?.length) params.push(['steps', choice.steps.join(',')]);
	if (choice.from) params.push(['from', choice.from]);
	if (choice.to) params.push(['to', choice.to]);
	if (choice.step) params.push(['step', choice.step]);
	if (choice.theme) params.push(['theme', choice.theme]);
	if (choice.autoplay) params.push(['autoplay', String(choice.autoplay)]);
	if (choice.controls === false) params.push(['controls', '0']);
	if (choice.origin) params.push(['origin', choice.origin]);
	return params;
}

const encode = (value: string) => encodeURIComponent(value).replaceAll('%2C', ',');

/** The embed view's address for a choice, under the site's base URL. */
export function embedUrl(site: string, choice: EmbedChoice): string {
	const query = embedParams(choice)
		.map(([name, value]) => `${name}=${encode(value)}`)
		.join('&');
	return `${siteBase(site)}${storyHome(choice.story)}embed/${query ? `?${query}` : ''}`;
}

/** The story page's address, at a step when one is given. */
export function storyUrl(site: string, slug?: string, story?: string): string {
	return `${siteBase(site)}${storyHome(story)}${slug ? `#${slug}` : ''}`;
}

/** Text made safe for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/** The step a reader should land on when they follow the embed to the story page. */
const landingStep = (choice: EmbedChoice) => choice.step ?? choice.steps?.[0] ?? choice.from;

/** Embed code (1): a plain iframe of fixed height; works wherever iframes do. */
export function iframeCode(site: string, choice: EmbedChoice, title: string): string {
	return (
		`<iframe src="${escapeHtml(embedUrl(site, choice))}" title="${escapeHtml(title)}"` +
		` width="100%" height="${IFRAME_HEIGHT}" style="border:0;max-width:100%" loading="lazy">` +
		`</iframe>`
	);
}

/**
 * Embed code (2): the `<story-map>` element and its script. The element keeps its height equal to
 * the content; the link inside it is what a reader gets when the script is blocked.
 */
export function scriptCode(site: string, choice: EmbedChoice, title: string): string {
	const base = siteBase(site);
	const named: [string, string][] = choice.story ? [['story', choice.story]] : [];
	const attributes = [...named, ...embedParams({ ...choice, origin: undefined })]
		.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
		.join('');
	const fallback = escapeHtml(storyUrl(base, landingStep(choice), choice.story));
	return (
		`<story-map src="${escapeHtml(base)}"${attributes}>` +
		`<a href="${fallback}">${escapeHtml(title)} (interactive map)</a></story-map>\n` +
		`<script src="${escapeHtml(base)}embed.js" async></script>`
	);
}
