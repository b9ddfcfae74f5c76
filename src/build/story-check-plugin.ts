import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/**
 * Validates every story the build publishes before anything is built, by running
 * `npm run check:story --build` (scripts/check-story.ts): a draft's problems are only reported. Without it a broken story fails deep inside
 * prerendering (or, with a huge field, in the precache step) with a stack trace; this way an
 * editor gets the same file · step · field report as from the check, and the build stops at once.
 * A child process rather than an import: the story engine is TypeScript that Vite's config
 * loader would have to bundle.
 */
export function storyCheck(): Plugin {
	let checked = false;
	return {
		name: 'storymap:story-check',
		apply: 'build',
		buildStart() {
			if (checked) return;
			const tsx = createRequire(import.meta.url).resolve('tsx/cli');
			const run = spawnSync(process.execPath, [tsx, 'scripts/check-story.ts', '--build'], {
				stdio: 'inherit'
			});
			if (run.status !== 0) {
				// A message and an exit: a thrown error would be printed with its stack trace.
				console.error('\nA published story has problems (above); nothing was built.\n');
				process.exit(1);
			}
			checked = true;
		}
	};
}
