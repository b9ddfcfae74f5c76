import { buildEmbedScript } from '../../embed-element/build';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async () =>
	new Response(await buildEmbedScript(), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
