import { embedPage, storyEntries } from '$lib/server/pages';

export const entries = storyEntries;
export const load = ({ params, url }) => embedPage(params.story, url);
