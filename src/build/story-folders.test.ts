import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import {
	defaultStory,
	defaultStoryFolder,
	precacheIgnores,
	storyFolderNames
} from './story-folders';

describe('defaultStory', () => {
	it('is STORY, else STORY_DIR’s folder, else the frontier', () => {
		expect(defaultStory({ STORY: 'central-asia' })).toBe('central-asia');
		expect(defaultStory({ STORY_DIR: 'tests/fixtures/mini' })).toBe('mini');
		expect(defaultStory({})).toBe('frontier');
	});

	it('is read from STORY_DIR when that is the story, else from the content folder', () => {
		expect(defaultStoryFolder({ STORY_DIR: 'tests/fixtures/mini' })).toBe(
			resolve('tests/fixtures/mini')
		);
		expect(defaultStoryFolder({ STORY: 'central-asia', CONTENT_DIR: 'x' })).toBe(
			resolve('x/central-asia')
		);
		expect(defaultStoryFolder({})).toBe(resolve('src/content/frontier'));
	});
});

describe('storyFolderNames', () => {
	it('lists the folders with a story.yaml, sorted', () => {
		const dir = mkdtempSync(join(tmpdir(), 'stories-'));
		for (const name of ['b-story', 'a-story', 'not-a-story']) mkdirSync(join(dir, name));
		writeFileSync(join(dir, 'a-story/story.yaml'), 'title: A');
		writeFileSync(join(dir, 'b-story/story.yaml'), 'title: B');
		writeFileSync(join(dir, 'loose.yaml'), 'title: C');
		expect(storyFolderNames(dir)).toEqual(['a-story', 'b-story']);
		expect(storyFolderNames(join(dir, 'missing'))).toEqual([]);
	});
});

describe('precacheIgnores', () => {
	it('leaves every story’s prefixed pages out, and every map and geodata but the default story’s', () => {
		expect(precacheIgnores(['frontier', 'central-asia'], 'frontier')).toEqual([
			'prerendered/pages/frontier/**',
			'prerendered/dependencies/frontier/**',
			'prerendered/pages/central-asia/**',
			'prerendered/dependencies/central-asia/**',
			'prerendered/pages/maps/central-asia/**',
			'client/geodata/central-asia/**'
		]);
	});
});
