import { printPage } from '$lib/server/pages';
import { DEFAULT_STORY } from '$lib/server/stories';

export const load = (event?: { url: URL }) => printPage(DEFAULT_STORY, event?.url);
