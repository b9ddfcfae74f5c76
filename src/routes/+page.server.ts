import { storyPage } from '$lib/server/pages';

// The story page hydrates itself (src/islands/story-page.ts): SvelteKit's client, 13 KB of the code
// a reader would load before engaging, is not part of it.
export const csr = false;

export const load = ({ url }) => storyPage(undefined, url);
