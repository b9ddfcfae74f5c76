/**
 * The embed view's address under `site` (absolute, or relative to this page), or null when it is
 * not an http(s) address: a `javascript:` or `data:` src, or one that does not parse.
 */
export function embedAddress(site: string, page: string): URL | null {
	try {
		const base = new URL(site.endsWith('/') ? site : `${site}/`, page);
		if (base.protocol !== 'http:' && base.protocol !== 'https:') return null;
		return new URL('embed/', base);
	} catch {
		return null;
	}
}
