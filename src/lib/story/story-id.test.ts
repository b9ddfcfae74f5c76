import { describe, expect, it } from 'vitest';
import { match } from '../../params/story';
import { isStoryId, RESERVED_STORY_IDS, storyHome, storyIdProblem } from './story-id';

describe('the story route matcher', () => {
	it.each(['frontier', 'tashkent-to-kashgar', 'story-2'])('takes %j for a story', (id) => {
		expect(match(id)).toBe(true);
	});

	it.each([
		'embed',
		'present',
		'print',
		'stories',
		'maps',
		'geodata',
		'_app',
		'oembed.json',
		'embed.js',
		'sw.js',
		'Frontier',
		'two--hyphens',
		'',
		'%2e%2e'
	])('never takes %j: the site’s own paths stay the site’s', (segment) => {
		expect(match(segment)).toBe(false);
	});
});

describe('storyIdProblem', () => {
	it('accepts a kebab-case name that is none of the site’s paths', () => {
		expect(storyIdProblem('central-asia')).toBeUndefined();
		expect(isStoryId('central-asia')).toBe(true);
	});

	it('names the site’s own paths when a folder takes one', () => {
		for (const id of RESERVED_STORY_IDS) {
			expect(storyIdProblem(id)).toMatch(new RegExp(`/${id}/ is one of the site’s own addresses`));
		}
	});

	it('asks for kebab-case, with an example', () => {
		expect(storyIdProblem('My Story')).toMatch(/must be kebab-case, e\.g\. "central-asia"/);
	});
});

describe('storyHome', () => {
	it('is empty for the unprefixed pages and `<id>/` for a story’s', () => {
		expect(storyHome(undefined)).toBe('');
		expect(storyHome('central-asia')).toBe('central-asia/');
	});
});
