import { embedPage } from '$lib/server/pages';
import { DEFAULT_STORY } from '$lib/server/stories';

export const load = ({ url }) => embedPage(DEFAULT_STORY, url);
