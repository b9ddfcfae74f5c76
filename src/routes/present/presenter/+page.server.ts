import { presenterPage } from '$lib/server/pages';
import { DEFAULT_STORY } from '$lib/server/stories';

export const load = () => presenterPage(DEFAULT_STORY);
