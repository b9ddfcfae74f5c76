import { publicSite } from '$lib/server/public-origin';
import { DEFAULT_STORY, getStory } from '$lib/server/stories';
import { storyHome } from '$lib/story/story-id';

/**
 * What every page's head needs: the oEmbed discovery link is in the layout so that it comes
 * first in every page's HTML (WordPress reads only the first 150 KB; the story page is larger).
 * A `/<story>/…` page discovers its own story's oEmbed; every other page the default story's.
 */
export const load = ({ url, params }) => {
	const story = 'story' in params ? params.story : undefined;
	return {
		oembed: {
			title: getStory(story ?? DEFAULT_STORY).title,
			site: publicSite(url),
			path: `${storyHome(story)}oembed.json`
		}
	};
};
