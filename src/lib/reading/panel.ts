import type { Panel } from '$lib/story/camera';

/**
 * The panel of a map that covers the viewport, where `frame` (an element laid out by the page's
 * CSS) marks the box a step's features must sit in: the padding is the space around that box.
 */
export function viewportPanel(frame: HTMLElement | undefined): Panel {
	const width = window.innerWidth;
	const height = window.innerHeight;
	const r = frame?.getBoundingClientRect() ?? { top: 0, left: 0, right: width, bottom: height };
	return {
		width,
		height,
		padding: { top: r.top, left: r.left, right: width - r.right, bottom: height - r.bottom }
	};
}
