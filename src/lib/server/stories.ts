import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import type { Topology } from 'topojson-specification';
import {
	decodeBasemap,
	featureIndex,
	GEODATA_FILES,
	type BasemapData,
	type GeoCollection,
	type GeoFeature
} from '../geo/basemap';
import { decodeStoryFile } from '../story/decode';
import { LIMITS } from '../story/limits';
import { loadStory } from '../story/load-story';
import { StoryError } from '../story/story-error';
import { PLAIN_FILE_NAME } from '../story/story-schema';
import type { Story } from '../story/story';

/** Where stories and the shipped geodata live, relative to the project root (the build's cwd). */
export const CONTENT_DIR = resolve('src/content');
export const GEODATA_DIR = resolve('static/geodata');
/**
 * A story folder anywhere on disk (a test fixture, a draft outside the project), built as the
 * site's story instead of one under src/content; its id is the folder's name.
 */
const STORY_DIR = process.env.STORY_DIR ? resolve(process.env.STORY_DIR) : undefined;
/** The story the site opens on; another content folder can be chosen with the STORY variable. */
export const DEFAULT_STORY = process.env.STORY ?? (STORY_DIR ? basename(STORY_DIR) : 'frontier');

/** The folder a story id is read from: STORY_DIR for its own story, else src/content/<id>. */
export function storyFolder(id: string): string {
	return STORY_DIR && id === basename(STORY_DIR) ? STORY_DIR : join(CONTENT_DIR, id);
}

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

/**
 * The text of a file in a story folder, or undefined when there is none. What cannot be a story
 * file (a folder, a device, a link leading out of the folder, over the size limit, not UTF-8)
 * throws a StoryError naming the file, before anything is read from it.
 */
function readStoryFile(folder: string, name: string, shownAs: string): string | undefined {
	const fail = (message: string): never => {
		throw new StoryError([{ file: shownAs, message }]);
	};
	if (!PLAIN_FILE_NAME.test(name)) fail('must be a plain file name in the story’s folder');
	const path = join(folder, name);
	let stat;
	try {
		stat = statSync(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		return fail(`could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
	}
	if (stat.isDirectory()) fail('is a folder, not a file');
	if (!stat.isFile()) fail('is not a regular file');
	if (stat.size > LIMITS.fileBytes) {
		fail(`is ${stat.size} bytes; at most ${LIMITS.fileBytes} (1 MB) are allowed`);
	}
	if (!realpathSync(path).startsWith(realpathSync(folder) + sep)) {
		fail('is a link to a file outside the story’s folder');
	}
	return decodeStoryFile(shownAs, readFileSync(path));
}

/** Reads and validates the story in a content folder; throws a StoryError naming what is wrong. */
export function readStory(folder: string, index = readBasemap().index): Story {
	const id = folder.split(/[\\/]/).filter(Boolean).pop() ?? folder;
	const file = `${id}/story.yaml`;
	if (!existsSync(folder) || !statSync(folder).isDirectory()) {
		throw new StoryError([{ file: folder, message: 'no story folder here' }]);
	}
	const yaml = readStoryFile(folder, 'story.yaml', file);
	if (yaml === undefined) throw new StoryError([{ file, message: 'no story.yaml in this folder' }]);
	const readBeside = (name: string) => readStoryFile(folder, name, `${id}/${name}`);
	return loadStory({ id, file, yaml, readFile: readBeside }, index);
}

/** The ids of every story under src/content. */
export function storyIds(dir = CONTENT_DIR): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'story.yaml')))
		.map((entry) => entry.name)
		.sort();
}

/** The stories a build reads: every one under src/content, and the one it shows. */
export function builtStoryIds(): string[] {
	return [...new Set([...storyIds(), DEFAULT_STORY])].sort();
}

const cache = new Map<string, { version: string; story: Story }>();

/** When the files of a story folder last changed: an author's save makes a new version. */
function folderVersion(dir: string): string {
	if (!existsSync(dir)) return '';
	return readdirSync(dir, { withFileTypes: true })
		.map(
			(entry) => `${entry.name}:${entry.isFile() ? statSync(join(dir, entry.name)).mtimeMs : ''}`
		)
		.join('|');
}

/**
 * A story by id, validated once per build, and again in `npm run dev` whenever a file of its
 * folder has changed (an author's edit shows on the next page load).
 */
export function getStory(id = DEFAULT_STORY): Story {
	const dir = storyFolder(id);
	const version = folderVersion(dir);
	const cached = cache.get(id);
	if (cached?.version === version) return cached.story;
	const story = readStory(dir);
	cache.set(id, { version, story });
	return story;
}
