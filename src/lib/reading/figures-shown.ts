/**
 * Which steps' static maps the story page draws. The active step's, at once. Its neighbours' too,
 * so that the next step change cross-fades to a picture already drawn, but only around the step
 * the page has caught up with (`readyAround`: moved to the active step when the page is idle, and
 * not while the live map loads, which is about to replace them all).
 *
 * Why not at once: drawing a static map is not free. Where the GPU rasterises in software
 * (SwiftShader; slow phones), one SVG map costs a few hundred milliseconds of the GPU thread, the
 * thread that the live map's WebGL context waits on while it starts.
 */
export function figureShown(index: number, active: number, readyAround: number): boolean {
	return index === active || (Math.abs(index - active) <= 1 && Math.abs(index - readyAround) <= 1);
}
