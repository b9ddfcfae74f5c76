/**
 * Story text stays text: the hostile fixture (tests/fixtures/hostile, valid and full of markup)
 * goes through every function that turns story text into markup, and each output has exactly
 * the tags and attributes of the same story with its markup characters replaced by letters.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory } from '$lib/server/stories';
import { iframeCode, scriptCode } from '$lib/embed/embed-code';
import { oembedResponse } from '$lib/embed/oembed';
import type { Locator } from '$lib/map/locator';
import { stepBodyHtml, type BodyOptions } from '$lib/components/StepBody.svelte';
import { escapeHtml } from './step-markup';
import type { Step } from './story';

const story = readStory(resolve('tests/fixtures/hostile'));
const locator: Locator = {
	width: 10,
	height: 10,
	region: 'Region',
	land: 'M0 0',
	frames: {},
	keyLabels: {}
};

/** The story page's body (place buttons, key), and the plain one of the other modes. */
const MODES: BodyOptions[] = [
	{ anchor: true, placeButtons: true, locator },
	{ headingClass: 'embed-step' }
];

/** The same text with every character that means something in HTML replaced by a letter. */
const defused = (text: string) => text.replace(/[<>&"'/=!{}$]/g, 'x');
const defusedStep = (step: Step): Step => ({
	...step,
	title: defused(step.title),
	heading: step.heading && defused(step.heading),
	date: step.date && defused(step.date),
	text: step.text && defused(step.text),
	caption: step.caption && defused(step.caption),
	segments: step.segments.map((s) => ({ ...s, text: defused(s.text) }))
});
/** The markup's shape: its raw `<`, `>` and `"`, which story text may only contribute escaped. */
const shape = (html: string) => html.replace(/[^<>"]/g, '');

describe('story text in markup', () => {
	it('the fixture is full of markup', () => {
		expect(story.title).toContain('<b>');
		expect(story.steps.every((s) => /<\w/.test(`${s.heading}${s.text}${s.caption}`))).toBe(true);
	});

	it.each(story.steps.map((s) => [s.slug, s] as const))(
		'step "%s": its body, in every mode, has only its own tags, the text escaped',
		(_, step) => {
			for (const options of MODES) {
				const html = stepBodyHtml(step, options);
				expect(shape(html)).toBe(shape(stepBodyHtml(defusedStep(step), options)));
				for (const text of [step.heading, step.date, step.caption]) {
					if (text !== undefined) expect(html).toContain(escapeHtml(text));
				}
				for (const segment of step.segments) expect(html).toContain(escapeHtml(segment.text));
			}
		}
	);

	it('the embed codes and the oEmbed response keep the title as text', () => {
		const site = 'https://maps.example.org/story/';
		for (const code of [iframeCode, scriptCode]) {
			const html = code(site, { step: 'markup' }, story.title);
			expect(shape(html)).toBe(shape(code(site, { step: 'markup' }, defused(story.title))));
			expect(html).not.toContain('<b>');
		}
		const oembed = oembedResponse(story, site);
		expect(oembed.title).toBe(story.title);
		expect(shape(oembed.html)).toBe(
			shape(oembedResponse({ title: defused(story.title) }, site).html)
		);
	});
});
