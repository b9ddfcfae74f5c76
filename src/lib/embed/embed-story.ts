import { stepBodyHtml } from '$lib/components/StepBody.svelte';
import type { Step, Story } from '$lib/story/story';

/**
 * What the embed's code reads of a step: where its maps go (the live map's StepMap, the static
 * map's alt text) and what the frame says about it (slug, title). Its text is not here: the
 * frame shows it as static markup (`bodies`).
 */
export type EmbedStep = Pick<
	Step,
	'index' | 'slug' | 'title' | 'alt' | 'camera' | 'map' | 'labelled'
>;

/**
 * The embed's story, as its page's data: every piece of it is serialised into the page for
 * hydration, so it carries only what the frame needs. The text of each step comes once, as the
 * markup the frame shows (not as text, place segments and map key, nor the story's place index).
 */
export interface EmbedStory {
	id: string;
	title: string;
	subtitle?: string;
	lang: string;
	/** Where the story's geodata lives (`Story.geodata`): the live map loads it. */
	geodata: string;
	steps: EmbedStep[];
	/** Each step's body as the frame shows it (StepBody's markup), in step order. */
	bodies: string[];
}

/** The embed shows each step's date, title (as its heading), text and caption. */
export const EMBED_BODY = { headingClass: 'embed-step' } as const;

export function embedStory(story: Story): EmbedStory {
	const { id, title, subtitle, lang, geodata, steps } = story;
	return {
		id,
		title,
		...(subtitle === undefined ? {} : { subtitle }),
		lang,
		geodata,
		steps: steps.map(({ index, slug, title, alt, camera, map, labelled }) => ({
			index,
			slug,
			title,
			alt,
			camera,
			map,
			labelled
		})),
		bodies: steps.map((step) => stepBodyHtml(step, EMBED_BODY))
	};
}

/**
 * Every step's body in one stack, the `current` one visible (the others keep the stack as tall
 * as the longest, so that a step change moves neither the map nor the host page). One string:
 * hydration claims it as it is, where a component per step costs 34 of them on a phone.
 */
export function stepStackHtml(bodies: readonly string[], current: number): string {
	return bodies
		.map((body, i) => `<div class="step-body${i === current ? ' current' : ''}">${body}</div>`)
		.join('');
}
