/**
 * What each way of reading needs at build time, for any story: the unprefixed routes (`/`,
 * `/embed/`…) call these with the default story, the `/<story>/…` routes with theirs.
 */
import { error } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { embedStory } from '$lib/embed/embed-story';
import { buildLocator } from '$lib/map/locator';
import { speakerNotes } from '$lib/present/notes';
import { publicBase, stepLink, type HandoutLink } from '$lib/present/handout-links';
import { qrPath, QR_QUIET_ZONE } from '$lib/present/qr-path';
import { storyHome } from '$lib/story/story-id';
import { publicSite } from './public-origin';
import { storyPageScripts } from './story-page-scripts';
import { builtStoryIds, DEFAULT_STORY, getStory, storyBasemap } from './stories';

/** The prerendered `/<story>/…` pages: one set per published story. */
export const storyEntries = () => builtStoryIds().map((story) => ({ story }));

/** A story this build publishes; any other name (a draft, a typo) is not a page. */
export function publishedStory(id: string) {
	if (!builtStoryIds().includes(id)) error(404, `No story "${id}"`);
	return getStory(id);
}

/**
 * Where search engines should look for a story's page in a mode (`''` the story, `present/`…):
 * the default story's pages are the unprefixed ones, so its `/<story>/…` copies point there.
 * Undefined without a public origin (a canonical link must be absolute).
 */
export function canonical(id: string, mode: string, url: URL): string | undefined {
	const site = publicSite(url);
	return site && `${site}${storyHome(id === DEFAULT_STORY ? undefined : id)}${mode}`;
}

/** The locator of a story's region, from its geodata. */
function locatorOf(id: string, steps: Parameters<typeof buildLocator>[2]) {
	const { data, region } = storyBasemap(id);
	return buildLocator(data, region, steps);
}

/** The story page of `/<route>/`, or of `/` (the default story) without one. */
export function storyPage(route: string | undefined, url: URL) {
	const id = route ?? DEFAULT_STORY;
	const story = publishedStory(id);
	return {
		story,
		route,
		locator: locatorOf(id, story.steps),
		canonical: canonical(id, '', url),
		scripts: storyPageScripts()
	};
}

/**
 * The embed repeats the story page's text: its canonical link is the story page. It gets only
 * what the frame needs (embed-story.ts): all of its data is serialised into the page.
 */
export function embedPage(id: string, url: URL) {
	return { story: embedStory(publishedStory(id)), canonical: canonical(id, '', url) };
}

export function presentPage(id: string, url: URL) {
	return { story: publishedStory(id), canonical: canonical(id, 'present/', url) };
}

export function presenterPage(id: string) {
	const story = publishedStory(id);
	const { index } = storyBasemap(id);
	const nameOf = (fid: string) => index.get(fid)?.properties.name;
	return { story, notes: story.steps.map((step) => speakerNotes(step, nameOf)) };
}

function handoutLink(url: string): HandoutLink {
	const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
	return {
		url,
		qr: qrPath({ size: modules.size, dark: (row, col) => modules.get(row, col) === 1 }),
		side: modules.size + 2 * QR_QUIET_ZONE
	};
}

/** The handout's printed links point at the story's page: the default story's is the site's root. */
export function printPage(id: string, url?: URL) {
	const story = publishedStory(id);
	const { base, problem } = publicBase(process.env.PUBLIC_ORIGIN);
	// Printed links must be absolute; without a public address the handout goes without them.
	if (problem)
		console.warn(
			`\n[print handout] ${problem} (set it at build time, e.g. PUBLIC_ORIGIN=https://example.org).\n`
		);
	const home = base && `${base}${storyHome(id === DEFAULT_STORY ? undefined : id)}`;
	return {
		story,
		mapCredits: storyBasemap(id).region.credits,
		site: home ? handoutLink(home) : null,
		links: home ? story.steps.map((step) => handoutLink(stepLink(home, step.slug))) : null,
		canonical: url && canonical(id, 'print/', url)
	};
}
