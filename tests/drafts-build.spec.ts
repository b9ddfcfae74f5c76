/**
 * A draft never blocks: the site is built from a content folder holding a published story and a
 * broken draft (tests/fixtures/content-drafts, via CONTENT_DIR) into a folder of its own. The
 * build passes, reports the draft's problem, and ships nothing of the draft. (The other half, a
 * broken published story stopping the build, is in tests/unit/broken-stories.test.ts: it stops
 * before anything is built, so it costs no build.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const OUT = '.drafts-build/site';

test('a broken draft leaves the build green, reported and unbuilt', () => {
	test.setTimeout(600_000);
	const vite = resolve('node_modules/vite/bin/vite.js');
	const build = spawnSync(process.execPath, [vite, 'build'], {
		encoding: 'utf8',
		env: {
			...process.env,
			CONTENT_DIR: 'tests/fixtures/content-drafts',
			STORY: 'two-crossings',
			BUILD_DIR: '.drafts-build'
		}
	});
	const output = build.stdout + build.stderr;
	expect(build.status, output.slice(-2000)).toBe(0);
	expect(output).toContain('broken-draft (draft: checked, not built)');
	expect(output).toContain('map.features[0]: unknown feature "place:nowhere"');
	expect(output).not.toMatch(/^\s+at /m);

	for (const page of ['index.html', 'two-crossings/index.html', 'two-crossings/print/index.html']) {
		expect(existsSync(resolve(OUT, page)), page).toBe(true);
	}
	expect(existsSync(resolve(OUT, 'maps/two-crossings/torkham.svg'))).toBe(true);
	expect(existsSync(resolve(OUT, 'broken-draft'))).toBe(false);
	expect(existsSync(resolve(OUT, 'maps/broken-draft'))).toBe(false);
	const index = readFileSync(resolve(OUT, 'stories/index.html'), 'utf8');
	expect(index).toContain('Two crossings');
	expect(index).not.toContain('Work in progress');
});
