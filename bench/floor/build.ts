import { resolve } from 'node:path';
import { build } from 'vite';
import { getStory } from '../../src/lib/server/stories';

/** Where the floor is built to and the path it is served under. */
export const FLOOR_OUT = resolve('bench/runs/floor');
export const FLOOR_BASE = '/floor/';

/** Builds the floor page with the project's maplibre-gl and src/lib, framed on the story's first step. */
export async function buildFloor(): Promise<void> {
	const first = getStory().steps[0];
	if (!first) throw new Error('the story has no steps');
	await build({
		configFile: false,
		root: resolve('bench/floor'),
		base: FLOOR_BASE,
		logLevel: 'warn',
		resolve: { alias: { $lib: resolve('src/lib') } },
		define: { __FLOOR_CAMERA__: JSON.stringify(first.camera) },
		build: { outDir: FLOOR_OUT, emptyOutDir: true, target: 'es2022', reportCompressedSize: false }
	});
}
