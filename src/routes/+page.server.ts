import { storyPage } from '$lib/server/pages';
import { DEFAULT_STORY } from '$lib/server/stories';

export const load = ({ url }) => storyPage(DEFAULT_STORY, url);
