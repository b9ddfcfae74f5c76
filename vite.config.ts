import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
