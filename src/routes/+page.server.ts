import { getStory } from '$lib/server/stories';
import { publicSite } from '$lib/server/public-origin';

export const load = ({ url }) => ({ story: getStory(), site: publicSite(url) });
