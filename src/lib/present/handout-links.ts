/**
 * The site's public address, from the PUBLIC_ORIGIN build setting: the handout's QR codes and
 * links point there. `undefined` with a reason when it is unset or not an http(s) URL; the
 * handout then leaves the codes out. A path is kept, for a site served below a domain's root.
 */
export function publicBase(raw: string | undefined): { base?: string; problem?: string } {
	if (!raw || raw.trim() === '') {
		return { problem: 'PUBLIC_ORIGIN is not set: the print handout has no QR codes or links' };
	}
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		return { problem: `PUBLIC_ORIGIN "${raw}" is not a URL: the print handout has no QR codes` };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return { problem: `PUBLIC_ORIGIN "${raw}" is not http(s): the print handout has no QR codes` };
	}
	const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
	return { base: `${url.origin}${path}` };
}

/** A step's address on the public site: the story page opened at that step. */
export const stepLink = (base: string, slug: string) => `${base}#${encodeURIComponent(slug)}`;

/** A link on the handout with its QR code, drawn at build time (the printed page runs no script). */
export interface HandoutLink {
	url: string;
	/** SVG path of the code's dark modules (qr-path.ts); the viewBox is `0 0 side side`. */
	qr: string;
	side: number;
}
