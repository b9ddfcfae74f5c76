import type { Plugin } from 'vite';
import { symbolCss } from '../lib/map/symbol-css.ts';

/** The stylesheet src/routes/+layout.svelte imports: the accent and the map key's swatches. */
export const SYMBOL_CSS = 'virtual:symbol.css';
// A resolved id ending in .css, so that Vite bundles it with the site's other CSS.
const RESOLVED = `\0${SYMBOL_CSS}`;

/**
 * Serves the CSS that map/symbol-css.ts draws from the map's palette, so that the page's accent
 * and the key's swatches come from the one source the live and static maps read, with no script
 * at run time.
 */
export function symbolStylesheet(): Plugin {
	return {
		name: 'storymap:symbol-css',
		resolveId: (id) => (id === SYMBOL_CSS ? RESOLVED : undefined),
		load: (id) => (id === RESOLVED ? symbolCss() : undefined)
	};
}
