import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import type { Topology } from 'topojson-specification';
import { parse } from 'yaml';
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
import { storyIdProblem } from '../story/story-id';
import { contentDir, defaultStory, storyDir, storyFolderNames } from '../../build/story-folders';
import { storyGeodataDir } from '../geo/geodata-files';
import type { Story } from '../story/story';

/** Where stories (CONTENT_DIR, else src/content) and the shipped geodata live. */
export const CONTENT_DIR = contentDir();
/** The site's static files: a story's geodata is `storyGeodataDir(story)` in here. */
const STATIC_DIR = resolve('static');
export const GEODATA_DIR = join(STATIC_DIR, storyGeodataDir());
/**
 * A story folder anywhere on disk (a test fixture, a draft outside the project), built as the
 * site's story instead of one under src/content; its id is the folder's name.
 */
const STORY_DIR = storyDir();
/** The story the site opens on; another content folder can be chosen with the STORY variable. */
export const DEFAULT_STORY = defaultStory();

/** The folder a story id is read from: STORY_DIR for its own story, else src/content/<id>. */
export function storyFolder(id: string): string {
	return STORY_DIR && id === basename(STORY_DIR) ? STORY_DIR : join(CONTENT_DIR, id);
}

/**
 * Where a story's geodata is served from (`geodata/` or `geodata/<story>/`, under the site's
 * root): its own, when `npm run geodata` built it from the story's region; else the site's
 * default geodata (the default story's region), as for a story without a region of its own.
 */
export function storyGeodata(id: string): string {
	const own = storyGeodataDir(id);
	return id !== DEFAULT_STORY && existsSync(join(STATIC_DIR, own, GEODATA_FILES.topology))
		? own
		: storyGeodataDir();
}

/** What the pipeline wrote of the story's region beside its geodata (geodata/build.ts). */
export interface RegionInfo {
	/** The region in words (region.yaml `name`). */
	name: string;
	/** The locator inset's extent, [west, south, east, north]. */
	locator: [number, number, number, number];
	/** The map data's credit line. */
	credits: string;
}

export interface Basemap {
	data: BasemapData;
	index: Map<string, GeoFeature>;
	region: RegionInfo;
}

const basemaps = new Map<string, Basemap>();

/** The shipped geodata in a folder (the default geodata unless told), decoded once per process. */
export function readBasemap(dir = GEODATA_DIR): Basemap {
	const cached = basemaps.get(dir);
	if (cached) return cached;
	const read = <T>(file: string): T => {
		const path = join(dir, file);
		if (!existsSync(path)) {
			throw new Error(`${path} is missing: run \`npm run geodata\` (see geodata/README.md)`);
		}
		return JSON.parse(readFileSync(path, 'utf8')) as T;
	};
	const topology = read<Topology & { region: RegionInfo }>(GEODATA_FILES.topology);
	const data = decodeBasemap(topology, read<GeoCollection>(GEODATA_FILES.features));
	const loaded = { data, index: featureIndex(data), region: topology.region };
	basemaps.set(dir, loaded);
	return loaded;
}

/** A story's geodata (`storyGeodata`), decoded once per process. */
export const storyBasemap = (id: string): Basemap =>
	readBasemap(join(STATIC_DIR, storyGeodata(id)));

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

/**
 * Reads and validates the story in a content folder against its geodata (by default the story's
 * own, `storyGeodata`); throws a StoryError naming what is wrong.
 */
export function readStory(folder: string, index?: Map<string, GeoFeature>): Story {
	const id = folder.split(/[\\/]/).filter(Boolean).pop() ?? folder;
	const file = `${id}/story.yaml`;
	if (!existsSync(folder) || !statSync(folder).isDirectory()) {
		throw new StoryError([{ file: folder, message: 'no story folder here' }]);
	}
	const badId = storyIdProblem(id);
	if (badId) throw new StoryError([{ file: folder, message: badId }]);
	const yaml = readStoryFile(folder, 'story.yaml', file);
	if (yaml === undefined) throw new StoryError([{ file, message: 'no story.yaml in this folder' }]);
	const readBeside = (name: string) => readStoryFile(folder, name, `${id}/${name}`);
	const story = loadStory(
		{ id, file, yaml, readFile: readBeside },
		index ?? storyBasemap(id).index
	);
	return { ...story, geodata: storyGeodata(id) };
}

/** The ids of every story under src/content. */
export const storyIds = (dir = CONTENT_DIR): string[] => storyFolderNames(dir);

/**
 * Whether a story folder is marked `draft: true`. Read from the YAML alone, before (and whatever)
 * the story's checks say: a draft with mistakes must still be known as a draft, so that it never
 * stops the build. A story.yaml that cannot be read as YAML at all is not known to be a draft.
 */
export function isDraft(folder: string): boolean {
	try {
		const raw: unknown = parse(readStoryFile(folder, 'story.yaml', 'story.yaml') ?? '', {
			maxAliasCount: LIMITS.aliases
		});
		return (raw as { draft?: unknown } | null)?.draft === true;
	} catch {
		return false;
	}
}

/** The ids of the published stories under src/content: every one not marked as a draft. */
export function publishedStoryIds(dir = CONTENT_DIR): string[] {
	return storyIds(dir).filter((id) => !isDraft(join(dir, id)));
}

/**
 * The stories a build publishes: every published one under src/content, and the one the site
 * opens on (STORY, STORY_DIR), draft or not: it was chosen by name.
 */
export function builtStoryIds(): string[] {
	return [...new Set([...publishedStoryIds(), DEFAULT_STORY])].sort();
}

/** Every story `npm run check:story` checks: the built ones and the drafts. */
export function checkedStoryIds(): string[] {
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
