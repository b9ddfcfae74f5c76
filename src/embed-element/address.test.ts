import { describe, expect, it } from 'vitest';
import { embedAddress } from './address';

const page = 'https://news.example.com/2026/article.html';

describe('embedAddress', () => {
	it.each([
		['https://maps.example.org/frontier/', 'https://maps.example.org/frontier/embed/'],
		['https://maps.example.org/frontier', 'https://maps.example.org/frontier/embed/'],
		['http://127.0.0.1:4173', 'http://127.0.0.1:4173/embed/'],
		['/maps/', 'https://news.example.com/maps/embed/'],
		['maps', 'https://news.example.com/2026/maps/embed/'],
		['//cdn.example.org/m/', 'https://cdn.example.org/m/embed/']
	])('%j → %s', (site, url) => expect(embedAddress(site, page)?.href).toBe(url));

	it.each([
		'javascript:alert(1)',
		' JavaScript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'blob:https://maps.example.org/x',
		'file:///etc/',
		'http://[::1',
		'https://exa mple.org/'
	])('refuses %j without throwing', (site) => expect(embedAddress(site, page)).toBeNull());

	it('with a story, is that story’s embed under the site', () => {
		expect(embedAddress('https://maps.example.org/', page, 'central-asia')?.href).toBe(
			'https://maps.example.org/central-asia/embed/'
		);
		expect(embedAddress('https://maps.example.org/', page, null)?.href).toBe(
			'https://maps.example.org/embed/'
		);
	});

	it.each(['../admin', 'a/b', 'embed', 'javascript:x', 'Central Asia'])(
		'refuses the story %j',
		(story) => expect(embedAddress('https://maps.example.org/', page, story)).toBeNull()
	);
});
