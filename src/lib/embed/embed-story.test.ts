import { describe, expect, it } from 'vitest';
import { getStory } from '$lib/server/stories';
import { stepBodyHtml } from '$lib/components/StepBody.svelte';
import { EMBED_BODY, embedStory, stepStackHtml } from './embed-story';

const story = getStory('frontier');
const embed = embedStory(story);

describe('embedStory', () => {
	it('keeps what the frame needs of every step, its maps and its title', () => {
		expect(embed.steps).toHaveLength(story.steps.length);
		const [first, full] = [embed.steps[0], story.steps[0]];
		expect(first).toEqual({
			index: 0,
			slug: full?.slug,
			title: full?.title,
			alt: full?.alt,
			camera: full?.camera,
			map: full?.map,
			labelled: full?.labelled
		});
	});

	it('carries each step’s text once, as the markup the frame shows', () => {
		expect(embed.bodies).toEqual(story.steps.map((step) => stepBodyHtml(step, EMBED_BODY)));
		for (const step of embed.steps) {
			expect(Object.keys(step)).not.toEqual(expect.arrayContaining(['text']));
			expect(Object.keys(step)).not.toEqual(expect.arrayContaining(['segments']));
		}
		expect(Object.keys(embed)).not.toContain('places');
	});
});

describe('stepStackHtml', () => {
	it('wraps every body, the current one marked', () => {
		expect(stepStackHtml(['<p>a</p>', '<p>b</p>'], 1)).toBe(
			'<div class="step-body"><p>a</p></div><div class="step-body current"><p>b</p></div>'
		);
	});
});
