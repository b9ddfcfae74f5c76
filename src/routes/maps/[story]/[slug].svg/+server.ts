import { error } from '@sveltejs/kit';
import { getStory, storyBasemap, builtStoryIds } from '$lib/server/stories';
import { renderStaticMap } from '$lib/map/static-map';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	builtStoryIds().flatMap((story) =>
		getStory(story).steps.map((step) => ({ story, slug: step.slug }))
	);

export const GET: RequestHandler = ({ params }) => {
	if (!builtStoryIds().includes(params.story)) error(404, `No story "${params.story}"`);
	const step = getStory(params.story).steps.find((s) => s.slug === params.slug);
	if (!step) error(404, `No step "${params.slug}" in story "${params.story}"`);
	return new Response(renderStaticMap(step, storyBasemap(params.story).data), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
