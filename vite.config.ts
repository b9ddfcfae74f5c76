import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { mapCodeManifest } from './src/build/map-code-plugin.ts';

/**
 * Offline (classroom mode): a Workbox service worker precaches every built file — the prerendered
 * pages, the scripts (MapLibre's worker is an .mjs), the geodata, the fonts, the static SVG maps —
 * so after one visit the site works with the network off. A new version waits until the reader
 * accepts it (`registerType: 'prompt'`, src/lib/present/offline.svelte.ts), so a page never runs on
 * a mix of old and new files.
 */
const pwa = SvelteKitPWA({
	registerType: 'prompt',
	// Registered by src/routes/+layout.svelte through virtual:pwa-register.
	injectRegister: false,
	kit: { trailingSlash: 'always' },
	manifest: {
		name: 'The Afghanistan–Pakistan frontier, 1979–2022',
		short_name: 'Frontier map',
		description:
			'A story map of militancy along the Afghanistan–Pakistan frontier, 1979–2022: read, present, print.',
		lang: 'en',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		background_color: '#f4f1ea',
		theme_color: '#b83a0e',
		icons: [
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
			{
				src: '/icons/icon-maskable-512.png',
				sizes: '512x512',
				type: 'image/png',
				purpose: 'maskable'
			},
			{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }
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
		navigateFallback: null
	}
});

export default defineConfig({
	plugins: [sveltekit(), pwa, mapCodeManifest()],
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
