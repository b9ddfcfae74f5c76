import { describe, expect, it } from 'vitest';
import { embedUrl, escapeHtml, iframeCode, scriptCode, siteBase, storyUrl } from './embed-code';

const site = 'https://maps.example.org/frontier/';

describe('embedUrl', () => {
	it.each([
		[{}, 'https://maps.example.org/frontier/embed/'],
		[{ step: 'kabul' }, 'https://maps.example.org/frontier/embed/?step=kabul'],
		[
			{ steps: ['bannu', 'lakki-marwat'], theme: 'dark' as const },
			'https://maps.example.org/frontier/embed/?steps=bannu,lakki-marwat&theme=dark'
		],
		[
			{ from: 'bannu', to: 'doha', autoplay: 8, controls: false },
			'https://maps.example.org/frontier/embed/?from=bannu&to=doha&autoplay=8&controls=0'
		],
		[
			{ step: 'kabul', origin: 'https://news.example.com' },
			'https://maps.example.org/frontier/embed/?step=kabul&origin=https%3A%2F%2Fnews.example.com'
		]
	])('%j → %s', (choice, url) => expect(embedUrl(site, choice)).toBe(url));

	it('works with a base URL given without its trailing slash', () => {
		expect(siteBase('https://maps.example.org/frontier')).toBe(site);
		expect(embedUrl('https://maps.example.org/frontier', { step: 'kabul' })).toBe(
			`${site}embed/?step=kabul`
		);
		expect(storyUrl(site, 'kabul')).toBe(`${site}#kabul`);
	});

	it('puts a story other than the default one in the path, never in the query', () => {
		expect(embedUrl(site, { story: 'central-asia', step: 'tashkent' })).toBe(
			`${site}central-asia/embed/?step=tashkent`
		);
		expect(storyUrl(site, 'tashkent', 'central-asia')).toBe(`${site}central-asia/#tashkent`);
		const code = scriptCode(site, { story: 'central-asia', step: 'tashkent' }, 'T');
		expect(code).toContain(`<story-map src="${site}" story="central-asia" step="tashkent">`);
		expect(code).toContain(`<a href="${site}central-asia/#tashkent">`);
		// The script is the site's one script, whatever the story.
		expect(code).toContain(`<script src="${site}embed.js" async>`);
		expect(iframeCode(site, { story: 'central-asia' }, 'T')).toContain(
			`src="${site}central-asia/embed/"`
		);
	});
});

describe('embed code', () => {
	const title = 'Bannu & “Lakki” <Marwat>';

	it('is a plain iframe of fixed height with an escaped address and title', () => {
		const code = iframeCode(site, { from: 'bannu', to: 'lakki-marwat' }, title);
		expect(code).toBe(
			'<iframe src="https://maps.example.org/frontier/embed/?from=bannu&amp;to=lakki-marwat"' +
				' title="Bannu &amp; “Lakki” &lt;Marwat&gt;" width="100%" height="640"' +
				' style="border:0;max-width:100%" loading="lazy"></iframe>'
		);
	});

	it('is the story-map element with a fallback link to the step, then the script', () => {
		const code = scriptCode(site, { steps: ['bannu', 'lakki-marwat'], theme: 'light' }, title);
		expect(code).toBe(
			'<story-map src="https://maps.example.org/frontier/" steps="bannu,lakki-marwat" theme="light">' +
				'<a href="https://maps.example.org/frontier/#bannu">Bannu &amp; “Lakki” &lt;Marwat&gt; (interactive map)</a>' +
				'</story-map>\n<script src="https://maps.example.org/frontier/embed.js" async></script>'
		);
	});

	it('leaves the origin to the element, which names its own page', () => {
		expect(scriptCode(site, { origin: 'https://x.example' }, 't')).not.toContain('origin');
	});

	it('escapes quotes, angle brackets and ampersands', () => {
		expect(escapeHtml(`"a" & <b>`)).toBe('&quot;a&quot; &amp; &lt;b&gt;');
	});
});
