import { publicSite } from '$lib/server/public-origin';
import { getStory } from '$lib/server/stories';

/**
 * What every page's head needs: the oEmbed discovery link is in the layout so that it comes
 * first in every page's HTML (WordPress reads only the first 150 KB; the story page is larger).
 */
export const load = ({ url }) => ({
	oembed: { title: getStory().title, site: publicSite(url) }
});
