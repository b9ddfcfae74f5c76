import { describe, expect, it } from 'vitest';
import { oembedResponse } from './oembed';

describe('oembedResponse', () => {
	const story = { title: 'The frontier' };

	it('is a rich oEmbed 1.0 response whose html is the plain iframe, with absolute URLs', () => {
		const response = oembedResponse(story, 'https://maps.example.org/');
		expect(response).toMatchObject({
			version: '1.0',
			type: 'rich',
			title: 'The frontier',
			provider_name: 'maps.example.org',
			provider_url: 'https://maps.example.org/',
			width: 720,
			height: 640
		});
		// WordPress keeps exactly one iframe with a src of a provider's html, and nothing else.
		expect(response.html).toMatch(
			/^<iframe src="https:\/\/maps\.example\.org\/embed\/"[^>]*><\/iframe>$/
		);
		expect(response.html).toContain('title="The frontier"');
		expect(response.html).not.toContain('<script');
	});

	it('falls back to root-relative URLs when the public origin is unknown', () => {
		const response = oembedResponse(story, '/');
		expect(response.provider_url).toBe('/');
		expect(response.html).toContain('<iframe src="/embed/"');
	});
});
