import { replaceState } from '$app/navigation';
import type { ReplaceUrl } from '$lib/reading/hash';

/** Replaces the address of a page SvelteKit's router runs, keeping the router's own state. */
export const replaceUrlInRouter: ReplaceUrl = (url) =>
	// The page's own URL with only its hash changed (reading/hash.ts): the base path is in it.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	replaceState(url, history.state ?? {});
