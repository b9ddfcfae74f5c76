import { storyPage, storyEntries } from '$lib/server/pages';

export const entries = storyEntries;
export const load = ({ params, url }) => storyPage(params.story, url);
