/** A swipe shorter than this (CSS pixels) is a tap or a wobble. */
const SWIPE_PX = 50;

/** A tap or click on the slide: the right half goes on, the left half goes back. */
export function tapMove(x: number, width: number): 'next' | 'prev' {
	return x >= width / 2 ? 'next' : 'prev';
}

/**
 * A finger's movement from press to release: a mostly horizontal swipe to the left goes on (the
 * next slide comes in from the right), to the right goes back; anything else is not a swipe.
 */
export function swipeMove(dx: number, dy: number): 'next' | 'prev' | null {
	if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
	return dx < 0 ? 'next' : 'prev';
}
