/** The step a location hash names, or undefined for none or an unknown slug. */
export function slugFromHash(hash: string, slugs: readonly string[]): string | undefined {
	let slug: string;
	try {
		slug = decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return undefined;
	}
	return slugs.includes(slug) ? slug : undefined;
}

/**
 * Replaces the page's address without adding a history entry: through SvelteKit's router where it
 * runs the page (present/router-url.ts), straight through `history` on the story page, which runs
 * without it.
 */
export type ReplaceUrl = (url: URL) => void;

export const replaceUrlInHistory: ReplaceUrl = (url) =>
	history.replaceState(history.state, '', url);

/** Points the address at a step without adding a history entry. */
export function replaceHash(slug: string, replaceUrl: ReplaceUrl): void {
	if (location.hash === `#${slug}`) return;
	// The current page's own URL with only its hash changed: the base path is already in it.
	const url = new URL(location.href);
	url.hash = slug;
	replaceUrl(url);
}
