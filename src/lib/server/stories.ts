import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import {
	decodeBasemap,
	featureIndex,
	GEODATA_FILES,
	type BasemapData,
	type GeoCollection,
	type GeoFeature
} from '../geo/basemap';
import { loadStory } from '../story/load-story';
import type { Story } from '../story/story';

/** Where stories and the shipped geodata live, relative to the project root (the build's cwd). */
export const CONTENT_DIR = resolve('src/content');
export const GEODATA_DIR = resolve('static/geodata');
/** The story the site opens on; another content folder can be chosen with the STORY variable. */
export const DEFAULT_STORY = process.env.STORY ?? 'frontier';

let basemap: { data: BasemapData; index: Map<string, GeoFeature> } | undefined;

/** The shipped geodata, decoded once per process. */
export function readBasemap(dir = GEODATA_DIR): {
	data: BasemapData;
	index: Map<string, GeoFeature>;
} {
	if (basemap && dir === GEODATA_DIR) return basemap;
	const read = <T>(file: string): T => {
		const path = join(dir, file);
		if (!existsSync(path)) {
			throw new Error(`${path} is missing: run \`npm run geodata\` (see geodata/README.md)`);
		}
		return JSON.parse(readFileSync(path, 'utf8')) as T;
	};
	const data = decodeBasemap(
		read<Topology>(GEODATA_FILES.topology),
		read<GeoCollection>(GEODATA_FILES.features)
	);
	const loaded = { data, index: featureIndex(data) };
	if (dir === GEODATA_DIR) basemap = loaded;
	return loaded;
}

/** Reads and validates the story in a content folder; throws a StoryError naming what is wrong. */
export function readStory(folder: string, index = readBasemap().index): Story {
	const id = folder.split(/[\\/]/).filter(Boolean).pop() ?? folder;
	const file = join(folder, 'story.yaml');
	if (!existsSync(file)) throw new Error(`${file}: no story.yaml in this folder`);
	const readBeside = (name: string) => {
		const path = join(folder, name);
		return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	};
	return loadStory(
		{ id, file: `${id}/story.yaml`, yaml: readFileSync(file, 'utf8'), readFile: readBeside },
		index
	);
}

/** The ids of every story under src/content. */
export function storyIds(dir = CONTENT_DIR): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'story.yaml')))
		.map((entry) => entry.name)
		.sort();
}

const cache = new Map<string, { version: string; story: Story }>();

/** When the files of a story folder last changed: an author's save makes a new version. */
function folderVersion(dir: string): string {
	return readdirSync(dir)
		.map((file) => `${file}:${statSync(join(dir, file)).mtimeMs}`)
		.join('|');
}

/**
 * A story by id, validated once per build, and again in `npm run dev` whenever a file of its
 * folder has changed (an author's edit shows on the next page load).
 */
export function getStory(id = DEFAULT_STORY): Story {
	const dir = join(CONTENT_DIR, id);
	const version = folderVersion(dir);
	const cached = cache.get(id);
	if (cached?.version === version) return cached.story;
	const story = readStory(dir);
	cache.set(id, { version, story });
	return story;
}
