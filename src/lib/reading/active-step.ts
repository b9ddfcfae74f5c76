/** A step's vertical extent on screen, in CSS pixels from the viewport's top. */
export interface Box {
	top: number;
	bottom: number;
}

/**
 * The step at the reading line: the one whose box crosses it, else the nearest one (a gap counts
 * for the step it is closer to). Deriving it from geometry, rather than from a stream of
 * enter/leave events, means fast scrolls and jumps always land on the step actually in view.
 */
export function stepAtLine(boxes: readonly Box[], line: number): number {
	const crossing = boxes.findIndex((box) => box.top <= line && line < box.bottom);
	if (crossing >= 0) return crossing;
	let best = 0;
	let bestDistance = Infinity;
	boxes.forEach((box, i) => {
		const distance = Math.min(Math.abs(box.top - line), Math.abs(box.bottom - line));
		if (distance < bestDistance) {
			best = i;
			bestDistance = distance;
		}
	});
	return best;
}
