import { canonical } from '$lib/server/pages';
import { builtStoryIds, DEFAULT_STORY, getStory } from '$lib/server/stories';
import { storyHome } from '$lib/story/story-id';

/** Every story the build publishes, the default one first, with its first step's map. */
export const load = ({ url }) => ({
	stories: builtStoryIds()
		.sort((a, b) => Number(b === DEFAULT_STORY) - Number(a === DEFAULT_STORY))
		.map((id) => {
			const story = getStory(id);
			const first = story.steps[0];
			return {
				id,
				title: story.title,
				summary: story.summary ?? story.subtitle,
				steps: story.steps.length,
				home: storyHome(id === DEFAULT_STORY ? undefined : id),
				thumbnail: first && { slug: first.slug, alt: first.alt }
			};
		}),
	canonical: canonical(DEFAULT_STORY, 'stories/', url)
});
