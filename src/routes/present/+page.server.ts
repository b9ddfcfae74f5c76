import { presentPage } from '$lib/server/pages';
import { DEFAULT_STORY } from '$lib/server/stories';

export const load = ({ url }) => presentPage(DEFAULT_STORY, url);
