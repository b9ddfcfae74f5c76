import type { Plugin } from 'vite';
import { MAP_CODE_MANIFEST } from '../lib/map/map-code-manifest.ts';

/** The module the live map's code is loaded through (map-view.ts imports it lazily). */
const MAP_ENTRY = /[\\/]src[\\/]lib[\\/]map[\\/]maplibre-view\.ts$/;

/**
 * Writes MAP_CODE_MANIFEST into the client build: the files the live map's lazy import loads
 * (its chunk, MapLibre's chunk, their CSS). Their names carry content hashes that app code cannot
 * know, and the story page prefetches them while idle, never evaluating them, so that the
 * reader's first gesture does not wait for the network (map/map-code.ts). A file of its own
 * rather than a constant inside a chunk, so that no hashed chunk's content changes after hashing.
 */
export function mapCodeManifest(): Plugin {
	return {
		name: 'storymap:map-code-manifest',
		apply: 'build',
		generateBundle(_options, bundle) {
			if (this.environment.config.consumer !== 'client') return;
			const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
			const entry = chunks.find(
				(chunk) => chunk.facadeModuleId && MAP_ENTRY.test(chunk.facadeModuleId)
			);
			if (!entry)
				this.error('the live map chunk (src/lib/map/maplibre-view.ts) is not in the build');
			const files = new Set<string>();
			const visit = (fileName: string) => {
				if (files.has(fileName)) return;
				files.add(fileName);
				const chunk = chunks.find((c) => c.fileName === fileName);
				for (const css of chunk?.viteMetadata?.importedCss ?? []) files.add(css);
				for (const imported of chunk?.imports ?? []) visit(imported);
			};
			visit(entry.fileName);
			this.emitFile({
				type: 'asset',
				fileName: MAP_CODE_MANIFEST,
				source: `${JSON.stringify([...files].sort())}\n`
			});
		}
	};
}
