import { presentPage, storyEntries } from '$lib/server/pages';

export const entries = storyEntries;
export const load = ({ params, url }) => presentPage(params.story, url);
