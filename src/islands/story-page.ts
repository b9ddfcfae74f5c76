/**
 * The story page's entry. The page is prerendered with `csr = false`: SvelteKit's client (13 KB
 * of the code a reader loads before engaging) does not run it. This hydrates the story view from
 * the props the page carries, gives its components the page context the layout gives elsewhere,
 * and does the layout's other browser work: saving the site for offline use once idle.
 */
import { hydrate, mount } from 'svelte';
import StoryView from '$lib/components/StoryView.svelte';
import { pageContextMap, siteBase } from '$lib/page-context';
import { saveOfflineWhenIdle } from '$lib/present/offline-when-idle';
import { readProps } from '$lib/story-page-props';

function start(): void {
	// The story view puts a reloaded page on the step its address names (StoryView's onMount). Left
	// to the browser, the page would also be put back by pixels, at a moment of the browser's
	// choosing, and the cards out of view stand in with a median height until drawn: pixels that
	// land on another step. (SvelteKit's client, where it runs a page, does the same.)
	history.scrollRestoration = 'manual';
	const target = document.querySelector('.story-page');
	if (!target) throw new Error('The story page has no .story-page to hydrate.');
	const props = readProps(document);
	const base = siteBase(props.root, location.href);
	hydrate(StoryView, {
		target,
		props: { story: props.story, locator: props.locator },
		context: pageContextMap({ asset: (file) => `${base}${file}`, story: props.route })
	});
	saveOfflineWhenIdle(async () =>
		(await import('$lib/present/save-offline')).saveSiteForOffline(
			{ base, story: props.route, data: { story: props.story } },
			(status) => mount(status, { target: document.body })
		)
	);
}

try {
	start();
} catch (error) {
	// The prerendered text and static maps stay readable; only what scripts add is missing.
	console.error('The story page’s scripts did not start; the text and its maps still read.', error);
}
