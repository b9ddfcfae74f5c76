import { readFileSync } from 'node:fs';
import { dev } from '$app/environment';
import { STORY_PAGE_ENTRY } from '../../build/story-page-entry-plugin.ts';

/** The story page's scripts, relative to the site's base: its entry and what that imports. */
export interface StoryPageScripts {
	entry: string;
	/** Module preloads: the entry's static imports, fetched with it rather than after it. */
	preloads: string[];
}

interface ManifestChunk {
	file: string;
	imports?: string[];
}

let built: StoryPageScripts | undefined;

/**
 * The story page's entry as the client build wrote it (its file names carry content hashes),
 * read when the pages are prerendered, after that build: once, for every story's page. In
 * development Vite serves the source.
 */
export function storyPageScripts(): StoryPageScripts {
	if (dev) return { entry: STORY_PAGE_ENTRY, preloads: [] };
	built ??= readBuiltScripts();
	return built;
}

function readBuiltScripts(): StoryPageScripts {
	let manifest: Record<string, ManifestChunk>;
	try {
		manifest = JSON.parse(readFileSync(__CLIENT_MANIFEST__, 'utf8')) as typeof manifest;
	} catch (error) {
		throw new Error(`The story page's scripts: the client build's manifest cannot be read`, {
			cause: error
		});
	}
	const entry = manifest[STORY_PAGE_ENTRY];
	if (!entry) throw new Error(`The story page's scripts: ${STORY_PAGE_ENTRY} is not in the build`);
	const preloads = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || preloads.has(chunk.file)) return;
		preloads.add(chunk.file);
		chunk.imports?.forEach(visit);
	};
	entry.imports?.forEach(visit);
	return { entry: entry.file, preloads: [...preloads] };
}
