/**
 * `npm run check:story [folder…]`: validates stories without building the site. With no
 * argument it checks every story under src/content. Exit status 1 when any story fails.
 */
import { join } from 'node:path';
import { CONTENT_DIR, readStory, storyIds } from '../src/lib/server/stories';

const folders = process.argv.slice(2);
const targets = folders.length > 0 ? folders : storyIds().map((id) => join(CONTENT_DIR, id));
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
