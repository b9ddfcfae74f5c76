/**
 * `npm run check:story [folder…]`: validates stories without building the site. With no
 * argument it checks every story the build reads (every one under src/content, and STORY_DIR's
 * when set). Exit status 1 when any story fails. It prints messages only, never a stack trace:
 * its readers are editors.
 */
import { builtStoryIds, readStory, storyFolder } from '../src/lib/server/stories';

const folders = process.argv.slice(2);
const targets = folders.length > 0 ? folders : builtStoryIds().map(storyFolder);
let failed = 0;
for (const folder of targets) {
	try {
		const story = readStory(folder);
		console.log(`ok   ${story.id}: ${story.steps.length} steps`);
	} catch (error) {
		failed++;
		console.error(`FAIL ${folder}\n${error instanceof Error ? error.message : String(error)}`);
	}
}
process.exit(failed > 0 ? 1 : 0);
