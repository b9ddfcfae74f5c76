import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAP_CODE_MANIFEST } from './map-code-manifest';
import { mapFileUrls } from './map-files';
import { prefetchMapCode } from './map-code';

/** The links the page's head got, and an idle scheduler the test runs by hand. */
function fakePage(code: string[]) {
	const links: string[] = [];
	vi.stubGlobal('CSS', { escape: (s: string) => s });
	vi.stubGlobal('document', {
		querySelector: () => null,
		createElement: () => ({ rel: '', href: '' }),
		head: { append: (link: { rel: string; href: string }) => links.push(link.href) }
	});
	vi.stubGlobal(
		'fetch',
		vi.fn(async (url: string) => ({
			ok: url === `/${MAP_CODE_MANIFEST}`,
			json: async () => code
		}))
	);
	const queue: (() => void)[] = [];
	const idle = (callback: () => void) => {
		queue.push(callback);
		return () => queue.splice(queue.indexOf(callback), 1);
	};
	return { links, idle, runIdle: () => queue.shift()?.(), pending: () => queue.length };
}

afterEach(() => vi.unstubAllGlobals());

describe('prefetchMapCode', () => {
	it('asks for one file per idle moment: the code, then the map’s files', async () => {
		const page = fakePage(['_app/immutable/chunks/maplibre.js']);
		prefetchMapCode('/', 'geodata/', page.idle);
		await vi.waitFor(() => expect(page.pending()).toBe(1));
		expect(page.links).toEqual([]);
		page.runIdle();
		expect(page.links).toEqual(['/_app/immutable/chunks/maplibre.js']);
		while (page.pending()) page.runIdle();
		expect(page.links).toEqual([
			'/_app/immutable/chunks/maplibre.js',
			...mapFileUrls('/', 'geodata/')
		]);
	});

	it('stops when asked, between two files', async () => {
		const page = fakePage(['a.js', 'b.js']);
		const stop = prefetchMapCode('/', 'geodata/', page.idle);
		await vi.waitFor(() => expect(page.pending()).toBe(1));
		page.runIdle();
		expect(page.links).toEqual(['/a.js']);
		stop();
		expect(page.pending()).toBe(0);
		expect(page.links).toEqual(['/a.js']);
	});
});
