import { describe, expect, it } from 'vitest';
import type { Locator } from '$lib/map/locator';
import { stepBodyHtml, type BodyOptions } from './StepBody.svelte';

const locator: Locator = {
	width: 150,
	height: 130,
	region: 'Afghanistan and Pakistan',
	land: 'M1,2l3,4Z',
	frames: { bannu: [82, 46, 12, 12] },
	keyLabels: {}
};

const bannu = {
	slug: 'bannu',
	date: '2009',
	heading: 'Bannu',
	title: 'Bannu',
	text: 'In Bannu.',
	segments: [{ text: 'In ' }, { text: 'Bannu', fid: 'place:bannu' }, { text: '.' }],
	caption: 'Bannu & around',
	legend: ['place' as const]
};
const kabul = { slug: 'kabul', title: 'Kabul', segments: [], legend: ['border' as const] };

/** The story page's card, as StepSection asks for it. */
const card = (step: typeof bannu | typeof kabul) =>
	stepBodyHtml(step, {
		anchor: true,
		placeButtons: true,
		locator
	});

describe('a step body', () => {
	it('on the story page: date, heading, text with place buttons, caption and map key', () => {
		const html = card(bannu);
		expect(html).toMatch(
			/^<header><p class="step-date">2009<\/p> <h2 id="bannu-title" tabindex="-1">Bannu<\/h2><\/header> <p class="step-text">In <button type="button" class="place-link" data-fid="place:bannu">Bannu<\/button>\.<\/p> /
		);
		expect(html).toContain(
			' <p class="step-caption"><span class="caption-label">Map</span> Bannu &#38; around</p> <div class="step-map-key"><details class="map-legend" open="">'
		);
		expect(html).toContain('<svg class="locator"');
	});

	it('shows each part only when the step has it; a beat’s title is for screen readers', () => {
		const html = card(kabul);
		expect(html).toMatch(
			/^<header> <h2 id="kabul-title" tabindex="-1" class="visually-hidden">Kabul<\/h2><\/header> <div class="step-map-key">/
		);
		expect(html).not.toContain('step-text');
		expect(html).not.toContain('step-caption');
		expect(html).not.toContain('class="locator"');
	});

	it('elsewhere: plain text, no key, the mode’s heading', () => {
		const html = stepBodyHtml(bannu, { headingClass: 'embed-step' });
		expect(html).toBe(
			'<header><p class="step-date">2009</p> <h2 class="embed-step">Bannu</h2></header> <p class="step-text">In Bannu.</p> <p class="step-caption"><span class="caption-label">Map</span> Bannu &#38; around</p>'
		);
		expect(stepBodyHtml(kabul, { headingClass: 'embed-step' })).toBe(
			'<header> <h2 class="embed-step">Kabul</h2></header>'
		);
	});

	it('shows only the parts asked for, and marks the part of a text on screen', () => {
		const options: BodyOptions = { parts: ['date', 'heading'], level: 1, headingClass: 'title' };
		expect(stepBodyHtml(bannu, options)).toBe(
			'<header><p class="step-date">2009</p> <h1 class="title">Bannu</h1></header>'
		);
		expect(stepBodyHtml(kabul, { parts: ['date'] })).toBe('');
		const part = { ...bannu, text: 'Two <b>' };
		expect(stepBodyHtml(part, { parts: ['text'], current: true })).toBe(
			'<p class="step-text current">Two &#60;b&#62;</p>'
		);
	});
});
