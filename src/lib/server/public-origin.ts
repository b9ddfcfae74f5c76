import { resolve } from '$app/paths';
import { originOf } from '$lib/embed/params';

let warned = false;

/**
 * The origin the site is published at, from the PUBLIC_ORIGIN build setting (e.g.
 * `https://maps.example.org`). Without it (or with a value that is not an http(s) address) the
 * build warns once and callers fall back to relative URLs.
 */
export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const raw = env.PUBLIC_ORIGIN?.trim();
	const origin = raw ? originOf(raw) : undefined;
	if (!origin && !warned) {
		warned = true;
		console.warn(
			raw
				? `PUBLIC_ORIGIN "${raw}" is not an http(s) address: oEmbed and discovery URLs are relative.`
				: 'PUBLIC_ORIGIN is not set: oEmbed and discovery URLs are relative to the site.'
		);
	}
	return origin;
}

/** The site's base path (ending in `/`), seen from a request to `url`. */
const basePath = (url: URL) => new URL(resolve('/'), url).pathname;

/** The site's absolute base URL (ending in `/`), or undefined when the public origin is unknown. */
export function publicSite(url: URL): string | undefined {
	const origin = publicOrigin();
	return origin && `${origin}${basePath(url)}`;
}

/** The site's base URL: absolute when the public origin is known, else root-relative. */
export function siteRoot(url: URL): string {
	return publicSite(url) ?? basePath(url);
}
