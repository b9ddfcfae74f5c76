import { describe, expect, it } from 'vitest';
import { siteBase } from './page-context';

describe('siteBase', () => {
	it('is empty for a site at the root of its origin, from any of its pages', () => {
		expect(siteBase('./', 'http://host/#bannu')).toBe('');
		expect(siteBase('../', 'http://host/central-asia/')).toBe('');
	});

	it('keeps a base path the site is served under', () => {
		expect(siteBase('./', 'http://host/maps/')).toBe('/maps');
		expect(siteBase('../', 'http://host/maps/central-asia/?step=x')).toBe('/maps');
	});
});
