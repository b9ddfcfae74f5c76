import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { frameBounds } from './labels';
import { ANCHORS, anchorOffsets, anchorsInFrame } from './label-anchors';
import { getStory, storyBasemap } from '../server/stories';
import { buildStyle, stepLayerUpdates, withStep } from './style';
import { stepView } from './step-filters';

const camera = { center: [70, 34] as [number, number], zoom: 6 };
const [w, s, e, n] = frameBounds(camera);
/** A point of the frame, u and v from 0 to 1 from its top left (in degrees: near enough here). */
const at = (u: number, v: number) => [w + u * (e - w), n - v * (n - s)];
const place = (fid: string, u: number, v: number, name = 'Placename') => ({
	fid,
	name,
	at: at(u, v)
});

describe('anchorsInFrame', () => {
	it('leaves a place whose name fits on every side to MapLibre', () => {
		expect(anchorsInFrame([place('place:middle', 0.5, 0.5)], camera, 600, 15).size).toBe(0);
	});

	it('tries a name by the frame’s left side to the right, under or over before the left', () => {
		const chosen = anchorsInFrame([place('place:west', 0.12, 0.5)], camera, 600, 15);
		expect(chosen.get('place:west')).toEqual(['left', 'top', 'bottom', 'right']);
	});

	it('tries a name by the right side and the top to the left or under first', () => {
		const chosen = anchorsInFrame([place('place:ne', 0.88, 0.06)], camera, 600, 15);
		expect(chosen.get('place:ne')).toEqual(['right', 'top', 'left', 'bottom']);
	});

	it('leaves a name that fits beside its dot but not over it in the usual order', () => {
		expect(anchorsInFrame([place('place:north', 0.5, 0.08)], camera, 600, 15).size).toBe(0);
	});

	it('narrows more as the names grow (the projector’s labels) or the frame shrinks (a phone)', () => {
		const p = [place('place:a', 0.2, 0.5)];
		expect(anchorsInFrame(p, camera, 700, 14).size).toBe(0);
		const west = ['left', 'top', 'bottom', 'right'];
		expect(anchorsInFrame(p, camera, 700, 14 * 1.8).get('place:a')).toEqual(west);
		expect(anchorsInFrame(p, camera, 300, 14).get('place:a')).toEqual(west);
	});

	it('counts a native name’s second line', () => {
		const low = { ...place('place:low', 0.5, 0.9), lines: 2 };
		expect(anchorsInFrame([low], camera, 600, 15).get('place:low')).toEqual([
			'left',
			'right',
			'bottom',
			'top'
		]);
	});

	it('leaves a place none of whose anchors fits in the usual order', () => {
		const long = place('place:long', 0.5, 0.5, 'A name far too long for any frame at all');
		expect(anchorsInFrame([long], camera, 200, 15).size).toBe(0);
	});

	it('writes offsets that push the name away from its dot', () => {
		expect(anchorOffsets(ANCHORS)).toEqual([
			'left',
			[0.7, 0],
			'right',
			[-0.7, 0],
			'top',
			[0, 0.7],
			'bottom',
			[0, -0.7]
		]);
	});
});

describe('place anchors in the live map’s step updates', () => {
	const rooms = [
		{ framePx: 350, labelScale: 1 },
		{ framePx: 640, labelScale: 1.8 }
	];
	const stories = ['frontier', 'tashkent-to-kashgar'].map((id) => ({
		story: getStory(id),
		data: storyBasemap(id).data
	}));

	it.each(rooms)('validate for every step of every story ($framePx px, ×$labelScale)', (room) => {
		for (const { story, data } of stories) {
			const base = buildStyle({ theme: 'light', data });
			for (const step of story.steps) {
				const updates = stepLayerUpdates(stepView(step), data, room);
				const style: StyleSpecification = { ...base, layers: withStep(base.layers, updates) };
				expect(validateStyleMin(style), `${story.id} ${step.slug}`).toEqual([]);
			}
		}
	});

	it('on the projector, Termez’s name by Hairatan tries every side before the frame’s left', () => {
		const { story, data } = stories[1]!;
		const step = story.steps.find((s) => s.slug === 'four-places')!;
		const layout = stepLayerUpdates(stepView(step), data, { framePx: 640, labelScale: 1.8 }).layout[
			'place-highlight-label'
		]!;
		const value = JSON.stringify(layout['text-variable-anchor-offset']);
		expect(value).toContain(
			'"place:termez",["literal",["left",[0.7,0],"top",[0,0.7],"bottom",[0,-0.7],"right",[-0.7,0]]]'
		);
	});
});
