import { describe, expect, it } from 'vitest';
import type { Locator } from '$lib/map/locator';
import { escapeHtml, legendHtml, locatorHtml, stepTextHtml } from './step-markup';

const locator: Locator = {
	width: 150,
	height: 130,
	region: 'Afghanistan and Pakistan',
	land: 'M1,2l3,4Z',
	frames: { bannu: [82, 46, 12, 12] },
	keyLabels: {}
};

describe('step markup', () => {
	it('escapes text and attribute values', () => {
		expect(escapeHtml(`<b onclick="x">Tom & 'Jerry'</b>`)).toBe(
			'&#60;b onclick=&#34;x&#34;&#62;Tom &#38; &#39;Jerry&#39;&#60;/b&#62;'
		);
	});

	it('keeps story text as text, place names as buttons naming their feature', () => {
		expect(
			stepTextHtml([
				{ text: 'Near <script>' },
				{ text: 'Bannu', fid: 'place:"bannu"' },
				{ text: ' & beyond.' }
			])
		).toBe(
			'<p class="step-text">Near &#60;script&#62;<button type="button" class="place-link" data-fid="place:&#34;bannu&#34;">Bannu</button> &#38; beyond.</p>'
		);
	});

	it('draws each legend symbol with its shape and label, open', () => {
		const html = legendHtml(['place', 'route', 'approximate']);
		expect(html).toMatch(/^<details class="map-legend" open=""><summary>Map key<\/summary> <ul>/);
		expect(html).toContain(
			'<li><svg class="swatch swatch-place" viewBox="0 0 24 14" aria-hidden="true"><circle cx="12" cy="7" r="4.5"></circle></svg> Place named in the step</li>'
		);
		expect(html).toContain('swatch-route" viewBox="0 0 24 14" aria-hidden="true"><line ');
		expect(html).toContain('swatch-approximate" viewBox="0 0 24 14" aria-hidden="true"><rect ');
		expect(html.match(/<li>/g)).toHaveLength(3);
	});

	it('frames the step in the locator, or leaves it out when the step is not zoomed in', () => {
		expect(locatorHtml(locator, 'bannu')).toBe(
			'<svg class="locator" viewBox="0 0 150 130" width="150" height="130" role="img" aria-label="Locator: where this view lies in Afghanistan and Pakistan"><path class="locator-land" d="M1,2l3,4Z"></path><rect class="locator-frame" x="82" y="46" width="12" height="12"></rect></svg>'
		);
		expect(locatorHtml(locator, 'kabul')).toBe('');
	});
});
