import { build } from 'esbuild';
import { resolve } from 'node:path';

/** The element's one TypeScript source (relative to the project root, the build's cwd). */
export const EMBED_SOURCE = resolve('src/embed-element/story-map.ts');

/**
 * `/embed.js`: the element's source bundled into one classic script (it must work from a plain
 * `<script async>` on any page) and minified. Browsers from 2021 on run it.
 */
export async function buildEmbedScript(): Promise<string> {
	const result = await build({
		entryPoints: [EMBED_SOURCE],
		bundle: true,
		minify: true,
		format: 'iife',
		target: ['es2022', 'chrome93', 'firefox92', 'safari15.4'],
		legalComments: 'none',
		// The script needs no project settings; reading tsconfig.json would tie it to a synced .svelte-kit.
		tsconfigRaw: '{}',
		write: false
	});
	const [output] = result.outputFiles;
	if (!output) throw new Error('esbuild wrote no /embed.js');
	return output.text;
}
