import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'geodata/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
