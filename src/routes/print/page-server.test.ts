import { afterEach, describe, expect, it, vi } from 'vitest';
import { load } from './+page.server';

describe('the print handout’s build-time data', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.restoreAllMocks();
	});

	it('with PUBLIC_ORIGIN, links each step to the story online, with a QR code', () => {
		vi.stubEnv('PUBLIC_ORIGIN', 'https://example.org/frontier');
		const { story, site, links } = load();
		expect(site?.url).toBe('https://example.org/frontier/');
		expect(links).toHaveLength(story.steps.length);
		for (const [i, link] of (links ?? []).entries()) {
			expect(link.url).toBe(`https://example.org/frontier/#${story.steps[i]?.slug}`);
			// A QR code is 21 + 4v modules a side, plus the quiet zone of 4 on each side.
			expect((link.side - 8 - 21) % 4).toBe(0);
			expect(link.qr).toMatch(/^M4 4h7v1h-7z/);
		}
	});

	it('without PUBLIC_ORIGIN, warns and leaves the codes and links out', () => {
		vi.stubEnv('PUBLIC_ORIGIN', '');
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { site, links } = load();
		expect(site).toBeNull();
		expect(links).toBeNull();
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('PUBLIC_ORIGIN is not set'));
	});
});
