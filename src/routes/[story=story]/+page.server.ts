import { storyPage, storyEntries } from '$lib/server/pages';

// As the default story's page (src/routes/+page.server.ts): it hydrates itself.
export const csr = false;

export const entries = storyEntries;
export const load = ({ params, url }) => storyPage(params.story, url);
