import type { Attachment } from 'svelte/attachments';

/** Where a step's map key would make its card cover the map (the phone layout in app.css). */
const NARROW = '(max-width: 759px)';

/**
 * What the story's list of steps does once the page runs, for all its steps at once rather than
 * a handler or an effect per step (their cards are static markup: story/step-markup.ts): a place
 * name's button shows its place, and on a phone each map key starts closed (the page is
 * prerendered with them open, as where there is room).
 */
export function stepList(onPlace: (fid: string) => void): Attachment<HTMLElement> {
	return (list) => {
		if (matchMedia(NARROW).matches) {
			for (const key of list.querySelectorAll<HTMLDetailsElement>('details.map-legend')) {
				key.open = false;
			}
		}
		const onClick = (event: MouseEvent) => {
			const target = event.target instanceof Element ? event.target : null;
			const fid = target?.closest<HTMLElement>('.place-link[data-fid]')?.dataset.fid;
			if (fid) onPlace(fid);
		};
		list.addEventListener('click', onClick);
		return () => list.removeEventListener('click', onClick);
	};
}
