import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../fixtures/static-host/headers-file';

describe('the _headers format', () => {
	const rules = parseHeadersFile(
		'# a comment\n/*\n  X-A: 1\n\n/x/*\n  X-A: 2\n  X-B: b c\n/y\n  X-C: 3\n'
	);

	it('applies every matching rule, joining a repeated header with a comma', () => {
		expect(headersFor(rules, '/x/file.js')).toEqual({ 'x-a': '1, 2', 'x-b': 'b c' });
		expect(headersFor(rules, '/y')).toEqual({ 'x-a': '1', 'x-c': '3' });
		expect(headersFor(rules, '/y/z')).toEqual({ 'x-a': '1' });
	});

	it('rejects a header line outside a rule', () => {
		expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1/);
	});
});

describe('hosting/_headers', () => {
	const rules = parseHeadersFile(readFileSync('hosting/_headers', 'utf8'));
	const at = (path: string) => headersFor(rules, path);

	it('keeps hashed files for a year and revalidates the pages', () => {
		expect(at('/_app/immutable/entry/start.abc.js')['cache-control']).toBe(
			'public, max-age=31536000, immutable'
		);
		for (const page of ['/', '/embed/', '/present/', '/print/']) {
			expect(at(page)['cache-control'], page).toBe('public, max-age=0, must-revalidate');
		}
	});

	it('opens the static assets to any origin, once (a doubled value breaks CORS)', () => {
		for (const path of [
			'/_app/immutable/assets/maplibre-gl-worker.abc.mjs',
			'/_app/map-code.json',
			'/geodata/basemap.topo.json',
			'/fonts/noto-sans-latin-400-normal.woff2',
			'/maps/frontier/kabul.svg',
			'/embed.js',
			'/oembed.json'
		]) {
			expect(at(path)['access-control-allow-origin'], path).toBe('*');
		}
		expect(at('/')['access-control-allow-origin']).toBeUndefined();
	});

	it('lets any site frame the embed and only the site frame the rest', () => {
		expect(at('/embed/')['x-frame-options']).toBeUndefined();
		for (const page of ['/', '/present/', '/present/presenter/', '/print/']) {
			expect(at(page)['x-frame-options'], page).toBe('SAMEORIGIN');
		}
	});

	it('sends the security headers everywhere, and no header twice', () => {
		for (const path of ['/', '/embed/', '/_app/immutable/x.js', '/geodata/x', '/sw.js']) {
			const headers = at(path);
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
			for (const [name, value] of Object.entries(headers)) {
				if (name !== 'cache-control') expect(value, `${path} ${name}`).not.toContain(',');
			}
			expect(headers['cache-control'] ?? '', path).not.toMatch(/max-age.*max-age/);
		}
	});
});
