import { printPage, storyEntries } from '$lib/server/pages';

export const entries = storyEntries;
export const load = ({ params, url }) => printPage(params.story, url);
