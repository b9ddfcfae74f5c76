/**
 * `npm run check:story [folder…]`: validates stories without building the site. With no
 * argument it checks every story under src/content, drafts included (and STORY_DIR's when set),
 * and says which are drafts. Exit status 1 when any story fails.
 *
 * `--build` is how the build runs it (src/build/story-check-plugin.ts): only the stories the build
 * publishes can fail it; a draft's problems are listed as a warning, and the draft is not built.
 *
 * A story's region.yaml, when it has one, is checked too (file · field), before `npm run geodata`
 * reads it.
 *
 * It prints messages only, never a stack trace: its readers are editors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
	builtStoryIds,
	checkedStoryIds,
	isDraft,
	readStory,
	storyFolder
} from '../src/lib/server/stories';
import { REGION_FILE } from '../src/lib/geo/geodata-files';
import { parseRegion } from '../src/lib/story/region-schema';

/** A story's region, when it has one, checked as `npm run geodata` will read it. */
function checkRegion(folder: string): string {
	const file = join(folder, REGION_FILE);
	if (!existsSync(file)) return '';
	const region = parseRegion(`${basename(folder)}/${REGION_FILE}`, readFileSync(file, 'utf8'));
	return `; region: ${region.name}`;
}

const args = process.argv.slice(2);
const forBuild = args.includes('--build');
const folders = args.filter((arg) => arg !== '--build');
const built = new Set(builtStoryIds().map(storyFolder));
const targets = folders.length > 0 ? folders : checkedStoryIds().map(storyFolder);
let failed = 0;
for (const folder of targets) {
	const draft = !built.has(folder) && isDraft(folder);
	const tag = draft ? ' (draft: checked, not built)' : '';
	try {
		const story = readStory(folder);
		const region = checkRegion(folder);
		console.log(`ok   ${story.id}: ${story.steps.length} steps${region}${tag}`);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		if (forBuild && draft) {
			console.warn(`WARN ${folder}${tag}\n${message}`);
			continue;
		}
		failed++;
		console.error(`FAIL ${folder}${tag}\n${message}`);
	}
}
process.exit(failed > 0 ? 1 : 0);
