import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * BUILD_DIR builds the site somewhere other than `build/` (and `.svelte-kit/`): a story preview
 * (STORY_DIR) built beside the site without overwriting it, as tests/hostile-story.spec.ts does.
 */
const buildDir = process.env.BUILD_DIR;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: buildDir
			? adapter({ pages: `${buildDir}/site`, assets: `${buildDir}/site`, strict: true })
			: adapter({ strict: true }),
		outDir: buildDir ? `${buildDir}/kit` : '.svelte-kit',
		// The page's own stylesheet (about 5 KB) goes into the HTML: the text then paints without
		// waiting for a second request.
		inlineStyleThreshold: 20480,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// The Content-Security-Policy every page carries in a <meta> tag (README
		// "Content-Security-Policy" says why each source is there). In 'hash' mode SvelteKit adds
		// the hashes of its own startup script to script-src and of the inlined stylesheet to
		// style-src; there is no other inline script (the story page's props are a JSON data block,
		// which runs nothing, and its entry a module file: src/islands/story-page.ts).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				// In a sandboxed frame (an opaque origin, as WordPress frames embeds) MapLibre cannot
				// start its worker from our address and starts it from a data: URL of the same code.
				'worker-src': ['self', 'data:'],
				'manifest-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
