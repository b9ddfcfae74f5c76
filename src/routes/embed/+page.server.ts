import { publicSite } from '$lib/server/public-origin';
import { getStory } from '$lib/server/stories';

export const load = ({ url }) => ({ story: getStory(), site: publicSite(url) });
