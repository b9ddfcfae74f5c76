import { afterEach, describe, expect, it, vi } from 'vitest';
import { newVersionDeployed } from './new-version';

vi.mock('$app/environment', () => ({ version: 'build-1' }));

const serve = (response: Response) => {
	const fetch = vi.fn(async () => response);
	vi.stubGlobal('fetch', fetch);
	return fetch;
};

afterEach(() => vi.unstubAllGlobals());

describe('newVersionDeployed', () => {
	it('asks the site, past any cache, which build it serves', async () => {
		const fetch = serve(Response.json({ version: 'build-1' }));
		expect(await newVersionDeployed('/maps/')).toBe(false);
		expect(fetch).toHaveBeenCalledWith('/maps/_app/version.json', { cache: 'no-store' });
	});

	it('is true once another build is served', async () => {
		serve(Response.json({ version: 'build-2' }));
		expect(await newVersionDeployed('/')).toBe(true);
	});

	it('is false when the version file is missing or says nothing', async () => {
		serve(new Response('', { status: 404 }));
		expect(await newVersionDeployed('/')).toBe(false);
		serve(Response.json({}));
		expect(await newVersionDeployed('/')).toBe(false);
	});
});
