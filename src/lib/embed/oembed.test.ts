import { describe, expect, it } from 'vitest';
import { oembedResponse } from './oembed';

describe('oembedResponse', () => {
	const story = { title: 'The frontier' };

	it('is a rich oEmbed 1.0 response whose html is the script embed, with absolute URLs', () => {
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
		expect(response.html).toContain('<story-map src="https://maps.example.org/">');
		expect(response.html).toContain('<script src="https://maps.example.org/embed.js" async>');
	});

	it('falls back to root-relative URLs when the public origin is unknown', () => {
		const response = oembedResponse(story, '/');
		expect(response.provider_url).toBe('/');
		expect(response.html).toContain('<story-map src="/">');
	});
});
