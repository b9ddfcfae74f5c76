import { describe, expect, it } from 'vitest';
import { entryScripts, readProps, type StoryPageProps } from './story-page-props';

const props = {
	story: { id: 'x', title: 'A </script><script>alert(1)</script> title', steps: [] },
	locator: { width: 1, height: 1, region: 'r', land: '', keyLabels: {}, frames: {} },
	route: undefined,
	root: '../'
} as unknown as StoryPageProps;

/** The document the entry reads, as far as readProps looks: one element's text by id. */
const pageWith = (html: string) =>
	({
		getElementById: (id: string) => {
			const match = new RegExp(`<script type="application/json" id="${id}">(.*?)</script>`).exec(
				html
			);
			return match ? { textContent: match[1] } : null;
		}
	}) as unknown as Document;

describe('the story page props', () => {
	it('are written so that no text in the story ends their script element', () => {
		const html = entryScripts('./_app/immutable/entry/story-page.js', props);
		expect(html.match(/<\/script>/g)).toHaveLength(2);
		expect(html).toContain('<script type="module" src="./_app/immutable/entry/story-page.js">');
	});

	it('read back as they were written', () => {
		expect(readProps(pageWith(entryScripts('e.js', props)))).toEqual(props);
	});

	it('name what is missing when the page lacks them or they lack the story', () => {
		expect(() => readProps(pageWith(''))).toThrow(/has no #story-page-props/);
		const partial = entryScripts('e.js', { ...props, story: undefined } as never);
		expect(() => readProps(pageWith(partial))).toThrow(/lacks the story/);
	});
});
