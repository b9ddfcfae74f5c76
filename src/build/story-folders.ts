import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/**
 * Which stories a build has and which one its unprefixed pages show, from the build's settings
 * alone (no story engine): the service worker's precache list is made from it (vite.config.ts),
 * and src/lib/server/stories.ts reads the same settings.
 */

/** Where stories live: src/content, or CONTENT_DIR (the build tests' fixture content). */
export const contentDir = (env: NodeJS.ProcessEnv = process.env) =>
	resolve(env.CONTENT_DIR ?? 'src/content');

/** A story folder outside src/content (STORY_DIR) that the site shows. */
export const storyDir = (env: NodeJS.ProcessEnv = process.env) =>
	env.STORY_DIR ? resolve(env.STORY_DIR) : undefined;

/** The story the unprefixed pages show: STORY, else STORY_DIR's folder, else the frontier. */
export function defaultStory(env: NodeJS.ProcessEnv = process.env): string {
	const dir = storyDir(env);
	return env.STORY ?? (dir ? basename(dir) : 'frontier');
}

/** The folder the default story is read from: STORY_DIR when it is that story, else its content folder. */
export function defaultStoryFolder(env: NodeJS.ProcessEnv = process.env): string {
	const dir = storyDir(env);
	const id = defaultStory(env);
	return dir && basename(dir) === id ? dir : join(contentDir(env), id);
}

/** The folder names of every story under the content folder (drafts too). */
export function storyFolderNames(dir = contentDir()): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'story.yaml')))
		.map((entry) => entry.name)
		.sort();
}

/**
 * What the service worker does not precache: every story's `/<story>/…` pages, and the static
 * maps and own geodata (static/geodata/<story>/) of every story but the default one. A reader who opens another story saves it then
 * (src/lib/present/save-story.ts); the default story's pages stay saved on the first visit.
 */
export function precacheIgnores(stories: readonly string[], shown: string): string[] {
	return stories.flatMap((id) => [
		`prerendered/pages/${id}/**`,
		`prerendered/dependencies/${id}/**`,
		...(id === shown ? [] : [`prerendered/pages/maps/${id}/**`, `client/geodata/${id}/**`])
	]);
}
