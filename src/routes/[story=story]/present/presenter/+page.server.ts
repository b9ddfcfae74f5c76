import { presenterPage, storyEntries } from '$lib/server/pages';

export const entries = storyEntries;
export const load = ({ params }) => presenterPage(params.story);
