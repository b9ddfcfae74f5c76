import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		// The page's own stylesheet (about 5 KB) goes into the HTML: the text then paints without
		// waiting for a second request.
		inlineStyleThreshold: 20480,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
