import { buildLocator } from '$lib/map/locator';
import { getStory, readBasemap } from '$lib/server/stories';

export const load = () => {
	const story = getStory();
	return { story, locator: buildLocator(readBasemap().data, story.steps) };
};
