import { describe, expect, it, vi } from 'vitest';
import { publicOrigin } from './public-origin';

describe('publicOrigin', () => {
	it('is the origin of PUBLIC_ORIGIN', () => {
		expect(publicOrigin({ PUBLIC_ORIGIN: 'https://maps.example.org/' })).toBe(
			'https://maps.example.org'
		);
		expect(publicOrigin({ PUBLIC_ORIGIN: ' http://127.0.0.1:4173 ' })).toBe(
			'http://127.0.0.1:4173'
		);
	});

	it('is undefined, with one warning for the build, when unset or not an http(s) address', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(publicOrigin({})).toBeUndefined();
		expect(publicOrigin({ PUBLIC_ORIGIN: 'maps.example.org' })).toBeUndefined();
		expect(warn).toHaveBeenCalledOnce();
		expect(warn.mock.calls[0]?.[0]).toMatch(/PUBLIC_ORIGIN is not set/);
		warn.mockRestore();
	});
});
