import { getStory } from '$lib/server/stories';

export const load = () => ({ story: getStory() });
