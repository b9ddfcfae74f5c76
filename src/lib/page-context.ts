import { getContext, setContext } from 'svelte';

/**
 * What a component needs to know of the page it is on, given by whoever runs the page: SvelteKit's
 * layout for the pages SvelteKit's client runs, the story page's own entry
 * (src/islands/story-page.ts) for that one. `$app/paths` and `$app/state` would bring SvelteKit's
 * client (13 KB) into the code every story page loads first.
 */
export interface PageContext {
	/** A file of the site, by its path from the site's base (`/maps/…`). */
	asset(file: `/${string}`): string;
	/** The `<story>` of a `/<story>/…` address; undefined on the default story's pages. */
	readonly story: string | undefined;
}

const KEY = Symbol('page context');

/** The context map the story page's entry hydrates with (Svelte's `hydrate` takes one). */
export const pageContextMap = (context: PageContext) => new Map([[KEY, context]]);

export const setPageContext = (context: PageContext) => setContext(KEY, context);

export function getPageContext(): PageContext {
	const context = getContext<PageContext | undefined>(KEY);
	if (!context) throw new Error('No page context: the page’s root gives one (page-context.ts).');
	return context;
}

/**
 * The site's base path ('' at the root of an origin), from the site's root relative to the page as
 * SvelteKit writes it into a prerendered page (`./`, `../`).
 */
export const siteBase = (root: string, page: string) =>
	new URL(root, page).pathname.replace(/\/$/, '');
