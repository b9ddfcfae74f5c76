import { replaceState } from '$app/navigation';

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

/** Points the address at a step without adding a history entry. */
export function replaceHash(slug: string): void {
	if (location.hash === `#${slug}`) return;
	const url = new URL(location.href);
	url.hash = slug;
	// The current page's own URL with only its hash changed: the base path is already in it.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	replaceState(url, history.state ?? {});
}
