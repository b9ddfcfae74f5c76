import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { Plugin, ResolvedConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { generateSW } from 'workbox-build';
import { mapCodeManifest } from './src/build/map-code-plugin.ts';
import { storyCheck } from './src/build/story-check-plugin.ts';
import { STORY_CACHE } from './src/lib/present/story-cache.ts';
import {
	defaultStory,
	defaultStoryFolder,
	precacheIgnores,
	storyFolderNames
} from './src/build/story-folders.ts';
import { webAppText } from './src/build/web-app.ts';
import { symbolStylesheet } from './src/build/symbol-css-plugin.ts';
import { storyPageEntry } from './src/build/story-page-entry-plugin.ts';
import svelteConfig from './svelte.config.js';

/**
 * The site's base path ('' at the root, else e.g. '/frontier'). The workers' URLs and scopes are
 * built from it: SvelteKit's relative paths would otherwise make vite-plugin-pwa register
 * `./sw.js` next to each page (`/present/sw.js`, a 404).
 */
const base = svelteConfig.kit?.paths?.base ?? '';
const kitOutDir = svelteConfig.kit?.outDir ?? '.svelte-kit';

/** The embed's worker, scope `${base}/embed/`, registered by src/lib/embed/offline.ts. */
const EMBED_WORKER = 'embed-sw.js';

/**
 * Offline (classroom mode): a Workbox service worker precaches every built file — the prerendered
 * pages, the scripts (MapLibre's worker is an .mjs), the geodata, the fonts, the static SVG maps —
 * so after one visit the site works with the network off. A new version waits until the reader
 * accepts it (`registerType: 'prompt'`, src/lib/present/offline.svelte.ts), so a page never runs on
 * a mix of old and new files.
 */
const pwa = SvelteKitPWA({
	registerType: 'prompt',
	// Registered by src/routes/+layout.svelte through virtual:pwa-register (not on /embed/).
	injectRegister: false,
	buildBase: `${base}/`,
	scope: `${base}/`,
	kit: { base: `${base}/`, trailingSlash: 'always', outDir: kitOutDir },
	manifest: {
		// The site's start page is the default story's: the manifest names it (src/build/web-app.ts).
		...webAppText(defaultStoryFolder()),
		start_url: `${base}/`,
		scope: `${base}/`,
		display: 'standalone',
		background_color: '#f4f1ea',
		theme_color: '#b83a0e',
		icons: [
			{ src: `${base}/icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
			{ src: `${base}/icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
			{
				src: `${base}/icons/icon-maskable-512.png`,
				sizes: '512x512',
				type: 'image/png',
				purpose: 'maskable'
			},
			{ src: `${base}/favicon.svg`, sizes: 'any', type: 'image/svg+xml' }
		]
	},
	workbox: {
		globPatterns: [
			'client/**/*.{js,mjs,css,ico,png,svg,webp,webmanifest,woff2,json,geojson,txt}',
			'prerendered/**/*.{html,json,svg}'
		],
		// MapLibre's chunk is about 1 MB; the default limit (2 MiB) is near enough to trip later.
		maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
		// Pages with a query string (/embed/?step=…) are the same prerendered file.
		ignoreURLParametersMatching: [/.*/],
		// Every page is prerendered and precached; an unknown URL must not get the story instead.
		navigateFallback: null,
		// The embed's own worker (below) is no part of the site's offline copy, nor are the stories
		// beyond the default one: each is saved when a reader opens it (below, and save-story.ts).
		globIgnores: [`client/${EMBED_WORKER}`, ...precacheIgnores(storyFolderNames(), defaultStory())],
		runtimeCaching: [
			{
				// A story's pages (`/<story>/…/`, their `__data.json`), its static maps and its own
				// geodata (`/geodata/<story>/…`): kept once
				// fetched, so a story opened once reads offline; online, the network comes first.
				urlPattern:
					/\/(?:__data\.json|maps\/[a-z0-9-]+\/[a-z0-9-]+\.svg|geodata\/[a-z0-9-]+\/[a-z.]+)?(?:\?.*)?$/,
				handler: 'NetworkFirst',
				options: {
					cacheName: STORY_CACHE,
					cacheableResponse: { statuses: [200] },
					matchOptions: { ignoreSearch: true }
				}
			}
		]
	}
});

/**
 * An embed sits in someone else's article and shows one step or a few: its reader must not
 * download the whole site (about 4 MB) for offline use. The embed registers this worker instead
 * of the site's (src/lib/embed/offline.ts): it precaches nothing and keeps only the files the
 * embed itself requests — the page, its scripts, its static map, the live map's code and data —
 * so the same embed reopens with the network off. Online, every file but the hashed (immutable)
 * ones still comes from the network first. Where the site is also saved (the precache), a file
 * this worker lacks is served from there when the network fails.
 */
function embedWorker(): Plugin {
	let config: ResolvedConfig;
	return {
		name: 'story-map:embed-worker',
		apply: 'build',
		enforce: 'pre',
		configResolved(resolved) {
			config = resolved;
		},
		closeBundle: {
			sequential: true,
			async handler() {
				// Written with the client files before adapter-static copies them (as sw.js is).
				if (!config.build.ssr) return;
				const fromSavedSite = {
					handlerDidError: ({ request }: { request: Request }) =>
						caches.match(request, { ignoreSearch: true })
				};
				await generateSW({
					swDest: `${config.root}/${kitOutDir}/output/client/${EMBED_WORKER}`,
					mode: 'production',
					inlineWorkboxRuntime: true,
					sourcemap: false,
					// It takes over the embed that registered it at once: the map's requests pass through it.
					skipWaiting: true,
					clientsClaim: true,
					runtimeCaching: [
						{
							urlPattern: ({ url }) =>
								url.origin === self.location.origin && url.pathname.includes('/_app/immutable/'),
							handler: 'CacheFirst',
							options: {
								cacheName: 'embed-immutable',
								cacheableResponse: { statuses: [200] },
								expiration: { maxEntries: 80 },
								plugins: [fromSavedSite]
							}
						},
						{
							urlPattern: ({ url }) => url.origin === self.location.origin,
							handler: 'NetworkFirst',
							options: {
								cacheName: 'embed-files',
								cacheableResponse: { statuses: [200] },
								expiration: { maxEntries: 60 },
								// `/embed/?step=…` is one prerendered page whatever its query.
								matchOptions: { ignoreSearch: true },
								plugins: [fromSavedSite]
							}
						}
					]
				});
			}
		}
	};
}

export default defineConfig({
	plugins: [
		storyCheck(),
		sveltekit(),
		pwa,
		embedWorker(),
		mapCodeManifest(),
		symbolStylesheet(),
		storyPageEntry(kitOutDir)
	],
	build: {
		rolldownOptions: {
			output: {
				// MapLibre's code (not the ?url imports of its worker and stylesheet, which the first
				// paint needs) in a chunk of its own: cached across deploys of the app, and measured apart
				// from the app's own code (bench/, tests/budgets.spec.ts).
				codeSplitting: {
					groups: [{ name: 'maplibre-gl', test: /[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.mjs$/ }]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'geodata/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
