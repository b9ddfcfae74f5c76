import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildEmbedScript } from './build';

/** The script goes on other people's article pages: it has to stay small. */
const GZIP_BUDGET = 2_048;

describe('/embed.js', () => {
	it('is one classic script that defines <story-map>, within its byte budget', async () => {
		const script = await buildEmbedScript();
		expect(script).toContain('customElements.define("story-map"');
		expect(script).not.toMatch(/^\s*(import|export)\b/m);
		expect(script).not.toContain('$lib');
		expect(gzipSync(script).length).toBeLessThan(GZIP_BUDGET);
	});
});
