import type { Locator } from '$lib/map/locator';
import type { Story } from '$lib/story/story';

/**
 * What the story page's entry (src/islands/story-page.ts) hydrates the story view with, written
 * into the prerendered page as JSON: the page runs without SvelteKit's client, which would
 * otherwise serialise its data.
 */
export interface StoryPageProps {
	story: Story;
	locator: Locator;
	/** The `<story>` of a `/<story>/` address; undefined on the default story's page. */
	route: string | undefined;
	/** The site's root relative to the page (`./`, `../`), as SvelteKit writes it. */
	root: string;
}

const ID = 'story-page-props';

/**
 * The page's entry script and its props as JSON (`<` escaped: nothing in the story can end the
 * script element). Built here rather than in the page's markup, where a closing script tag would
 * end the component's own script.
 */
export const entryScripts = (src: string, props: StoryPageProps) =>
	`<script type="module" src="${src}"></script>` +
	`<script type="application/json" id="${ID}">${JSON.stringify(props).replace(/</g, '\\u003c')}</script>`;

/** The props the page was prerendered with; an error naming what is wrong if they are not there. */
export function readProps(doc: Document): StoryPageProps {
	const text = doc.getElementById(ID)?.textContent;
	if (!text) throw new Error(`The story page has no #${ID}: its scripts have nothing to run.`);
	const props = JSON.parse(text) as Partial<StoryPageProps>;
	if (!props.story?.steps || !props.locator || typeof props.root !== 'string') {
		throw new Error(`The story page's #${ID} lacks the story, its locator or its root.`);
	}
	return props as StoryPageProps;
}
