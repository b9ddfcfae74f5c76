import { version } from '$app/environment';

/**
 * Whether the site has been deployed again since this page loaded: the version file SvelteKit
 * writes with each build (`<base>/_app/version.json`) names another build than this one. What
 * `updated.check()` of `$app/state` does, which needs SvelteKit's client, and the story page runs
 * without it. `base` is the site's base URL, ending in `/`.
 */
export async function newVersionDeployed(base: string): Promise<boolean> {
	const response = await fetch(`${base}_app/version.json`, { cache: 'no-store' });
	if (!response.ok) return false;
	const deployed = ((await response.json()) as { version?: unknown }).version;
	return typeof deployed === 'string' && deployed !== version;
}
