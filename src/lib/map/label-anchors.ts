// Which sides of its dot a place's name may take on the live map. MapLibre tries a name's anchors
// in order and keeps the first that hides no other label; it knows nothing of the page's text
// card or the screen's edge. The static maps slide a name back inside the frame (static-labels.ts);
// here each place of a step tries first the anchors whose name stays inside the step's frame (the
// reference square less LABEL_INSET), which every layout shows clear of the card and the edge.
import type { Position } from 'geojson';
import { FIT_PX, TILE_PX, mercator, type CameraTarget } from '$lib/story/camera';
import { LABEL_INSET } from './labels';

/** MapLibre's anchor names: `left` puts the name's left end at the dot, so it runs to the right. */
export type Anchor = 'left' | 'right' | 'top' | 'bottom';

/** The order a name tries, as the static maps do: beside the dot, then under it, then over it. */
export const ANCHORS: readonly Anchor[] = ['left', 'right', 'top', 'bottom'];

/** The gap between the dot and its name, in ems (MapLibre's radial offset). */
export const ANCHOR_GAP = 0.7;

/** A name's width in ems per character (the static maps' estimate, static-labels.ts). */
export const EM_PER_CHAR = 0.56;

/** A name's height in ems, and a second line's (a native name under the English). */
const LINE_EMS = 1.2;

/**
 * The offsets of `text-variable-anchor-offset` for anchors in order: the gap pushes the name away
 * from the dot on the side it stands.
 */
export function anchorOffsets(anchors: readonly Anchor[]): (Anchor | [number, number])[] {
	const offset: Record<Anchor, [number, number]> = {
		left: [ANCHOR_GAP, 0],
		right: [-ANCHOR_GAP, 0],
		top: [0, ANCHOR_GAP],
		bottom: [0, -ANCHOR_GAP]
	};
	return anchors.flatMap((a) => [a, offset[a]]);
}

export interface LabelledPlace {
	fid: string;
	name: string;
	at: Position;
	/** Lines the name takes (2 with a native name under it). */
	lines?: number;
}

/**
 * For each place whose name would leave the frame on some of its sides, its anchors with those
 * that keep it inside first, each group in the usual order: MapLibre takes the first that hides
 * no other label, so a name crowded on every side inside the frame still shows, outside it, rather
 * than not at all. Places whose anchors need no reordering are left out (they keep ANCHORS).
 * `framePx` is the frame's side on screen and `sizePx` the name's font size there.
 */
export function anchorsInFrame(
	places: readonly LabelledPlace[],
	camera: Pick<CameraTarget, 'center' | 'zoom'>,
	framePx: number,
	sizePx: number
): Map<string, Anchor[]> {
	// Screen pixels per Web Mercator unit (0–1 across the world): the frame is FIT_PX at the
	// step's zoom, framePx on this screen.
	const perUnit = (TILE_PX * 2 ** camera.zoom * framePx) / FIT_PX;
	const [cx, cy] = mercator(camera.center);
	const low = LABEL_INSET * framePx;
	const high = framePx - low;
	const chosen = new Map<string, Anchor[]>();
	for (const place of places) {
		const [mx, my] = mercator([place.at[0] as number, place.at[1] as number]);
		// The dot in frame pixels, (0, 0) at the frame's top left.
		const x = (mx - cx) * perUnit + framePx / 2;
		const y = (my - cy) * perUnit + framePx / 2;
		const w = place.name.length * EM_PER_CHAR * sizePx;
		const h = (place.lines ?? 1) * LINE_EMS * sizePx;
		const gap = ANCHOR_GAP * sizePx;
		const box: Record<Anchor, [number, number, number, number]> = {
			left: [x + gap, y - h / 2, x + gap + w, y + h / 2],
			right: [x - gap - w, y - h / 2, x - gap, y + h / 2],
			top: [x - w / 2, y + gap, x + w / 2, y + gap + h],
			bottom: [x - w / 2, y - gap - h, x + w / 2, y - gap]
		};
		const fits = ANCHORS.filter((a) => {
			const [x0, y0, x1, y1] = box[a];
			return x0 >= low && y0 >= low && x1 <= high && y1 <= high;
		});
		const order = [...fits, ...ANCHORS.filter((a) => !fits.includes(a))];
		if (order.some((a, i) => a !== ANCHORS[i])) chosen.set(place.fid, order);
	}
	return chosen;
}
