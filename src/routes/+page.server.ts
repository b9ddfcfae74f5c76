import { buildLocator } from '$lib/map/locator';
import { publicSite } from '$lib/server/public-origin';
import { getStory, readBasemap } from '$lib/server/stories';

export const load = ({ url }) => {
	const story = getStory();
	return { story, locator: buildLocator(readBasemap().data, story.steps), site: publicSite(url) };
};
