import { describe, expect, it } from 'vitest';
import { publicBase, stepLink } from './handout-links';

describe('publicBase', () => {
	it.each([
		['https://example.org', 'https://example.org/'],
		['https://example.org/', 'https://example.org/'],
		['https://example.org/stories/frontier', 'https://example.org/stories/frontier/'],
		['  http://127.0.0.1:4173/ ', 'http://127.0.0.1:4173/'],
		['https://example.org/?q=1#x', 'https://example.org/']
	])('%j → %s', (raw, base) => expect(publicBase(raw)).toEqual({ base }));

	it.each([undefined, '', 'example.org', 'ftp://example.org', 'javascript:alert(1)'])(
		'%j gives no base and says why',
		(raw) => {
			const result = publicBase(raw);
			expect(result.base).toBeUndefined();
			expect(result.problem).toMatch(/PUBLIC_ORIGIN/);
		}
	);

	it('links a step to the story page at that step', () => {
		expect(stepLink('https://example.org/', 'kabul-2001')).toBe('https://example.org/#kabul-2001');
	});
});
