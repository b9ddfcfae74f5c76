import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The story page's own entry: it hydrates the page without SvelteKit's client. */
export const STORY_PAGE_ENTRY = 'src/islands/story-page.ts';
const INPUT_NAME = 'entry/story-page';

/**
 * Adds the story page's entry (src/islands/story-page.ts) to SvelteKit's client build, beside
 * SvelteKit's own entries, so that it shares their chunks (Svelte's runtime, the step bodies, the
 * live map) rather than bundling copies. The prerendered story page names the entry's hashed file
 * (server/story-page-scripts.ts), read from Vite's manifest at `__CLIENT_MANIFEST__`.
 */
export function storyPageEntry(kitOutDir: string): Plugin {
	return {
		name: 'storymap:story-page-entry',
		config: (config) => ({
			define: {
				__CLIENT_MANIFEST__: JSON.stringify(
					resolve(config.root ?? '.', kitOutDir, 'output/client/.vite/manifest.json')
				)
			}
		}),
		options(options) {
			const input = options.input;
			// SvelteKit's client build is the one whose inputs name its start entry.
			if (!input || typeof input !== 'object' || Array.isArray(input) || !('entry/start' in input))
				return null;
			return { ...options, input: { ...input, [INPUT_NAME]: resolve(STORY_PAGE_ENTRY) } };
		}
	};
}
