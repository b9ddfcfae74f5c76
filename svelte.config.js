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
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
